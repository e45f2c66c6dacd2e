"""Benchmark of the directory search and service pages (`make bench`, not
`make test`): 10,000 synthetic services, seeded with a fixed seed, and a
fixed mix of searches. Prints p50 and p95 latency and queries per request
for the search view, the detail view and the raw search call. Targets on a
2-core machine: search view p50 <= 50 ms and p95 <= 150 ms; detail view
p50 <= 20 ms. Asserts no timing.

Run as `python -m tests.directory.bench_search`, in a process of its own
as a server would be: under pytest, with every test module and plugin
loaded, the same requests took 15 to 50% longer. It makes and afterwards
removes a test database, as the test runner does: SQLite (a file, named by
TEST_DATABASE_FILE), or PostgreSQL when DATABASE_URL is set.
"""

import contextlib
import datetime
import gc
import io
import os
import random
import statistics
import time
import uuid
from decimal import Decimal
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "waymark.settings.test")
django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import QueryDict  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import translation  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from directory.models import (  # noqa: E402
    Location,
    Organisation,
    PostcodeDistrict,
    SchedulePeriod,
    Service,
    ServiceArea,
    ServiceAtLocation,
    TaxonomyTerm,
)
from directory.search import parameters, results  # noqa: E402
from waymark.db import refresh_statistics  # noqa: E402

SERVICES = 10_000
NATIONAL = 30
SEED = 20270303
ROUNDS = 5
DETAIL_PAGES = 100
DISTRICTS_CSV = Path(settings.BASE_DIR).parent / "shared" / "data" / "uk-postcode-districts.csv"
WORDS = [
    "domestic abuse",
    "sexual violence",
    "forced marriage",
    "honour based abuse",
    "refuge",
    "counselling",
    "legal advice",
    "housing",
    "children",
    "young people",
    "independent domestic violence adviser",
    "independent sexual violence adviser",
    "stalking",
    "economic abuse",
    "outreach",
    "peer support",
]
PLACES = [
    "Coventry",
    "Birmingham",
    "Leeds",
    "Manchester",
    "Bristol",
    "Leicester",
    "Nottingham",
    "Sheffield",
    "Norwich",
    "Exeter",
    "York",
    "Hull",
    "Derby",
    "Oxford",
    "Reading",
]
SEARCHES = [
    ("text", {"q": "domestic abuse"}),
    ("text", {"q": "refuge"}),
    ("text", {"q": "DV counselling"}),
    ("text", {"q": "forced marriage"}),
    ("text+filters", {"q": "refuge", "audience": "women", "free": "1"}),
    ("text+filters", {"q": "DV", "language": "pl", "referral": "self"}),
    ("text+filters", {"q": "counselling", "open_now": "1"}),
    ("postcode", {"where": "CV1 1AA", "radius": "10"}),
    ("postcode", {"where": "B1", "radius": "10"}),
    ("postcode", {"where": "M1 1AE", "radius": "5"}),
    ("postcode", {"where": "LS1", "radius": "25"}),
    ("filters+distance", {"where": "CV1", "type": "accommodation", "referral": "self"}),
    ("filters+distance", {"where": "B1", "audience": "women", "open_24_7": "1", "radius": "25"}),
    ("filters+distance", {"where": "M1", "language": "ur", "free": "1"}),
]


def seed(size=SERVICES):
    """Seed `size` synthetic services, NATIONAL of them national; return their ids."""
    rng = random.Random(SEED)
    if DISTRICTS_CSV.exists():
        call_command("import_postcode_districts", str(DISTRICTS_CSV), stdout=io.StringIO())
    else:
        for outcode, lat, lng in (
            ("CV1", "52.410338", "-1.509154"),
            ("B1", "52.4796", "-1.903"),
            ("M1", "53.4794", "-2.2453"),
            ("LS1", "53.7965", "-1.5478"),
        ):
            PostcodeDistrict.objects.create(outcode=outcode, latitude=Decimal(lat), longitude=Decimal(lng))
    terms = {
        code: list(TaxonomyTerm.objects.filter(taxonomy__code=code))
        for code in ("service-types", "specialist-roles", "audiences")
    }
    organisations = Organisation.objects.bulk_create(
        [Organisation(uuid=uuid.UUID(int=rng.getrandbits(128)), name=f"Synthetic Trust {n}") for n in range(200)]
    )
    services, locations = [], []
    for n in range(size):
        words = rng.sample(WORDS, 3)
        place = rng.choice(PLACES)
        services.append(
            Service(
                uuid=uuid.UUID(int=rng.getrandbits(128)),
                organisation=organisations[n % len(organisations)],
                name=f"Synthetic {place} {words[0]} service {n}",
                summary=f"Support with {words[0]} and {words[1]} in {place}.",
                description=f"We help people affected by {words[0]}, {words[1]} and {words[2]}.",
                is_free=rng.random() < 0.85,
                referral_route=rng.choice(["self", "professional", "both"]),
                languages=sorted(
                    {"en", *rng.sample(["pl", "ur", "pa", "bn", "ar", "so", "ro", "zh", "cy"], rng.randint(0, 3))}
                ),
                open_24_7=rng.random() < 0.1,
                last_verified=datetime.date(2027, 1, 1),
                next_review_due=datetime.date(2027, 7, 1),
            )
        )
        locations.append(
            Location(
                uuid=uuid.UUID(int=rng.getrandbits(128)),
                name=f"Synthetic centre {n}",
                latitude=Decimal(f"{rng.uniform(50.5, 55.0):.6f}"),
                longitude=Decimal(f"{rng.uniform(-3.5, 1.0):.6f}"),
                confidential_address=rng.random() < 0.03,
            )
        )
    Service.objects.bulk_create(services, batch_size=500)
    Location.objects.bulk_create(locations, batch_size=500)
    ServiceAtLocation.objects.bulk_create(
        [
            ServiceAtLocation(uuid=uuid.UUID(int=rng.getrandbits(128)), service=s, location=place)
            for s, place in zip(services[NATIONAL:], locations[NATIONAL:], strict=True)
        ],
        batch_size=500,
    )
    ServiceArea.objects.bulk_create(
        [
            ServiceArea(uuid=uuid.UUID(int=rng.getrandbits(128)), service=s, kind="national", nations=["england"])
            for s in services[:NATIONAL]
        ]
    )
    periods = []
    for service in services:
        if service.open_24_7:
            continue
        for day in range(5):
            periods.append(
                SchedulePeriod(
                    uuid=uuid.UUID(int=rng.getrandbits(128)),
                    service=service,
                    weekday=day,
                    opens_at=datetime.time(9),
                    closes_at=datetime.time(rng.choice([17, 20])),
                )
            )
    SchedulePeriod.objects.bulk_create(periods, batch_size=1000)
    for field, code, per in (
        ("service_types", "service-types", 2),
        ("specialist_roles", "specialist-roles", 1),
        ("audiences", "audiences", 2),
    ):
        through = getattr(Service, field).through
        rows = []
        for service in services:
            for term in rng.sample(terms[code], per):
                rows.append(through(service_id=service.pk, taxonomyterm_id=term.pk))
        through.objects.bulk_create(rows, batch_size=1000)
    backend = get_search_backend()
    index = backend.get_index_for_model(Service)
    queryset = Service.objects.prefetch_related("organisation", "service_types", "specialist_roles", "audiences")
    for start in range(0, size, 1000):
        index.add_items(Service, list(queryset.order_by("pk")[start : start + 1000]))
    refresh_statistics()  # as the import commands do after a bulk change
    return [service.uuid for service in services]


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(label, samples, queries, target=""):
    return (
        f"{label:<34} p50 {statistics.median(samples):6.1f} ms  p95 {percentile(samples, 0.95):6.1f} ms  "
        f"queries/request {min(queries)}–{max(queries)}  ({len(samples)} runs){target}"
    )


def timed(function):
    """(milliseconds, queries, result). Queries are counted on a second
    call: Django's query log formats every statement, which is not what a
    server does, so the timed call runs without it."""
    start = time.perf_counter()
    result = function()
    elapsed = (time.perf_counter() - start) * 1000
    with CaptureQueriesContext(connection) as captured:
        function()
    return elapsed, len(captured.captured_queries), result


def measure(service_ids, rounds=ROUNDS, detail_pages=DETAIL_PAGES):
    """Time the searches `rounds` times each and `detail_pages` service
    pages; return the report's lines."""
    client = Client()
    client.post("/directory/", {"q": "warm up", "where": "CV1"})
    known = parameters.known_terms()
    view, view_queries, by_kind = [], [], {}
    raw, raw_queries = [], []
    for _ in range(rounds):
        for kind, data in SEARCHES:
            elapsed, queries, response = timed(lambda data=data: client.post("/directory/", data))
            assert response.status_code == 200, (data, response.status_code)
            view.append(elapsed)
            view_queries.append(queries)
            by_kind.setdefault(kind, []).append(elapsed)
            query = QueryDict(mutable=True)
            for key, value in data.items():
                query[key] = value
            with translation.override("en"):
                elapsed, queries, _ = timed(lambda query=query: results.run(parameters.parse(query, known)[0]))
            raw.append(elapsed)
            raw_queries.append(queries)

    detail, detail_queries = [], []
    for service_id in random.Random(SEED).sample(service_ids, min(detail_pages, len(service_ids))):
        elapsed, queries, response = timed(
            lambda service_id=service_id: client.get(f"/directory/service/{service_id}/")
        )
        assert response.status_code == 200, (service_id, response.status_code)
        detail.append(elapsed)
        detail_queries.append(queries)

    lines = [report("search view (all searches)", view, view_queries, "  target p50 <= 50, p95 <= 150")]
    lines += [
        f"  {kind:<32} p50 {statistics.median(samples):6.1f} ms  p95 {percentile(samples, 0.95):6.1f} ms"
        for kind, samples in by_kind.items()
    ]
    lines.append(report("raw search call (no rendering)", raw, raw_queries))
    lines.append(report("detail view", detail, detail_queries, "  target p50 <= 20"))
    return lines


def main():
    # Migrating prints wagtail-modeltranslation's schema changes whatever the verbosity.
    with contextlib.redirect_stdout(io.StringIO()):
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        started = time.perf_counter()
        with translation.override("en"):
            service_ids = seed()
        print(
            f"Seeded {SERVICES} services in {time.perf_counter() - started:.1f} s "
            f"({connection.vendor}, {get_search_backend().__class__.__module__})"
        )
        # Clear away the seeding's objects, which a serving process would
        # not be carrying, and keep what is left out of the collector's
        # full passes, as waymark.wsgi does after start-up.
        gc.collect()
        gc.freeze()
        print("\n".join(measure(service_ids)))
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
