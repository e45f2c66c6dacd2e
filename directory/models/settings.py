from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Orderable

# The home page's front door shows the headline helplines above the fold on
# a phone: room for three at most.
MAX_HEADLINE_HELPLINES = 3


@register_setting(icon="list-ul")
class DirectorySettings(ClusterableModel, BaseGenericSetting):
    review_interval_months = models.PositiveSmallIntegerField(
        default=6,
        help_text=_("When a service is verified, its next review falls due this many months later."),
    )

    panels = [
        FieldPanel("review_interval_months"),
        InlinePanel(
            "headline_helplines",
            heading=_("Headline helplines"),
            label=_("Helpline"),
            max_num=MAX_HEADLINE_HELPLINES,
            help_text=_(
                "Shown first on the home page, in this order, each with its number and whether it is open now. "
                "Choose up to three."
            ),
        ),
    ]

    class Meta:
        verbose_name = _("service directory settings")


class HeadlineHelpline(Orderable):
    """A service the home page offers first: its main number and status,
    as its card in the directory shows them."""

    settings = ParentalKey(DirectorySettings, on_delete=models.CASCADE, related_name="headline_helplines")
    service = models.ForeignKey("directory.Service", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("service")]

    class Meta(Orderable.Meta):
        verbose_name = _("headline helpline")
