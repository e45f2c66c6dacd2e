"""Translatable fields (django-modeltranslation): every text a visitor reads.
Addresses, codes and review notes stay in one language."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import ClosedDay, ContactRoute, Location, Organisation, Service, ServiceArea, Taxonomy, TaxonomyTerm


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Service)
class ServiceTranslation(TranslationOptions):
    fields = (
        "name",
        "summary",
        "description",
        "fees",
        "application_process",
        "what_happens_next",
        "alert",
        "hours_note",
    )


@register(Location)
class LocationTranslation(TranslationOptions):
    fields = ("name",)


@register(ContactRoute)
class ContactRouteTranslation(TranslationOptions):
    fields = ("hours", "may_appear_on_bills_note")


@register(ClosedDay)
class ClosedDayTranslation(TranslationOptions):
    fields = ("note",)


@register(ServiceArea)
class ServiceAreaTranslation(TranslationOptions):
    fields = ("description",)


@register(Taxonomy)
class TaxonomyTranslation(TranslationOptions):
    fields = ("name", "description")


@register(TaxonomyTerm)
class TaxonomyTermTranslation(TranslationOptions):
    fields = ("name", "description")
