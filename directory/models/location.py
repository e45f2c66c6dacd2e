from typing import Any
from uuid import uuid4

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from ..forms import LocationForm
from ..validators import (
    normalise_postcode,
    validate_latitude,
    validate_longitude,
    validate_outcode,
    validate_postcode,
)

COORDINATE: dict[str, Any] = {"max_digits": 9, "decimal_places": 6, "null": True, "blank": True, "db_index": True}


class Location(index.Indexed, models.Model):
    uuid = models.UUIDField(default=uuid4, unique=True, editable=False)
    name = models.CharField(max_length=200)
    address_1 = models.CharField(_("address line 1"), max_length=200, blank=True)
    address_2 = models.CharField(_("address line 2"), max_length=200, blank=True)
    town = models.CharField(max_length=100, blank=True)
    postcode = models.CharField(max_length=8, blank=True, validators=[validate_postcode])
    latitude = models.DecimalField(validators=[validate_latitude], **COORDINATE)
    longitude = models.DecimalField(validators=[validate_longitude], **COORDINATE)
    confidential_address = models.BooleanField(
        default=False,
        help_text=_(
            "For refuges and safe houses: the address and position are never shown, exported or geocoded publicly."
        ),
    )

    # Asks for confirmation before a confidential address is made public.
    base_form_class = LocationForm
    panels = [
        FieldPanel("name"),
        FieldPanel("confidential_address"),
        FieldPanel("make_public"),  # shown only for a location saved as confidential
        MultiFieldPanel(
            [FieldPanel("address_1"), FieldPanel("address_2"), FieldPanel("town"), FieldPanel("postcode")],
            heading=_("Address"),
        ),
        MultiFieldPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Position")),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("town"),
        index.FilterField("confidential_address"),
    ]

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["latitude", "longitude"], name="directory_location_latlng")]
        verbose_name = _("location")

    def __str__(self):
        return self.name

    def clean(self):
        self.postcode = normalise_postcode(self.postcode)
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both latitude and longitude, or neither."))

    @property
    def public_address(self):
        """The address lines safe to publish, or None for a confidential address."""
        if self.confidential_address:
            return None
        return [line for line in (self.address_1, self.address_2, self.town, self.postcode) if line]

    @property
    def public_coordinates(self):
        """(latitude, longitude) safe to publish or geocode, or None."""
        if self.confidential_address or self.latitude is None or self.longitude is None:
            return None
        return (self.latitude, self.longitude)


class PostcodeDistrict(models.Model):
    """The centre of a postcode district (outward code), for "near me" searches
    from the first half of a postcode without sending it to a geocoder."""

    outcode = models.CharField(max_length=4, unique=True, validators=[validate_outcode])
    latitude = models.DecimalField(max_digits=9, decimal_places=6, validators=[validate_latitude])
    longitude = models.DecimalField(max_digits=9, decimal_places=6, validators=[validate_longitude])

    panels = [FieldPanel("outcode"), FieldPanel("latitude"), FieldPanel("longitude")]

    class Meta:
        ordering = ["outcode"]
        verbose_name = _("postcode district")

    def __str__(self):
        return self.outcode

    def save(self, *args, **kwargs):
        self.outcode = self.outcode.strip().upper()
        super().save(*args, **kwargs)
