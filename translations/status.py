"""Which pages and directory records lack text in which language."""

from dataclasses import dataclass, field

from django.conf import settings
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
