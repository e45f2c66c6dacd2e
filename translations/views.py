from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page

from .language_names import english_name, is_right_to_left
from .review_words import awaiting_review
from .status import group_keys, grouped, groupings, missing_in, other_languages


def _field_names(instance, names):
    return ", ".join(str(instance._meta.get_field(name).verbose_name) for name in names)


def _label(instance):
    """What an editor recognises a record by, never blank: a national area
    with no nations named, say, is still "Area covered"."""
    kind = capfirst(instance._meta.verbose_name)
    text = str(instance).strip()
    return f"{kind} “{text}”" if text else kind


def _name_in(owner, language):
    """The record's own title or name in `language`, if it has one yet."""
    for name in ("title", "name"):
        value = getattr(owner, build_localized_fieldname(name, language), None)
        if value is not None:
            return value
    return ""


def _rows(groups, language, finder, used_by):
    rows = []
    for group in groups:
        owner = group.owner
        # Each line: what is missing, and where to edit it when that is not
        # the row's own form (a place has a form of its own; a phone does not).
        missing = [{"text": _field_names(owner, group.fields), "edit_url": None}] if group.fields else []
        missing += [
            {
                "text": f"{_label(item.instance)}: {_field_names(item.instance, item.fields)}",
                "edit_url": finder.get_edit_url(item.instance),
            }
            for item in group.children
        ]
        rows.append(
            {
                "name": str(owner).strip() or _label(owner),
                "used_by": used_by.get(owner.pk) if owner._meta.model_name == "location" else None,
                "kind": owner._meta.verbose_name,
                "is_page": isinstance(owner, Page),
                "edit_url": finder.get_edit_url(owner),
                "name_in_language": _name_in(owner, language),
                "missing": missing,
            }
        )
    return sorted(rows, key=lambda row: (not row["is_page"], str(row["kind"]), row["name"].casefold()))


def _language(code, own):
    return {"code": code, "own": own, "english": english_name(code), "dir": "rtl" if is_right_to_left(code) else "ltr"}


def translation_status(request):
    """Admin report: per language, the pages and records missing text, one
    row for each thing to open (a service with its phones and areas), each
    with a name and a link to edit it, and a count for every language."""
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    languages = other_languages()
    codes = [code for code, _name in languages]
    chosen = request.GET.get("language")
    if chosen not in codes:
        chosen = codes[0] if codes else None
    finder = AdminURLFinder(request.user)
    parents, used_by = groupings()
    counts = [(_language(code, name), len(group_keys(missing_in(code), parents))) for code, name in languages]
    rows = _rows(grouped(missing_in(chosen), parents), chosen, finder, used_by) if chosen else []
    return TemplateResponse(
        request,
        "translations/translation_status.html",
        {
            "page_title": _("Translation status"),
            "counts": counts,
            "chosen": chosen,
            "chosen_language": _language(chosen, dict(languages)[chosen]) if chosen else None,
            "rows": rows,
            "review_words": awaiting_review(chosen),
            "default_language": settings.LANGUAGE_CODE,
        },
    )
