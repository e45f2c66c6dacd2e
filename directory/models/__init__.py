from .location import Location, PostcodeDistrict
from .organisation import Organisation
from .service import (
    ClosedDay,
    ContactRoute,
    Nation,
    ReferralRoute,
    SchedulePeriod,
    Service,
    ServiceArea,
    ServiceAtLocation,
    Status,
    Weekday,
)
from .settings import DirectorySettings, HeadlineHelpline
from .taxonomy import AUDIENCES, SERVICE_TYPES, SPECIALIST_ROLES, TERM_FIELDS, Taxonomy, TaxonomyTerm

__all__ = [
    "AUDIENCES",
    "SERVICE_TYPES",
    "SPECIALIST_ROLES",
    "TERM_FIELDS",
    "ClosedDay",
    "ContactRoute",
    "DirectorySettings",
    "HeadlineHelpline",
    "Location",
    "Nation",
    "Organisation",
    "PostcodeDistrict",
    "ReferralRoute",
    "SchedulePeriod",
    "Service",
    "ServiceArea",
    "ServiceAtLocation",
    "Status",
    "Taxonomy",
    "TaxonomyTerm",
    "Weekday",
]
