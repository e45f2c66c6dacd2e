"""The directory form's parameters: what a search may ask for, and `parse`,
which reads a form (POST body, or the GET of a shared link) into a `Params`,
naming anything it ignored. One small reader per kind of parameter."""

import math
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import NamedTuple

from django.http import QueryDict
from django.utils.translation import gettext as _

from translations.languages import in_language
from translations.search import MAX_QUERY_LENGTH

from ..models import AUDIENCES, SERVICE_TYPES, SPECIALIST_ROLES, TaxonomyTerm

MAX_PAGE = 1000
RADIUS_CHOICES = (1, 3, 5, 10, 25, 50)  # miles
DEFAULT_RADIUS = 10
# Languages offered as filters: those of the communities Waymark serves and
# others common in UK services. A service's other languages still show on it.
FILTER_LANGUAGES = (
    "en",
    "cy",
    "pl",
    "ur",
    "pa",
    "bn",
    "ar",
    "so",
    "ro",
    "zh",
    "gu",
    "hi",
    "ta",
    "ku",
    "fa",
    "ps",
    "ti",
    "pt",
    "lt",
    "es",
    "fr",
    "tr",
)
SCOPES = ("national", "local")
REFERRALS = ("self", "professional")
FLAGS = ("open_now", "open_24_7", "free", "silent", "bsl", "wheelchair", "interpreters")
MAX_AGE = 120  # as a service's own ages are kept (directory.models.service)
TERM_PARAMS = {"type": SERVICE_TYPES, "role": SPECIALIST_ROLES, "audience": AUDIENCES}
# How a ticked or unticked box arrives; anything else is not understood.
TICKED = ("1", "on", "yes", "true")
UNTICKED = ("0", "off", "no", "false", "")
# A hostile or mangled form must not make the server do much work.
MAX_VALUES = 50
MAX_VALUE_LENGTH = 100


@dataclass
class Params:
    query: str = ""
    terms: dict[str, list[str]] = field(default_factory=lambda: {"type": [], "role": [], "audience": []})
    languages: list[str] = field(default_factory=list)
    open_now: bool = False
    open_24_7: bool = False
    free: bool = False
    # "I can't talk safely right now": services with a route that needs no speaking.
    silent: bool = False
    bsl: bool = False
    wheelchair: bool = False
    interpreters: bool = False
    age: int | None = None  # the visitor's age: services whose age range includes it
    scope: str = ""
    referral: str = ""
    where: str = ""
    latitude: float | None = None
    longitude: float | None = None
    radius: int = DEFAULT_RADIUS
    # Set by geometry.locate(): the centre of the search and how it was found.
    centre: tuple[float, float] | None = None
    place: str = ""
    page: int = 1

    @property
    def has_search(self) -> bool:
        return bool(
            self.query
            or any(self.terms.values())
            or self.languages
            or self.open_now
            or self.open_24_7
            or self.free
            or self.silent
            or self.bsl
            or self.wheelchair
            or self.interpreters
            or self.age is not None
            or self.scope
            or self.referral
            or self.where
            or self.latitude is not None
        )

    def options(self) -> list[str]:
        """The options chosen other than taxonomy terms, keyed as
        filters.option_conditions() keys them."""
        keys = [f"language:{code}" for code in self.languages]
        keys += [flag for flag in FLAGS if getattr(self, flag)]
        keys += [f"{name}:{value}" for name, value in (("scope", self.scope), ("referral", self.referral)) if value]
        return keys

    def share_params(self) -> list[tuple[str, str]]:
        """The search as GET parameters for a link a professional asked for.
        Coordinates from the device are never put in a link."""
        params = []
        if self.query:
            params.append(("q", self.query))
        for name, codes in self.terms.items():
            params += [(name, code) for code in codes]
        # "language:pl" is language=pl; a flag such as "free" is free=1.
        params += [(name, value or "1") for name, _colon, value in (key.partition(":") for key in self.options())]
        if self.age is not None:
            params.append(("age", str(self.age)))
        if self.where:
            params += [("where", self.where), ("radius", str(self.radius))]
        return params

    def form_fields(self) -> list[tuple[str, str]]:
        """The search as hidden fields for a POST form, such as the next
        page's: the shared fields, and a position from the device."""
        fields = self.share_params()
        if self.latitude is not None and self.longitude is not None and not self.where:
            fields += [("lat", f"{self.latitude:.5f}"), ("lng", f"{self.longitude:.5f}"), ("radius", str(self.radius))]
        return fields

    def carried_fields(self) -> list[tuple[str, str]]:
        """The search as hidden fields that bring the same page of results
        back: a service opened from them carries these in its POST body, and
        its "Back to your results" sends them to the search again."""
        fields = self.form_fields()
        if self.page > 1:
            fields.append(("page", str(self.page)))
        return fields


class Term(NamedTuple):
    pk: int
    code: str
    name: str  # in the visitor's language


# {"type": {code: Term}, ...}: the terms each filter parameter may choose.
KnownTerms = dict[str, dict[str, Term]]


def known_terms() -> KnownTerms:
    """{"type": {code: Term}, ...} for the filters, in one query."""
    known: KnownTerms = {name: {} for name in TERM_PARAMS}
    by_taxonomy = {code: name for name, code in TERM_PARAMS.items()}
    terms = (
        TaxonomyTerm.objects.rewrite(False)
        .filter(taxonomy__code__in=by_taxonomy)
        .annotate(shown_name=in_language("name"))
        .values_list("taxonomy__code", "pk", "code", "shown_name")
    )
    for taxonomy, pk, code, name in terms:
        known[by_taxonomy[taxonomy]][code] = Term(pk, code, name)
    return known


class _Form:
    """A form's values, read one parameter at a time, and the values the
    readers did not understand, in the order they were read."""

    def __init__(self, data: QueryDict) -> None:
        self.data = data
        self.ignored: list[str] = []

    def values(self, name: str) -> list[str]:
        return [value.strip()[:MAX_VALUE_LENGTH] for value in self.data.getlist(name)[:MAX_VALUES]]

    def known(self, name: str, allowed: Collection[str], normalise: Callable[[str], str] = str) -> list[str]:
        """Every value `allowed` holds (once `normalise`d), once each, in the
        order given; a value repeated is ticked once."""
        chosen: list[str] = []
        for value in self.values(name):
            code = normalise(value)
            if code not in allowed:
                self.ignored.append(value)
            elif code not in chosen:
                chosen.append(code)
        return chosen

    def flag(self, name: str) -> bool:
        """A box: the last value sent counts."""
        values = self.values(name)
        if not values:
            return False
        if values[-1] not in TICKED + UNTICKED:
            self.ignored.append(values[-1])
        return values[-1] in TICKED

    def choice(self, name: str, choices: Collection[str]) -> str:
        """One of `choices`, or "" when none was chosen: the last value sent counts."""
        values = self.values(name)
        if not values or not values[-1]:
            return ""
        if values[-1] not in choices:
            self.ignored.append(values[-1])
            return ""
        return values[-1]

    def age(self) -> int | None:
        """A whole number of years from 0 to MAX_AGE, or None: the last value sent counts."""
        values = self.values("age")
        if not values or not values[-1]:
            return None
        if re.fullmatch(r"[0-9]{1,3}", values[-1]) and int(values[-1]) <= MAX_AGE:
            return int(values[-1])
        self.ignored.append(values[-1])
        return None

    def page(self) -> int:
        # Page numbers only come from the site's own buttons: anything else is page 1.
        values = self.values("page")
        if values and re.fullmatch(r"[0-9]{1,4}", values[-1]) and 1 <= int(values[-1]) <= MAX_PAGE:
            return int(values[-1])
        return 1

    def words(self, name: str) -> str:
        """Free text, spaces tidied."""
        return " ".join(self.data.get(name, "").split())


def parse(data: QueryDict, known: KnownTerms) -> tuple[Params, list[str]]:
    """Params from a form, and messages naming what was ignored."""
    form = _Form(data)
    messages = []
    query = form.words("q")
    if len(query) > MAX_QUERY_LENGTH:
        messages.append(
            _("Your search was long, so we used only its first %(count)s characters.") % {"count": MAX_QUERY_LENGTH}
        )
    # Read in the order their ignored values are named.
    params = Params(
        query=query[:MAX_QUERY_LENGTH],
        terms={name: form.known(name, known[name]) for name in TERM_PARAMS},
        languages=form.known("language", FILTER_LANGUAGES, str.lower),
        open_now=form.flag("open_now"),
        open_24_7=form.flag("open_24_7"),
        free=form.flag("free"),
        silent=form.flag("silent"),
        bsl=form.flag("bsl"),
        wheelchair=form.flag("wheelchair"),
        interpreters=form.flag("interpreters"),
        age=form.age(),
        scope=form.choice("scope", SCOPES),
        referral=form.choice("referral", REFERRALS),
        radius=int(form.choice("radius", [str(choice) for choice in RADIUS_CHOICES]) or DEFAULT_RADIUS),
        page=form.page(),
        where=form.words("where")[:100],
    )
    if form.ignored:
        messages.append(
            _("We ignored filters we don't recognise: %(values)s.")
            % {"values": ", ".join(value[:40] for value in form.ignored[:10])}
        )
    latitude, longitude = data.get("lat", "").strip(), data.get("lng", "").strip()
    if not params.where and (latitude or longitude):
        coordinates = _coordinates(latitude, longitude)
        if coordinates is None:
            messages.append(_("We couldn't use the location from your device. Try a postcode or a town name instead."))
        else:
            params.latitude, params.longitude = coordinates
    return params, messages


def _coordinates(latitude: str, longitude: str) -> tuple[float, float] | None:
    try:
        lat, lng = float(latitude), float(longitude)
    except ValueError:
        return None
    if not (math.isfinite(lat) and math.isfinite(lng) and -90 <= lat <= 90 and -180 <= lng <= 180):
        return None
    return lat, lng
