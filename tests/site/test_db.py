"""Database helpers: `InIds`, for filtering on long lists of ids, and
`ContainsAny`, for JSON lists that hold any of many strings."""

import pytest
from django.db.models import F, Q

from directory.models import Service, ServiceArea
from tests.directory.factories import ServiceAreaFactory, ServiceFactory
from waymark.db import ContainsAny, InIds


def ids_of(queryset):
    return set(queryset.values_list("pk", flat=True))


def test_a_long_list_of_ids_is_one_parameter(db):
    services = ServiceFactory.create_batch(3)
    # More ids than SQLite allows placeholders in one statement (32,766).
    wanted = [services[0].pk, services[2].pk, *range(10**7, 10**7 + 40_000)]
    queryset = Service.objects.filter(InIds(F("pk"), wanted))
    assert ids_of(queryset) == {services[0].pk, services[2].pk}
    _sql, params = queryset.query.sql_with_params()
    assert len(params) < 10


def test_an_empty_list_matches_nothing_even_inside_an_or(db):
    first, second = ServiceFactory.create_batch(2)
    assert ids_of(Service.objects.filter(InIds(F("pk"), []))) == set()
    assert ids_of(Service.objects.filter(Q(pk=first.pk) | InIds(F("pk"), []))) == {first.pk}
    assert ids_of(Service.objects.exclude(InIds(F("pk"), [first.pk]))) == {second.pk}


def test_ids_may_come_as_strings_but_nothing_else(db):
    service = ServiceFactory()
    assert ids_of(Service.objects.filter(InIds(F("pk"), [str(service.pk)]))) == {service.pk}
    with pytest.raises(ValueError):
        InIds(F("pk"), ["1; DROP TABLE directory_service"])


def areas_covering(codes):
    areas = ServiceArea.objects.filter(ContainsAny(F("postcode_districts"), codes))
    return set(areas.values_list("service__name", flat=True))


def test_a_json_list_holding_any_of_many_strings(db):
    for name, codes in (("Coventry", ["CV1", "CV2"]), ("Birmingham", ["B1"]), ("Nowhere", [])):
        ServiceAreaFactory(service=ServiceFactory(name=name), kind="postcode-districts", postcode_districts=codes)
    assert areas_covering(["CV2", "LS1"]) == {"Coventry"}
    assert areas_covering(["B1", "CV1"]) == {"Coventry", "Birmingham"}
    # Whole entries only: CV1 is not B1's prefix, nor B1 part of B10.
    assert areas_covering(["CV", "B10", "V1"]) == set()
    assert areas_covering([]) == set()
    many = [f"ZZ{n}" for n in range(5000)] + ["B1"]
    assert areas_covering(many) == {"Birmingham"}
    _sql, params = ServiceArea.objects.filter(ContainsAny(F("postcode_districts"), many)).query.sql_with_params()
    assert len(params) < 10


def test_strings_are_parameters_not_sql(db):
    ServiceAreaFactory(kind="postcode-districts", postcode_districts=["CV1"])
    assert areas_covering(['CV1") OR 1=1 --', "'; DROP TABLE directory_servicearea; --"]) == set()
    assert ServiceArea.objects.count() == 1


def test_postgresql_text_search_can_read_an_index_not_every_entry(db):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from directory.search.text import text_matches, text_query

    if connection.vendor != "postgresql":
        pytest.skip("the index is for Wagtail's PostgreSQL search backend")
    ServiceFactory.create_batch(3, name="Example Stalking Advocacy")
    with CaptureQueriesContext(connection) as captured:
        assert len(text_matches(text_query("stalking"))) == 3
    [search_sql] = [query["sql"] for query in captured.captured_queries if "@@" in query["sql"]]

    def plan(sql):
        with connection.cursor() as cursor:
            # Tables this small are cheapest to read whole; the question is
            # whether anything else is possible.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("EXPLAIN " + sql)
            return "\n".join(row[0] for row in cursor.fetchall())

    # The backend matches on this expression...
    assert "(title || body) @@ to_tsquery" in plan(search_sql)
    # ...and the index serves it.
    match = plan("SELECT id FROM wagtailsearch_indexentry WHERE (title || body) @@ to_tsquery('stalking')")
    assert "waymark_search_title_body_gin" in match, match
