from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from translations.direction import link_phone_numbers
from translations.languages import alternate_urls, is_translated, shows_english

register = template.Library()


@register.inclusion_tag("translations/alternate_links.html", takes_context=True)
def alternate_links(context):
    request = context["request"]
    links = alternate_urls(request, context.get("page"))
    default = next(path for code, _, path in links if code == settings.LANGUAGE_CODE)
    return {
        "links": [(code, request.build_absolute_uri(path)) for code, _, path in links],
        "default": request.build_absolute_uri(default),
    }


@register.inclusion_tag("translations/language_switcher.html", takes_context=True)
def language_switcher(context):
    # A view may ask for part of its address to be kept when the language
    # changes, such as the signposting sheet's list of service ids. Never
    # anything searched for.
    carry = context.get("carry_query", "")
    return {
        "links": [
            (code, name, path + carry) for code, name, path in alternate_urls(context["request"], context.get("page"))
        ],
        "current": translation.get_language(),
    }


@register.simple_tag(takes_context=True)
def page_is_translated(context):
    """False when the page's text falls back to English in this language."""
    page = context.get("page")
    language = translation.get_language()
    if page is None or language == settings.LANGUAGE_CODE:
        return True
    return is_translated(page, "title", language)


# English shown on a page in another language: marked for screen readers
# (WCAG 3.1.2) and isolated, so its punctuation stays at its own end.
_ENGLISH = mark_safe(' lang="en" dir="ltr"')


@register.simple_tag
def english_attrs(record, field):
    """` lang="en" dir="ltr"` for the element that holds `record.field`, when
    that text is shown in English in place of the visitor's language."""
    return _ENGLISH if shows_english(record, field) else ""


@register.filter
def english_if(is_english):
    """` lang="en" dir="ltr"` when a computed text (such as a route's status,
    directory.presentation.status_in_english) is English in its stead."""
    return _ENGLISH if is_english else ""


@register.simple_tag
def record_text(record, field):
    """`record.field`, escaped, in a `<span lang="en" dir="ltr">` when it is
    shown in English in place of the visitor's language."""
    text = getattr(record, field, "")
    if shows_english(record, field):
        return format_html("<span{}>{}</span>", _ENGLISH, text)
    return conditional_escape(text)


@register.filter
def phone_links(text):
    """Plain text, escaped, with each phone number a tap-to-call link
    (translations.direction): for easy read, whose numbers are to tap."""
    return mark_safe(link_phone_numbers(conditional_escape(text)))
