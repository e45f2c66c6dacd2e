"""The search vocabulary's entries awaiting a native speaker's review, as
the translation status report lists them."""

from django.utils.translation import gettext as _

from translations.review_words import Awaiting

from . import vocabulary


def search_words(language: str) -> Awaiting:
    return Awaiting(
        _("Directory search"),
        [(entry.means, entry.words) for entry in vocabulary.awaiting_review(language)],
    )
