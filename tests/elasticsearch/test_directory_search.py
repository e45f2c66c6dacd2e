"""The directory search against a real Elasticsearch 9 cluster. Run with
ELASTICSEARCH_URL=https://host:9200 .venv/bin/pytest tests/elasticsearch
(the tests use their own index prefix and delete their indexes after)."""

import os
from decimal import Decimal

import pytest
from django.test import override_settings

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("ELASTICSEARCH_URL"),
        reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to test against (see README, Service directory)",
    ),
    pytest.mark.django_db,
]

BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.elasticsearch9",
        "URLS": [os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200")],
        "INDEX_PREFIX": "waymark_test_",
        "TIMEOUT": 10,
        "AUTO_UPDATE": False,
    }
}


@pytest.fixture
def indexed():
    from wagtail.search.backends import get_search_backend

    from directory.models import Location, PostcodeDistrict, ServiceArea, ServiceAtLocation
    from tests.directory.factories import ServiceFactory

    with override_settings(WAGTAILSEARCH_BACKENDS=BACKENDS):
        PostcodeDistrict.objects.create(outcode="CV1", latitude=Decimal("52.410338"), longitude=Decimal("-1.509154"))
        near = ServiceFactory(name="Example Near Advice", summary="Advice on domestic abuse.")
        location = Location.objects.create(name="Centre", latitude=Decimal("52.411"), longitude=Decimal("-1.51"))
        ServiceAtLocation.objects.create(service=near, location=location)
        helpline = ServiceFactory(name="Example Helpline", summary="Domestic abuse helpline.")
        ServiceArea.objects.create(service=helpline, kind="national", nations=["england"])
        ServiceFactory(name="Example Draft", summary="Domestic abuse draft.", live=False)
        backend = get_search_backend()
        index = backend.get_index_for_model(near.__class__)
        index.reset()
        from directory.models import Service

        index.add_items(Service, list(Service.objects.all()))
        index.refresh()
        yield backend
        index.delete()


def test_synonyms_filters_and_distance_work_through_elasticsearch(client, indexed):
    import re

    with override_settings(WAGTAILSEARCH_BACKENDS=BACKENDS):
        response = client.post("/directory/", {"q": "DV", "where": "CV1"})
    html = response.content.decode()
    assert response.status_code == 200
    local = re.search(r"data-local-results>(.*?)</ol>", html, re.S)[1]
    national = re.search(r"data-national-results>(.*?)</ol>", html, re.S)[1]
    assert "Example Near Advice" in local and "miles away" in local
    assert "Example Helpline" in national
    assert "Example Draft" not in html
