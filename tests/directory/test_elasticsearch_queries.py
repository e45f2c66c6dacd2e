"""What the directory sends to Elasticsearch 9, checked without a server:
the index mapping for services and the body of a search."""

import json

import pytest
from wagtail.search.backends.elasticsearch9 import Elasticsearch9SearchBackend

from directory.models import Service
from directory.search.text import text_query


@pytest.fixture
def backend():
    # Creating the client opens no connection; nothing here talks to a server.
    return Elasticsearch9SearchBackend({"URLS": ["http://localhost:9200"], "INDEX_PREFIX": "waymark_"})


def test_service_index_name_uses_the_prefix(backend):
    assert backend.get_index_for_model(Service).name == "waymark_directory_service"


def test_service_mapping_indexes_text_with_boosts_and_the_filters(backend):
    properties = backend.mapping_class(Service).get_mapping()["properties"]
    assert properties["name"]["copy_to"] == ["_all_text", "_all_text_boost_3_0"]
    assert properties["summary"]["copy_to"] == ["_all_text", "_all_text_boost_2_0"]
    for related in ("organisation", "service_types", "specialist_roles", "audiences"):
        assert properties[related]["type"] == "nested"
        assert properties[related]["properties"]["name"]["copy_to"] == "_all_text"
    assert properties["live_filter"] == {"type": "boolean"}
    assert properties["status_filter"] == {"type": "keyword"}
    assert properties["referral_route_filter"] == {"type": "keyword"}


def test_search_body_requires_every_term_through_any_synonym_and_filters_published(backend):
    compiler = backend.query_compiler_class(Service.objects.public().only("pk"), text_query("DV women"))
    query = compiler.get_query()
    filters = json.dumps(query["bool"]["filter"])
    assert '{"term": {"live_filter": true}}' in filters
    assert '{"terms": {"status_filter": ["active", "temporarily closed"]}}' in filters
    plain = query["bool"]["must"]["dis_max"]["queries"][0]["bool"]["must"]
    assert plain == [
        {
            "bool": {
                "should": [
                    {"match": {"_all_text": {"query": "dv", "operator": "and"}}},
                    {"match": {"_all_text": {"query": "domestic abuse", "operator": "and"}}},
                ]
            }
        },
        {"match": {"_all_text": {"query": "women", "operator": "and"}}},
    ]
