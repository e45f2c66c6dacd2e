from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin.admin_url_finder import AdminURLFinder

from .status import missing_in, other_languages


def translation_status(request):
    """Admin report: per language, the pages and records missing text, with
    links to edit them, and a count for every language."""
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    languages = other_languages()
    codes = [code for code, _name in languages]
    chosen = request.GET.get("language")
    if chosen not in codes:
        chosen = codes[0] if codes else None
    finder = AdminURLFinder(request.user)
    counts = [(code, name, len(missing_in(code))) for code, name in languages]
    rows = [
        {
            "instance": item.instance,
            "kind": item.instance._meta.verbose_name,
            "fields": [item.instance._meta.get_field(name).verbose_name for name in item.fields],
            "edit_url": finder.get_edit_url(item.instance),
        }
        for item in (missing_in(chosen) if chosen else [])
    ]
    return TemplateResponse(
        request,
        "translations/translation_status.html",
        {"page_title": _("Translation status"), "counts": counts, "chosen": chosen, "rows": rows},
    )
