from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation

from directory.confidentiality import LIFTING_FLAG, LIFTING_OPTION
from directory.importing import files, records
from waymark.db import refresh_statistics


class Command(BaseCommand):
    help = (
        "Import services from a CSV file in the Waymark template (see directory/fixtures/"
        "services-template.csv) or from Open Referral (HSDS 3) JSON. All or nothing: one bad "
        "row changes nothing. Records are matched by id, so importing again updates them."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .csv or .json file")
        parser.add_argument("--dry-run", action="store_true", help="check the file and report, changing nothing")
        parser.add_argument(
            LIFTING_FLAG,
            action="store_true",
            dest=LIFTING_OPTION,
            help="let rows whose confidential_address says no (false) make a confidential address public; "
            "without it such a row is an error. An empty cell always keeps an address confidential.",
        )

    def handle(self, *args, file, dry_run, allow_lifting_confidentiality, **options):
        # Imported text is English; the translations are edited in the admin.
        with translation.override("en"):
            try:
                found = files.parse(files.read_path(file), file)
                prepared = records.prepare(found, allow_lifting_confidentiality=allow_lifting_confidentiality)
            except files.UnreadableFile as problem:
                raise CommandError(str(problem)) from None
            except records.ImportFailed as failure:
                message = failure.report()
                if failure.lifting_refused:
                    message += (
                        f"\nTo make those addresses public on purpose, import again with {LIFTING_FLAG} "
                        "(check with --dry-run first)."
                    )
                raise CommandError(message) from None
            created = sum(1 for item in prepared if item.created)
            updated = len(prepared) - created
            if dry_run:
                self.stdout.write(
                    f"Dry run: would create {created} and update {updated} services. Nothing was changed."
                )
                for item in prepared:
                    action = "create" if item.created else "update"
                    self.stdout.write(f"  {item.where}: would {action} “{item.service.name}”")
                self.write_warnings(records.lifting_warnings(prepared, done=False))
                return
            with transaction.atomic():
                records.save(prepared)
            refresh_statistics()
        self.stdout.write(self.style.SUCCESS(f"Created {created} and updated {updated} services."))
        self.write_warnings(records.lifting_warnings(prepared, done=True))

    def write_warnings(self, warnings):
        for warning in warnings:
            self.stdout.write(self.style.WARNING(f"  {warning}"))
