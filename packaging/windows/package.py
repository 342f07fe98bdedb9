"""The Windows downloads, from the folder PyInstaller built (``dist\\sseassess``):

    python packaging\\windows\\package.py

* ``dist\\sseassess-VERSION-windows-x64-portable.zip``: the folder, to unzip anywhere
  (a USB stick) and start with ``sseassess.exe``, nothing installed;
* ``dist\\sseassess-VERSION-windows-x64-setup.exe``: the Inno Setup installer of
  ``sseassess.iss`` (per user, no administrator rights), when ``iscc`` is found (on the
  PATH or in Inno Setup 6's usual folders).

Runs on Windows only (CI's windows job); ``--dry-run`` prints the ``iscc`` command
anywhere, which the tests use.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from sseassess import APP_ID, APP_NAME, __version__  # noqa: E402

ISCC_PLACES = (
    Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6",
    Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "Inno Setup 6",
    Path(os.environ.get("LOCALAPPDATA", "")) / "Programs" / "Inno Setup 6",
)


def iscc_command(iscc: str, dist: Path, icon: Path) -> list[str]:
    return [
        iscc,
        "/Q",
        f"/DAppId={APP_ID}",
        f"/DAppVersion={__version__}",
        f"/DSourceDir={dist / APP_NAME}",
        f"/DOutputDir={dist}",
        f"/DIconFile={icon}",
        str(HERE / "sseassess.iss"),
    ]


def find_iscc() -> str | None:
    found = shutil.which("iscc")
    if found:
        return found
    for folder in ISCC_PLACES:
        if (folder / "ISCC.exe").exists():
            return str(folder / "ISCC.exe")
    return None


def portable_zip(dist: Path) -> Path:
    target = dist / f"{APP_NAME}-{__version__}-windows-x64-portable.zip"
    folder = dist / APP_NAME
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, Path(APP_NAME) / path.relative_to(folder))
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--icon", type=Path, default=ROOT / "build/pyinstaller/icons/sseassess.ico")
    parser.add_argument("--dry-run", action="store_true", help="print the iscc command only")
    options = parser.parse_args()
    if options.dry_run:
        print(subprocess.list2cmdline(iscc_command("iscc", options.dist, options.icon)))
        return 0
    if not (options.dist / APP_NAME / f"{APP_NAME}.exe").exists():
        print(f"{options.dist / APP_NAME} has no {APP_NAME}.exe: build it first", file=sys.stderr)
        return 1
    print(portable_zip(options.dist))
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup 6 (iscc) not found: no installer built", file=sys.stderr)
        return 1
    subprocess.run(iscc_command(iscc, options.dist, options.icon), check=True)
    print(options.dist / f"{APP_NAME}-{__version__}-windows-x64-setup.exe")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
