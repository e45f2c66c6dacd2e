from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from translations.search import MAX_QUERY_LENGTH, plain_words, search_pages
from waymark.middleware import set_public_headers
from waymark.models import DEFAULT_EXIT_URL

MAX_RESULTS = 30


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    """Rendered without the request, so no context processor reads the
    database, and from a template that needs no static manifest: a 500 page
    that failed too would leave the visitor gunicorn's bare error page. It
    sets the public headers itself rather than count on the middleware,
    which may be what failed."""
    html = render_to_string(
        "500.html", {"stylesheet": f"{settings.STATIC_URL}css/waymark.css", "exit_url": DEFAULT_EXIT_URL}
    )
    return set_public_headers(HttpResponseServerError(html))


def exit_clear(request):
    """Fired (never awaited) as a quick exit starts: ask the browser to drop
    anything it holds for this site."""
    response = HttpResponse(status=204)
    response["Clear-Site-Data"] = '"cache", "storage"'
    return response


def query_from(request):
    """Search terms come in a POST body, so they stay out of the address bar,
    history and logs. A GET ?q= is accepted only for links a professional
    chose to copy. Read-only, so CSRF protection (and its cookie) is not needed."""
    data = request.POST if request.method == "POST" else request.GET
    return " ".join(data.get("q", "").split())[:MAX_QUERY_LENGTH]


def share_link(request, url_name, params):
    return request.build_absolute_uri(reverse(url_name) + "?" + urlencode(params))


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def search(request):
    query = query_from(request)
    # The directory's rule for what reaches a search backend: a stray quote
    # or a NUL byte made the backends' query parsers fail.
    words = plain_words(query)
    results = search_pages(words, get_language(), MAX_RESULTS) if words else []
    return render(
        request,
        "waymark/search.html",
        {
            "query": query,
            "results": results,
            "share_url": share_link(request, "search", {"q": query}) if query else "",
        },
    )
