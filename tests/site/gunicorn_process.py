"""Start the real gunicorn, configured as production configures it
(`site/gunicorn_conf.py`), and talk to it over raw sockets."""

import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings

# Ports agreed for servers that tests on this machine start (8100-8199).
# Each pytest-xdist worker looks in its own quarter, so two workers never
# pick the same free port at the same moment.
_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")) % 4
PORTS = range(8100 + 25 * _WORKER, 8125 + 25 * _WORKER)
PRODUCTION_SECRET_KEY = secrets.token_urlsafe(50)


def free_port():
    for port in PORTS:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {PORTS.start}-{PORTS.stop - 1}")


def production_env(database_file, **extra):
    """The environment a deployment gives: production settings, nothing else."""
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "GUNICORN_", "WEB_CONCURRENCY"))}
    return {
        **keep,
        "DJANGO_SETTINGS_MODULE": "waymark.settings.production",
        "SECRET_KEY": PRODUCTION_SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"sqlite:///{database_file}",
        **extra,
    }


class Gunicorn:
    def __init__(self, env, log_path, port):
        self.port = port
        self.log_path = Path(log_path)
        self._log = open(self.log_path, "w")  # noqa: SIM115 - open while the server runs; closed in stop()
        executable = Path(sys.executable).with_name("gunicorn")
        self.process = subprocess.Popen(
            [
                str(executable),
                "--config",
                "python:waymark.gunicorn_conf",
                "--bind",
                f"127.0.0.1:{port}",
                "waymark.wsgi",
            ],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    @property
    def log(self):
        self._log.flush()
        return self.log_path.read_text(errors="replace")

    def wait_until_serving(self, workers, timeout=30):
        """Wait until every worker has booted, so timings measure requests."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("gunicorn exited:\n" + self.log)
            if self.log.count("Booting worker") >= workers and self.answers():
                return self
            time.sleep(0.1)
        raise RuntimeError("gunicorn did not start:\n" + self.log)

    def answers(self):
        try:
            return raw_request(
                self.port, b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
            ).startswith(b"HTTP/1.1")
        except OSError:
            return False

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


def raw_request(port, data, source="127.0.0.1", timeout=10):
    """Send bytes as they are, from the address `source`, and read until the
    server closes the connection (send `Connection: close` with a valid request)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout, source_address=(source, 0)) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
        return b"".join(chunks)


def status_and_headers(response):
    head = response.partition(b"\r\n\r\n")[0].decode("latin-1").split("\r\n")
    status = int(head[0].split()[1])
    headers = {}
    for line in head[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers


def get(port, path, source="127.0.0.1", timeout=10, **headers):
    """GET `path` as a browser would, from the address `source`: (status, headers, body)."""
    lines = [f"GET {path} HTTP/1.1", "Host: 127.0.0.1", "Connection: close"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    response = raw_request(port, ("\r\n".join(lines) + "\r\n\r\n").encode(), source=source, timeout=timeout)
    status, response_headers = status_and_headers(response)
    return status, response_headers, response.partition(b"\r\n\r\n")[2]
