"""Per-client request limits, in memory only.

A client is known by a keyed hash of its address. The key is random per
process and never stored, so the hashes can't be matched against a list of
addresses. An entry lives only as long as the window, and nothing is logged.

Each server process counts on its own, so with N workers a client can make
up to N times the rate before every worker refuses it.
"""

import hashlib
import hmac
import secrets
import threading
import time
from collections import deque


class Throttle:
    def __init__(self, requests, seconds, clock=time.monotonic, max_clients=100_000):
        self.requests = requests
        self.seconds = seconds
        self.clock = clock
        self.max_clients = max_clients
        self._key = secrets.token_bytes(32)
        self._hits = {}
        self._lock = threading.Lock()
        self._next_sweep = 0.0

    def check(self, address):
        """Count a request; return 0 if it may go ahead, else the seconds to
        wait before the next one will be allowed."""
        client = hmac.new(self._key, address.encode(), hashlib.sha256).digest()
        now = self.clock()
        with self._lock:
            self._sweep(now)
            hits = self._hits.get(client)
            if hits is None:
                if len(self._hits) >= self.max_clients:
                    # Memory stays bounded under a flood of new addresses;
                    # the flood itself is the web server's job.
                    return self.seconds
                hits = self._hits[client] = deque()
            while hits and hits[0] <= now - self.seconds:
                hits.popleft()
            if len(hits) >= self.requests:
                return max(1, int(hits[0] + self.seconds - now + 0.999))
            hits.append(now)
            return 0

    def _sweep(self, now):
        if now < self._next_sweep:
            return
        self._next_sweep = now + self.seconds
        cutoff = now - self.seconds
        for client in [client for client, hits in self._hits.items() if not hits or hits[-1] <= cutoff]:
            del self._hits[client]


def parse_rate(text):
    """ "120/60" -> (120, 60): requests per seconds."""
    try:
        requests, seconds = (int(part) for part in text.split("/"))
    except ValueError:
        raise ValueError(f"API_THROTTLE_RATE must look like 120/60 (requests/seconds), not {text!r}.") from None
    if requests < 1 or seconds < 1:
        raise ValueError("API_THROTTLE_RATE needs at least 1 request per at least 1 second.")
    return requests, seconds
