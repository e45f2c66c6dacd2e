from django import template
from django.conf import settings
from django.utils import translation

from translations.languages import alternate_urls, is_translated

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
