"""gunicorn's own log lines, made safe to keep (see README, Safety and privacy).

gunicorn writes what a client sent into its error log: "Invalid request from
ip=203.0.113.7: Invalid HTTP request line: 'GET /directory/?q=forced marriage
HTTP/1.1'", the listening address, the peer of a failed TLS handshake. The
access log format leaves addresses and query strings out, but a deployer may
change it. So every gunicorn log record, access and error, has client
addresses and what follows a `?` or a space in a request line withheld before
any handler writes it, whatever the log level or destination.

Enabled by `logger_class` in `site/gunicorn_conf.py`."""

import ipaddress
import logging
import re

from gunicorn.glogging import Logger

from waymark.privacy import WITHHELD, without_query_string

ADDRESS = "[address]"

# ('203.0.113.7', 51234) and ('::1', 51234, 0, 0): peers as Python prints them.
_PEER_TUPLE = re.compile(r"\(\s*'[^']*'\s*(?:,\s*\d+\s*){1,3}\)")
# "ip=203.0.113.7: Invalid HTTP ..." and "ip=::1 ...": up to ": " or a space.
_IP_FIELD = re.compile(r"\bip=\S*?(?=:\s|\s|$)")
# Candidates only: ipaddress decides, so times such as 12:34:56 are kept.
_IPV6_CANDIDATE = re.compile(r"(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.\d{1,3}){0,3}(?:%\w+)?")
_IPV4 = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)")
# A request line: method, then a target. Only the path is kept; a query
# string, or words after an unencoded space, may be what someone searched for.
_REQUEST_LINE = re.compile(r"\b(?P<method>[A-Z][A-Z0-9_-]{0,19}) (?P<path>/[^\s?'\"]*)(?P<rest>[^'\"\r\n]*)")
_PROTOCOL_ONLY = re.compile(r"(?: HTTP/\d(?:\.\d)?)?")
# Anything gunicorn quotes with %r came from the client: a request line, a
# method, a header name, a version, a chunk. Even a single word may be a
# search term. Only a traceback's file names are the server's own.
_QUOTED = re.compile(r"(?<!File )(?:'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\")")


def _request_line(match):
    if _PROTOCOL_ONLY.fullmatch(match["rest"]):
        return match[0]
    return f"{match['method']} {match['path']} {WITHHELD}"


def _quoted(match):
    text = match[0]
    quote, inner = text[0], text[1:-1]
    if _REQUEST_LINE.match(inner):
        return quote + _REQUEST_LINE.sub(_request_line, inner) + quote
    return quote + WITHHELD + quote


def _ipv6(match):
    candidate = match[0]
    try:
        ipaddress.ip_address(candidate.split("%", 1)[0])
    except ValueError:
        return candidate
    return ADDRESS


def scrub(text):
    """`text` without client addresses, query strings, or words after a
    space in a request line."""
    text = _PEER_TUPLE.sub(ADDRESS, text)
    text = _IP_FIELD.sub("ip=" + ADDRESS, text)
    text = _QUOTED.sub(_quoted, text)
    text = _REQUEST_LINE.sub(_request_line, text)
    text = without_query_string(text)
    text = _IPV6_CANDIDATE.sub(_ipv6, text)
    return _IPV4.sub(ADDRESS, text)


class ScrubRecord(logging.Filter):
    """Rewrite a record as its scrubbed text. A traceback is folded into the
    message first: exception texts quote request lines too."""

    _formatter = logging.Formatter()

    def filter(self, record):
        text = record.getMessage()
        if record.exc_info:
            text += "\n" + self._formatter.formatException(record.exc_info)
        elif record.exc_text:
            text += "\n" + record.exc_text
        if record.stack_info:
            text += "\n" + record.stack_info
        record.msg, record.args = scrub(text), ()
        record.exc_info = record.exc_text = record.stack_info = None
        return True


class PrivateLogger(Logger):
    """gunicorn's logger, with every access and error record scrubbed. The
    filter sits on the loggers rather than their handlers, so it holds for
    files, syslog and any logconfig a deployer adds."""

    def setup(self, cfg):
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            if not any(isinstance(f, ScrubRecord) for f in log.filters):
                log.addFilter(ScrubRecord())
