"""Reference files in ../shared/data (read-only, never committed here).

Looked for in $WAYMARK_SHARED_DATA, next to the project, then in /work. A
test that needs a missing file is skipped with the path it looked for.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings

CANDIDATES = [
    os.environ.get("WAYMARK_SHARED_DATA", ""),
    Path(settings.BASE_DIR).parent / "shared" / "data",
    "/work/shared/data",
]


def shared_folder():
    """The first folder of the candidates that exists, or None."""
    return next((Path(base) for base in CANDIDATES if base and Path(base).is_dir()), None)


def shared_file(*parts):
    for base in CANDIDATES:
        if base and (path := Path(base, *parts)).exists():
            return path
    pytest.skip(f"{Path(*parts)} is not in ../shared/data (set WAYMARK_SHARED_DATA to where it is)")
