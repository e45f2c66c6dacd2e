from uuid import uuid4

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

# Codes of the taxonomies seeded by migration; services link to terms in them.
SERVICE_TYPES = "service-types"
SPECIALIST_ROLES = "specialist-roles"
AUDIENCES = "audiences"
# Each taxonomy and the service field holding its terms, in the order forms,
# exports and feeds list them: the one map imports, exports, search and the
# API share.
TERM_FIELDS = {SERVICE_TYPES: "service_types", SPECIALIST_ROLES: "specialist_roles", AUDIENCES: "audiences"}


class Taxonomy(index.Indexed, models.Model):
    uuid = models.UUIDField(default=uuid4, unique=True, editable=False)
    name = models.CharField(max_length=100)
    code = models.SlugField(max_length=50, unique=True, help_text=_("Used in import files; do not change."))
    description = models.TextField(blank=True)

    panels = [FieldPanel("name"), FieldPanel("code"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("taxonomy")
        verbose_name_plural = _("taxonomies")

    def __str__(self):
        return self.name


class TaxonomyTerm(index.Indexed, models.Model):
    uuid = models.UUIDField(default=uuid4, unique=True, editable=False)
    taxonomy = models.ForeignKey(Taxonomy, on_delete=models.PROTECT, related_name="terms")
    name = models.CharField(max_length=100)
    code = models.SlugField(max_length=50, help_text=_("Used in import files; do not change."))
    description = models.TextField(blank=True)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children")

    panels = [
        FieldPanel("taxonomy"),
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("description"),
        FieldPanel("parent"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("taxonomy"),
    ]

    class Meta:
        ordering = ["taxonomy__name", "name"]
        constraints = [models.UniqueConstraint(fields=["taxonomy", "code"], name="directory_term_code_unique")]
        verbose_name = _("taxonomy term")

    def __str__(self):
        return self.name
