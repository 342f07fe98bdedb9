"""Paper forms: the blank questionnaire PDF and the CSV/XLSX templates to type answers in."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from sseassess.app.answers_csv import HEADER, read_answers_file
from sseassess.app.demo import create_demo
from sseassess.app.forms import csv_template, write_forms
from sseassess.app.workspace import Workspace
from sseassess.cli import main
from sseassess.domain.answers import Answer
from sseassess.domain.framework import Framework
from sseassess.domain.text import InputError
from sseassess.i18n import translation


@pytest.fixture
def demo(workspace: Workspace) -> str:
    return create_demo(workspace)


@pytest.fixture
def framework(workspace: Workspace, demo: str) -> Framework:
    return workspace.result(demo)[1]


def flat(text: str) -> str:
    return " ".join(text.split())


def text_of(path: Path) -> str:
    return flat(" ".join(page.extract_text() for page in PdfReader(path).pages))


def questionnaire(workspace: Workspace, demo: str, folder: Path, language: str) -> Path:
    path = folder / f"questionnaire-{language}.pdf"
    assert write_forms(workspace, demo, pdf=path, csv_file=None, xlsx=None, language=language) == [
        path
    ]
    return path


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_questionnaire_has_every_question_level_and_id(
    workspace: Workspace, demo: str, framework: Framework, tmp_path: Path, language: str
) -> None:
    text = text_of(questionnaire(workspace, demo, tmp_path, language))
    assert "Coopérative des Tisserands de Thiès" in text
    for characteristic in framework.characteristics:
        assert flat(characteristic.name.get(language)) in text
    for indicator in framework.indicators():
        assert flat(indicator.question.get(language)) in text, indicator.id
        assert indicator.id in text
        for level in indicator.levels.get(language):
            assert flat(level) in text


def test_french_questionnaire_is_french(
    workspace: Workspace, demo: str, framework: Framework, tmp_path: Path
) -> None:
    text = text_of(questionnaire(workspace, demo, tmp_path, "fr"))
    french = translation("fr").gettext
    for english in ("Questionnaire", "Participant name", "How to fill in this questionnaire"):
        assert french(english) in text
    for english in ("Participant name", "How to fill in", "Page 1 of", "does not apply to us"):
        assert english not in text
    for indicator in framework.indicators():
        assert flat(indicator.question.get("en")) not in text


def test_questionnaire_layout(
    workspace: Workspace, demo: str, framework: Framework, tmp_path: Path
) -> None:
    """A cover, then every characteristic on its own pages, numbered; N/A only where allowed."""
    path = questionnaire(workspace, demo, tmp_path, "en")
    reader = PdfReader(path)
    pages = [flat(page.extract_text()) for page in reader.pages]
    assert len(pages) >= 1 + len(framework.characteristics)
    assert "Participant name" in pages[0] and "Role" in pages[0]
    assert "Board member" in pages[0] and "Beneficiary" in pages[0]
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    for characteristic in framework.characteristics:
        starts = [p for p in pages if p.find(flat(characteristic.name.get("en"))) >= 0]
        assert starts, characteristic.id
    allowed = sum(indicator.na_allowed for indicator in framework.indicators())
    assert 0 < allowed < framework.indicator_count
    assert text_of(path).count("does not apply to us, because:") == allowed
    assert text_of(path).count("Note:") == framework.indicator_count
    assert all("Participant:" in page for page in pages[1:])  # loose pages say whose they are
    info = reader.metadata
    assert info is not None and info.author == "Coopérative des Tisserands de Thiès"
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_questionnaire_fonts_are_embedded(workspace: Workspace, demo: str, tmp_path: Path) -> None:
    pdffonts = shutil.which("pdffonts")
    if pdffonts is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    path = questionnaire(workspace, demo, tmp_path, "fr")
    output = subprocess.run([pdffonts, str(path)], capture_output=True, text=True, check=True)
    header, _rule, *rows = output.stdout.splitlines()
    start = header.index("emb")
    assert rows
    for row in rows:
        assert row[start : start + 3] == "yes", f"not embedded: {row}"
        assert "DejaVu" in row


def test_csv_template(framework: Framework, tmp_path: Path) -> None:
    """The header and one row per indicator; ``;`` where the comma is the decimal mark."""
    for language, delimiter in (("en", ","), ("fr", ";")):
        raw = csv_template(framework, language)
        assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheets then read UTF-8 correctly
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=delimiter))
        assert tuple(rows[0]) == HEADER
        assert rows[1:] == [[i.id, "", "", ""] for i in framework.indicators()]


def test_csv_template_filled_in_imports(framework: Framework, tmp_path: Path) -> None:
    """An untouched template imports as nothing; the rows typed in import as answers."""
    path = tmp_path / "template.csv"
    path.write_bytes(csv_template(framework, "fr"))
    assert read_answers_file(path, framework) == []
    vote = "democratic-control.one-member-one-vote"
    text = path.read_text(encoding="utf-8-sig").replace(f"{vote};;;", f"{vote};3;;Bien")
    path.write_text(text, encoding="utf-8-sig")
    assert read_answers_file(path, framework) == [Answer(vote, 3, note="Bien")]


def test_cli_forms_writes_the_three_files(
    capsys: pytest.CaptureFixture[str], demo: str, framework: Framework, tmp_path: Path
) -> None:
    pdf, csv_file, xlsx = tmp_path / "q.pdf", tmp_path / "t.csv", tmp_path / "t.xlsx"
    code = main(
        [
            "forms",
            demo,
            "--pdf",
            str(pdf),
            "--csv",
            str(csv_file),
            "--xlsx",
            str(xlsx),
            "--lang",
            "es",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert out.split() == [str(pdf), str(csv_file), str(xlsx)]
    first = next(framework.indicators())
    assert flat(first.question.get("es")) in text_of(pdf)
    assert csv_file.read_bytes() == csv_template(framework, "es")
    assert xlsx.read_bytes().startswith(b"PK")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_cli_forms_needs_a_file_and_a_writable_folder(
    capsys: pytest.CaptureFixture[str], demo: str, tmp_path: Path
) -> None:
    assert main(["forms", demo]) == 2
    assert "--pdf" in capsys.readouterr().err
    assert main(["forms", demo, "--xlsx", str(tmp_path / "missing" / "t.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "Traceback" not in err


def test_forms_progress_cancel_and_distinct_files(
    workspace: Workspace, demo: str, tmp_path: Path
) -> None:
    steps: list[tuple[int, int]] = []
    pdf, csv_file = tmp_path / "q.pdf", tmp_path / "t.csv"
    write_forms(
        workspace,
        demo,
        pdf=pdf,
        csv_file=csv_file,
        xlsx=None,
        language="en",
        progress=lambda done, total: steps.append((done, total)),
    )
    assert steps == [(1, 3), (2, 3), (3, 3)]
    pdf.unlink()
    csv_file.unlink()
    assert (
        write_forms(
            workspace,
            demo,
            pdf=pdf,
            csv_file=csv_file,
            xlsx=None,
            language="en",
            cancelled=lambda: True,
        )
        == []
    )
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob("*.csv")) == []
    with pytest.raises(InputError):
        write_forms(workspace, demo, pdf=pdf, csv_file=pdf, xlsx=None, language="en")


def test_questionnaire_is_signed_and_verify_names_it(
    workspace: Workspace, demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Like every PDF sseassess writes, the questionnaire is signed: verify finds it intact,
    self-declared (exit 3), a blank questionnaire; one changed byte makes it altered."""
    path = questionnaire(workspace, demo, tmp_path, "en")
    reader = PdfReader(path)
    fields = reader.get_fields() or {}
    assert fields["sseassess"]["/FT"] == "/Sig"
    assert main(["verify", str(path)]) == 3
    out = capsys.readouterr().out
    assert "a blank questionnaire" in out
    assert "Coopérative des Tisserands de Thiès" in out
    content = bytearray(path.read_bytes())
    position = content.index(b"/Type /Page")
    content[position + 1 : position + 5] = b"TYPE"
    path.write_bytes(bytes(content))
    assert main(["verify", str(path)]) == 1
