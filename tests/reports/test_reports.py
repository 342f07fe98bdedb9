"""The PDF certificate and report: content, languages, fonts, layout limits and safe export."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from pypdf import PdfReader

from sseassess.app.demo import create_demo
from sseassess.app.export import export_documents
from sseassess.app.workspace import Workspace
from sseassess.cli import main
from sseassess.domain.answers import Answer
from sseassess.domain.records import ActionItem, OrganizationProfile
from sseassess.domain.text import InputError
from sseassess.i18n import format_score, translation
from sseassess.storage.database import Database

REPORT_DATA = Path(__file__).parents[2] / "sseassess" / "app" / "report_data.py"


@pytest.fixture
def demo(workspace: Workspace) -> str:
    return create_demo(workspace)


def export(
    workspace: Workspace, assessment: str, folder: Path, language: str = "en"
) -> tuple[Path, Path]:
    certificate, report = folder / f"certificate-{language}.pdf", folder / f"report-{language}.pdf"
    written = export_documents(
        workspace, assessment, certificate=certificate, report=report, language=language
    )
    assert written == [certificate, report]
    return certificate, report


def text_of(path: Path) -> str:
    """All the text of a PDF, whitespace collapsed (wrapped lines join with a space)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def flat(text: str) -> str:
    return " ".join(text.split())


def score_json(capsys: pytest.CaptureFixture[str], assessment: str, language: str) -> dict:
    assert main(["score", assessment, "--json", "--lang", language]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_documents_show_the_organization_names_and_every_score(
    capsys: pytest.CaptureFixture[str],
    workspace: Workspace,
    demo: str,
    tmp_path: Path,
    language: str,
) -> None:
    """Whatever ``sseassess score --json`` prints, both PDFs print, in the PDF's number format."""
    scores = score_json(capsys, demo, language)
    for path in export(workspace, demo, tmp_path, language):
        text = text_of(path)
        assert "Coopérative des Tisserands de Thiès" in text
        assert f"{format_score(scores['overall'], language)} / 100" in text
        for item in scores["characteristics"]:
            assert flat(item["name"]) in text, item["name"]
            assert f"{format_score(item['score'], language)} / 100" in text
    if language != "en":
        assert "55,9 / 100" in text_of(tmp_path / f"report-{language}.pdf")


def test_certificate_is_one_page_and_report_is_numbered(
    workspace: Workspace, demo: str, tmp_path: Path
) -> None:
    certificate, report = export(workspace, demo, tmp_path)
    assert len(PdfReader(certificate).pages) == 1
    reader = PdfReader(report)
    pages = len(reader.pages)
    assert pages > 8  # cover, summary, eight characteristics, findings, annex
    assert f"Page 1 of {pages}" in reader.pages[0].extract_text()
    assert f"Page {pages} of {pages}" in reader.pages[-1].extract_text()
    assert "Coopérative des Tisserands de Thiès" in reader.pages[3].extract_text()  # header


def test_not_eligible_gives_self_assessment_results_with_the_reasons(
    workspace: Workspace, demo: str, tmp_path: Path
) -> None:
    certificate, _report = export(workspace, demo, tmp_path)
    text = text_of(certificate)
    assert text.count("Self-assessment results") == 1
    assert "self-declared, not audited" in text
    assert "Self-assessment certificate" not in text and "This certifies" not in text
    assert "✗ Does not meet the certificate rules of the framework" in text
    assert "37 scored, 2 not applicable" in text
    assert "The certificate rules are not met, because:" in text
    assert "The overall score is under the minimum of 60.0." in text
    assert "Autonomy of management and independence from public authorities is under its" in text
    assert "Essential criterion not met: Do you have a written rule" in text
    assert "Self-assessment" in text and "self-assessment" in text  # stated honestly


def test_eligible_assessment_gets_a_certificate(workspace: Workspace, tmp_path: Path) -> None:
    organization = workspace.add_organization(
        OrganizationProfile(name="Mutuelle Αλληλεγγύη — Взаимопомощь", country="GR")
    )
    assessment = workspace.start_assessment(organization)
    _record, framework, _result = workspace.result(assessment)
    workspace.save_answers(assessment, [Answer(i.id, 4) for i in framework.indicators()])
    certificate, report = export(workspace, assessment, tmp_path)
    text = text_of(certificate)
    assert "Self-assessment certificate" in text and "Self-assessment results" not in text
    assert "self-declared, not audited" in text
    assert "This certifies" not in text and "Charter certificate" not in text
    assert "✓ Meets the certificate rules of the framework" in text
    assert "rules are not met" not in text
    assert "Mutuelle Αλληλεγγύη — Взаимопомощь" in text  # Greek and Cyrillic
    assert "Greece" in text  # country name from Babel
    for path in (certificate, report):  # the widest score fits its box on one line
        raw = [page.extract_text() for page in PdfReader(path).pages]
        expected = 9 if path == certificate else 17  # overall + 8; the report repeats the 8
        assert sum(page.count("100.0 / 100") for page in raw) == expected
    report_text = text_of(report)
    assert "Mutuelle Αλληλεγγύη — Взаимопомощь" in report_text
    assert "Meets the certificate rules of the framework" in report_text
    assert "No strengths" not in report_text


def test_long_name_still_fits_on_one_page(workspace: Workspace, tmp_path: Path) -> None:
    """A 200-character name wraps or shrinks; the certificate stays one page."""
    name = ("Coopérative Agricole et Artisanale des Femmes Productrices de Karité " * 4)[:200]
    organization = workspace.add_organization(OrganizationProfile(name=name))
    assessment = workspace.start_assessment(organization)
    certificate, report = export(workspace, assessment, tmp_path)
    reader = PdfReader(certificate)
    assert len(reader.pages) == 1
    assert flat(name) in text_of(certificate)
    assert flat(name) in text_of(report)


def test_french_documents_have_no_english_left(
    workspace: Workspace, demo: str, tmp_path: Path
) -> None:
    """Every phrase of the documents is translated; framework names are French when declared."""
    certificate, report = export(workspace, demo, tmp_path, "fr")
    texts = {"certificate": text_of(certificate), "report": text_of(report)}
    _record, framework, _result = workspace.result(demo)
    if "fr" in framework.languages:
        for characteristic in framework.characteristics:
            assert flat(characteristic.name.get("fr")) in texts["report"]
    french = translation("fr")
    messages = [
        message
        for _line, message, _comments, _context in extract_from_file(
            "python", str(REPORT_DATA), keywords={"_": None, "ngettext": (1, 2)}
        )
    ]
    assert len(messages) > 50
    checked = 0
    for message in messages:
        english = message if isinstance(message, str) else message[1]
        translated = (
            french.gettext(english)
            if isinstance(message, str)
            else french.ngettext(message[0], message[1], 2)
        )
        for fragment in _fixed_fragments(english):
            if fragment in _fixed_fragments(translated) or fragment in translated:
                continue
            checked += 1
            for name, text in texts.items():
                assert fragment not in text, f"English left in the French {name}: {fragment!r}"
    assert checked > 50
    assert "Does not meet" not in texts["certificate"]
    assert "Certificat d'auto-évaluation" not in texts["certificate"]  # the rules are not met
    assert "auto-déclaré, non audité" in texts["certificate"]
    assert "Page 1 of" not in texts["report"] and "Page 1 sur" in texts["report"]


def _fixed_fragments(message: str) -> list[str]:
    """The parts of a message between placeholders that are long enough to mean something."""
    import re

    parts = re.split(r"\{[^{}]*\}", message)
    return [flat(part) for part in parts if len(part.split()) >= 2 and len(part.strip()) >= 10]


def test_report_holds_answers_reasons_notes_evidence_and_plan(
    workspace: Workspace, demo: str, tmp_path: Path
) -> None:
    indicator = "primacy-of-person.pay-ratio"
    workspace.save_answer(
        demo, Answer(indicator, 3, note="Ratio 1 to 3 since 2024.", for_discussion=True)
    )
    evidence = tmp_path / "pay-scale-2026.pdf"
    evidence.write_bytes(b"%PDF-1.4 pretend" * 100)
    record = workspace.add_evidence(demo, indicator, evidence)
    workspace.save_action(
        demo,
        ActionItem("Write a surplus allocation rule", "Board", status="in_progress"),
    )
    certificate, report = tmp_path / "c.pdf", tmp_path / "r.pdf"
    export_documents(
        workspace, demo, certificate=certificate, report=report, language="en", include_notes=True
    )
    text = text_of(report)
    assert "Ratio 1 to 3 since 2024." in text
    assert "Marked for discussion" in text
    assert "pay-scale-2026.pdf" in text and "1.6 kB" in text
    assert record.sha256 in text.replace(" ", "")
    assert "We have no grant, contract or other agreement" in text  # an N/A reason
    assert "Not applicable" in text
    assert "Write a surplus allocation rule" in text and "In progress" in text and "Board" in text
    assert "Strengths" in text and "Areas to improve" in text
    assert "Methodology" in text
    _record, framework, _result = workspace.result(demo)
    assert framework.content_hash in text.replace(" ", "")


def test_workshop_states_its_participants(
    workspace: Workspace, tmp_path: Path, database: Database
) -> None:
    from sseassess.storage import models

    organization = workspace.add_organization(OrganizationProfile(name="Atelier"))
    assessment = workspace.start_assessment(organization, kind="workshop")
    certificate = tmp_path / "c.pdf"
    export_documents(workspace, assessment, certificate=certificate, report=None, language="en")
    assert "Workshop (participants not recorded)" in text_of(certificate)
    assert workspace.participant_count(assessment) == 0
    with database.session() as session:
        row = session.query(models.Assessment).filter_by(uuid=assessment).one()
        session.add_all(
            models.Participant(assessment_id=row.id, display_name=f"P{n}") for n in range(12)
        )
    assert workspace.participant_count(assessment) == 12
    export_documents(workspace, assessment, certificate=certificate, report=None, language="en")
    text = text_of(certificate)
    assert "Workshop of 12 participants" in text
    assert "Kind of assessment Workshop of 12 participants" in text
    assert "agreed by a workshop of 12 participants" in text
    assert "own answers (self-assessment)" not in text


def test_pdf_metadata(workspace: Workspace, demo: str, tmp_path: Path) -> None:
    certificate, report = export(workspace, demo, tmp_path, "es")
    for path in (certificate, report):
        reader = PdfReader(path)
        info = reader.metadata
        assert info is not None
        assert info.author == "Coopérative des Tisserands de Thiès"
        assert info.title and info.subject and "Coopérative" in info.subject
        assert reader.trailer["/Root"]["/Lang"] == "es"
    titles = [PdfReader(path).metadata.title for path in (certificate, report)]  # type: ignore[union-attr]
    assert titles == [
        "Resultados de autoevaluación — Coopérative des Tisserands de Thiès",
        "Informe de autoevaluación — Coopérative des Tisserands de Thiès",
    ]


def test_certificate_title_and_tables_start_at_the_margin(
    workspace: Workspace, demo: str, tmp_path: Path
) -> None:
    """The page is shrunk to fit: its title and its tables still start where the text does."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    certificate, _report = export(workspace, demo, tmp_path)
    words = subprocess.run(
        [pdftotext, "-bbox", str(certificate), "-"], capture_output=True, text=True, check=True
    ).stdout
    left: dict[str, float] = {}
    for x, word in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]+)</word>', words):
        left.setdefault(word, float(x))  # where each word is first printed
    margin = left["Coopérative"]  # the organization's name, a paragraph
    assert abs(left["Self-assessment"] - margin) < 1.5, left  # the title, in a table
    # The decision band and the facts are tables with a padding of their own.
    for word in ("✗", "Legal"):
        assert margin < left[word] < margin + 12, left


def test_every_font_is_embedded(workspace: Workspace, demo: str, tmp_path: Path) -> None:
    pdffonts = shutil.which("pdffonts")
    if pdffonts is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    for path in export(workspace, demo, tmp_path):
        output = subprocess.run(
            [pdffonts, str(path)], capture_output=True, text=True, check=True
        ).stdout
        header, _rule, *rows = output.splitlines()
        start = header.index("emb")
        assert rows, output
        for row in rows:
            assert row[start : start + 3] == "yes", f"{path.name}: not embedded: {row}"


def test_the_qr_code_carries_the_verification_code(
    workspace: Workspace, demo: str, tmp_path: Path
) -> None:
    """A phone scanning the printed QR code reads the code printed beside it."""
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    from sseassess.domain.verification import printed_codes

    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    for path in export(workspace, demo, tmp_path):
        (code,) = set(printed_codes(text_of(path)))
        image = tmp_path / f"{path.stem}-page"
        subprocess.run(
            [pdftoppm, "-r", "110", "-png", "-f", "1", "-l", "1", "-singlefile", str(path), image],
            check=True,
        )
        with Image.open(image.with_suffix(".png")) as page:
            decoded = [(found.format.name, found.text) for found in zxingcpp.read_barcodes(page)]
        assert len(decoded) == 1 and decoded[0][0] == "QRCode", path.name
        lines = decoded[0][1].splitlines()  # what a reviewer reads without the app
        assert lines[0] == "Self-assessment results (self-declared, not audited)"
        assert lines[1] == "Coopérative des Tisserands de Thiès"
        assert "55.9 / 100" in lines[2]
        assert lines[3] == "Does not meet the certificate rules of the framework"
        assert code in lines[4], path.name
        assert code in text_of(path)


def test_export_progress_and_cancel(workspace: Workspace, demo: str, tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    folder = tmp_path / "out"
    folder.mkdir()
    certificate, report = folder / "c.pdf", folder / "r.pdf"
    export_documents(
        workspace,
        demo,
        certificate=certificate,
        report=report,
        language="en",
        progress=lambda done, total: steps.append((done, total)),
    )
    assert [done for done, _total in steps] == list(range(1, len(steps) + 1))
    assert steps[-1][0] == steps[-1][1]
    certificate.unlink()
    report.unlink()
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) >= 2

    assert (
        export_documents(
            workspace,
            demo,
            certificate=certificate,
            report=report,
            language="en",
            cancelled=cancelled,
        )
        == []
    )
    assert list(folder.iterdir()) == []


def test_export_to_a_missing_folder(
    capsys: pytest.CaptureFixture[str], demo: str, tmp_path: Path
) -> None:
    code = main(["export", demo, "--certificate", str(tmp_path / "nope" / "c.pdf")])
    err = capsys.readouterr().err
    assert code == 2
    assert "does not exist" in err and "Traceback" not in err


def test_export_needs_a_document(capsys: pytest.CaptureFixture[str], demo: str) -> None:
    assert main(["export", demo]) == 2
    assert "--certificate" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_export_to_a_read_only_folder(
    capsys: pytest.CaptureFixture[str], demo: str, tmp_path: Path
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        code = main(["export", demo, "--report", str(folder / "r.pdf")])
    finally:
        folder.chmod(0o700)
    assert code == 2
    assert "cannot be written" in capsys.readouterr().err


def test_export_to_a_folder_that_refuses_writing(
    capsys: pytest.CaptureFixture[str],
    demo: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same check as a read-only folder, also when the tests run as root."""
    monkeypatch.setattr(os, "access", lambda *_args, **_kwargs: False)
    code = main(["export", demo, "--report", str(tmp_path / "r.pdf")])
    assert code == 2
    assert "cannot be written to" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    workspace: Workspace, demo: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "report.pdf"
    target.write_bytes(b"the previous report")

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(InputError) as raised:
        export_documents(workspace, demo, certificate=None, report=target, language="en")
    assert "No space left on device" in raised.value.message()
    assert target.read_bytes() == b"the previous report"
    assert list(folder.iterdir()) == [target]


def test_cli_export_writes_both_files(
    capsys: pytest.CaptureFixture[str], demo: str, tmp_path: Path
) -> None:
    certificate, report = tmp_path / "c.pdf", tmp_path / "r.pdf"
    code = main(
        [
            "export",
            demo[:8],
            "--certificate",
            str(certificate),
            "--report",
            str(report),
            "--lang",
            "fr",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert out.split() == [str(certificate), str(report)]
    assert "Rapport" in text_of(report) or "rapport" in text_of(report)


def test_workshop_report_shows_how_participants_spread_and_still_verifies(
    capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    """Each indicator gets a participants' line (counts per level, median, spread, divergent
    marked), their notes (no names) and how many marked it for discussion; the summary says
    the scores are the consensus; ``verify`` still says intact (self-declared, exit 3)."""
    vote, statutes = (
        "democratic-control.one-member-one-vote",
        "primacy-of-person.mission-in-statutes",
    )
    organization = workspace.add_organization(OrganizationProfile(name="Atelier Coop"))
    assessment = workspace.start_assessment(organization, kind="workshop")
    _record, framework, _result = workspace.result(assessment)
    levels = {vote: (0, 0, 3, 3), statutes: (3, 3, 3, 4)}
    for n in range(4):
        participant = workspace.add_participant(assessment, f"P{n}", "member")
        workspace.save_participant_answers(
            assessment,
            participant.uuid,
            [
                Answer(
                    i,
                    levels[i][n],
                    note="we had 45.5 / 100 last year" if n == 0 else "",
                    for_discussion=n < 2 and i == vote,
                )
                for i in levels
            ],
        )
    workspace.add_participant(assessment, "Silent")
    workspace.save_answers(assessment, [Answer(i.id, 2) for i in framework.indicators()])
    certificate, report = export(workspace, assessment, tmp_path)
    text = text_of(report)
    assert "Workshop of 5 participants; scores are those of the group's consensus." in text
    assert text.count("Participants: 0 ") == framework.indicator_count
    divergent = "Participants: 0 2 1 0 2 0 3 2 4 0 median 1.5 · spread 3 · 1 did not answer"
    assert f"{divergent} · divergent" in text
    assert "2 participants marked it for discussion." in text
    assert "Participants: 0 0 1 0 2 0 3 3 4 1 median 3 · spread 1 · 1 did not answer" in text
    assert "Participants: 0 0 1 0 2 0 3 0 4 0 5 did not answer" in text
    # Participants' notes are printed without names, never read as a score.
    assert text.count("Participant's note: we had 45.5 \u2215 100 last year") == 2
    assert "P0" not in text
    assert "Participants:" not in text_of(certificate)
    for path in (certificate, report):
        assert main(["verify", str(path)]) == 3
        assert capsys.readouterr().out.startswith("self-declared:")


def test_self_assessment_report_has_no_participants_lines(
    workspace: Workspace, demo: str, tmp_path: Path
) -> None:
    _certificate, report = export(workspace, demo, tmp_path)
    text = text_of(report)
    assert "Participants:" not in text and "group's consensus" not in text


def test_no_pdf_lets_a_reader_tell_the_single_workers_level(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Four members and one worker: the report prints counts and notes, never a name or a
    role beside a level; with fewer participants than the minimum it prints no counts."""
    vote = "democratic-control.one-member-one-vote"
    organization = workspace.add_organization(OrganizationProfile(name="Habitat Coop"))
    assessment = workspace.start_assessment(organization, kind="workshop")
    worker = workspace.add_participant(assessment, "Wanda", "worker")
    workspace.save_participant_answers(assessment, worker.uuid, [Answer(vote, 0)])
    first = workspace.add_participant(assessment, "Marc", "member")
    workspace.save_participant_answers(assessment, first.uuid, [Answer(vote, 3)])
    _certificate, report = export(workspace, assessment, tmp_path)
    text = text_of(report)
    assert "Participants: 0 " not in text  # two answered: under the minimum of three
    assert "Fewer than 3 participants answered, so their answers are not shown" in text
    for n in range(3):
        member = workspace.add_participant(assessment, f"Member {n}", "member")
        workspace.save_participant_answers(assessment, member.uuid, [Answer(vote, 3)])
    second = tmp_path / "second"
    second.mkdir()
    _certificate, report = export(workspace, assessment, second)
    text = text_of(report)
    assert "Participants: 0 1 1 0 2 0 3 4 4 0" in text
    for leak in ("Wanda", "Marc", "Member 0", "Participant 1"):
        assert leak not in text
