"""The Windows installer script and the CI workflow, read as text: they cannot run here."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from desktop_files import catalogs

from sseassess import APP_ID, __version__
from sseassess.app.about import FILE_TYPE, MEDIA_TYPE

ROOT = Path(__file__).resolve().parent.parent.parent
ISS = (ROOT / "packaging" / "windows" / "sseassess.iss").read_text(encoding="utf-8")
WORKFLOW = (ROOT / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")


def _setting(name: str) -> str:
    [value] = re.findall(rf"^{name}=(.*)$", ISS, re.M)
    return value


def test_the_installer_needs_no_administrator() -> None:
    assert _setting("PrivilegesRequired") == "lowest"
    assert _setting("DefaultDirName").startswith("{localappdata}\\")
    assert "HKLM" not in ISS and "{commonprograms}" not in ISS


def test_the_installer_takes_the_app_id_and_version_from_the_package() -> None:
    assert _setting("AppId") == "{#AppId}" and _setting("AppVersion") == "{#AppVersion}"
    command = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "windows" / "package.py"), "--dry-run"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert f"/DAppId={APP_ID}" in command and f"/DAppVersion={__version__}" in command


def test_the_installer_has_a_start_menu_entry_and_an_uninstaller() -> None:
    icons = ISS.split("[Icons]", 1)[1].split("\n[", 1)[0]
    assert '"{group}\\{#AppName}"; Filename: "{app}\\{#AppName}.exe"' in icons
    assert "{uninstallexe}" in icons


def test_sseassess_files_open_with_sseassess_for_this_user() -> None:
    registry = [line for line in ISS.splitlines() if line.startswith("Root:")]
    assert registry and all(
        line.startswith('Root: HKCU; Subkey: "Software\\Classes\\') for line in registry
    )
    assert any('Classes\\.sseassess"' in line and "{#FileClass}" in line for line in registry)
    assert any(f'ValueData: "{MEDIA_TYPE}"' in line for line in registry)
    assert any("shell\\open\\command" in line and '""%1""' in line for line in registry)
    assert _setting("ChangesAssociations") == "yes"


def test_the_file_type_is_named_as_the_catalogs_name_it() -> None:
    translate = catalogs()
    messages = dict(re.findall(r"^(\w+)\.FileType=(.*)$", ISS, re.M))
    assert messages == {
        "en": FILE_TYPE,
        "fr": translate("fr", FILE_TYPE),
        "es": translate("es", FILE_TYPE),
    }


def test_every_platform_is_built_and_smoke_tested() -> None:
    jobs = re.split(r"^  (\w+):$", WORKFLOW.split("\njobs:\n", 1)[1], flags=re.M)[1:]
    steps = dict(zip(jobs[::2], jobs[1::2], strict=True))
    assert sorted(steps) == ["linux", "macos", "windows"]
    assert "bash packaging/build-linux" in steps["linux"]  # which runs the smoke test
    for platform in ("windows", "macos"):
        assert "packaging/sseassess.spec" in steps[platform]
        assert "python packaging/smoke_test.py" in steps[platform]
    assert "packaging/windows/package.py" in steps["windows"]
    assert "packaging/macos/build-macos" in steps["macos"]
