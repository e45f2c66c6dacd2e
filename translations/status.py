"""Which pages and directory records lack text in which language."""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from modelcluster.fields import ParentalKey
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

# Per-language slugs and paths fall back sensibly; they are not text to translate.
NOT_TEXT = {"slug", "url_path"}


@dataclass
class Missing:
    instance: object
    fields: list = field(default_factory=list)


def translatable_models():
    """Registered models with their translatable text fields, pages first."""
    models = []
    for model in translator.get_registered_models(abstract=False):
        if model is Page or model._meta.proxy:
            continue
        names = [name for name in translator.get_options_for_model(model).get_field_names() if name not in NOT_TEXT]
        # In the order of the edit form, not modeltranslation's set order.
        order = [model_field.name for model_field in model._meta.fields]
        names.sort(key=lambda name: order.index(name) if name in order else len(order))
        models.append((model, names))
    return sorted(models, key=lambda item: (not issubclass(item[0], Page), item[0]._meta.verbose_name))


def records(model):
    if issubclass(model, Page):
        return model.objects.live().specific()
    if hasattr(model, "live"):
        return model.objects.filter(live=True)
    return model.objects.all()


def has_text(value):
    if value is None:
        return False
    if hasattr(value, "raw_data"):  # StreamField
        return len(value.raw_data) > 0
    return bool(str(value).strip())


def missing_in(language):
    """[Missing] for every record whose English text has no translation in `language`."""
    result = []
    for model, names in translatable_models():
        for instance in records(model):
            gaps = [
                name
                for name in names
                if has_text(getattr(instance, build_localized_fieldname(name, settings.LANGUAGE_CODE)))
                and not has_text(getattr(instance, build_localized_fieldname(name, language)))
            ]
            if gaps:
                result.append(Missing(instance, gaps))
    return result


def other_languages():
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


@dataclass
class Group:
    """One thing an editor opens to add the missing text: a page or a
    record, with its own fields and those of the rows edited inside it
    (a service's phones, closed days and areas)."""

    owner: object
    fields: list = field(default_factory=list)
    children: list = field(default_factory=list)  # [Missing]


def owner_key(instance, parents=None):
    """(model, pk) of the page or record an editor thinks of `instance` as
    part of: for an inline row (ParentalKey), its parent; for a record in
    `parents` ({(model, pk): (model, pk)}), the parent given there;
    otherwise itself."""
    if parents and (type(instance), instance.pk) in parents:
        return parents[(type(instance), instance.pk)]
    for model_field in instance._meta.fields:
        if isinstance(model_field, ParentalKey):
            return model_field.related_model, getattr(instance, model_field.attname)
    return type(instance), instance.pk


def group_keys(missing, parents=None):
    return {owner_key(item.instance, parents) for item in missing}


def grouped(missing, parents=None):
    """[Group] for `missing`, in the order first met (pages first). Parents
    are read in one query per model."""
    wanted = {}
    for item in missing:
        model, pk = owner_key(item.instance, parents)
        if model is not type(item.instance):
            wanted.setdefault(model, set()).add(pk)
    owners = {(model, pk): owner for model, pks in wanted.items() for pk, owner in model.objects.in_bulk(pks).items()}
    groups = {}
    for item in missing:
        key = owner_key(item.instance, parents)
        is_owner = key == (type(item.instance), item.instance.pk)
        owner = item.instance if is_owner else owners.get(key)
        if owner is None:
            continue
        group = groups.setdefault(key, Group(owner))
        if is_owner:
            group.owner, group.fields = owner, item.fields
        else:
            group.children.append(item)
    return list(groups.values())


_GROUPINGS: list[Callable[[], tuple[dict, dict]]] = []


def register_grouping(grouping):
    """An app says which of its records belong in another's row: `grouping()`
    returns ({(model, pk): (parent model, parent pk)}, {pk: "used by" text})."""
    _GROUPINGS.append(grouping)


def groupings():
    parents, used_by = {}, {}
    for grouping in _GROUPINGS:
        more_parents, more_used_by = grouping()
        parents |= more_parents
        used_by |= more_used_by
    return parents, used_by
