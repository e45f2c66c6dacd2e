from django.db import DatabaseError, connection
from django.http import HttpResponse


def database_is_up():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


def health_check(get_response):
    """Answer /healthz before host checks and HTTPS redirects, so container and
    load-balancer probes work on any address."""

    def middleware(request):
        if request.path != "/healthz":
            return get_response(request)
        up = database_is_up()
        response = HttpResponse(
            "ok\n" if up else "database unavailable\n",
            status=200 if up else 503,
            content_type="text/plain; charset=utf-8",
        )
        response["Cache-Control"] = "no-store"
        return response

    return middleware
