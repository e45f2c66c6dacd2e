"""gunicorn settings, read from the environment (see README, Deployment).

The access log leaves out the client address (%(h)s) and the query string:
%(U)s is the path alone. A visitor's IP address or search terms must never
reach a log."""

import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
accesslog = "-"
errorlog = "-"
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Gunicorn logs the request line on errors such as "Invalid request";
# keep those at warning level so they hold no query strings in normal running.
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
