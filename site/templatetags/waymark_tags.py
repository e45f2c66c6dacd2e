from django import template

register = template.Library()


@register.filter
def tel_href(number):
    """A tap-to-call link for a number written for people: "0808 2000 247"."""
    return "tel:" + "".join(ch for ch in str(number) if ch.isdigit() or ch == "+")
