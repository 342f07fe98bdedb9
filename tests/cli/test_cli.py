"""The command line: output, exit codes and one-line messages, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from sseassess import __version__
from sseassess.cli import main

DATA = Path(__file__).parents[1] / "data"
CHARTER = Path(__file__).parents[2] / "resources" / "frameworks" / "icsse-charter.toml"
DEMO = Path(__file__).parents[2] / "resources" / "demo" / "demo-organization.toml"


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    """``sseassess --version`` names the installed version and exits 0."""
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"sseassess {__version__}"


def test_module_entry_point_runs() -> None:
    """``python -m sseassess`` is the same program."""
    completed = subprocess.run(
        [sys.executable, "-m", "sseassess", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0
    assert completed.stdout.strip() == f"sseassess {__version__}"


def test_framework_validate_accepts_the_charter(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "framework", "validate", str(CHARTER))
    assert code == 0, err
    assert "valid" in out and "8 characteristics" in out


def test_framework_validate_reports_every_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Each problem is one line ``FILE: LOCATION: message``; exit code 2."""
    broken = tmp_path / "broken.toml"
    text = CHARTER.read_text(encoding="utf-8")
    text = text.replace("weight = 1.0", "weight = -1.0", 1)
    text = text.replace("\nminimum = 40\n", "\nminimum = 70\n", 1)
    text = text.replace("schema_version = 1", "schema_version = 1\ncolour = 'red'", 1)
    broken.write_text(text, encoding="utf-8")
    code, _out, err = run(capsys, "framework", "validate", str(broken))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) >= 3
    assert all(line.startswith(f"sseassess: {broken}: ") for line in lines)
    assert any("colour" in line and "unknown key" in line for line in lines)
    assert any(".weight: weight must be a positive number" in line for line in lines)
    assert any("thresholds must rise" in line for line in lines)
    assert "Traceback" not in err


def test_framework_validate_missing_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = run(capsys, "framework", "validate", str(tmp_path / "nope.toml"))
    assert code == 2
    assert "cannot be read" in err and len(err.strip().splitlines()) == 1


def test_framework_show_json_has_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "framework", "show", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["id"] == "icsse-charter" and data["version"]
    assert len(data["characteristics"]) == 8
    indicator = data["characteristics"][0]["indicators"][0]
    for key in ("id", "question", "levels", "weight", "essential", "minimum_level", "na_allowed"):
        assert key in indicator
    assert len(indicator["levels"]) == 5
    assert sum(len(c["indicators"]) for c in data["characteristics"]) >= 30


def test_framework_show_text_lists_indicators(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "framework", "show")
    assert code == 0
    assert "Democratic control by members" in out
    assert "democratic-control.one-member-one-vote" in out


def test_organization_and_assessment_ids_are_printed_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Scripts can capture the new ids from standard output."""
    code, out, _err = run(
        capsys,
        "organization",
        "add",
        "Coop Andina",
        "--legal-form",
        "cooperative",
        "--country",
        "co",
    )
    assert code == 0
    organization = out.strip()
    assert len(organization) == 36 and "\n" not in organization
    code, out, _err = run(capsys, "assessment", "new", "Coop Andina")
    assert code == 0
    assessment = out.strip()
    assert len(assessment) == 36
    code, out, _err = run(capsys, "list", "--json")
    listed = json.loads(out)["organizations"]
    assert listed[0]["id"] == organization and listed[0]["name"] == "Coop Andina"
    assert listed[0]["assessments"][0]["id"] == assessment
    assert listed[0]["assessments"][0]["status"] == "in_progress"


def test_bad_organization_input_exits_2_without_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(
        capsys, "organization", "add", "X", "--legal-form", "corporation", "--country", "France"
    )
    assert code == 2 and out == ""
    assert "--legal-form: Unknown legal form 'corporation'" in err
    assert "--country:" in err
    assert "Traceback" not in err
    code, out, _err = run(capsys, "list", "--json")
    assert json.loads(out)["organizations"] == []


def test_unknown_assessment_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "organization", "add", "Some Coop")[0] == 0
    code, _out, err = run(capsys, "score", "00000000-0000-0000-0000-000000000000")
    assert code == 2
    assert err.strip().splitlines() == [
        "sseassess: No assessment '00000000-0000-0000-0000-000000000000'."
    ]


def _expected_demo_scores() -> tuple[dict[str, float], float]:
    """The demo's scores computed by hand from the two data files, independently of the code."""
    framework = tomllib.loads(CHARTER.read_text(encoding="utf-8"))
    demo = tomllib.loads(DEMO.read_text(encoding="utf-8"))
    levels = {item["indicator"]: item.get("level") for item in demo["answers"]}
    scores: dict[str, float] = {}
    for characteristic in framework["characteristics"]:
        earned = possible = 0.0
        for indicator in characteristic["indicators"]:
            level = levels.get(indicator["id"])
            if level is not None:
                earned += indicator["weight"] * level / 4
                possible += indicator["weight"]
        scores[characteristic["id"]] = 100 * earned / possible
    weights = {c["id"]: c["weight"] for c in framework["characteristics"]}
    overall = sum(weights[k] * v for k, v in scores.items()) / sum(weights.values())
    return scores, overall


def test_demo_then_score_matches_a_hand_computation(capsys: pytest.CaptureFixture[str]) -> None:
    """``demo`` then ``score --json`` agree with the framework file and the demo answers."""
    code, out, _err = run(capsys, "demo")
    assert code == 0
    assessment = out.strip()
    code, out, _err = run(capsys, "score", assessment, "--json")
    assert code == 0
    result = json.loads(out)
    scores, overall = _expected_demo_scores()
    assert result["overall"] == pytest.approx(overall, abs=0.051)
    for item in result["characteristics"]:
        assert item["score"] == pytest.approx(scores[item["id"]], abs=0.051)
        assert item["below_minimum"] == (item["score"] < item["minimum"])
    assert result["complete"] is True
    assert result["eligible"] is False
    assert "surplus-reinvestment.allocation-rule" in result["missing_essentials"]
    assert result["band"] == "developing"


def test_demo_if_empty_creates_only_once(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "demo", "--if-empty")[1].strip()
    assert run(capsys, "demo", "--if-empty")[1] == ""
    _code, out, _err = run(capsys, "list", "--json")
    assert len(json.loads(out)["organizations"]) == 1


def test_score_text_explains_why_no_certificate(capsys: pytest.CaptureFixture[str]) -> None:
    assessment = run(capsys, "demo")[1].strip()
    code, out, _err = run(capsys, "score", assessment)
    assert code == 0
    assert "Overall score:" in out
    assert "No certificate yet, because:" in out
    assert "essential criterion not met" in out


def _new_assessment(capsys: pytest.CaptureFixture[str]) -> str:
    run(capsys, "organization", "add", "Paper Coop")
    return run(capsys, "assessment", "new", "Paper Coop")[1].strip()


def test_answers_import_from_paper_forms(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A well-formed CSV (here with semicolons and a BOM, as spreadsheets write it) imports."""
    assessment = _new_assessment(capsys)
    csv = tmp_path / "answers.csv"
    csv.write_text(
        "\ufeffindicator;level;reason;note\n"
        "democratic-control.one-member-one-vote;4;;Each member one vote\n"
        "autonomy.public-agreements;NA;We receive no public money;\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "answers", "import", assessment, str(csv))
    assert code == 0, err
    assert "2 answers imported." in out
    result = json.loads(run(capsys, "score", assessment, "--json")[1])
    autonomy = next(c for c in result["characteristics"] if c["id"] == "autonomy")
    assert autonomy["not_applicable"] == 1


def test_answers_import_is_all_or_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Every bad row is reported with its line number and nothing is imported."""
    assessment = _new_assessment(capsys)
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
    code, out, err = run(capsys, "answers", "import", assessment, str(csv))
    assert code == 2 and out == ""
    assert f"{csv}:3: unknown indicator 'no-such.indicator'" in err
    assert f"{csv}:4: level '5' is not 0, 1, 2, 3, 4" in err
    assert f"{csv}:5: indicator 'democratic-control.one-member-one-vote' cannot be marked" in err
    assert f"{csv}:6: a reason is required" in err
    assert f"{csv}:7: expected 4 columns, found 3" in err
    result = json.loads(run(capsys, "score", assessment, "--json")[1])
    assert result["overall"] is None and result["completeness"] == 0


def test_answers_import_rejects_a_file_without_header(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assessment = _new_assessment(capsys)
    csv = tmp_path / "answers.csv"
    csv.write_text("democratic-control.one-member-one-vote,3,,\n", encoding="utf-8")
    code, _out, err = run(capsys, "answers", "import", assessment, str(csv))
    assert code == 2
    assert "the first line must be the header indicator,level,reason,note" in err


def test_answers_import_rejects_binary_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assessment = _new_assessment(capsys)
    binary = tmp_path / "answers.xlsx"
    binary.write_bytes(b"PK\x03\x04\xff\xfe\x00garbage")
    code, _out, err = run(capsys, "answers", "import", assessment, str(binary))
    assert code == 2
    assert "not a UTF-8 text file" in err


def test_newer_database_is_refused_by_every_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import sqlite3

    path = tmp_path / "future.db"
    assert run(capsys, "--db", f"sqlite:///{path}", "organization", "add", "Future")[0] == 0
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.close()
    code, _out, err = run(capsys, "list", "--db", f"sqlite:///{path}")
    assert code == 2
    assert "newer version of sseassess" in err
    assert len(err.strip().splitlines()) == 1


def test_a_bug_is_one_line_and_a_log(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An unexpected failure prints where its details are, not a traceback; exit 1."""
    from sseassess.app.workspace import Workspace

    def broken(self: Workspace) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(Workspace, "history", broken)
    assert run(capsys, "organization", "add", "Buggy")[0] == 0
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    code, _out, err = run(capsys, "list")
    assert code == 1
    assert "internal error (ZeroDivisionError)" in err and "Traceback" not in err
    log = Path(err.strip().rsplit(" ", 1)[-1])
    assert "ZeroDivisionError: boom" in log.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "broken",
    sorted((DATA / "frameworks" / "broken").glob("*.toml")),
    ids=lambda path: path.stem,
)
def test_framework_validate_on_each_kept_broken_copy(
    capsys: pytest.CaptureFixture[str], broken: Path
) -> None:
    """Every kind of broken framework file exits 2 with ``FILE: LOCATION: message`` lines."""
    code, out, err = run(capsys, "framework", "validate", str(broken))
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert lines
    for line in lines:
        file, location, message = line.removeprefix("sseassess: ").split(": ", 2)
        assert file == str(broken) and location and message
    assert "Traceback" not in err


def test_relative_database_path_works_twice(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--db sqlite:///t.db`` (relative to the current folder) opens, and opens again."""
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "organization", "add", "Here", "--db", "sqlite:///t.db")[0] == 0
    code, _out, err = run(capsys, "list", "--db", "sqlite:///t.db")
    assert code == 0, err
    assert (tmp_path / "t.db").exists()


def test_a_mistyped_database_path_is_not_taken_for_an_empty_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``--db`` naming a file that does not exist: reading commands say so, create nothing."""
    missing = tmp_path / "typo.db"
    code, out, err = run(capsys, "list", "--db", f"sqlite:///{missing}")
    assert code == 2 and out == ""
    assert err.strip() == f"sseassess: There is no sseassess database at {missing}."
    assert not missing.exists()


def test_a_native_crash_leaves_its_stack_in_the_crash_log(tmp_path: Path) -> None:
    """A segfault kills the process before Python can log anything; faulthandler, enabled
    by every command, writes the stack to crash.log all the same."""
    script = (
        "import ctypes, sys\n"
        "from sseassess.app.crash import enable_fault_log\n"
        "print(enable_fault_log(), flush=True)\n"
        "ctypes.string_at(0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
    log = Path(done.stdout.strip())
    assert log.is_relative_to(tmp_path)
    text = log.read_text(encoding="utf-8")
    assert "Fatal Python error" in text and "string_at" in text
