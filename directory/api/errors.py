"""How the API answers when something goes wrong: always JSON in one shape,
`{"error": …, "message": …, "parameter": …}`, readable from any origin.

That holds for the refusals the API's own checks make and for the answers
Django's error handlers give under the API's address (a request Django
refuses to read, an unexpected exception): a browser app on another site
can only read an error that carries the CORS header, and an HTML error page
means nothing to a program.
"""

from django.http import JsonResponse
from django.urls import reverse

ERROR_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    429: "too_many_requests",
    500: "server_error",
}


def open_to_any_origin(response):
    response["Access-Control-Allow-Origin"] = "*"
    return response


def error(status, message, parameter=None):
    body = {"error": ERROR_CODES[status], "message": message}
    if parameter:
        body["parameter"] = parameter
    return open_to_any_origin(JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False}))


def is_api_request(request):
    return request.path.startswith(reverse("openreferral:meta"))


def unreadable_request():
    """Django's 400, e.g. more parameters than DATA_UPLOAD_MAX_NUMBER_FIELDS.
    The reason is not repeated: for a refused host name it names settings."""
    return error(400, "This request could not be read: check its address and parameters.")


def server_error():
    return error(500, "Something went wrong on our side. Please try again later.")
