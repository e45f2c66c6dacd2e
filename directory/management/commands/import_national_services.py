from django.core.management.base import BaseCommand, CommandError

from directory.importing import national, records
from waymark.db import refresh_statistics


class Command(BaseCommand):
    help = (
        "Import national services from a JSON file shaped like national-services.json "
        "(each field marked VERIFIED or UNVERIFIED). Only verified fields are published. "
        "All or nothing: one service that fails validation changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **options):
        try:
            created, updated = national.import_file(file)
        except (OSError, ValueError) as error:
            raise CommandError(f"Could not read {file}: {error}") from error
        except records.ImportFailed as failure:
            raise CommandError(failure.report()) from None
        refresh_statistics()
        self.stdout.write(f"National services: {created} created, {updated} updated.")
