"""The built application (``dist/sseassess``, made by ``bash packaging/build-linux``)
against the same code run from the virtual environment: ``--version``, and the desktop
application to its first paint. The two are run in alternation, run by run, as every
measurement of ``python -m bench`` is; the built one should be no slower.

Both are started the same way: the desktop application stops itself at its first paint
through ``SSEASSESS_EXIT_AFTER=first-paint`` (``packaging/launcher.py``, the built
application's entry point, which the venv side runs as a script).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILT = ROOT / "dist" / "sseassess" / ("sseassess.exe" if sys.platform == "win32" else "sseassess")

TimeCommands = Callable[[Sequence[Sequence[str]], int, dict[str, str]], list[float]]
Row = tuple[str, str, str, str]


def _venv_command() -> list[str]:
    script = Path(sys.executable).with_name("sseassess")
    return [str(script)] if script.exists() else [sys.executable, "-m", "sseassess"]


def measure(time_commands: TimeCommands, runs: int, env: dict[str, str], url: str) -> list[Row]:
    """Rows of the bench's table; one saying why when there is no build."""
    if not BUILT.exists():
        return [
            ("built app (dist/sseassess)", "skipped", "-", "no build: bash packaging/build-linux")
        ]
    built_version, venv_version = time_commands(
        [[str(BUILT), "--version"], [*_venv_command(), "--version"]], runs, env
    )
    painting = dict(env, SSEASSESS_EXIT_AFTER="first-paint")
    launcher = str(ROOT / "packaging" / "launcher.py")
    built_paint, venv_paint = time_commands(
        [[str(BUILT), "--db", url], [sys.executable, launcher, "--db", url]], runs, painting
    )
    return [
        _row("built app: sseassess --version", built_version, venv_version),
        _row("built app: GUI start to first paint", built_paint, venv_paint),
    ]


#: "No slower", allowing for this bench's run-to-run noise (a few milliseconds).
TARGET = 1.05


def _row(name: str, built: float, venv: float) -> Row:
    verdict = "OK" if built <= venv * TARGET else "MISSED"
    return (
        name,
        f"{built * 1000:.0f} ms",
        f"from the venv {venv * 1000:.0f} ms",
        f"{built / venv:.2f}x (target <= {TARGET}x: no slower, within noise) {verdict}",
    )
