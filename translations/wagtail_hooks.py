from django.conf import settings
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html, json_script
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .language_names import english_name, is_right_to_left, own_then_english
from .review import CLEARED_ACTION
from .review_views import clear_native_review
from .views import translation_status


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path("reports/translation-status/", translation_status, name="translation_status"),
        path(
            "reports/translation-status/review/<int:pk>/clear/",
            clear_native_review,
            name="translation_status_clear_review",
        ),
    ]


@hooks.register("register_log_actions")
def register_native_review_actions(actions):
    actions.register_action(CLEARED_ACTION, _("Native speaker review"), _("Marked as reviewed by a native speaker"))


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(_("Translation status"), reverse("translation_status"), icon_name="globe", order=700)


def admin_languages():
    """The site's languages as the edit form's toggles name them: own name,
    then English ("Cymraeg (Welsh)"), with the direction of the own name."""
    return {
        "heading": _gettext("Show the fields for:"),
        "default": settings.LANGUAGE_CODE,
        "languages": [
            {
                "code": code,
                "own": own,
                "english": english_name(code) if own_then_english(code, own) != own else "",
                "dir": "rtl" if is_right_to_left(code) else "ltr",
            }
            for code, own in settings.LANGUAGES
        ],
    }


@hooks.register("insert_editor_js")
def language_toggles():
    # Stands in for wagtail-modeltranslation's picker, which
    # WAGTAILMODELTRANSLATION_LOCALE_PICKER = False turns off. The names
    # travel as JSON data, not script, so the admin's CSP need not allow it.
    return json_script(admin_languages(), "admin-languages") + format_html(
        '<script src="{}"></script><link rel="stylesheet" href="{}">',
        static("js/admin-language-toggles.js"),
        static("css/admin-languages.css"),
    )
