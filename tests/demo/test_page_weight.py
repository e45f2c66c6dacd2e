"""Budget: the home page with demo content costs at most 30 KB gzipped
(HTML, CSS and JS) in at most 4 requests, not counting content images."""

import gzip
import re

from django.contrib.staticfiles import finders

BUDGET_BYTES = 30 * 1024
MAX_REQUESTS = 4
FETCHED_LINKS = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "apple-touch-icon"}


def subresources(html):
    """URLs the browser fetches when it loads the page: stylesheets, scripts,
    icons. Alternate-language links are not fetched."""
    links = [
        re.search(r'\bhref="([^"]+)"', tag).group(1)
        for tag in re.findall(r"<link\b[^>]*>", html)
        if re.search(r'\brel="([^"]+)"', tag).group(1) in FETCHED_LINKS
    ]
    scripts = re.findall(r'<script\b[^>]*\bsrc="([^"]+)"', html)
    return links + scripts


def test_home_page_is_within_the_weight_budget(demo_site, client):
    html = client.get("/").content
    urls = subresources(html.decode())
    assert all(url.startswith("/static/") for url in urls), urls

    total = len(gzip.compress(html))
    for url in urls:
        path = finders.find(url.removeprefix("/static/"))
        assert path, f"{url} is linked but not found"
        with open(path, "rb") as file:
            total += len(gzip.compress(file.read()))

    assert 1 + len(urls) <= MAX_REQUESTS, f"{1 + len(urls)} requests: {urls}"
    assert total <= BUDGET_BYTES, f"{total} bytes gzipped"
