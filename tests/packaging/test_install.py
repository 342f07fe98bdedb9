"""Installing from source is clean: building the wheel warns of nothing, and the wheel
holds the data files, the migrations and the compiled catalogs."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from sseassess import APP_ID

ROOT = Path(__file__).resolve().parent.parent.parent


def test_the_wheel_builds_without_warnings_and_holds_the_data(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
            "--no-cache-dir", "--disable-pip-version-check", "-v", "-w", str(tmp_path), str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=240,
    )  # fmt: skip
    output = result.stdout + result.stderr
    assert "would be ignored" not in output
    assert "BuildBackendWarning" not in output and "SetuptoolsDeprecationWarning" not in output
    [wheel] = tmp_path.glob("sseassess-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "sseassess/resources/frameworks/icsse-charter.toml",
        "sseassess/resources/demo/demo-organization.toml",
        "sseassess/resources/fonts/DejaVuSans.ttf",
        f"sseassess/resources/icons/{APP_ID}-48.png",
        "sseassess/storage/migrations/script.py.mako",
        "sseassess/storage/migrations/versions/0001_initial_schema.py",
        "sseassess/i18n/locale/fr/LC_MESSAGES/sseassess.mo",
        "sseassess/i18n/locale/sseassess_es.qm",
    ):
        assert expected in names, expected
    assert not any(name.startswith(("tests/", "bench/", "packaging/")) for name in names)


def test_the_editable_install_warns_of_nothing(tmp_path: Path) -> None:
    """What ``pip install -e .`` (the set-up scripts) asks setuptools for: no warning, and
    the checkout itself on the path rather than an import finder."""
    build = f"from setuptools import build_meta; build_meta.build_editable({str(tmp_path)!r})"
    result = subprocess.run(
        [sys.executable, "-W", "default", "-c", build],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=240,
    )
    assert "Warning" not in result.stdout + result.stderr, result.stderr[-2000:]
    [wheel] = tmp_path.glob("sseassess-*.whl")
    [path_file] = [n for n in zipfile.ZipFile(wheel).namelist() if n.endswith(".pth")]
    assert zipfile.ZipFile(wheel).read(path_file).decode().strip() == str(ROOT)
