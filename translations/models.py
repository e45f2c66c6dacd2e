from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
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


class NativeReview(models.Model):
    """One page's or record's text in one language that a native speaker
    should check: written by someone who does not speak the language as
    their own (the demo's translations, say). The translation status report
    shows the mark until an editor who may edit the text clears it; a
    cleared mark keeps who cleared it and when."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=15)
    needs_review = models.BooleanField(default=True)
    cleared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    cleared_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("native speaker review")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "language"], name="one_review_per_language")
        ]

    def __str__(self):
        return f"{self.content_type.model} {self.object_id} ({self.language})"
