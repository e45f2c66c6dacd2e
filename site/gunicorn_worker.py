"""gthread workers whose threads a slow client cannot keep.

gunicorn reads a request body as the application asks for it, each read
blocking until bytes arrive. A client that trickles its body a byte at a time
would hold the thread for as long as it likes, and enough such clients would
hold every thread. Here reading one request's body may take
GUNICORN_BODY_TIMEOUT seconds in all; after that the read fails, the
application answers with an error and the connection is closed.

The buffering proxy in front (README, Deployment) sends a body at once, so
this only ever stops clients that reach gunicorn some other way."""

import contextlib
import os
import socket
import time

from gunicorn.workers.gthread import ThreadWorker

BODY_SECONDS = float(os.environ.get("GUNICORN_BODY_TIMEOUT", "10"))


class BodyTimedOut(TimeoutError):
    pass


class DeadlineSocket:
    """The connection's socket as the request parser reads it: each recv()
    waits only for what is left of the request's time."""

    def __init__(self, sock, deadline):
        self._sock = sock
        self._deadline = deadline
        self.timed_out = False

    def recv(self, size):
        left = self._deadline - time.monotonic()
        try:
            if left <= 0:
                raise BodyTimedOut("request body not received in time")
            self._sock.settimeout(left)
            try:
                return self._sock.recv(size)
            finally:
                self._sock.settimeout(None)  # blocking again, for the response
        except TimeoutError:
            self.timed_out = True
            raise

    def __getattr__(self, name):
        return getattr(self._sock, name)


class DeadlineThreadWorker(ThreadWorker):
    def handle_request(self, req, conn):
        unreader = conn.parser.unreader
        plain = unreader.sock
        timed = unreader.sock = DeadlineSocket(plain, time.monotonic() + BODY_SECONDS)
        try:
            keep_alive = super().handle_request(req, conn)
        finally:
            unreader.sock = plain
        if not timed.timed_out:
            return keep_alive
        # The rest of a late body is still coming: read none of it, so that
        # closing the connection does not linger on it either.
        with contextlib.suppress(OSError):
            plain.shutdown(socket.SHUT_RD)
        return False
