"""`make bench` is not part of `make test`; running the directory benchmark
small here keeps it from breaking unnoticed."""

import pytest

from . import bench_search


@pytest.mark.django_db(transaction=True)
def test_the_benchmark_runs_every_search_and_reports_every_measure():
    service_ids = bench_search.seed(size=300)
    lines = bench_search.measure(service_ids, rounds=1, detail_pages=3)
    labels = [line.split(" p50 ")[0].strip() for line in lines]
    assert labels == [
        "search view (all searches)",
        "text",
        "text+filters",
        "postcode",
        "filters+distance",
        "raw search call (no rendering)",
        "detail view",
    ]
    assert "(14 runs)" in lines[0] and "(3 runs)" in lines[-1]
