from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponse

from .db import fresh_connection

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self'",
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    ]
)
PERMISSIONS_POLICY = ", ".join(
    [
        "camera=()",
        "microphone=()",
        "payment=()",
        "interest-cohort=()",
        "browsing-topics=()",
        "geolocation=(self)",
    ]
)


def database_is_up():
    """Asked afresh each time: the kept-open connection of a server process
    answered for up to a minute after its SQLite file had been deleted."""
    probe = fresh_connection()
    try:
        with probe.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False
    finally:
        probe.close()


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


# The admin is Wagtail's, whose pages use inline scripts and styles, so its
# policy cannot be the public one. It still keeps every request on this site:
# no avatars, update checks, CDNs or fonts from elsewhere.
ADMIN_CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "media-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ]
)


def is_admin_path(path):
    return path.startswith("/" + settings.WAGTAIL_ADMIN_PATH)


def admin_headers(response):
    """With `Referrer-Policy: no-referrer` Chromium sends `Origin: null` on form
    posts, which Django's CSRF check refuses, so no editor could sign in or
    save. The admin sends its referrer to itself only.

    Wagtail marks the few admin views that it shows inside its own frames
    (previews) with `X-Frame-Options: SAMEORIGIN`; only those may be framed,
    and only by this site."""
    response["Referrer-Policy"] = "same-origin"
    framed_by_admin = response.get("X-Frame-Options") == "SAMEORIGIN"
    frame_ancestors = "'self'" if framed_by_admin else "'none'"
    response["Content-Security-Policy"] = f"{ADMIN_CONTENT_SECURITY_POLICY}; frame-ancestors {frame_ancestors}"
    response["Permissions-Policy"] = PERMISSIONS_POLICY
    return response


def set_public_headers(response):
    """The security headers of every public response. Django's
    SecurityMiddleware sets the last three from settings, but not on answers
    made above it (/healthz) or after it gave up (a failed error page)."""
    response["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response["Permissions-Policy"] = PERMISSIONS_POLICY
    response["Referrer-Policy"] = settings.SECURE_REFERRER_POLICY
    response["X-Content-Type-Options"] = "nosniff"
    response["Cross-Origin-Opener-Policy"] = settings.SECURE_CROSS_ORIGIN_OPENER_POLICY
    return response


def public_headers(get_response):
    """First in MIDDLEWARE, so that answers public_privacy never sees carry
    the public headers too: /healthz, static files (whitenoise) and error
    pages. The admin's are set in public_privacy."""

    def middleware(request):
        response = get_response(request)
        if not is_admin_path(request.path):
            set_public_headers(response)
        return response

    return middleware


def public_privacy(get_response):
    """Every public page: the public headers, nothing kept in the browser's
    cache, and no cookies. The admin (and its previews) keep their cookies,
    scoped to the admin path, under a policy of their own."""

    def middleware(request):
        response = get_response(request)
        if is_admin_path(request.path):
            return admin_headers(response)
        response.cookies.clear()
        set_public_headers(response)
        response["Cache-Control"] = "no-store"
        if settings.CDN_CACHE_SECONDS and cacheable_by_cdn(request, response):
            response["CDN-Cache-Control"] = f"public, max-age={settings.CDN_CACHE_SECONDS}"
        return response

    return middleware


def cacheable_by_cdn(request, response):
    # Never a URL with a query string: a CDN's own logs could hold search terms.
    return request.method in ("GET", "HEAD") and response.status_code == 200 and not request.META.get("QUERY_STRING")
