from urllib.parse import urlsplit

from django import template
from django.template.defaultfilters import filesizeformat

from ..pictograms import PICTOGRAMS, pictogram_svg

register = template.Library()


@register.filter
def site_name(url):
    """The site a link goes to, as a visitor would recognise it: youtube.com."""
    host = urlsplit(str(url)).hostname or ""
    return host.removeprefix("www.")


@register.simple_tag
def pictogram(name, alt=""):
    """An easy read row's pictogram, inline; its alt text is the editor's, or
    the pictogram's own description."""
    return pictogram_svg(name, alt or pictogram_alt(name))


@register.simple_tag
def decorative_pictogram(name):
    """A pictogram beside words that already say what it shows."""
    return pictogram_svg(name, "")


@register.filter
def pictogram_alt(name):
    pictogram = PICTOGRAMS.get(name)
    return pictogram.description if pictogram else ""


@register.filter
def document_size(document):
    try:
        size = document.get_file_size()
    except (OSError, ValueError):
        return ""
    return filesizeformat(size) if size else ""


@register.filter
def live_services(services):
    """Chosen services the public may see (Service.is_public); withdrawn ones drop out."""
    return [service for service in services if service is not None and service.is_public]
