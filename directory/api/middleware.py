"""Errors under the API's address answer in the API's own JSON (errors.py),
not with the site's HTML pages, whatever goes wrong inside a view."""

from django.core import signals
from django.core.exceptions import BadRequest, SuspiciousOperation
from django.utils.log import log_response

from . import errors


class JSONErrors:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not errors.is_api_request(request):
            return None
        if isinstance(exception, (BadRequest, SuspiciousOperation)):
            # Such as more parameters than DATA_UPLOAD_MAX_NUMBER_FIELDS.
            response = errors.unreadable_request()
        else:
            response = errors.server_error()
            # Reported as Django reports any other server error.
            signals.got_request_exception.send(sender=None, request=request)
        log_response(
            "%s: %s", response.reason_phrase, request.path, response=response, request=request, exception=exception
        )
        return response
