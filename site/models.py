from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from . import extensions
from .blocks import BodyBlock


class HomePage(Page):
    intro = models.TextField(blank=True, max_length=500, help_text=_("One or two sentences under the main heading."))
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    template = "waymark/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        """The parts other apps add (waymark.extensions): the front door
        under the heading, more sections after the body."""
        context = super().get_context(request, *args, **kwargs)
        context["front_door"] = extensions.home_parts(extensions.HOME_FRONT_DOOR, request)
        context["home_sections"] = extensions.home_parts(extensions.HOME_SECTIONS, request)
        return context


class InformationPage(Page):
    """A plain page of information, such as "Staying safe online"."""

    intro = models.TextField(blank=True, max_length=500)
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    template = "waymark/content_page.html"

    class Meta:
        verbose_name = _("information page")


DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather"


def validate_web_address(value):
    """One clear message, instead of Django's "Enter a valid URL"."""
    message = _(
        "The exit destination must be a web address that starts with https:// (or http://), "
        "such as https://www.bbc.co.uk/weather."
    )
    if urlsplit(value).scheme not in ("http", "https"):
        raise ValidationError(message, code="scheme")
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        raise ValidationError(message, code="invalid") from None


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    site_name = models.CharField(max_length=80, default="Waymark", help_text=_("Shown in the header and page titles."))
    footer_text = models.TextField(
        blank=True, max_length=600, help_text=_("A short line about who runs the site, shown in the footer.")
    )
    exit_url = models.CharField(
        _("exit destination"),
        max_length=500,
        default=DEFAULT_EXIT_URL,
        validators=[validate_web_address],
        help_text=_('Where "Exit this page" goes: an everyday site that draws no attention.'),
    )
    exit_label = models.CharField(
        max_length=40, blank=True, help_text=_('Leave blank for "Exit this page" in the visitor\'s language.')
    )
    leave_no_trail = models.BooleanField(
        default=True,
        help_text=_(
            "Links within the site replace the current page in the browser's history, so a whole "
            "visit takes one entry and Back after exiting leaves the site."
        ),
    )
    discreet_mode = models.BooleanField(
        default=False,
        help_text=_(
            "Every page's title is the site name alone, with a plain icon and plain link previews, "
            "so tabs and shared links do not reveal the topic."
        ),
    )
    safety_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_('The "Staying safe online" page that the safety notice on every page links to.'),
    )
    safety_notice = models.CharField(
        max_length=160,
        blank=True,
        help_text=_("Leave blank for the standard wording in the visitor's language."),
    )

    panels = [
        FieldPanel("site_name"),
        FieldPanel("footer_text"),
        MultiFieldPanel(
            [
                FieldPanel("exit_url"),
                FieldPanel("exit_label"),
                FieldPanel("leave_no_trail"),
                FieldPanel("discreet_mode"),
                FieldPanel("safety_page"),
                FieldPanel("safety_notice"),
            ],
            heading=_("Visitor safety"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")
