"""Print what a build environment installs, one requirement a line, for pip:

    python packaging/requirements.py > build/requirements.txt

the project's run-time dependencies (from pyproject.toml) and PyInstaller, never the
project itself: the spec analyses the checkout. Linux, Windows and macOS builds all
install from this list.
"""

import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
PYINSTALLER = "pyinstaller>=6.10,<7"


def requirements() -> list[str]:
    with PYPROJECT.open("rb") as handle:
        return [*tomllib.load(handle)["project"]["dependencies"], PYINSTALLER]


if __name__ == "__main__":
    print("\n".join(requirements()))
