"""Database helpers: `InIds`, for filtering on long lists of ids."""

import pytest
from django.db.models import F, Q

from directory.models import Service
from tests.directory.factories import ServiceFactory
from waymark.db import InIds


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
