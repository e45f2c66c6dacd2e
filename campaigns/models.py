from django.db import models
from django.http import Http404
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from .blocks import CampaignBodyBlock, EasyReadBodyBlock
from .panels import ReadabilityPanel


class Topic(index.Indexed, models.Model):
    """A subject a campaign covers, such as coercive control. Editors manage
    the list as a snippet; it is seeded with the partnership's usual topics."""

    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, unique=True, help_text=_("Used in filter links, e.g. forced-marriage."))
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("campaign topic")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:100]
        super().save(*args, **kwargs)


class Audience(models.Model):
    """Who a campaign is for. A fixed list, seeded by a migration."""

    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, unique=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("campaign audience")

    def __str__(self):
        return self.name


register_snippet(Topic)


@register_setting(icon="doc-full")
class ReadabilitySettings(BaseGenericSetting):
    minimum_reading_ease = models.PositiveSmallIntegerField(
        default=60,
        help_text=_(
            "Standard versions scoring below this Flesch reading ease get a gentle warning in the editor. "
            "60–70 is plain English; lower is harder to read."
        ),
    )

    class Meta:
        verbose_name = _("readability checks")


@register_setting(icon="help")
class EasyReadHelpSettings(BaseGenericSetting):
    """Which directory service easy read pages for young people end with
    (Childline in the demo). A choice of service, never a number typed in:
    its number and open status always come from the directory."""

    young_people_helpline = models.ForeignKey(
        "directory.Service",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown in the “Get help” box at the end of every easy read page for young people, "
            "after the page's own helpline and before 999."
        ),
    )

    panels = [FieldPanel("young_people_helpline")]

    class Meta:
        verbose_name = _("easy read help")


class CampaignIndexPage(Page):
    intro = models.TextField(blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    subpage_types = ["campaigns.CampaignPage"]
    template = "campaigns/campaign_index_page.html"

    class Meta:
        verbose_name = _("campaign index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        campaigns = (
            CampaignPage.objects.live().public().child_of(self).specific().prefetch_related("topics", "audiences")
        )
        topics = Topic.objects.filter(campaignpage__in=campaigns).distinct()
        audiences = Audience.objects.filter(campaignpage__in=campaigns).distinct()
        topic = topics.filter(slug=request.GET.get("topic", "")).first()
        audience = audiences.filter(slug=request.GET.get("audience", "")).first()
        if topic:
            campaigns = campaigns.filter(topics=topic)
        if audience:
            campaigns = campaigns.filter(audiences=audience)
        context.update(
            campaigns=campaigns.distinct(),
            topics=topics,
            audiences=audiences,
            current_topic=topic,
            current_audience=audience,
        )
        return context


class CampaignPage(RoutablePageMixin, Page):
    intro = models.TextField(blank=True, max_length=500, help_text=_("One or two sentences under the main heading."))
    topics = ParentalManyToManyField(Topic, blank=True)
    audiences = ParentalManyToManyField(Audience, blank=True)
    body = StreamField(CampaignBodyBlock(), blank=True, use_json_field=True)
    easy_read_body = StreamField(
        EasyReadBodyBlock(),
        blank=True,
        use_json_field=True,
        verbose_name=_("easy read version"),
        help_text=_(
            "One idea per block: a picture and one to three short sentences of 15 words or fewer. "
            "Leave empty if there is no easy read version."
        ),
    )

    # Readability first: the form is long, and the verdict is only useful
    # if it is seen.
    content_panels = (
        [ReadabilityPanel(heading=_("Readability"))]
        + Page.content_panels
        + [
            FieldPanel("intro"),
            MultiFieldPanel(
                [
                    FieldPanel("topics"),
                    FieldPanel("audiences"),
                ],
                heading=_("Topics and audience"),
            ),
            FieldPanel("body"),
            FieldPanel("easy_read_body"),
        ]
    )
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("easy_read_body"),
    ]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types: list[str] = []
    template = "campaigns/campaign_page.html"
    easy_read_template = "campaigns/campaign_easy_read.html"

    class Meta:
        verbose_name = _("campaign page")

    @property
    def has_easy_read(self):
        return bool(self.easy_read_body)

    @property
    def has_quiz(self):
        return any(block.block_type == "quiz" for block in self.body)

    @path("")
    def standard(self, request):
        return self.render(request)

    @path("easy-read/")
    def easy_read(self, request):
        if not self.has_easy_read:
            raise Http404
        return self.render(
            request, template=self.easy_read_template, context_overrides=self._easy_read_context(request)
        )

    def _easy_read_context(self, request):
        from .get_help import helplines

        return {"easy_read": True, "get_help": helplines(self, request)}

    @property
    def preview_modes(self):
        return [("", _("Standard version")), ("easy-read", _("Easy read version"))]

    def serve_preview(self, request, mode_name):
        request.is_preview = True
        request.preview_mode = mode_name
        if mode_name == "easy-read":
            return self.render(
                request, template=self.easy_read_template, context_overrides=self._easy_read_context(request)
            )
        return self.render(request)

    def readability_report(self):
        from .readability import report_for_page

        return report_for_page(self)
