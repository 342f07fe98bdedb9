"""The packaging scripts are not a package: their folders go on the import path."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGING = ROOT / "packaging"
for folder in (PACKAGING / "linux", PACKAGING / "windows", PACKAGING):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
