"""A client that sends its request body slowly must not stall the site
(issue 14, finding 13). gunicorn runs as configured, with two workers."""

import socket
import threading
import time

from .gunicorn_process import get, production_env

SLOW_CLIENTS = 2
BODY_LENGTH = 1000  # bytes announced; about one is sent every half second


def trickle_body(port, stop):
    """Announce a search form's body, then send it a byte at a time."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(
            b"POST /search/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\n" + f"Content-Length: {BODY_LENGTH}\r\n\r\nq=".encode()
        )
        while not stop.wait(0.5):
            try:
                sock.sendall(b"x")
            except OSError:
                return


def time_ordinary_request(server, slow_clients, wait):
    """Seconds GET / takes while `slow_clients` trickle bodies, and its status."""
    stop = threading.Event()
    slow = [threading.Thread(target=trickle_body, args=(server.port, stop)) for _ in range(slow_clients)]
    try:
        for client in slow:
            client.start()
        time.sleep(1.5)  # every body is being read, byte by byte
        started = time.monotonic()
        try:
            status, _, _ = get(server.port, "/", timeout=wait)
        except TimeoutError:
            status = f"no answer within {wait} s"
        return time.monotonic() - started, status
    finally:
        stop.set()
        for client in slow:
            client.join()


def test_two_slow_request_bodies_do_not_stall_two_workers(set_up_site, start_gunicorn):
    server = start_gunicorn(production_env(set_up_site, WEB_CONCURRENCY="2"), workers=2)
    elapsed, status = time_ordinary_request(server, SLOW_CLIENTS, wait=5)
    assert status == 200
    assert elapsed < 3, f"an ordinary request waited {elapsed:.1f} s behind two slow bodies"


def test_a_body_that_takes_too_long_frees_its_thread(set_up_site, start_gunicorn):
    """One worker of two threads, both held by trickling clients: each is
    cut off when its body has taken GUNICORN_BODY_TIMEOUT, and the ordinary
    request waiting behind them is served."""
    env = production_env(set_up_site, WEB_CONCURRENCY="1", GUNICORN_THREADS="2", GUNICORN_BODY_TIMEOUT="2")
    server = start_gunicorn(env)
    elapsed, status = time_ordinary_request(server, slow_clients=2, wait=8)
    assert status == 200
    assert elapsed < 4, f"an ordinary request waited {elapsed:.1f} s behind two slow bodies"
