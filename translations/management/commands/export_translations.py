import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from translations.po import export_catalogue


class Command(BaseCommand):
    help = "Write a PO catalogue of page and directory text not yet translated into LANG, for a translator."

    def add_arguments(self, parser):
        parser.add_argument("language")
        parser.add_argument("--output", "-o", help="File to write (default: standard output).")
        parser.add_argument("--all", action="store_true", help="Include text that is already translated.")

    def handle(self, language, output=None, all=False, **options):
        if language == settings.LANGUAGE_CODE or language not in dict(settings.LANGUAGES):
            codes = ", ".join(code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE)
            raise CommandError(f"“{language}” is not one of the site's other languages ({codes}).")
        catalogue = export_catalogue(language, everything=all)
        if output:
            catalogue.save(output)
            self.stderr.write(f"Wrote {len(catalogue)} entries to {output}.")
        else:
            sys.stdout.write(str(catalogue))
