"""waymark's extension points (waymark.extensions): apps above waymark add
to its home page and header through hooks, never through an import."""

import re

from django.db import DatabaseError
from django.utils.safestring import mark_safe
from wagtail import hooks

from waymark import extensions

from .factories import HomePageFactory


def test_the_front_door_comes_under_the_heading_and_sections_after_the_body(client, db):
    HomePageFactory(intro="Intro words.", body__0="get_help")
    front = lambda request: mark_safe('<p id="front">Front door</p>')  # noqa: E731
    after = lambda request: mark_safe('<p id="after">After the body</p>')  # noqa: E731
    with (
        hooks.register_temporarily(extensions.HOME_FRONT_DOOR, front),
        hooks.register_temporarily(extensions.HOME_SECTIONS, after),
    ):
        content = client.get("/").content.decode()
    order = [
        match.group(0)
        for match in re.finditer(r"<h1|id=\"front\"|Intro words|class=\"get-help\"|id=\"after\"", content)
    ]
    assert order == ["<h1", 'id="front"', "Intro words", 'class="get-help"', 'id="after"']


def test_an_empty_part_adds_nothing(client, db):
    HomePageFactory()
    with hooks.register_temporarily(extensions.HOME_FRONT_DOOR, lambda request: ""):
        parts = extensions.home_parts(extensions.HOME_FRONT_DOOR, None)
    assert "" not in parts


def test_header_links_from_the_apps_and_none_when_the_database_is_down(client, db):
    HomePageFactory()
    with hooks.register_temporarily(extensions.HEADER_LINKS, lambda request: [("Elsewhere", "/elsewhere/")]):
        header = re.search(r'<header class="site-header">.*?</header>', client.get("/").content.decode(), re.S)[0]
    assert '<a class="site-header__link" href="/elsewhere/">Elsewhere</a>' in header

    def broken(request):
        raise DatabaseError("down")

    with hooks.register_temporarily(extensions.HEADER_LINKS, broken):
        assert extensions.header_links(None) == []
