"""Import services from the admin: upload, read the check, then confirm.

The same reader and the same validate-and-save path as `import_services`,
and just as atomic. The file is never stored: while the editor reads the
check, its text waits in the confirmation form itself, signed so that it
cannot be altered and expiring after an hour, and the upload is dropped when
the request ends."""

from django import forms
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.permission_policies import ModelPermissionPolicy

from waymark.db import refresh_statistics

from .importing import files, records
from .models import Service

# Django keeps a request's form fields in memory up to 2.5 MB, and the
# signed file travels back in one: a file of this size fits compressed.
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
CONFIRM_MAX_AGE = 60 * 60  # seconds
# Importing publishes at once, so only those who may publish services may.
permission_policy = ModelPermissionPolicy(Service)


def may_import(user):
    return permission_policy.user_has_permission(user, "publish")


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV or Open Referral JSON file"),
        help_text=gettext_lazy(
            "At most 2 MB. Larger files can be imported by a developer with manage.py import_services."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.json,text/csv,application/json"}),
    )
    allow_lifting_confidentiality = forms.BooleanField(
        required=False,
        label=gettext_lazy("Let this file make confidential addresses public"),
        help_text=gettext_lazy(
            "Leave unticked. Only a row that says no (false) in confidential_address can make a "
            "confidential address public, and only when this is ticked. An empty cell always keeps it confidential."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("This file is larger than 2 MB."))
        return upload


def signer(user):
    return signing.TimestampSigner(salt=f"directory.admin_import:{user.pk}")


def import_services(request):
    if not may_import(request.user):
        raise PermissionDenied
    if request.method == "POST" and "confirm" in request.POST:
        return confirm(request)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        return check(request, form)
    return render(request, {"form": form})


def check(request, form):
    """Read and validate the upload, changing nothing, and show what an
    import would do: every row and field error, or every service."""
    upload = form.cleaned_data["file"]
    allow = form.cleaned_data["allow_lifting_confidentiality"]
    try:
        text = files.decode(upload.read(), upload.name)
        prepared = prepare(text, upload.name, allow)
    except files.UnreadableFile as problem:
        return render(request, {"form": form, "problems": [str(problem)]})
    except records.ImportFailed as failure:
        return render(request, {"form": form, "problems": failure.errors, "lifting_refused": failure.lifting_refused})
    payload = signer(request.user).sign_object({"name": upload.name, "text": text, "allow": allow}, compress=True)
    return render(
        request,
        {
            "checked": prepared,
            "file_name": upload.name,
            "created": sum(1 for item in prepared if item.created),
            "updated": sum(1 for item in prepared if not item.created),
            "warnings": records.lifting_warnings(prepared, done=False),
            "payload": payload,
        },
    )


def confirm(request):
    """Import the checked file: read and validate it again, since the
    directory may have changed meanwhile, then save it all or nothing."""
    try:
        upload = signer(request.user).unsign_object(request.POST.get("payload", ""), max_age=CONFIRM_MAX_AGE)
    except signing.BadSignature:
        messages.error(request, _("That check has expired or is not valid. Upload the file again."))
        return redirect("directory_import")
    try:
        prepared = prepare(upload["text"], upload["name"], upload["allow"])
    except (files.UnreadableFile, records.ImportFailed):
        messages.error(
            request, _("The directory has changed since the check and the file no longer fits. Upload it again.")
        )
        return redirect("directory_import")
    with transaction.atomic():
        records.save(prepared)
    refresh_statistics()
    created = sum(1 for item in prepared if item.created)
    messages.success(
        request,
        _("Imported %(file)s: %(created)d services created, %(updated)d updated.")
        % {"file": upload["name"], "created": created, "updated": len(prepared) - created},
    )
    for warning in records.lifting_warnings(prepared, done=True):
        messages.warning(request, warning)
    return redirect("wagtailsnippets_directory_service:list")


def prepare(text, name, allow):
    # Imported text is English; translations are edited in the admin.
    with translation.override("en"):
        return records.prepare(files.parse(text, name), allow_lifting_confidentiality=allow)


def render(request, context):
    return TemplateResponse(
        request,
        "directory/admin/import.html",
        {"page_title": _("Import services"), "header_icon": "upload", "action": reverse("directory_import"), **context},
    )
