"""Rules for how the admin's edit forms show certain kinds of field,
defined once here rather than on each panel."""

from django import forms
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms.models import register_form_field_override


def register():
    # Every many-to-many choice in the admin is a taxonomy or a short fixed
    # list (service types, specialist roles, audiences, campaign topics):
    # ticking boxes is plainer than a list box that needs Ctrl-click, and
    # shows every option at once.
    register_form_field_override(ParentalManyToManyField, override={"widget": forms.CheckboxSelectMultiple})
