from django.db import models
from wagtail.search import index


class PageText(index.Indexed, models.Model):
    """A page's own text in one language, indexed so that a search looks only
    at the visitor's language on every search backend (a filter on `language`,
    not per-language columns that backends treat differently)."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=15)
    title = models.CharField(max_length=255)
    text = models.TextField(blank=True)

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("text"),
        index.FilterField("language"),
    ]

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page", "language"], name="one_text_per_page_language")]

    def __str__(self):
        return f"{self.title} ({self.language})"
