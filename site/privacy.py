"""Keep visitors' details out of logs, error reports and the admin lock-out
records: no client addresses, no query strings, no request bodies."""

import logging
import re

from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

WITHHELD = "[withheld]"
_QUERY_STRING = re.compile(r"\?[^\s\"]*")


def without_query_string(text):
    return _QUERY_STRING.sub("", text)


class RedactQueryStrings(logging.Filter):
    """Drop query strings from log records, such as the development server's
    request lines ("GET /search/?q=... HTTP/1.1")."""

    def filter(self, record):
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(without_query_string(a) if isinstance(a, str) else a for a in args)
        if isinstance(record.msg, str):
            record.msg = without_query_string(record.msg)
        return True


class PrivateExceptionReporterFilter(SafeExceptionReporterFilter):
    """Withhold everything a visitor sent, and local variables that may hold it."""

    def is_active(self, request):
        return True

    def get_post_parameters(self, request):
        return {}

    def get_traceback_frame_variables(self, request, tb_frame):
        return [(name, WITHHELD) for name in tb_frame.f_locals]

    def get_safe_request_meta(self, request):
        meta = super().get_safe_request_meta(request)
        private = (
            "QUERY_STRING",
            "REMOTE_ADDR",
            "REMOTE_HOST",
            "HTTP_X_FORWARDED_FOR",
            "HTTP_X_REAL_IP",
            "HTTP_FORWARDED",
            "HTTP_COOKIE",
            "HTTP_REFERER",
            "REQUEST_URI",
            "RAW_URI",
        )
        return {key: WITHHELD if key in private else value for key, value in meta.items()}


class PrivateExceptionReporter(ExceptionReporter):
    def get_traceback_data(self):
        data = super().get_traceback_data()
        data["request_GET_items"] = []
        data["request_FILES_items"] = []
        data["request_COOKIES_items"] = []
        data["filtered_POST_items"] = []
        if self.request is not None:
            data["request_insecure_uri"] = without_query_string(data.get("request_insecure_uri", ""))
        return data


def no_client_address(request):
    """django-axes: lock out by username only, and store no address."""
    return None
