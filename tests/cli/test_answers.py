"""``sseassess answers import``: paper forms typed back in, all or nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

Run = Callable[..., tuple[int, str, str]]


def _new_assessment(cli: Run) -> str:
    cli("organization", "add", "Paper Coop")
    return cli("assessment", "new", "Paper Coop")[1].strip()


def test_answers_import_from_paper_forms(cli: Run, tmp_path: Path) -> None:
    """A well-formed CSV (here with semicolons and a BOM, as spreadsheets write it) imports."""
    assessment = _new_assessment(cli)
    csv = tmp_path / "answers.csv"
    csv.write_text(
        "\ufeffindicator;level;reason;note\n"
        "democratic-control.one-member-one-vote;4;;Each member one vote\n"
        "autonomy.public-agreements;NA;We receive no public money;\n",
        encoding="utf-8",
    )
    code, out, err = cli("answers", "import", assessment, str(csv))
    assert code == 0, err
    assert "2 answers imported." in out
    result = json.loads(cli("score", assessment, "--json")[1])
    autonomy = next(c for c in result["characteristics"] if c["id"] == "autonomy")
    assert autonomy["not_applicable"] == 1


def test_answers_import_is_all_or_nothing(cli: Run, tmp_path: Path) -> None:
    """Every bad row is reported with its line number and nothing is imported."""
    assessment = _new_assessment(cli)
    csv = tmp_path / "answers.csv"
    csv.write_text(
        "indicator,level,reason,note\n"
        "democratic-control.one-member-one-vote,3,,\n"
        "no-such.indicator,2,,\n"
        "democratic-control.one-member-one-vote,5,,\n"
        "democratic-control.one-member-one-vote,na,,\n"
        "autonomy.public-agreements,na,,\n"
        "primacy-of-person.mission-in-statutes,2,\n",
        encoding="utf-8",
    )
    code, out, err = cli("answers", "import", assessment, str(csv))
    assert code == 2 and out == ""
    assert f"{csv}:3: unknown indicator 'no-such.indicator'" in err
    assert f"{csv}:4: level '5' is not 0, 1, 2, 3, 4" in err
    assert f"{csv}:5: indicator 'democratic-control.one-member-one-vote' cannot be marked" in err
    assert f"{csv}:6: a reason is required" in err
    assert f"{csv}:7: expected 4 columns, found 3" in err
    result = json.loads(cli("score", assessment, "--json")[1])
    assert result["overall"] is None and result["completeness"] == 0


def test_answers_import_rejects_a_file_without_header(cli: Run, tmp_path: Path) -> None:
    assessment = _new_assessment(cli)
    csv = tmp_path / "answers.csv"
    csv.write_text("democratic-control.one-member-one-vote,3,,\n", encoding="utf-8")
    code, _out, err = cli("answers", "import", assessment, str(csv))
    assert code == 2
    assert "the first line must be the header indicator,level,reason,note" in err


def test_answers_import_rejects_binary_files(cli: Run, tmp_path: Path) -> None:
    assessment = _new_assessment(cli)
    binary = tmp_path / "answers.xlsx"
    binary.write_bytes(b"PK\x03\x04\xff\xfe\x00garbage")
    code, _out, err = cli("answers", "import", assessment, str(binary))
    assert code == 2
    assert "not a UTF-8 text file" in err
