"""Translatable fields. Every Page subclass is registered, so that
wagtail-modeltranslation handles its title and slug per language."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import Audience, CampaignIndexPage, CampaignPage, Topic


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ("name",)


@register(Audience)
class AudienceTranslation(TranslationOptions):
    fields = ("name",)


@register(CampaignIndexPage)
class CampaignIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(CampaignPage)
class CampaignPageTranslation(TranslationOptions):
    fields = ("intro", "body", "easy_read_body")
