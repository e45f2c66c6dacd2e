"""Read settings from the environment, the only place configuration comes from."""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured


def env_str(name, default=None):
    value = os.environ.get(name, "").strip()
    return value or default


def env_list(name, default=()):
    value = env_str(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def env_bool(name, default=False):
    value = env_str(name)
    if value is None:
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def env_required(name, hint):
    value = env_str(name)
    if value is None:
        raise ImproperlyConfigured(f"{name} is not set. {hint}")
    return value


def language_choices(codes, default, names):
    """LANGUAGES from a list of codes: the default first, each named in itself."""
    from django.conf.locale import LANG_INFO

    codes = [code.lower() for code in codes]
    unknown = [code for code in codes if code not in names and code not in LANG_INFO]
    if unknown:
        raise ImproperlyConfigured(f"LANGUAGES has codes Django does not know: {', '.join(unknown)}.")
    ordered = [default] + [code for code in dict.fromkeys(codes) if code != default]
    return [(code, names.get(code) or LANG_INFO[code]["name_local"]) for code in ordered]


def origin_of(url):
    """scheme://host[:port] of a URL, as browsers send it in `Origin`."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ImproperlyConfigured(f"{url!r} is not an http(s) address such as https://help.example.org.")
    return f"{parts.scheme}://{parts.netloc}"
