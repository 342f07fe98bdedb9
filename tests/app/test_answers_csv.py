"""Answers typed back into the XLSX template: round trip, line numbers, untrusted files."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from sseassess.app.answers_csv import (
    MAX_XLSX_BYTES,
    TEMPLATE_HEADER,
    read_answers_file,
    read_answers_xlsx,
)
from sseassess.app.forms import xlsx_template
from sseassess.app.workspace import Workspace
from sseassess.cli import main
from sseassess.domain.answers import Answer
from sseassess.domain.framework import Framework
from sseassess.domain.records import OrganizationProfile
from sseassess.domain.text import InputError

VOTE = "democratic-control.one-member-one-vote"
AGREEMENTS = "autonomy.public-agreements"  # N/A allowed
STATUTES = "primacy-of-person.mission-in-statutes"  # N/A not allowed


@pytest.fixture
def assessment(workspace: Workspace) -> str:
    organization = workspace.add_organization(OrganizationProfile(name="Tableur Coop"))
    return workspace.start_assessment(organization, kind="workshop")


@pytest.fixture
def framework(workspace: Workspace, assessment: str) -> Framework:
    return workspace.result(assessment)[1]


def template(framework: Framework, path: Path, language: str = "en") -> Path:
    path.write_bytes(xlsx_template(framework, language, "Tableur Coop"))
    return path


def fill(path: Path, values: dict[str, tuple[object, object, object]]) -> None:
    """Type ``level, reason, note`` into the rows of the given indicators, as a typist would."""
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value in values:
            row[2].value, row[3].value, row[4].value = values[row[0].value]
    workbook.save(path)


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_template_filled_in_gives_the_answers(framework: Framework, tmp_path: Path) -> None:
    path = template(framework, tmp_path / "ana.xlsx")
    fill(
        path,
        {
            VOTE: (4, None, "Each member one vote"),  # a number, as spreadsheets store it
            STATUTES: ("2", "", ""),  # typed as text
            AGREEMENTS: ("NA", "We receive no public money", None),
            "primacy-of-person.pay-ratio": (3.0, None, None),  # a float from some programs
        },
    )
    answers = read_answers_xlsx(path, framework)
    assert sorted(answers, key=lambda a: a.indicator_id) == [
        Answer(AGREEMENTS, None, not_applicable=True, reason="We receive no public money"),
        Answer(VOTE, 4, note="Each member one vote"),
        Answer(STATUTES, 2),
        Answer("primacy-of-person.pay-ratio", 3),
    ]
    assert read_answers_file(path, framework) == answers


def test_template_layout(framework: Framework, tmp_path: Path) -> None:
    """Questions in the chosen language, locked ids, a drop-down of levels with "na" only
    where the indicator allows it; a guide sheet."""
    workbook = load_workbook(template(framework, tmp_path / "t.xlsx", "fr"))
    sheet = workbook.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == TEMPLATE_HEADER
    assert [row[0] for row in rows[1:]] == [i.id for i in framework.indicators()]
    assert [row[1] for row in rows[1:]] == [i.question.get("fr") for i in framework.indicators()]
    assert all(row[2:] == (None, None, None) for row in rows[1:])
    assert sheet.protection.sheet
    assert sheet["B2"].protection.locked and not sheet["C2"].protection.locked
    lists = {
        validation.formula1: str(validation.sqref)
        for validation in sheet.data_validations.dataValidation
        if validation.type == "list"
    }
    assert set(lists) == {'"0,1,2,3,4,na"', '"0,1,2,3,4"'}
    row_of = {row[0]: number for number, row in enumerate(rows, start=1)}
    assert f"C{row_of[AGREEMENTS]}" in lists['"0,1,2,3,4,na"'].split()
    assert f"C{row_of[STATUTES]}" in lists['"0,1,2,3,4"'].split()
    assert len(workbook.worksheets) == 2
    guide = " ".join(str(c.value) for c in workbook.worksheets[1]["A"] if c.value)
    assert "sseassess answers import" in guide and "Tableur Coop" in guide


def test_cli_imports_a_participant_from_xlsx(
    capsys: pytest.CaptureFixture[str],
    workspace: Workspace,
    framework: Framework,
    assessment: str,
    tmp_path: Path,
) -> None:
    path = template(framework, tmp_path / "ben.xlsx")
    fill(path, {VOTE: (1, None, "not sure"), STATUTES: (3, None, None)})
    code, out, err = run(capsys, "answers", "import", assessment, str(path), "--participant", "Ben")
    assert code == 0, err
    assert "2 answers imported." in out
    [ben] = workspace.participants_matching(assessment, "Ben")
    assert workspace.participant_answers(assessment)[ben.uuid][VOTE] == Answer(
        VOTE, 1, note="not sure"
    )


def test_bad_rows_are_reported_with_their_row_and_nothing_is_imported(
    capsys: pytest.CaptureFixture[str], framework: Framework, assessment: str, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["indicator", "level", "reason", "note"])  # the CSV header works too
    sheet.append([VOTE, 3, None, None])  # row 2: fine
    sheet.append(["no-such.indicator", 2, None, None])  # row 3
    sheet.append([STATUTES, 7, None, None])  # row 4
    sheet.append([STATUTES, "na", "why not", None])  # row 5
    sheet.append([AGREEMENTS, "na", None, None])  # row 6
    sheet.append([VOTE, 2, None, None])  # row 7: twice
    sheet.append([])  # row 8: blank, skipped
    sheet.append(["primacy-of-person.pay-ratio", 2, None, None, "extra"])  # row 9
    path = tmp_path / "bad.xlsx"
    workbook.save(path)
    code, out, err = run(capsys, "answers", "import", assessment, str(path), "--consensus")
    assert code == 2 and out == ""
    assert f"{path}: nothing was imported." in err
    assert f"{path}:3: unknown indicator 'no-such.indicator'" in err
    assert f"{path}:4: level '7' is not 0, 1, 2, 3, 4" in err
    assert f"{path}:5: indicator '{STATUTES}' cannot be marked not applicable" in err
    assert f"{path}:6: a reason is required" in err
    assert f"{path}:7: indicator '{VOTE}' is already answered on line 2" in err
    assert f"{path}:9: expected 4 columns, found 5" in err
    assert ":2:" not in err and ":8:" not in err
    result = json.loads(run(capsys, "score", assessment, "--json")[1])
    assert result["completeness"] == 0


def test_formulas_are_never_evaluated_and_other_sheets_are_ignored(
    framework: Framework, tmp_path: Path
) -> None:
    workbook = Workbook()
    notes = workbook.active
    notes.title = "Notes"
    notes.append(["Typed by Awa on Monday"])
    sheet = workbook.create_sheet("Answers")
    sheet.append(list(TEMPLATE_HEADER))
    sheet.append([VOTE, "question", "=2+2", None, None])  # no cached value: nothing
    sheet.append([STATUTES, "question", 2, None, '=HYPERLINK("http://x")'])
    path = tmp_path / "formulas.xlsx"
    workbook.save(path)
    answers = read_answers_xlsx(path, framework)
    assert [answer.indicator_id for answer in answers] == [STATUTES]
    assert answers[0].note == ""  # a formula's result is read, never the formula


def test_header_is_required(framework: Framework, tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.append([VOTE, 3, None, None])
    path = tmp_path / "no-header.xlsx"
    workbook.save(path)
    with pytest.raises(InputError) as raised:
        read_answers_xlsx(path, framework)
    assert "the first row must be the header indicator,question,level,reason,note" in str(
        raised.value
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"PK\x03\x04\xff\xfe\x00garbage", "is not an Excel workbook (.xlsx)"),
        (b"\x00\x01\x02\xff" * 50, "is not an Excel workbook (.xlsx)"),
        ("zip", "is not an Excel workbook that can be read"),
        ("truncated", "is not an Excel workbook that can be read"),
    ],
)
def test_a_fake_or_corrupt_xlsx_gets_a_clear_message(
    capsys: pytest.CaptureFixture[str],
    framework: Framework,
    assessment: str,
    tmp_path: Path,
    content: bytes | str,
    expected: str,
) -> None:
    path = tmp_path / "answers.xlsx"
    if content == "zip":  # a zip file, but not a workbook
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("readme.txt", "hello")
        path.write_bytes(buffer.getvalue())
    elif content == "truncated":
        whole = xlsx_template(framework, "en", "Tableur Coop")
        buffer = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(whole)) as source, zipfile.ZipFile(buffer, "w") as copy:
            for item in source.infolist():
                data = source.read(item)
                if item.filename.startswith("xl/worksheets/"):
                    data = data[: len(data) // 2]  # cut in the middle of the XML
                copy.writestr(item, data)
        path.write_bytes(buffer.getvalue())
    else:
        assert isinstance(content, bytes)
        path.write_bytes(content)
    code, out, err = run(capsys, "answers", "import", assessment, str(path))
    assert code == 2 and out == ""
    assert expected in err
    assert "Traceback" not in err and "internal error" not in err


def test_a_huge_file_is_refused_before_it_is_read(framework: Framework, tmp_path: Path) -> None:
    path = tmp_path / "huge.xlsx"
    path.write_bytes(b"PK" + b"\x00" * MAX_XLSX_BYTES)
    with pytest.raises(InputError, match="too large to be an answers file"):
        read_answers_xlsx(path, framework)


def test_a_zip_bomb_is_refused(framework: Framework, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b" " * 60_000_000)
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < MAX_XLSX_BYTES
    with pytest.raises(InputError, match="too large to be an answers file"):
        read_answers_xlsx(path, framework)


def test_csv_text_saved_as_xlsx_still_imports(framework: Framework, tmp_path: Path) -> None:
    path = tmp_path / "answers.xlsx"
    path.write_text(f"indicator;level;reason;note\n{VOTE};2;;\n", encoding="utf-8")
    assert read_answers_file(path, framework) == [Answer(VOTE, 2)]


def test_other_spreadsheet_formats_are_named(framework: Framework, tmp_path: Path) -> None:
    path = tmp_path / "answers.ods"
    path.write_bytes(b"PK\x03\x04whatever")
    with pytest.raises(InputError) as raised:
        read_answers_file(path, framework)
    assert "Excel Workbook (.xlsx)" in raised.value.message()
