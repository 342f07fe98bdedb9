"""``sseassess verify``: intact documents pass, every kind of tampering is caught and named."""

from __future__ import annotations

import dataclasses
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject

from sseassess.app.demo import create_demo
from sseassess.app.export import export_documents
from sseassess.app.report_data import canonical, document_data, gather
from sseassess.app.workspace import Workspace
from sseassess.cli import main
from sseassess.domain.verification import (
    ATTACHMENT_NAME,
    canonical_json,
    neutral_text,
    printed_codes,
    printed_scores,
    verification_code,
)
from sseassess.reports.certificate import CertificateRenderer
from sseassess.reports.pdf_embed import CODE_KEY, embed
from sseassess.reports.report import ReportRenderer


@pytest.fixture
def demo(workspace: Workspace) -> str:
    return create_demo(workspace)


@pytest.fixture
def exported(workspace: Workspace, demo: str, tmp_path: Path) -> dict[str, Path]:
    certificate, report = tmp_path / "certificate.pdf", tmp_path / "report.pdf"
    export_documents(workspace, demo, certificate=certificate, report=report, language="en")
    return {"certificate": certificate, "report": report}


def verify(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, str, str]:
    code = main(["verify", str(path)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def rebuild(
    pdf: bytes,
    *,
    attachment: bytes | None,
    recorded_code: str | None = None,
    keep_code: bool = True,
) -> bytes:
    """``pdf`` with its embedded data replaced (or removed) and its recorded code set."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    root = writer.root_object
    if NameObject("/Names") in root:
        del root[NameObject("/Names")]
    if attachment is not None:
        writer.add_attachment(ATTACHMENT_NAME, attachment)
    if not keep_code:
        writer.metadata = {k: v for k, v in (writer.metadata or {}).items() if k != CODE_KEY}
    if recorded_code is not None:
        writer.add_metadata({CODE_KEY: recorded_code})
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def embedded(path: Path) -> bytes:
    return PdfReader(path).attachments[ATTACHMENT_NAME][0]


@pytest.mark.parametrize("kind", ["certificate", "report"])
def test_an_exported_document_is_intact(
    capsys: pytest.CaptureFixture[str], exported: dict[str, Path], kind: str
) -> None:
    code, out, _err = verify(capsys, exported[kind])
    assert code == 0
    assert out.startswith("intact")
    assert "Coopérative des Tisserands de Thiès" in out
    assert "Oct 15, 2026" in out
    data = embedded(exported[kind])
    assert verification_code(data) in out


def test_both_documents_carry_the_same_code(exported: dict[str, Path]) -> None:
    codes = {
        kind: set(printed_codes(" ".join(page.extract_text() for page in PdfReader(path).pages)))
        for kind, path in exported.items()
    }
    assert codes["certificate"] == codes["report"]
    assert len(codes["certificate"]) == 1


def test_edited_embedded_score_is_caught(
    capsys: pytest.CaptureFixture[str], exported: dict[str, Path], tmp_path: Path
) -> None:
    """Someone raises the overall score inside the embedded JSON."""
    path = exported["certificate"]
    data = json.loads(embedded(path))
    data["result"]["overall"] = 75.9
    edited = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(rebuild(path.read_bytes(), attachment=edited.encode()))
    code, out, _err = verify(capsys, forged)
    assert code == 1
    assert out.startswith("altered")
    assert "the embedded data was changed" in out
    assert "overall score is printed 55.9, the data say 75.9" in out


def test_rehashed_attachment_with_the_old_printed_code_is_caught(
    capsys: pytest.CaptureFixture[str], exported: dict[str, Path], tmp_path: Path
) -> None:
    """A careful forger replaces the data and updates the recorded code, not the print."""
    path = exported["report"]
    data = json.loads(embedded(path))
    data["result"]["characteristics"][6]["score"] = 47.8
    data["result"]["eligible"] = True
    forged_data = canonical_json(data)
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(
        rebuild(
            path.read_bytes(),
            attachment=forged_data,
            recorded_code=verification_code(forged_data),
        )
    )
    code, out, _err = verify(capsys, forged)
    assert code == 1
    assert "the printed verification code does not match" in out
    assert "the embedded data was changed" not in out
    assert out.count("autonomy is printed 27.8, the data say 47.8") == 1


@pytest.mark.parametrize("kind", ["certificate", "report"])
def test_doctored_printed_score_is_caught(
    capsys: pytest.CaptureFixture[str],
    workspace: Workspace,
    demo: str,
    tmp_path: Path,
    kind: str,
) -> None:
    """The genuine data and code, but a page re-rendered with a better printed score."""
    facts = gather(workspace, demo)
    data_bytes = canonical(facts)
    code_text = verification_code(data_bytes)
    data = document_data(facts, "en", code_text)
    rows = list(data.rows)
    rows[7] = dataclasses.replace(rows[7], score_text="45.9 / 100", score=45.9)
    doctored = dataclasses.replace(
        data,
        rows=tuple(rows),
        sections=tuple(
            dataclasses.replace(section, row=row)
            for section, row in zip(data.sections, rows, strict=True)
        ),
    )
    renderer = CertificateRenderer(doctored) if kind == "certificate" else ReportRenderer(doctored)
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(
        embed(renderer.render(), name=ATTACHMENT_NAME, data=data_bytes, code=code_text)
    )
    code, out, _err = verify(capsys, forged)
    assert code == 1
    assert "the printed scores differ from the data" in out
    assert "printed 45.9, the data say 15.9" in out
    assert "verification code does not match" not in out


def test_changed_printed_code_is_caught(
    capsys: pytest.CaptureFixture[str], workspace: Workspace, demo: str, tmp_path: Path
) -> None:
    facts = gather(workspace, demo)
    data_bytes = canonical(facts)
    genuine = verification_code(data_bytes)
    doctored = document_data(facts, "en", "AAAA-BBBB-CCCC-DDDD-EEEE")
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(
        embed(
            CertificateRenderer(doctored).render(),
            name=ATTACHMENT_NAME,
            data=data_bytes,
            code=genuine,
        )
    )
    code, out, _err = verify(capsys, forged)
    assert code == 1
    assert "the printed verification code does not match" in out
    assert "AAAA-BBBB-CCCC-DDDD-EEEE" in out


@pytest.mark.parametrize("keep_code", [True, False])
def test_stripped_attachment_is_reported_as_altered(
    capsys: pytest.CaptureFixture[str], exported: dict[str, Path], tmp_path: Path, keep_code: bool
) -> None:
    """The document still shows an sseassess code (recorded, or only printed), but no data."""
    stripped = tmp_path / "stripped.pdf"
    stripped.write_bytes(
        rebuild(exported["certificate"].read_bytes(), attachment=None, keep_code=keep_code)
    )
    reader = PdfReader(stripped)
    assert ATTACHMENT_NAME not in reader.attachments
    assert (CODE_KEY in (reader.metadata or {})) is keep_code
    code, out, _err = verify(capsys, stripped)
    assert code == 1
    assert "the embedded assessment data were removed" in out


def test_a_pdf_sseassess_did_not_make(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "other.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "An invoice, overall 55.9 / 100")
    canvas.save()
    code, out, err = verify(capsys, path)
    assert code == 2
    assert "was not made by sseassess" in err
    assert not out


def test_a_pdf_with_foreign_data_under_our_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Something else")
    canvas.save()
    path = tmp_path / "other.pdf"
    path.write_bytes(rebuild(buffer.getvalue(), attachment=b'{"hello": "world"}'))
    code, _out, err = verify(capsys, path)
    assert code == 2
    assert "not sseassess data" in err


def test_a_text_file_named_pdf(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_text("these are not the droids\n", encoding="utf-8")
    code, out, err = verify(capsys, path)
    assert code == 2
    assert "is not a PDF that can be read" in err
    assert not out and "Traceback" not in err


def test_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = verify(capsys, tmp_path / "nowhere.pdf")
    assert code == 2
    assert "cannot be read" in err


def test_verify_speaks_french(
    capsys: pytest.CaptureFixture[str], exported: dict[str, Path]
) -> None:
    code = main(["verify", str(exported["certificate"]), "--lang", "fr"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("intact")
    assert "15 oct. 2026" in out


# -- the pure parts


def test_code_is_grouped_uppercase_hex() -> None:
    code = verification_code(b"{}")
    assert re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){4}", code)
    assert code == verification_code(b"{}")
    assert code != verification_code(b"{ }")


def test_canonical_json_sorts_keys() -> None:
    data: dict[str, Any] = {"b": 1, "a": {"d": 2, "c": "é"}}
    assert canonical_json(data) == '{"a":{"c":"é","d":2},"b":1}'.encode()


def test_printed_scores_in_every_number_format() -> None:
    text = "Overall 55,9 / 100\n1. Name 65.0 / 100 min. 40,0\n2. Other – / 100 and 100 / 100"
    assert printed_scores(text) == [55.9, 65.0, None]


def test_free_text_never_reads_as_a_score_or_a_code() -> None:
    note = "Last year 45.5 / 100; ref ABCD-EF01-2345-6789-ABCD"
    shown = neutral_text(note)
    assert printed_scores(shown) == [] and printed_codes(shown) == []
    assert shown.replace("\u2215", "/").replace("\u2011", "-") == note


def test_a_note_that_looks_like_a_score_keeps_the_document_intact(
    capsys: pytest.CaptureFixture[str], workspace: Workspace, demo: str, tmp_path: Path
) -> None:
    from sseassess.domain.answers import Answer

    indicator = "primacy-of-person.pay-ratio"
    workspace.save_answer(
        demo,
        Answer(indicator, 3, note="We scored 45.5 / 100 in 2024 (ref ABCD-EF01-2345-6789-ABCD)."),
    )
    report = tmp_path / "report.pdf"
    export_documents(workspace, demo, certificate=None, report=report, language="en")
    code, out, _err = verify(capsys, report)
    assert code == 0, out
