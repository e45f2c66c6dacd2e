"""Translatable fields (django-modeltranslation). Every Page subclass must be
registered, even with no fields of its own, so that wagtail-modeltranslation
handles its inherited title and slug per language."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import HomePage, InformationPage, SiteSettings


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(InformationPage)
class InformationPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(SiteSettings)
class SiteSettingsTranslation(TranslationOptions):
    fields = ("footer_text", "exit_label", "safety_notice")
