"""The translation status report's core pages table and its "needs review
by a native speaker" marks, and the form that clears a mark."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.admin_url_finder import AdminURLFinder

from .core_pages import core_parts
from .language_names import english_name
from .models import NativeReview
from .review import can_clear, clear, key, marks_by_key, outstanding, reviewed_object


def core_pages_context(request, languages):
    """Each core page's parts (rows) in every language (columns `languages`,
    as the report describes them), present or missing, with the page's
    review mark in each language where it has one."""
    finder = AdminURLFinder(request.user)
    marks = marks_by_key()
    rows = []
    for part in core_parts():
        cells = []
        for language in languages:
            review = marks.get(key(part.page, language["code"])) if part.main else None
            cells.append(
                {
                    "language": language,
                    "present": part.present_in(language["code"]),
                    "review": review,
                    "can_clear": review is not None and can_clear(request.user, part.page),
                }
            )
        rows.append(
            {"label": part.label, "edit_url": finder.get_edit_url(part.page), "main": part.main, "cells": cells}
        )
    return {"core_rows": rows, "core_languages": languages}


def to_review_context(request, language):
    """Every page and record whose text in `language` awaits a native
    speaker's review: core pages, and the names and settings text too."""
    finder = AdminURLFinder(request.user)
    rows = []
    for review in outstanding(language):
        instance = reviewed_object(review)
        if instance is None:
            continue
        rows.append(
            {
                "review": review,
                "name": str(instance).strip() or capfirst(instance._meta.verbose_name),
                "kind": instance._meta.verbose_name,
                "edit_url": finder.get_edit_url(instance),
                "can_clear": can_clear(request.user, instance),
            }
        )
    return {"to_review": sorted(rows, key=lambda row: (str(row["kind"]), row["name"].casefold()))}


@require_POST
def clear_native_review(request, pk):
    """Clears one mark, for an editor who may edit the text it is on."""
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    review = get_object_or_404(NativeReview, pk=pk)
    instance = reviewed_object(review)
    if instance is None:
        raise Http404
    if not can_clear(request.user, instance):
        # A plain 403, not the admin's redirect to the dashboard: the form
        # is only offered to those who may clear, so this is no misstep.
        return HttpResponseForbidden(_("Only an editor who may edit this text can clear its review mark."))
    if review.needs_review:
        clear(review, request.user)
        messages.success(
            request,
            _("“%(name)s” in %(language)s is marked as reviewed by a native speaker.")
            % {"name": str(instance).strip(), "language": english_name(review.language)},
        )
    return redirect(f"{reverse('translation_status')}?language={review.language}")
