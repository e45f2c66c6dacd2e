from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyBlock


class HomePage(Page):
    intro = models.TextField(blank=True, max_length=500, help_text=_("One or two sentences under the main heading."))
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    template = "waymark/content_page.html"

    class Meta:
        verbose_name = _("home page")


class InformationPage(Page):
    """A plain page of information, such as "Staying safe online"."""

    intro = models.TextField(blank=True, max_length=500)
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    template = "waymark/content_page.html"

    class Meta:
        verbose_name = _("information page")


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    site_name = models.CharField(
        max_length=80, default="Waymark", help_text=_("Shown in the header and page titles.")
    )
    footer_text = models.TextField(
        blank=True, max_length=600, help_text=_("A short line about who runs the site, shown in the footer.")
    )

    panels = [FieldPanel("site_name"), FieldPanel("footer_text")]

    class Meta:
        verbose_name = _("site settings")
