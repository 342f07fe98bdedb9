"""Fixtures of the trust tests: the demo's exports, a look-alike issuer (the eligible
assessment, its certificate and the issuer are shared: tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sseassess.app.demo import create_demo
from sseassess.app.export import export_documents
from sseassess.app.workspace import Workspace


@pytest.fixture
def demo(workspace: Workspace) -> str:
    return create_demo(workspace)


@pytest.fixture
def exported(workspace: Workspace, demo: str, tmp_path: Path) -> dict[str, Path]:
    """The demo's certificate and report (the rules are not met)."""
    certificate, report = tmp_path / "certificate.pdf", tmp_path / "report.pdf"
    export_documents(workspace, demo, certificate=certificate, report=report, language="en")
    return {"certificate": certificate, "report": report}


@pytest.fixture(scope="session")
def lookalike_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Another key under the very same name."""
    from sseassess.app.issuer import create_issuer

    folder = tmp_path_factory.mktemp("lookalike") / "secretariat"
    create_issuer(folder, "ICSSE Secretariat", b"another passphrase")
    return folder
