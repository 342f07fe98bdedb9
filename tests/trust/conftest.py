"""Fixtures of the trust tests: the demo's exports, a look-alike issuer (the eligible
assessment, its certificate and the issuer are shared: tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

import pytest

from sseassess.app.demo import create_demo
from sseassess.app.export import export_documents
from sseassess.app.signing import sign_document
from sseassess.app.workspace import Workspace
from sseassess.domain.verification import DocumentKind
from sseassess.reports.certificate import CertificateRenderer
from sseassess.reports.data import DocumentData
from sseassess.reports.report import ReportRenderer


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


class Forge(Protocol):
    def __call__(
        self,
        data: DocumentData,
        embedded: dict[str, Any],
        kind: DocumentKind = DocumentKind.SELF_CERTIFICATE,
    ) -> Path: ...


@pytest.fixture
def forge(tmp_path: Path) -> Forge:
    """A forger's own copy of sseassess: ``data`` (doctored print) rendered, ``embedded``
    attached, and signed with this installation's key. The signature is valid; only what
    the forger changed can give the file away."""

    def make(
        data: DocumentData,
        embedded: dict[str, Any],
        kind: DocumentKind = DocumentKind.SELF_CERTIFICATE,
    ) -> Path:
        renderer = CertificateRenderer if kind == DocumentKind.SELF_CERTIFICATE else ReportRenderer
        path = tmp_path / "forged.pdf"
        path.write_bytes(
            sign_document(
                renderer(data).render(),
                organization=data.organization,
                kind=kind,
                language=data.language,
                data=embedded,
            )
        )
        return path

    return make
