"""Demo content for the site itself: home page, site settings and the
emergency routes. Real numbers only: 999 and the Silent Solution."""

from django.conf import settings as django_settings
from wagtail.models import Locale, Page, Site

from waymark.models import HomePage, InformationPage, SiteSettings

from . import safety_page

EMERGENCY_ROUTES = {
    "heading": "Get help now",
    "intro": "If you are in danger now, call 999 and ask for the police.",
    "routes": [
        {
            "label": "Police, in an emergency",
            "number": "999",
            "note": "Call if you or someone else is in danger right now.",
        },
        {
            "label": "Silent Solution: call 999, then press 55 if you cannot speak",
            "number": "999",
            "note": (
                "On a mobile, if you cannot speak, listen to the operator and press 55 when asked. "
                "You will be put through to the police. On a landline, stay on the line: "
                "if the operator hears only background noise, they will connect you to the police."
            ),
        },
    ],
}


def load(stdout, today=None):
    home = HomePage.objects.first() or _create_home_page(stdout)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Waymark")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    _remove_wagtail_welcome_page(home)

    safety_page = _safety_page(home, stdout)
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if not settings.footer_text:
        settings.footer_text = "Waymark is run by the Example Community Safety Partnership. Demo content only."
    if settings.safety_page is None:
        settings.safety_page = safety_page
    settings.save()


def _safety_page(home, stdout):
    page = InformationPage.objects.child_of(home).filter(slug="staying-safe-online").first()
    if page is None:
        page = InformationPage(
            title="Staying safe online",
            slug="staying-safe-online",
            intro=safety_page.INTRO,
            body=safety_page.body(),
            search_description="How to look for help more safely on a phone or computer that someone else may check.",
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        stdout.write("Created the Staying safe online page.")
    return page


def _tree_root():
    """Wagtail's migrations create the root page and locale; a flushed
    database (as in browser tests) has neither, so make them if missing."""
    Locale.objects.get_or_create(language_code=django_settings.LANGUAGE_CODE)
    return Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))


def _create_home_page(stdout):
    root = _tree_root()
    home = HomePage(
        title="Find support, safely",
        slug="waymark-home",
        intro=(
            "Information and support for anyone affected by domestic abuse, sexual violence, "
            "forced marriage or honour-based abuse. Free, confidential help is available."
        ),
        body=[("get_help", EMERGENCY_ROUTES)],
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    stdout.write("Created the home page.")
    return home


def _remove_wagtail_welcome_page(home):
    """Wagtail's first migration adds a placeholder "Welcome" page; it is not ours."""
    Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").exclude(
        pk=home.pk
    ).delete()
