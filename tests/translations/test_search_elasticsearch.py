"""Per-language search on Elasticsearch 9, checked without a server: the
language is a keyword filter, so a Polish search never reads English text."""

import json

from wagtail.search.backends.elasticsearch9 import Elasticsearch9SearchBackend

from translations.models import SearchText


def backend():
    return Elasticsearch9SearchBackend({"URLS": ["http://localhost:9200"], "INDEX_PREFIX": "waymark_"})


def test_search_text_mapping_has_language_as_a_keyword_filter():
    properties = backend().mapping_class(SearchText).get_mapping()["properties"]
    assert properties["language_filter"] == {"type": "keyword"}
    assert "content_type_id_filter" in properties
    assert "_all_text" in json.dumps(properties["title"])
    assert "_all_text" in json.dumps(properties["text"])


def test_search_body_filters_to_the_active_language(db):
    compiler = backend().query_compiler_class(SearchText.objects.filter(language="pl"), "zakładek")
    filters = json.dumps(compiler.get_query()["bool"]["filter"], ensure_ascii=False)
    assert '{"term": {"language_filter": "pl"}}' in filters
    assert '"en"' not in filters
