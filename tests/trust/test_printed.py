"""Printed facts against the signed data: a forger who signs with their own sseassess
cannot print a better score or another code, and a user's note never reads as one."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from sseassess.app.export import export_documents
from sseassess.app.report_data import canonical, document_data, gather
from sseassess.app.workspace import Workspace
from sseassess.cli import main
from sseassess.domain.answers import Answer
from sseassess.domain.verification import DocumentKind, canonical_json, verification_code

if TYPE_CHECKING:
    from tests.trust.conftest import Forge


def verify(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, str]:
    code = main(["verify", str(path)])
    return code, " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("kind", [DocumentKind.SELF_CERTIFICATE, DocumentKind.SELF_REPORT])
def test_a_doctored_printed_score(
    capsys: pytest.CaptureFixture[str],
    workspace: Workspace,
    demo: str,
    forge: Forge,
    kind: DocumentKind,
) -> None:
    """The genuine data and code, but a page rendered with a better score for one
    characteristic."""
    facts = gather(workspace, demo)
    embedded = canonical(facts, report=kind == DocumentKind.SELF_REPORT)
    genuine = document_data(facts, "en", verification_code(canonical_json(embedded)))
    rows = list(genuine.rows)
    row = next(index for index, item in enumerate(rows) if item.score is not None)
    true_score = rows[row].score
    rows[row] = dataclasses.replace(rows[row], score_text="99.9 / 100", score=99.9)
    doctored = dataclasses.replace(
        genuine,
        rows=tuple(rows),
        sections=tuple(
            dataclasses.replace(section, row=rows[index]) if index == row else section
            for index, section in enumerate(genuine.sections)
        ),
    )
    code, out = verify(capsys, forge(doctored, embedded, kind))
    assert code == 1, out
    assert out.startswith("altered:")
    assert "printed 99.9" in out and f"{true_score:.1f}" in out, out
    assert "verification code does not match" not in out


def test_a_changed_printed_code(
    capsys: pytest.CaptureFixture[str], workspace: Workspace, demo: str, forge: Forge
) -> None:
    facts = gather(workspace, demo)
    embedded = canonical(facts)
    genuine = verification_code(canonical_json(embedded))
    doctored = document_data(facts, "en", "AAAA-BBBB-CCCC-DDDD-EEEE")
    code, out = verify(capsys, forge(doctored, embedded))
    assert code == 1
    assert "the printed verification code does not match the embedded data" in out
    assert "AAAA-BBBB-CCCC-DDDD-EEEE" in out and genuine in out


def test_a_note_that_looks_like_a_score_keeps_the_document_intact(
    capsys: pytest.CaptureFixture[str], workspace: Workspace, demo: str, tmp_path: Path
) -> None:
    """Internal notes printed (the user opted in) that quote a score and a code: the
    report stays intact and self-declared."""
    indicator = "primacy-of-person.pay-ratio"
    workspace.save_answer(
        demo,
        Answer(indicator, 3, note="We scored 45.5 / 100 in 2024 (ref ABCD-EF01-2345-6789-ABCD)."),
    )
    report = tmp_path / "report.pdf"
    export_documents(
        workspace, demo, certificate=None, report=report, language="en", include_notes=True
    )
    text = " ".join(page.extract_text() for page in PdfReader(report).pages)
    assert "We scored 45.5" in " ".join(text.split())  # the note is printed
    code, out = verify(capsys, report)
    assert code == 3, out
    assert out.startswith("self-declared:")
