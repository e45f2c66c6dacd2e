"""What the directory's forms post, for tests that post them."""

# Every parameter the directory search form sends, for the tests that fuzz it.
SEARCH_PARAMETERS = [
    "q",
    "where",
    "lat",
    "lng",
    "radius",
    "page",
    "type",
    "role",
    "audience",
    "language",
    "open_now",
    "open_24_7",
    "free",
    "scope",
    "referral",
]

# The admin service form's inline panels.
INLINES = ("contact_routes", "schedule_periods", "closed_days", "service_at_locations", "service_areas")


def new_service_form(**fields):
    """What the admin's new-service form posts when an editor publishes a
    self-referral, active service: `fields` over that, and every inline
    panel posted empty, as a browser posts panels left alone."""
    counts = ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS", "MAX_NUM_FORMS")
    empty = {f"{prefix}-{count}": "1000" if count == "MAX_NUM_FORMS" else "0" for prefix in INLINES for count in counts}
    return {"status": "active", "referral_route": "self", "action-publish": "action-publish", **empty, **fields}


def one_inline_row(prefix, **fields):
    """The inline panel `prefix` posted with one new row of `fields`."""
    row = {f"{prefix}-0-{name}": value for name, value in fields.items()}
    return {
        f"{prefix}-TOTAL_FORMS": "1",
        **row,
        f"{prefix}-0-ORDER": "1",
        f"{prefix}-0-id": "",
        f"{prefix}-0-DELETE": "",
    }
