from django.conf import settings
from django.utils import translation

from .direction import is_latin_script, isolate_runs


def isolate_left_to_right(get_response):
    """Pages in a language not written in Latin script get every Latin-script
    run and phone number isolated left to right (translations.direction):
    the interface's own strings ("Childline", "LGBT+"), page text and
    directory records alike, which no single template could reach."""

    def middleware(request):
        response = get_response(request)
        language = getattr(request, "LANGUAGE_CODE", None) or translation.get_language()
        if (
            language
            and not is_latin_script(language)
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and not request.path.startswith("/" + settings.WAGTAIL_ADMIN_PATH)
        ):
            response.content = isolate_runs(response.content.decode(response.charset))
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response

    return middleware
