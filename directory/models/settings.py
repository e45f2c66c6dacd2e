from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="list-ul")
class DirectorySettings(BaseGenericSetting):
    review_interval_months = models.PositiveSmallIntegerField(
        default=6,
        help_text=_("When a service is verified, its next review falls due this many months later."),
    )

    panels = [FieldPanel("review_interval_months")]

    class Meta:
        verbose_name = _("service directory settings")
