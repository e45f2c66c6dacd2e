"""gunicorn settings, read from the environment (see README, Deployment).

Logs: the access log leaves out the client address (%(h)s) and the query
string (%(U)s is the path alone), and every access and error record passes
through PrivateLogger, which withholds client addresses and anything after a
`?` or a space in a request line. A visitor's IP address or search terms
must never reach a log."""

import os

from waymark.settings.env import env_bool

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"

# Threads, not one process per request: a client that sends its request body
# slowly holds one thread, not a whole worker (a sync worker was held until
# the 30 s timeout killed it), and for GUNICORN_BODY_TIMEOUT seconds at most
# (site/gunicorn_worker.py). Many slow clients could still keep every thread
# busy, so the proxy in front must buffer request bodies and pass on only
# complete requests (README, Deployment).
worker_class = "waymark.gunicorn_worker.DeadlineThreadWorker"
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))

accesslog = "-"
errorlog = "-"
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
logger_class = "waymark.gunicorn_logging.PrivateLogger"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")

# https is decided here, not in Django: gunicorn sets wsgi.url_scheme from
# X-Forwarded-Proto only on connections from FORWARDED_ALLOW_IPS, the TLS
# proxy's addresses. From anyone else the header is ignored, so a client
# cannot claim https (Django's SECURE_PROXY_SSL_HEADER would believe anyone).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
secure_scheme_headers = {"X-FORWARDED-PROTO": "https"} if env_bool("BEHIND_TLS_PROXY", True) else {}

# No runtime control socket: nothing here uses it, and it would be one more
# way into the server for any local process of the same user.
control_socket_disable = True
