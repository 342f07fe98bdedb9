"""Shared fixtures of the trust tests: exports, an eligible assessment, one issuer per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sseassess.app.demo import create_demo
from sseassess.app.export import export_documents
from sseassess.app.workspace import Workspace
from sseassess.domain.answers import Answer
from sseassess.domain.records import OrganizationProfile

PASSPHRASE = "correct horse battery"


@pytest.fixture
def demo(workspace: Workspace) -> str:
    return create_demo(workspace)


@pytest.fixture
def exported(workspace: Workspace, demo: str, tmp_path: Path) -> dict[str, Path]:
    """The demo's certificate and report (the rules are not met)."""
    certificate, report = tmp_path / "certificate.pdf", tmp_path / "report.pdf"
    export_documents(workspace, demo, certificate=certificate, report=report, language="en")
    return {"certificate": certificate, "report": report}


@pytest.fixture
def eligible(workspace: Workspace) -> str:
    """An assessment whose answers meet every rule."""
    organization = workspace.add_organization(
        OrganizationProfile(name="Coopérative Solidaire du Sahel", legal_form="cooperative")
    )
    assessment = workspace.start_assessment(organization)
    framework, _content = workspace.current_framework()
    workspace.save_answers(assessment, [Answer(i.id, 4) for i in framework.indicators()])
    return assessment


@pytest.fixture
def met_certificate(workspace: Workspace, eligible: str, tmp_path: Path) -> Path:
    path = tmp_path / "met.pdf"
    export_documents(workspace, eligible, certificate=path, report=None, language="en")
    return path


@pytest.fixture(scope="session")
def issuer_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One issuer for the whole session (its key is made once)."""
    from sseassess.app.issuer import create_issuer

    folder = tmp_path_factory.mktemp("issuer") / "secretariat"
    create_issuer(folder, "ICSSE Secretariat", PASSPHRASE.encode())
    return folder


@pytest.fixture(scope="session")
def lookalike_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Another key under the very same name."""
    from sseassess.app.issuer import create_issuer

    folder = tmp_path_factory.mktemp("lookalike") / "secretariat"
    create_issuer(folder, "ICSSE Secretariat", PASSPHRASE.encode())
    return folder


@pytest.fixture
def passphrase(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("SSEASSESS_ISSUER_PASSPHRASE", PASSPHRASE)
    yield PASSPHRASE
