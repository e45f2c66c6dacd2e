"""The professionals' signposting sheet: a shortlist of services that lives
only in the page address (`?s=id,id` or `?s=id&s=id`), never on the server,
in a cookie or in browser storage.

Signposting mode shows a professional's tools: the "Add to sheet" boxes, the
sheet bar and "Add to signposting sheet". Someone in crisis should see only
ways to make contact, so it is off unless the address or the form says
`signposting=1`, and, like the list, it is remembered nowhere else: directory
links and forms carry both while the mode is on, and neither once it is off.

`parse` reads the ids in the order given, drops duplicates and anything that
is not a service id, and keeps at most MAX_SERVICES. `load` fetches the
public services among them, in that order, in a fixed number of queries."""

import uuid
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .details import with_details
from .models import Service

MAX_SERVICES = 20
# A hostile or mangled address must not make the server do much work.
MAX_VALUES = 200
SWITCH = "signposting"


@dataclass
class Shortlist:
    ids: list = field(default_factory=list)  # uuid.UUID, in order, no duplicates
    malformed: int = 0
    over_limit: int = 0
    signposting: bool = False

    def __contains__(self, value):
        try:
            return uuid.UUID(str(value)) in self.ids
        except ValueError:
            return False

    def __len__(self):
        return len(self.ids)

    @property
    def param(self):
        """The ids for a URL: `s=` followed by this value."""
        return ",".join(str(value) for value in self.ids)

    def query(self, plain=False, extra=()):
        """'?s=…' (with '&plain=1' for the plain sheet), or '' when empty."""
        ids = [str(value) for value in self.ids]
        ids += [str(value) for value in extra if str(value) not in ids]
        parts = [f"s={','.join(ids[:MAX_SERVICES])}"] if ids else []
        if plain:
            parts.append("plain=1")
        return "?" + "&".join(parts) if parts else ""

    @property
    def directory_query(self):
        """What links and forms to directory pages carry: the list and
        '&signposting=1' while the mode is on, '' when it is off."""
        if not self.signposting:
            return ""
        ids = self.query()
        return f"{ids}&{SWITCH}=1" if ids else f"?{SWITCH}=1"

    def without(self, value, plain=False):
        rest = Shortlist(ids=[item for item in self.ids if item != value])
        return rest.query(plain=plain)

    def messages(self):
        messages = []
        if self.malformed:
            messages.append(
                ngettext(
                    "We left out %(count)s item in the link that is not a service from this directory.",
                    "We left out %(count)s items in the link that are not services from this directory.",
                    self.malformed,
                )
                % {"count": self.malformed}
            )
        if self.over_limit:
            messages.append(
                _("A sheet can hold up to %(max)s services, so we kept the first %(max)s.") % {"max": MAX_SERVICES}
            )
        return messages


def parse(*sources):
    """A Shortlist from the `s` values of one or more QueryDicts (the
    address, then a POST body), each value one id or several separated by
    commas, and whether any of them turns signposting mode on."""
    shortlist = Shortlist(signposting=any(data.get(SWITCH) == "1" for data in sources))
    values = []
    for data in sources:
        for value in data.getlist("s")[:MAX_VALUES]:
            values += str(value).split(",")
    for value in values[:MAX_VALUES]:
        value = value.strip()
        if not value:
            continue
        try:
            parsed = uuid.UUID(value[:64])
        except ValueError:
            shortlist.malformed += 1
            continue
        if parsed in shortlist.ids:
            continue
        if len(shortlist.ids) >= MAX_SERVICES:
            shortlist.over_limit += 1
            continue
        shortlist.ids.append(parsed)
    return shortlist


def load(shortlist):
    """(services in the shortlist's order, number of ids not found). Drafts,
    unpublished, inactive and removed services are not found."""
    if not shortlist.ids:
        return [], 0
    services = with_details(Service.objects.public().filter(uuid__in=shortlist.ids))
    by_id = {service.uuid: service for service in services}
    found = [by_id[value] for value in shortlist.ids if value in by_id]
    return found, len(shortlist.ids) - len(found)


def missing_message(count):
    return ngettext(
        "%(count)s service on this list is no longer in the directory, so it is not shown.",
        "%(count)s services on this list are no longer in the directory, so they are not shown.",
        count,
    ) % {"count": count}
