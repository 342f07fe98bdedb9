"""The layers hold by construction: each package imports only what lies below it.

The imports of every module are read with ``ast`` (including those inside functions), so
a lazy import breaks a rule as surely as one at the top of a file.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "sseassess"

#: What each part of the package may not import (prefixes of module names).
FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "alembic",
        "reportlab",
        "pypdf",
        "openpyxl",
        "sseassess.app",
        "sseassess.storage",
        "sseassess.exchange",
        "sseassess.reports",
        "sseassess.trust",
        "sseassess.ui",
        "sseassess.cli",
        "sseassess.i18n",
        "sseassess.files",
        "sseassess.resource_files",
    ),
    "storage": (
        "PySide6",
        "reportlab",
        "sseassess.app",
        "sseassess.exchange",
        "sseassess.reports",
        "sseassess.trust",
        "sseassess.ui",
        "sseassess.cli",
    ),
    "exchange": (
        "PySide6",
        "sqlalchemy",
        "sseassess.app",
        "sseassess.storage",
        "sseassess.reports",
        "sseassess.trust",
        "sseassess.ui",
        "sseassess.cli",
    ),
    "reports": (
        "PySide6",
        "sqlalchemy",
        "sseassess.app",
        "sseassess.storage",
        "sseassess.exchange",
        "sseassess.trust",
        "sseassess.ui",
        "sseassess.cli",
    ),
    # Keys, signatures and the inspection of untrusted PDFs: no Qt, no SQL, nothing above.
    "trust": (
        "PySide6",
        "sqlalchemy",
        "alembic",
        "sseassess.domain",
        "sseassess.storage",
        "sseassess.exchange",
        "sseassess.reports",
        "sseassess.app",
        "sseassess.ui",
        "sseassess.cli",
        "sseassess.i18n",
    ),
    "app": ("PySide6", "sseassess.ui", "sseassess.cli"),
    "i18n": ("sqlalchemy", "sseassess.app", "sseassess.storage", "sseassess.ui"),
    "ui": (
        "sqlalchemy",
        "sseassess.storage",
        "sseassess.exchange",
        "sseassess.trust",
        "sseassess.cli",
    ),
    "cli": ("sqlalchemy", "sseassess.storage", "sseassess.exchange", "sseassess.trust"),
}


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "storage" and "migrations" in relative.parts:
            continue  # Alembic's scripts are storage's own business
        yield ".".join(("sseassess", *relative.with_suffix("").parts)), path


def _part(module: str) -> str:
    """The layer a module belongs to: ``sseassess.ui.pages.x`` -> ``ui``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def imports_of(module: str, path: Path) -> set[str]:
    """Every module ``path`` imports, relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module.split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package[: len(package) - node.level + 1], base]).strip(".")
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _breaks(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


MODULES = list(_modules())


@pytest.mark.parametrize(("module", "path"), MODULES, ids=[m for m, _ in MODULES])
def test_imports_point_down(module: str, path: Path) -> None:
    forbidden = FORBIDDEN.get(_part(module), ())
    wrong = sorted(
        name for name in imports_of(module, path) for prefix in forbidden if _breaks(name, prefix)
    )
    assert not wrong, f"{module} imports {wrong}"


def test_only_the_application_layer_holds_the_repository() -> None:
    """``Workspace`` is the one door: no module outside ``app/`` and ``storage/`` imports
    the repository or reaches for a workspace's repository or database."""
    offenders = []
    for module, path in MODULES:
        if _part(module) in ("app", "storage"):
            continue
        if any(_breaks(name, "sseassess.storage.repository") for name in imports_of(module, path)):
            offenders.append(f"{module} imports the repository")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in (
                "repository",
                "_repository",
                "_database",
            ):
                offenders.append(f"{module}:{node.lineno} uses .{node.attr}")
    assert not offenders


def test_the_walker_sees_a_forbidden_import(tmp_path: Path) -> None:
    """The check itself works: a lazy import inside a function is found."""
    module = tmp_path / "page.py"
    module.write_text("def f():\n    from sseassess.storage import models\n", encoding="utf-8")
    found = imports_of("sseassess.ui.page", module)
    assert any(_breaks(name, "sseassess.storage") for name in found)
    relative = tmp_path / "rel.py"
    relative.write_text("from ..storage import models\n", encoding="utf-8")
    assert "sseassess.storage.models" in imports_of("sseassess.ui.rel", relative)
