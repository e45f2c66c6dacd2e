"""Services in and out of the directory as files.

- `files`: a CSV or Open Referral JSON file's text to import records, for the
  `import_services` command and the admin's upload alike;
- `csv_format` and `hsds`: the two readers (and the CSV export's writer);
- `records`: the one validation and saving path every format goes through;
- `national`: the checked list of national helplines, read into the same
  records as the other formats;
- `spreadsheet`, `json_input`: guards for what spreadsheets and JSON parsers
  do with hostile input.
"""
