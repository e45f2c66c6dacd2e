from django.contrib.contenttypes.models import ContentType
from django.db import models
from wagtail.search import index


class SearchText(index.Indexed, models.Model):
    """The own words of one page or directory record in one language,
    indexed so that a search reads only the visitor's language on every
    search backend (a filter on `language`, not per-language columns that
    backends treat differently). Kept up to date by translations.search."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=15)
    title = models.CharField(max_length=255)
    text = models.TextField(blank=True)

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("text"),
        index.FilterField("language"),
        index.FilterField("content_type"),
    ]

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "language"], name="one_text_per_language")
        ]

    def __str__(self):
        return f"{self.title} ({self.language})"
