import pytest

from .gunicorn_process import Gunicorn, free_port


@pytest.fixture
def start_gunicorn(tmp_path):
    """start_gunicorn(env) -> a running Gunicorn; every one is stopped after the test."""
    started = []

    def start(env, workers=1):
        server = Gunicorn(env, tmp_path / f"gunicorn-{len(started)}.log", free_port())
        started.append(server)
        return server.wait_until_serving(workers)

    yield start
    for server in started:
        server.stop()
