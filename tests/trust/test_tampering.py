"""``verify`` on exported PDFs: self-declared when intact, altered after any change."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from sseassess.app.report_data import canonical, document_data, gather
from sseassess.app.workspace import Workspace
from sseassess.cli import main
from sseassess.domain.verification import (
    ATTACHMENT_NAME,
    DocumentKind,
    canonical_json,
    envelope,
    verification_code,
)
from sseassess.reports.certificate import CertificateRenderer
from sseassess.reports.pdf_embed import embed

if TYPE_CHECKING:
    from tests.trust.conftest import Forge


def run(capsys: pytest.CaptureFixture[str], *arguments: object) -> tuple[int, str, str]:
    code = main([str(argument) for argument in arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def flat(text: str) -> str:
    return " ".join(text.split())


def incremental(path: Path, change: object) -> bytes:
    """``path`` with ``change(writer)`` appended as an incremental update (as a PDF editor
    saving a signed file does)."""
    writer = PdfWriter(path, incremental=True)
    change(writer)  # type: ignore[operator]
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


@pytest.mark.parametrize("kind", ["certificate", "report"])
def test_an_exported_document_is_self_declared(
    capsys: pytest.CaptureFixture[str], exported: dict[str, Path], kind: str
) -> None:
    code, out, _err = run(capsys, "verify", exported[kind])
    assert code == 3, out
    assert out.startswith("self-declared:")
    assert "Coopérative des Tisserands de Thiès" in out
    assert "October 15, 2026" in out
    assert "nobody else checked it" in out


def test_pdfsig_sees_a_valid_signature_over_the_whole_document(
    exported: dict[str, Path],
) -> None:
    pdfsig = shutil.which("pdfsig")
    if pdfsig is None:
        pytest.skip("pdfsig (poppler-utils) is not installed")
    for path in exported.values():
        output = subprocess.run([pdfsig, str(path)], capture_output=True, text=True).stdout
        assert "Signature is Valid" in output, output
        assert "Total document signed" in output, output
        assert "self-declared, not audited" in output  # the certificate says what it is


def test_an_annotation_drawn_over_the_score(
    capsys: pytest.CaptureFixture[str], exported: dict[str, Path], tmp_path: Path
) -> None:
    def annotate(writer: PdfWriter) -> None:
        note = FreeText(text="95.0 / 100 — verified by the secretariat", rect=(300, 560, 560, 600))
        writer.add_annotation(page_number=0, annotation=note)

    forged = tmp_path / "annotated.pdf"
    forged.write_bytes(incremental(exported["certificate"], annotate))
    code, out, _err = run(capsys, "verify", forged)
    assert code == 1
    assert out.startswith("altered:")
    assert "does not cover the whole file" in out
    assert "annotations drawn over the page (FreeText)" in out


def test_an_extra_page(
    capsys: pytest.CaptureFixture[str], exported: dict[str, Path], tmp_path: Path
) -> None:
    forged = tmp_path / "longer.pdf"
    forged.write_bytes(incremental(exported["certificate"], lambda w: w.add_blank_page()))
    code, out, _err = run(capsys, "verify", forged)
    assert code == 1
    assert "it has 2 pages; it was exported with 1" in out


def test_an_incremental_update_of_the_metadata(
    capsys: pytest.CaptureFixture[str], exported: dict[str, Path], tmp_path: Path
) -> None:
    forged = tmp_path / "updated.pdf"
    forged.write_bytes(
        incremental(exported["report"], lambda w: w.add_metadata({"/Title": "Certificate"}))
    )
    code, out, _err = run(capsys, "verify", forged)
    assert code == 1
    assert "does not cover the whole file" in out
    assert "revisions" in out


def test_a_javascript_action(
    capsys: pytest.CaptureFixture[str], exported: dict[str, Path], tmp_path: Path
) -> None:
    def script(writer: PdfWriter) -> None:
        action = DictionaryObject(
            {
                NameObject("/S"): NameObject("/JavaScript"),
                NameObject("/JS"): TextStringObject("app.alert(1);"),
            }
        )
        writer.root_object[NameObject("/OpenAction")] = writer._add_object(action)

    forged = tmp_path / "script.pdf"
    forged.write_bytes(incremental(exported["certificate"], script))
    code, out, _err = run(capsys, "verify", forged)
    assert code == 1
    assert "scripts or actions" in out and "JavaScript" in out


def test_flipped_bytes_in_a_font_stream(
    capsys: pytest.CaptureFixture[str], exported: dict[str, Path], tmp_path: Path
) -> None:
    content = bytearray(exported["certificate"].read_bytes())
    font = re.search(rb"/Length1 \d+[^>]*>>\s*stream\r?\n", bytes(content))
    assert font is not None
    for offset in range(font.end() + 40, font.end() + 48):
        content[offset] ^= 0xFF
    forged = tmp_path / "font.pdf"
    forged.write_bytes(bytes(content))
    code, out, _err = run(capsys, "verify", forged)
    assert code == 1
    assert "bytes were changed after signing" in out


def test_the_title_changed_and_signed_again(
    capsys: pytest.CaptureFixture[str], workspace: Workspace, demo: str, forge: Forge
) -> None:
    """ "Self-assessment results" relabelled "Self-assessment certificate", the page
    rendered again and signed with the forger's own installation key."""
    facts = gather(workspace, demo)
    data = canonical(facts)
    code = verification_code(canonical_json(data))
    genuine = document_data(facts, "en", code)
    assert genuine.certificate_title == "Self-assessment results"
    doctored = dataclasses.replace(genuine, certificate_title="Self-assessment certificate")
    code_, out, _err = run(capsys, "verify", forge(doctored, data))
    assert code_ == 1
    assert "the printed title is not what the data say" in out
    assert "it prints “Self-assessment certificate”" in out


def test_a_recomputed_code_does_not_help(
    capsys: pytest.CaptureFixture[str], exported: dict[str, Path], tmp_path: Path
) -> None:
    """Scores edited in the embedded data, the code recomputed, the data put back."""
    reader = PdfReader(exported["certificate"])
    wrapped = json.loads(reader.attachments[ATTACHMENT_NAME][0])
    data = wrapped["data"]
    data["result"]["overall"] = 75.9
    data["result"]["eligible"] = True
    writer = PdfWriter(clone_from=reader)
    writer.root_object.pop("/Names")
    writer.add_attachment(ATTACHMENT_NAME, envelope(DocumentKind.SELF_CERTIFICATE, "en", 1, data))
    output = io.BytesIO()
    writer.write(output)
    forged = tmp_path / "recomputed.pdf"
    forged.write_bytes(output.getvalue())
    code, out, _err = run(capsys, "verify", forged)
    assert code == 1
    assert "signature" in out
    assert "the embedded data do not re-score to what they claim: overall is 75.9" in out
    assert "eligible is true, the answers give false" in out


def test_eligibility_forced_and_signed_again(
    capsys: pytest.CaptureFixture[str], workspace: Workspace, demo: str, forge: Forge
) -> None:
    """A forger with their own sseassess: eligibility forced in the data and in the print."""
    facts = gather(workspace, demo)
    data = canonical(facts)
    data["result"]["eligible"] = True
    code = verification_code(canonical_json(data))
    doctored = dataclasses.replace(
        document_data(facts, "en", code),
        eligible=True,
        certificate_title="Self-assessment certificate",
        eligibility_text="Meets the certificate rules of the framework",
        reasons=(),
    )
    code_, out, _err = run(capsys, "verify", forge(doctored, data))
    assert code_ == 1
    assert "eligible is true, the answers give false" in out
    assert "it prints “Meets the certificate rules of the framework”" in out


def test_unsigned_data_are_altered(
    capsys: pytest.CaptureFixture[str], workspace: Workspace, demo: str, tmp_path: Path
) -> None:
    facts = gather(workspace, demo)
    data = canonical(facts)
    code = verification_code(canonical_json(data))
    pdf = CertificateRenderer(document_data(facts, "en", code)).render()
    unsigned = tmp_path / "unsigned.pdf"
    unsigned.write_bytes(
        embed(
            pdf,
            name=ATTACHMENT_NAME,
            data=envelope(DocumentKind.SELF_CERTIFICATE, "en", 1, data),
            code=code,
        )
    )
    code_, out, _err = run(capsys, "verify", unsigned)
    assert code_ == 1
    assert "it is not signed" in out


def test_a_pdf_sseassess_did_not_make(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "other.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "An invoice, overall 55.9 / 100")
    canvas.save()
    code, out, err = run(capsys, "verify", path)
    assert code == 2
    assert "was not made by sseassess" in err
    assert not out


def test_a_text_file_named_pdf(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_text("these are not the droids\n", encoding="utf-8")
    code, out, err = run(capsys, "verify", path)
    assert code == 2
    assert "is not a PDF that can be read" in err
    assert not out and "Traceback" not in err


def test_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = run(capsys, "verify", tmp_path / "nowhere.pdf")
    assert code == 2
    assert "cannot be read" in err
