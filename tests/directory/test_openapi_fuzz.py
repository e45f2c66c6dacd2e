"""Schemathesis against a real server: the API must do exactly what its own
openapi.json says, for every operation, with every check Schemathesis has
(no 500s, documented status codes and content types, responses valid
against the described schemas, invalid requests refused, valid ones
accepted, links between lists and items), and no response may carry a
confidential address.

It runs Schemathesis's own command line (as someone checking the API from
outside would) against pytest-django's live server, over a directory that
holds a refuge at a confidential address. Its settings are in
schemathesis.toml beside this file; the run is bounded by API_EXAMPLES (tests/fuzz_budget.py) and
a fixed seed, so it takes well under a minute and fails the same way twice.
Set WAYMARK_FUZZ_SEED to explore with another seed.
"""

import datetime
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from directory.models import SchedulePeriod, Service
from tests.fuzz_budget import API_EXAMPLES, API_PHASES

from .conftest import SECRET_ADDRESS, SECRET_LATITUDE
from .factories import OrganisationFactory, SchedulePeriodFactory, ServiceFactory

# A live server needs a transactional test, which empties the database after
# it (tests/conftest.py writes the migrations' data again before each).
pytestmark = pytest.mark.django_db(transaction=True)

API = "/api/openreferral/v3/"
CONFIG = Path(__file__).with_name("schemathesis.toml")
SEED = os.environ.get("WAYMARK_FUZZ_SEED", "14")
TIME_LIMIT_SECONDS = 300  # a hang fails the test rather than CI


def fuzz_directory(directory):
    """The `directory` fixture (with its refuge at a confidential address,
    and that location's own hours) plus what the new filters and the URI
    rule read: ages, opening hours, an international web address."""
    near, hidden = directory["near"], directory["hidden"]
    Service.objects.filter(pk=near.pk).update(minimum_age=16, maximum_age=25)
    SchedulePeriodFactory(service=near, weekday=0, opens_at=datetime.time(9), closes_at=datetime.time(17))
    SchedulePeriodFactory(service=directory["far"], weekday=4, opens_at=datetime.time(22), closes_at=datetime.time(2))
    refuge_location = hidden.service_at_locations.get().location
    SchedulePeriod.objects.create(
        service=hidden, location=refuge_location, weekday=2, opens_at=datetime.time(10), closes_at=datetime.time(12)
    )
    ServiceFactory(
        name="Example International Address",
        url="http://例え.テスト/café?q=a|b",
        organisation=OrganisationFactory(website="https://example.org/{x}", email="hello@例え.テスト"),
    )


def run_schemathesis(url, report_dir):
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(CONFIG),
        "run",
        url,
        "--checks",
        "all",
        "--max-examples",
        str(API_EXAMPLES),
        "--phases",
        ",".join(("examples", *API_PHASES)),
        "--seed",
        SEED,
        "--workers",
        "1",
        "--report",
        "json,vcr",
        "--report-dir",
        str(report_dir),
    ]
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, timeout=TIME_LIMIT_SECONDS)
    elapsed = time.monotonic() - started
    report = json.loads(next(report_dir.glob("json-*.json")).read_text())
    cassette = next(report_dir.glob("vcr-*.yaml")).read_text()
    return result, report, cassette, elapsed


def test_the_api_does_what_its_description_says_and_never_shows_a_confidential_address(
    directory, live_server, tmp_path
):
    fuzz_directory(directory)
    result, report, cassette, elapsed = run_schemathesis(live_server.url + API + "openapi.json", tmp_path)
    cases = report["test_cases"]
    print(
        f"\nSchemathesis: {cases['generated']} cases over {report['operations']['tested']} operations in "
        f"{elapsed:.0f} s (seed {SEED}), {cases['with_failures']} with failures, {cases['errored']} errored"
    )
    assert result.returncode == 0, result.stdout[-15000:] + result.stderr[-3000:]
    assert report["operations"]["tested"] == report["operations"]["total"] == 11
    assert report["failures"] == [] and report["errors"] == [] and cases["errored"] == 0
    assert report["warnings"]["unresolvable_reference"] == []  # the description is self-contained
    for phase in API_PHASES:
        assert report["phases"][phase]["status"] == "success", report["phases"]
    # Every response body is in the cassette: public addresses are there, the confidential one never.
    assert "1 Example Street" in cassette and "CV1 1AA" in cassette
    assert SECRET_ADDRESS not in cassette and SECRET_LATITUDE not in cassette and "CV1 9ZZ" not in cassette
