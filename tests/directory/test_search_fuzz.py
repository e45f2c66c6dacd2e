"""Random words and parameters never make the search or a service page fail."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .helpers import SEARCH_PARAMETERS

pytestmark = pytest.mark.django_db

NAMES = [*SEARCH_PARAMETERS, "unknown"]
values = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["CV1", "cv1 1aa", "ZZ99 9ZZ", "52.4", "-1.5", "nan", "1e999", "women", "refuge", "10", "1"]),
    st.floats(allow_nan=True).map(str),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.dictionaries(st.sampled_from(NAMES), st.lists(values, min_size=1, max_size=3), max_size=6),
    method=st.sampled_from(["get", "post"]),
)
def test_search_never_fails(client, directory, data, method):
    # NUL characters cannot travel in a form; browsers never send them.
    data = {name: [value.replace("\x00", "") for value in items] for name, items in data.items()}
    response = getattr(client, method)("/directory/", data)
    assert response.status_code == 200


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    segment=st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00/?#%"), max_size=60)
)
def test_service_pages_never_fail(client, directory, segment):
    response = client.get("/directory/service/" + segment + "/")
    assert response.status_code in (200, 404)
