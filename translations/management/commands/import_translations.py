import polib
from django.core.management.base import BaseCommand, CommandError

from translations.po import ImportProblems, import_catalogue


class Command(BaseCommand):
    help = "Read a translator's PO catalogue for LANG back in. Checks every entry first; a bad file changes nothing."

    def add_arguments(self, parser):
        parser.add_argument("language")
        parser.add_argument("file")

    def handle(self, language, file, **options):
        try:
            catalogue = polib.pofile(file)
        except (OSError, ValueError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {file} as a PO file: {error}") from error
        try:
            updated = import_catalogue(language, catalogue)
        except ImportProblems as problems:
            raise CommandError("Nothing was imported. Fix these and try again:\n" + str(problems)) from problems
        self.stdout.write(f"Updated {updated} record(s) in {language}.")
