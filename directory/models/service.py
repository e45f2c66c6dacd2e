import datetime
from typing import TYPE_CHECKING, Any, Self
from uuid import uuid4

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from waymark.templatetags.waymark_tags import tel_href

from .. import weekly_hours as weekly
from ..dates import add_months
from ..panels import weekly_hours_tools
from ..validators import validate_language_codes, validate_outcode_list, validate_phone_number
from ..widgets import ChoiceListCheckboxes, CodeListInput, LanguageCheckboxes
from .location import Location
from .organisation import Organisation
from .settings import DirectorySettings
from .taxonomy import AUDIENCES, SERVICE_TYPES, SPECIALIST_ROLES, TaxonomyTerm


class Status(models.TextChoices):
    # Values are Open Referral's, so feeds round-trip unchanged.
    ACTIVE = "active", _("Active")
    INACTIVE = "inactive", _("Inactive")
    DEFUNCT = "defunct", _("Defunct")
    TEMPORARILY_CLOSED = "temporarily closed", _("Temporarily closed")


# What the public may see: published, and active or only paused for now (a
# temporarily closed service still shows, with a notice, so people know).
PUBLIC_STATUSES = (Status.ACTIVE, Status.TEMPORARILY_CLOSED)


class ServiceQuerySet(models.QuerySet["Service"]):
    if TYPE_CHECKING:
        # Added at run time: registering the model (translation.py) makes
        # modeltranslation mix its MultilingualQuerySet into this class.
        def rewrite(self, mode: bool = True) -> Self: ...

    def public(self) -> Self:
        """Services the public sees: on the directory, the sheet, campaign
        pages and the API alike."""
        return self.filter(live=True, status__in=PUBLIC_STATUSES)


class ReferralRoute(models.TextChoices):
    SELF = "self", _("Self-referral")
    PROFESSIONAL = "professional", _("Professional referral")
    BOTH = "both", _("Self-referral or professional referral")


class Service(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    uuid = models.UUIDField(default=uuid4, unique=True, editable=False)
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="services")
    name = models.CharField(max_length=200)
    summary = models.CharField(max_length=160, blank=True, help_text=_("One line, shown in search results."))
    description = models.TextField(blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ACTIVE, db_index=True)
    url = models.URLField(_("web address"), blank=True)
    email = models.EmailField(blank=True)

    is_free = models.BooleanField(default=True)
    fees = models.TextField(blank=True, help_text=_("Any charges, and who pays them."))
    referral_route = models.CharField(max_length=20, choices=ReferralRoute.choices, default=ReferralRoute.SELF)
    application_process = models.TextField(blank=True, help_text=_("How to get referred or get in touch."))
    what_happens_next = models.TextField(
        _("what happens when you contact them"),
        blank=True,
        help_text=_("What someone can expect: who answers, what they will ask, whether they must give their name."),
    )

    audiences = ParentalManyToManyField(
        TaxonomyTerm, blank=True, related_name="+", limit_choices_to={"taxonomy__code": AUDIENCES}
    )
    service_types = ParentalManyToManyField(
        TaxonomyTerm, blank=True, related_name="+", limit_choices_to={"taxonomy__code": SERVICE_TYPES}
    )
    specialist_roles = ParentalManyToManyField(
        TaxonomyTerm, blank=True, related_name="+", limit_choices_to={"taxonomy__code": SPECIALIST_ROLES}
    )
    minimum_age = models.PositiveSmallIntegerField(null=True, blank=True, validators=[MaxValueValidator(120)])
    maximum_age = models.PositiveSmallIntegerField(null=True, blank=True, validators=[MaxValueValidator(120)])
    languages = models.JSONField(
        _("languages spoken"),
        default=list,
        blank=True,
        validators=[validate_language_codes],
        help_text=_(
            "Tick every language the service's own staff speak with people. For interpreters, "
            "tick “interpretation available” below."
        ),
    )
    interpretation_available = models.BooleanField(default=False)
    wheelchair_access = models.BooleanField(default=False)
    bsl = models.BooleanField(_("British Sign Language"), default=False)
    text_relay = models.BooleanField(_("Relay UK (text relay)"), default=False)

    alert = models.TextField(blank=True, help_text=_("A short-term notice, such as a change of opening hours."))
    open_24_7 = models.BooleanField(_("open 24 hours, 7 days"), default=False)
    hours_note = models.TextField(_("opening hours note"), blank=True)

    last_verified = models.DateField(null=True, blank=True)
    verified_by = models.CharField(max_length=200, blank=True)
    next_review_due = models.DateField(
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Set automatically from the date last verified; change it to review sooner or later."),
    )
    # When the live record last changed (a saved draft doesn't count): the
    # Open Referral feed's last_modified and modified_after.
    last_modified = models.DateTimeField(auto_now=True, db_index=True)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="directory_service")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="directory_service",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("organisation"),
        FieldPanel("name"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("status"),
        FieldPanel("alert"),
        MultiFieldPanel(
            [FieldPanel("url"), FieldPanel("email"), InlinePanel("contact_routes", label=_("Ways to make contact"))],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("referral_route"),
                FieldPanel("application_process"),
                FieldPanel("what_happens_next"),
                FieldPanel("is_free"),
                FieldPanel("fees"),
            ],
            heading=_("Getting help"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("service_types"),
                FieldPanel("specialist_roles"),
                FieldPanel("audiences"),
                FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("maximum_age")]),
            ],
            heading=_("What it offers and who it is for"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("languages", widget=LanguageCheckboxes),
                FieldPanel("interpretation_available"),
                FieldPanel("wheelchair_access"),
                FieldPanel("bsl"),
                FieldPanel("text_relay"),
            ],
            heading=_("Languages and accessibility"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("open_24_7"),
                FieldPanel("hours_note"),
                weekly_hours_tools(),
                InlinePanel("schedule_periods", label=_("Opening periods")),
                InlinePanel("closed_days", label=_("Closed days")),
            ],
            heading=_("Opening hours (UK time)"),
        ),
        InlinePanel("service_at_locations", label=_("Locations")),
        InlinePanel("service_areas", label=_("Areas covered")),
        MultiFieldPanel(
            [FieldPanel("last_verified"), FieldPanel("verified_by"), FieldPanel("next_review_due")],
            heading=_("Review"),
        ),
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.RelatedFields("organisation", [index.SearchField("name")]),
        index.RelatedFields("service_types", [index.SearchField("name")]),
        index.RelatedFields("specialist_roles", [index.SearchField("name")]),
        index.RelatedFields("audiences", [index.SearchField("name")]),
        index.FilterField("status"),
        index.FilterField("live"),
        index.FilterField("is_free"),
        index.FilterField("open_24_7"),
        index.FilterField("referral_route"),
        index.FilterField("wheelchair_access"),
        index.FilterField("bsl"),
        index.FilterField("text_relay"),
        index.FilterField("interpretation_available"),
        index.FilterField("next_review_due"),
    ]

    objects = ServiceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("service")

    @property
    def is_public(self):
        return self.live and self.status in PUBLIC_STATUSES

    @property
    def is_temporarily_closed(self):
        return self.status == Status.TEMPORARILY_CLOSED

    def __str__(self):
        return self.name

    @property
    def revisions(self):
        # Wagtail's snippet views expect `revisions`; the generic relation
        # needs its own name so it can be queried across content types.
        return self._revisions

    def clean(self):
        # clean() also runs after a field failed its own checks, so values
        # may still be raw text here.
        if isinstance(self.languages, list):
            self.languages = sorted({str(code).strip().lower() for code in self.languages})
        elif not self.languages:
            self.languages = []
        ages = (self.minimum_age, self.maximum_age)
        if all(isinstance(age, int) for age in ages) and ages[0] > ages[1]:
            raise ValidationError({"maximum_age": _("The maximum age must be the same as or above the minimum age.")})
        try:
            self._move_review_date()
        except (OverflowError, ValueError):
            # The review date would fall past the last date Python knows
            # (31 December 9999): a mistyped year, not a real check.
            raise ValidationError(
                {
                    "last_verified": _(
                        "This date is too late to set a review date after it. "
                        "Enter the date the service was last checked."
                    )
                }
            ) from None

    def save(self, *args: Any, **kwargs: Any) -> None:
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "last_verified" in update_fields:
            self._move_review_date()
        super().save(*args, **kwargs)

    def _move_review_date(self):
        """A newly verified service falls due for review again after the
        interval in the directory settings. Saving without a new verified
        date leaves a hand-set review date alone."""
        if not isinstance(self.last_verified, datetime.date):
            return
        previous = Service.objects.filter(pk=self.pk).values_list("last_verified", flat=True).first()
        if self.pk is None or previous != self.last_verified:
            months = DirectorySettings.load().review_interval_months
            self.next_review_due = add_months(self.last_verified, months)

    def get_preview_template(self, request, mode_name):
        return "directory/service_preview.html"


class ServiceChild(Orderable):
    """A service's contact route, opening period, closed day, area or location link,
    shown in the order editors and import files give. Rows that share a
    position keep the order they were added in, on every database."""

    class Meta(Orderable.Meta):
        abstract = True
        ordering = ["sort_order", "pk"]


class WeeklyHoursFormField(forms.CharField):
    """Weekly hours typed as "Mon-Fri 09:00-17:00; Sat 10:00-13:00"."""

    def prepare_value(self, value):
        return weekly.text(value) if isinstance(value, list) else value

    def to_python(self, value):
        try:
            return weekly.parse(super().to_python(value))
        except weekly.BadPart as error:
            raise ValidationError(
                _(
                    "“%(part)s” is not like “Mon-Fri 09:00-17:00” (days as Mon, Tue, Wed, Thu, Fri, Sat, Sun; 24-hour times)."
                ),
                params={"part": error.args[0]},
            ) from None

    def has_changed(self, initial, data):
        try:
            return weekly.text(initial) != weekly.text(self.to_python(data))
        except ValidationError:
            return True


class WeeklyHoursField(models.JSONField):
    """A list of weekly opening periods, edited as one line of text."""

    def formfield(self, **kwargs):
        kwargs.pop("encoder", None)
        kwargs.pop("decoder", None)
        return super(models.JSONField, self).formfield(**{"form_class": WeeklyHoursFormField, **kwargs})


def validate_weekly_hours(value):
    if weekly.validate(value):
        raise ValidationError(_("Give weekly hours like “Mon-Fri 09:00-17:00”."))


def contact_href(kind, number, email, address):
    """Where a contact route's link goes: tel: for a call or a textphone,
    sms: for a text, https://wa.me/ for WhatsApp, mailto: for email, and
    the route's own https address for anything else."""
    digits = "".join(ch for ch in number or "" if ch.isdigit() or ch == "+")
    if kind in ("call", "textphone"):
        return tel_href(number)
    if kind == "text":
        return "sms:" + digits
    if kind == "whatsapp":
        # wa.me wants the international number without "+" (UK numbers start 44).
        if digits.startswith("+"):
            return "https://wa.me/" + digits[1:]
        return "https://wa.me/" + ("44" + digits[1:] if digits.startswith("0") else digits)
    if kind == "email":
        return "mailto:" + (email or "")
    return address or ""


class ContactRoute(ServiceChild):
    """One way to reach a service: a number to call or text, a chat, an
    email address, a form… with its own hours."""

    class Kind(models.TextChoices):
        CALL = "call", _("Phone")
        TEXT = "text", _("Text message")
        WHATSAPP = "whatsapp", _("WhatsApp")
        TEXTPHONE = "textphone", _("Textphone or minicom")
        CHAT = "chat", _("Live chat")
        EMAIL = "email", _("Email")
        WEB_FORM = "web-form", _("Web form")
        CALLBACK = "callback", _("Callback request")
        BSL_VIDEO = "bsl-video", _("BSL video relay")
        APP = "app", _("App")

    class Label(models.TextChoices):
        HELPLINE = "helpline", _("Helpline")
        OFFICE = "office", _("Office")

    uuid = models.UUIDField(default=uuid4, unique=True, editable=False)
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="contact_routes")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.CALL)
    label = models.CharField(
        max_length=20,
        choices=Label.choices,
        blank=True,
        help_text=_("For a phone: whether it is the helpline or the office."),
    )
    number = models.CharField(
        max_length=25,
        blank=True,
        validators=[validate_phone_number],
        help_text=_("For a phone, text message, WhatsApp or textphone."),
    )
    address = models.URLField(
        _("web address"),
        blank=True,
        help_text=_("For live chat, a web form, a callback request, BSL video relay or an app: an https address."),
    )
    email = models.EmailField(blank=True, help_text=_("For email."))
    hours = models.CharField(max_length=200, blank=True, help_text=_("When it is answered, in words."))
    open_24_7 = models.BooleanField(_("open 24 hours, 7 days"), default=False)
    weekly_hours = WeeklyHoursField(
        _("weekly hours"),
        default=list,
        blank=True,
        validators=[validate_weekly_hours],
        help_text=_("UK time, like “Mon-Fri 09:00-17:00; Sat 10:00-13:00”."),
    )
    same_hours_as_service = models.BooleanField(
        _("same hours as the service"),
        default=True,
        help_text=_("Used when this route has no hours of its own above."),
    )
    free = models.BooleanField(_("free from landlines and mobiles"), default=False)
    may_appear_on_bills_note = models.CharField(
        _("bill note"),
        max_length=300,
        blank=True,
        help_text=_("Whether and how it shows on phone bills, for someone whose bills are checked."),
    )

    NUMBER_KINDS = frozenset({Kind.CALL, Kind.TEXT, Kind.WHATSAPP, Kind.TEXTPHONE})
    ADDRESS_KINDS = frozenset({Kind.CHAT, Kind.WEB_FORM, Kind.CALLBACK, Kind.BSL_VIDEO, Kind.APP})
    # Routes that need no speaking: "I can't talk safely right now".
    SILENT_KINDS = frozenset(
        {Kind.TEXT, Kind.WHATSAPP, Kind.TEXTPHONE, Kind.CHAT, Kind.EMAIL, Kind.WEB_FORM, Kind.APP, Kind.BSL_VIDEO}
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("label")]),
        FieldPanel("number"),
        FieldPanel("address"),
        FieldPanel("email"),
        FieldPanel("hours"),
        FieldRowPanel([FieldPanel("open_24_7"), FieldPanel("same_hours_as_service")]),
        FieldPanel("weekly_hours"),
        FieldPanel("free"),
        FieldPanel("may_appear_on_bills_note"),
    ]

    class Meta(ServiceChild.Meta):
        verbose_name = _("contact route")

    def __str__(self):
        return f"{self.name}: {self.target}"

    @property
    def name(self):
        """ "Helpline", "Office", else the kind: "Text message", "Live chat"."""
        return self.get_label_display() if self.label else self.get_kind_display()

    @property
    def target(self):
        """The number, address or email address it uses."""
        if self.kind in self.NUMBER_KINDS:
            return self.number
        return self.email if self.kind == self.Kind.EMAIL else self.address

    @property
    def is_silent(self):
        return self.kind in self.SILENT_KINDS

    @property
    def href(self):
        return contact_href(self.kind, self.number, self.email, self.address)

    def clean(self):
        if self.kind in self.NUMBER_KINDS and not self.number:
            raise ValidationError({"number": _("Give the number for this route.")})
        if self.kind == self.Kind.EMAIL and not self.email:
            raise ValidationError({"email": _("Give the email address for this route.")})
        if self.kind in self.ADDRESS_KINDS and not (self.address or "").lower().startswith("https://"):
            raise ValidationError({"address": _("Give this route's web address, starting https://.")})
        if self.label and self.kind != self.Kind.CALL:
            raise ValidationError({"label": _("Only a phone is a helpline or an office: leave this blank.")})
        if self.open_24_7 and self.weekly_hours:
            raise ValidationError(
                {"weekly_hours": _("A route open 24 hours, 7 days has no weekly hours: leave them blank.")}
            )
        if self.open_24_7 or self.weekly_hours:
            self.same_hours_as_service = False
        # What this kind does not use is dropped, so no stray number or
        # address is published under another kind.
        if self.kind not in self.NUMBER_KINDS:
            self.number = ""
        if self.kind not in self.ADDRESS_KINDS:
            self.address = ""
        if self.kind != self.Kind.EMAIL:
            self.email = ""


class Weekday(models.IntegerChoices):
    # Python's date.weekday() numbering, so opening_hours.status_at needs no mapping.
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class SchedulePeriod(ServiceChild):
    """One period of opening in UK time. A closing time at or before the
    opening time runs past midnight into the next day."""

    uuid = models.UUIDField(default=uuid4, unique=True, editable=False)
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="schedule_periods")
    location = models.ForeignKey(
        Location,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Leave blank when these hours apply to the whole service."),
    )
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices)
    opens_at = models.TimeField()
    closes_at = models.TimeField()

    panels = [
        FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldPanel("location"),
    ]

    class Meta(ServiceChild.Meta):
        verbose_name = _("opening period")

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens_at:%H:%M}–{self.closes_at:%H:%M}"

    def clean(self):
        if self.opens_at is not None and self.opens_at == self.closes_at:
            raise ValidationError(
                {
                    "closes_at": _(
                        "The closing time is the same as the opening time. For round-the-clock "
                        "services tick “open 24 hours, 7 days” instead."
                    )
                }
            )


class ClosedDay(ServiceChild):
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="closed_days")
    uuid = models.UUIDField(default=uuid4, unique=True, editable=False)
    date = models.DateField()
    note = models.CharField(max_length=200, blank=True, help_text=_("For example, “Christmas Day”."))

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("note")])]

    def __str__(self):
        return f"{self.date:%d %B %Y}"


class Nation(models.TextChoices):
    ENGLAND = "england", _("England")
    WALES = "wales", _("Wales")
    SCOTLAND = "scotland", _("Scotland")
    NORTHERN_IRELAND = "northern-ireland", _("Northern Ireland")


def validate_nations(value):
    if not isinstance(value, list) or any(nation not in Nation.values for nation in value):
        raise ValidationError(_("Choose nations from: %(nations)s."), params={"nations": ", ".join(Nation.values)})


class ServiceArea(ServiceChild):
    class Kind(models.TextChoices):
        NATIONAL = "national", _("National")
        LOCAL_AUTHORITY = "local-authority", _("Local authority")
        POSTCODE_DISTRICTS = "postcode-districts", _("Postcode districts")

    uuid = models.UUIDField(default=uuid4, unique=True, editable=False)
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="service_areas")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    nations = models.JSONField(
        default=list,
        blank=True,
        validators=[validate_nations],
        help_text=_("For a national service. Leave all unticked if which nations it covers is not confirmed."),
    )
    local_authority = models.CharField(max_length=255, blank=True)
    postcode_districts = models.JSONField(
        default=list,
        blank=True,
        validators=[validate_outcode_list],
        help_text=_("The first half of postcodes, separated by commas, such as CV1, CV2, CV3."),
    )
    description = models.TextField(blank=True, help_text=_("Anything else about who can use it, in words."))

    panels = [
        FieldPanel("kind"),
        FieldPanel("nations", widget=ChoiceListCheckboxes(choices=Nation.choices)),
        FieldPanel("local_authority"),
        FieldPanel("postcode_districts", widget=CodeListInput),
        FieldPanel("description"),
    ]

    class Meta(ServiceChild.Meta):
        verbose_name = _("area covered")

    def __str__(self):
        if self.kind == self.Kind.NATIONAL:
            return ", ".join(str(Nation(nation).label) for nation in self.nations)
        if self.kind == self.Kind.LOCAL_AUTHORITY:
            return self.local_authority
        return ", ".join(self.postcode_districts)

    def clean(self):
        self.nations = self.nations or []
        if isinstance(self.postcode_districts, list):
            self.postcode_districts = [str(code).strip().upper() for code in self.postcode_districts if code]
        elif not self.postcode_districts:
            self.postcode_districts = []
        # A national area may leave its nations empty: "national, nations not
        # confirmed", as for helplines whose coverage no one has checked.
        required = {
            self.Kind.LOCAL_AUTHORITY: ("local_authority", _("Name the local authority.")),
            self.Kind.POSTCODE_DISTRICTS: ("postcode_districts", _("List at least one postcode district.")),
        }.get(self.kind)
        if required and not getattr(self, required[0]):
            raise ValidationError({required[0]: required[1]})


class ServiceAtLocation(ServiceChild):
    uuid = models.UUIDField(default=uuid4, unique=True, editable=False)
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="service_at_locations")
    location = models.ForeignKey(Location, on_delete=models.PROTECT, related_name="service_at_locations")

    panels = [FieldPanel("location")]

    class Meta(ServiceChild.Meta):
        constraints = [
            models.UniqueConstraint(fields=["service", "location"], name="directory_service_location_unique")
        ]
        verbose_name = _("location")

    def __str__(self):
        return str(self.location)
