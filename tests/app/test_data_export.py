"""``sseassess export-data``: every participant's answers and the consensus, as CSV and XLSX."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sseassess.app.data_export import export_data
from sseassess.app.demo import create_demo
from sseassess.app.workspace import Workspace
from sseassess.cli import main
from sseassess.domain.answers import Answer
from sseassess.domain.framework import Framework
from sseassess.domain.records import OrganizationProfile
from sseassess.i18n import translation

VOTE = "democratic-control.one-member-one-vote"
AGREEMENTS = "autonomy.public-agreements"
HEADERS = (
    "Respondent",
    "Participant id",
    "Role",
    "Indicator",
    "Characteristic",
    "Question",
    "Level",
    "Level description",
    "N/A",
    "Reason",
    "Note",
    "For discussion",
)


@pytest.fixture
def workshop(workspace: Workspace) -> str:
    """Ana (worker) and Ben (board) answered, Chloé sent nothing; the group agreed on two."""
    organization = workspace.add_organization(OrganizationProfile(name="Atelier Coop"))
    uuid = workspace.start_assessment(organization, kind="workshop")
    ana = workspace.add_participant(uuid, "Ana", "worker")
    ben = workspace.add_participant(uuid, "Ben", "board")
    workspace.add_participant(uuid, "Chloé")
    workspace.save_participant_answers(
        uuid,
        ana.uuid,
        [
            Answer(VOTE, 4, note='=HYPERLINK("http://example.com")'),
            Answer(AGREEMENTS, None, not_applicable=True, reason="No public money"),
        ],
    )
    workspace.save_participant_answers(uuid, ben.uuid, [Answer(VOTE, 1, note="- not sure")])
    workspace.set_consensus(uuid, VOTE, 3)
    workspace.save_answer(
        uuid, Answer(AGREEMENTS, None, not_applicable=True, reason="Agreed: no grant")
    )
    return uuid


@pytest.fixture
def framework(workspace: Workspace, workshop: str) -> Framework:
    return workspace.result(workshop)[1]


def read_csv(path: Path, delimiter: str = ",") -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=delimiter))


def test_csv_has_every_participant_and_the_consensus(
    workspace: Workspace, workshop: str, framework: Framework, tmp_path: Path
) -> None:
    path = tmp_path / "answers.csv"
    assert export_data(
        workspace, workshop, csv_file=path, xlsx=None, language="en", names=True
    ) == [path]
    header, *rows = read_csv(path)
    assert tuple(header) == HEADERS
    count = framework.indicator_count
    assert len(rows) == 4 * count  # Ana, Ben, Chloé and the consensus: every indicator
    assert [row[0] for row in rows[::count]] == ["Ana", "Ben", "Chloé", "Consensus"]
    ids = [p.uuid for p in workspace.participants(workshop)]
    assert [row[1] for row in rows[::count]] == [*ids, ""]
    # One worker, one board member: showing their roles would show their answers.
    assert [row[2] for row in rows[::count]] == ["", "", "", ""]
    by_key = {(row[0], row[3]): row for row in rows}
    indicator = framework.indicator(VOTE)
    characteristic = framework.characteristic_of(VOTE).name.get("en")
    assert by_key["Ana", VOTE] == [
        "Ana",
        ids[0],
        "",
        VOTE,
        characteristic,
        indicator.question.get("en"),
        "4",
        indicator.levels.get("en")[4],
        "",
        "",
        '\'=HYPERLINK("http://example.com")',  # never run as a formula
        "",
    ]
    assert by_key["Ana", AGREEMENTS][6:10] == ["", "", "yes", "No public money"]
    assert by_key["Ben", VOTE][6] == "1" and by_key["Ben", VOTE][10] == "'- not sure"
    assert by_key["Chloé", VOTE][6:] == ["", "", "", "", "", ""]
    assert by_key["Consensus", VOTE][6:8] == ["3", indicator.levels.get("en")[3]]
    assert by_key["Consensus", AGREEMENTS][8:10] == ["yes", "Agreed: no grant"]


def test_names_are_hidden_and_small_groups_roles_too_by_default(
    workspace: Workspace, workshop: str, framework: Framework, tmp_path: Path
) -> None:
    """Nobody reading the export can tell the single worker's levels; three workers who
    answered are a group whose role may be shown."""
    path = tmp_path / "answers.csv"
    export_data(workspace, workshop, csv_file=path, xlsx=None, language="en")
    _header, *rows = read_csv(path)
    count = framework.indicator_count
    assert [row[0] for row in rows[::count]] == [
        "Participant 1",
        "Participant 2",
        "Participant 3",
        "Consensus",
    ]
    assert "Worker" not in {row[2] for row in rows} and "Ana" not in path.read_text("utf-8")
    for name in ("Dan", "Eve"):
        person = workspace.add_participant(workshop, name, "worker")
        workspace.save_participant_answers(workshop, person.uuid, [Answer(VOTE, 2)])
    export_data(workspace, workshop, csv_file=path, xlsx=None, language="en")
    _header, *rows = read_csv(path)
    assert [row[2] for row in rows[::count]] == ["Worker", "", "", "Worker", "Worker", ""]


def test_xlsx_has_the_answers_and_a_summary(
    workspace: Workspace, workshop: str, framework: Framework, tmp_path: Path
) -> None:
    path = tmp_path / "workshop.xlsx"
    export_data(workspace, workshop, csv_file=None, xlsx=path, language="en")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Answers", "Summary"]
    answers = list(workbook["Answers"].iter_rows(values_only=True))
    assert answers[0] == HEADERS
    assert len(answers) == 1 + 4 * framework.indicator_count
    ana_vote = next(row for row in answers if row[0] == "Participant 1" and row[3] == VOTE)
    assert ana_vote[6] == 4  # a number, for the trainer's own formulas
    assert ana_vote[10] == '=HYPERLINK("http://example.com")'
    cell = next(
        row[10]
        for row in workbook["Answers"].iter_rows()
        if row[0].value == "Participant 1" and row[3].value == VOTE
    )
    assert cell.data_type == "s"  # stored as text, not as a formula
    summary = {row[1]: row for row in workbook["Summary"].iter_rows(values_only=True)}
    header = summary["Indicator"]
    assert header[4:] == (
        "Level 0",
        "Level 1",
        "Level 2",
        "Level 3",
        "Level 4",
        "N/A",
        "No answer",
        "Median",
        "Spread",
        "Divergent",
        "Consensus",
    )
    vote = dict(zip(header, summary[VOTE], strict=True))
    assert [vote[f"Level {n}"] for n in range(5)] == [0, 1, 0, 0, 1]
    assert vote["N/A"] == 0 and vote["No answer"] == 1  # Chloé
    assert vote["Median"] == 2.5 and vote["Spread"] == 3 and vote["Divergent"] == "yes"  # 4 vs 1
    assert vote["Consensus"] == 3
    agreements = dict(zip(header, summary[AGREEMENTS], strict=True))
    assert agreements["N/A"] == 1 and agreements["No answer"] == 2
    assert agreements["Consensus"] == "N/A" and agreements["Median"] is None
    assert len(summary) == 1 + framework.indicator_count


def test_french_export_is_french(
    capsys: pytest.CaptureFixture[str], workshop: str, framework: Framework, tmp_path: Path
) -> None:
    french = translation("fr").gettext
    csv_file, xlsx = tmp_path / "fr.csv", tmp_path / "fr.xlsx"
    code = main(
        [
            *("export-data", workshop, "--csv", str(csv_file), "--xlsx", str(xlsx)),
            *("--lang", "fr", "--names"),
        ]
    )
    assert code == 0
    assert capsys.readouterr().out.split() == [str(csv_file), str(xlsx)]
    header, *rows = read_csv(csv_file, ";")  # French spreadsheets split on ";"
    assert tuple(header) == tuple(french(text) for text in HEADERS)
    assert "Respondent" not in header and "Level description" not in header
    assert {row[4] for row in rows} == {c.name.get("fr") for c in framework.characteristics}
    indicator = framework.indicator(VOTE)
    consensus = next(row for row in rows if row[3] == VOTE and row[0] == french("Consensus"))
    assert consensus[5:8] == [indicator.question.get("fr"), "3", indicator.levels.get("fr")[3]]
    ana = next(row for row in rows if row[0] == "Ana" and row[3] == VOTE)
    assert ana[8] == ""
    workbook = load_workbook(xlsx)
    assert workbook.sheetnames == [french("Answers"), french("Summary")]
    assert "Answers" not in workbook.sheetnames
    assert next(workbook.worksheets[0].iter_rows(values_only=True)) == tuple(header)


def test_a_self_assessment_exports_its_answers(workspace: Workspace, tmp_path: Path) -> None:
    demo = create_demo(workspace)
    path = tmp_path / "demo.csv"
    export_data(workspace, demo, csv_file=path, xlsx=None, language="en")
    _header, *rows = read_csv(path)
    assert {row[0] for row in rows} == {"Self-assessment"}


def test_unwritable_or_missing_folder_exits_2(
    capsys: pytest.CaptureFixture[str],
    workshop: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert main(["export-data", workshop, "--csv", str(tmp_path / "no" / "a.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err
    monkeypatch.setattr(os, "access", lambda *_args, **_kwargs: False)
    assert main(["export-data", workshop, "--xlsx", str(tmp_path / "a.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "cannot be written to" in err and "Traceback" not in err
    assert list(tmp_path.glob("a.*")) == []


def test_a_failed_write_exits_2_and_leaves_no_temporary(
    capsys: pytest.CaptureFixture[str],
    workshop: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    assert main(["export-data", workshop, "--csv", str(tmp_path / "a.csv")]) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert not (tmp_path / "a.csv").exists()
    assert not [path for path in tmp_path.iterdir() if path.name.endswith(".tmp")]


def test_export_data_needs_a_file(capsys: pytest.CaptureFixture[str], workshop: str) -> None:
    assert main(["export-data", workshop]) == 2
    assert "--csv" in capsys.readouterr().err


def test_progress_and_cancel(workspace: Workspace, workshop: str, tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    csv_file, xlsx = tmp_path / "a.csv", tmp_path / "a.xlsx"
    export_data(
        workspace,
        workshop,
        csv_file=csv_file,
        xlsx=xlsx,
        language="en",
        progress=lambda done, total: steps.append((done, total)),
    )
    assert [done for done, _total in steps] == [1, 2, 3, 4] and steps[-1] == (4, 4)
    csv_file.unlink()
    xlsx.unlink()
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) >= 2

    assert (
        export_data(
            workspace, workshop, csv_file=csv_file, xlsx=xlsx, language="en", cancelled=cancelled
        )
        == []
    )
    assert not csv_file.exists() and not xlsx.exists()


def test_control_characters_in_a_note_do_not_break_the_xlsx(
    workspace: Workspace, workshop: str, tmp_path: Path
) -> None:
    """openpyxl refuses control characters; a pasted note holding one is cleaned, not fatal."""
    workspace.save_answer(workshop, Answer(VOTE, 3, note="line\x0bfeed"))
    path = tmp_path / "a.xlsx"
    export_data(workspace, workshop, csv_file=None, xlsx=path, language="en")
    rows = load_workbook(path).worksheets[0].iter_rows(values_only=True)
    assert any(row[0] == "Consensus" and row[10] == "linefeed" for row in rows)


def test_the_xlsx_writer_keeps_any_text_as_text(tmp_path: Path) -> None:
    from sseassess.app.xlsx_writer import column_letter, write_xlsx

    assert [column_letter(n) for n in (1, 26, 27, 52, 703)] == ["A", "Z", "AA", "AZ", "AAA"]
    rows = [("<b>&amp; \"quoted\" 'single'", 3, 2.5, None, "=1+1", " leading space")]
    data = write_xlsx(
        [("L'atelier", ("a", "b", "c", "d", "e", "f"), rows, [10.0] * 6)], creator="me & you"
    )
    path = tmp_path / "t.xlsx"
    path.write_bytes(data)
    workbook = load_workbook(path)
    sheet = workbook["L'atelier"]
    values = next(sheet.iter_rows(min_row=2, values_only=True))
    assert values == ("<b>&amp; \"quoted\" 'single'", 3, 2.5, None, "=1+1", " leading space")
    assert sheet["E2"].data_type == "s"
    assert workbook.properties.creator == "me & you"
