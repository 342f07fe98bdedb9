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


def _with_cached_values(path: Path, values: dict[str, str]) -> None:
    """Give formula cells the result a spreadsheet program would have saved with them."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    for name, data in parts.items():
        if name.startswith("xl/worksheets/"):
            text = data.decode()
            for formula, value in values.items():
                for empty in ("<v />", "<v/>", "<v></v>"):
                    text = text.replace(
                        f"<f>{formula}</f>{empty}", f"<f>{formula}</f><v>{value}</v>"
                    )
            parts[name] = text.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_formulas_are_never_evaluated_and_other_sheets_are_ignored(
    framework: Framework, tmp_path: Path
) -> None:
    workbook = Workbook()
    notes = workbook.active
    notes.title = "Notes"
    notes.append(["Typed by Awa on Monday"])
    sheet = workbook.create_sheet("Answers")
    sheet.append(list(TEMPLATE_HEADER))
    sheet.append([VOTE, "question", "=2+2", None, None])
    sheet.append([STATUTES, "question", 2, None, "=40+2"])
    path = tmp_path / "formulas.xlsx"
    workbook.save(path)
    _with_cached_values(path, {"2+2": "3", "40+2": "42"})
    answers = read_answers_xlsx(path, framework)
    assert [(answer.indicator_id, answer.level) for answer in answers] == [
        (VOTE, 3),
        (STATUTES, 2),
    ]
    assert answers[1].note == "42"  # a formula's result is read, never the formula


def test_a_formula_without_a_saved_result_is_refused_with_its_line(
    framework: Framework, tmp_path: Path
) -> None:
    """A file written by a program that computes nothing (openpyxl, scripts) holds formulas
    without results: they were silently empty answers; now the line is named."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(TEMPLATE_HEADER))
    sheet.append([STATUTES, "question", 2, None, None])
    sheet.append([VOTE, "question", "=2+2", None, None])
    path = tmp_path / "formulas.xlsx"
    workbook.save(path)
    with pytest.raises(InputError) as raised:
        read_answers_xlsx(path, framework)
    [problem] = raised.value.problems
    assert problem.location == "3"
    assert "formula whose result was never saved" in problem.message()


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


# -- hostile CSV and XLSX files: a clear exit-2 message, nothing imported


def _imported(workspace: Workspace, assessment: str) -> dict[str, Answer]:
    return workspace.answers(assessment)


def test_an_xlsx_with_an_odd_zip_header_gets_a_clear_message(
    capsys: pytest.CaptureFixture[str],
    framework: Framework,
    assessment: str,
    tmp_path: Path,
) -> None:
    """A central directory asking for a newer ZIP version made zipfile raise
    NotImplementedError: "internal error" before."""
    raw = bytearray(xlsx_template(framework, "en", "Tableur Coop"))
    entry = raw.index(b"PK\x01\x02")
    raw[entry + 6] = 210  # "version needed to extract": 21.0
    path = tmp_path / "odd.xlsx"
    path.write_bytes(bytes(raw))
    code, out, err = run(capsys, "answers", "import", assessment, str(path))
    assert (code, out) == (2, "")
    assert "is not an Excel workbook that can be read" in err
    assert "internal error" not in err


def test_a_csv_field_over_the_reader_limit_is_named_with_its_line(
    capsys: pytest.CaptureFixture[str],
    workspace: Workspace,
    assessment: str,
    tmp_path: Path,
) -> None:
    path = tmp_path / "long.csv"
    path.write_text(f"indicator,level,reason,note\n{STATUTES},2,,x\n{VOTE},3,,{'y' * 131_073}\n")
    code, out, err = run(capsys, "answers", "import", assessment, str(path))
    assert (code, out) == (2, "")
    assert f"{path}:3: a field is longer than 131072 characters" in err
    assert "internal error" not in err
    assert _imported(workspace, assessment) == {}


def test_an_unbalanced_quote_is_named_with_its_line_instead_of_eating_the_file(
    capsys: pytest.CaptureFixture[str],
    workspace: Workspace,
    assessment: str,
    tmp_path: Path,
) -> None:
    """An unclosed quote swallowed the rest of the file into one note: "1 answer
    imported" before."""
    path = tmp_path / "quote.csv"
    path.write_text(
        "indicator,level,reason,note\n"
        f'{STATUTES},2,,"Statutes, art. 2\n'
        f"{VOTE},3,,one member one vote\n"
        f"{AGREEMENTS},1,,none\n"
    )
    code, out, err = run(capsys, "answers", "import", assessment, str(path))
    assert (code, out) == (2, "")
    assert f'{path}:2: a quote (") opened on this line is never closed' in err
    assert _imported(workspace, assessment) == {}


def test_a_stray_quote_closing_an_open_one_is_caught(
    capsys: pytest.CaptureFixture[str],
    workspace: Workspace,
    assessment: str,
    tmp_path: Path,
) -> None:
    """Two unbalanced quotes balance each other and hide the rows between them."""
    path = tmp_path / "quotes.csv"
    path.write_text(
        "indicator,level,reason,note\n"
        f'{STATUTES},2,,"Statutes\n'
        f"{VOTE},3,,one member one vote\n"
        f'{AGREEMENTS},1,,none"\n'
    )
    code, _out, err = run(capsys, "answers", "import", assessment, str(path))
    assert code == 2
    assert f"{path}:2: a quote" in err and "line 3 answers" in err
    assert _imported(workspace, assessment) == {}


def test_a_multi_line_quoted_note_still_imports(
    capsys: pytest.CaptureFixture[str], workspace: Workspace, assessment: str, tmp_path: Path
) -> None:
    path = tmp_path / "multiline.csv"
    path.write_text(
        f'indicator,level,reason,note\n{STATUTES},2,,"first line\nsecond, line"\n{VOTE},3,,\n'
    )
    code, out, _err = run(capsys, "answers", "import", assessment, str(path))
    assert (code, out.strip()) == (0, "2 answers imported.")
    assert _imported(workspace, assessment)[STATUTES].note == "first line\nsecond, line"


def test_at_most_fifty_problem_lines_then_a_count(
    capsys: pytest.CaptureFixture[str], assessment: str, tmp_path: Path
) -> None:
    """100,000 bad rows printed 100,002 lines."""
    path = tmp_path / "bad.csv"
    path.write_text("indicator,level,reason,note\n" + "x,9,,\n" * 100_000)
    code, _out, err = run(capsys, "answers", "import", assessment, str(path))
    lines = err.splitlines()
    assert code == 2
    assert len(lines) == 52  # the headline, 50 problems, the count
    assert lines[-1] == "… and 99950 more problems."
