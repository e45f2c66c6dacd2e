import re

from django import template
from django.utils.safestring import mark_safe

from waymark import extensions

register = template.Library()

_EXTERNAL_LINK = re.compile(r'<a href="(https?://[^"]*)"(?![^>]*\brel=)')


@register.filter
def tel_href(number):
    """A tap-to-call link for a number written for people: "0808 2000 247"."""
    return "tel:" + "".join(ch for ch in str(number) if ch.isdigit() or ch == "+")


@register.filter
def outbound_links(html):
    """Links to other sites send no referrer and get no handle on this page."""
    return mark_safe(_EXTERNAL_LINK.sub(r'<a href="\1" rel="noopener noreferrer"', str(html)))


@register.simple_tag(takes_context=True)
def header_links(context):
    """The links other apps add to the site header (waymark.extensions)."""
    request = context.get("request")
    return extensions.header_links(request) if request is not None else []
