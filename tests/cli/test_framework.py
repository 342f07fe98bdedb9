"""``sseassess framework validate|show``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., tuple[int, str, str]]
DATA = Path(__file__).parents[1] / "data"
CHARTER = Path(__file__).parents[2] / "resources" / "frameworks" / "icsse-charter.toml"


def test_framework_validate_accepts_the_charter(cli: Run) -> None:
    """A complete file: valid, exit 0, and not a word on stderr."""
    code, out, err = cli("framework", "validate", str(CHARTER))
    assert code == 0, err
    assert "valid" in out and "8 characteristics" in out
    assert err == ""


def test_framework_validate_lists_missing_texts_as_warnings(cli: Run) -> None:
    """A translation under way: each missing text is ``FILE: LOCATION: warning: message``
    on stderr, and the file is still valid (exit 0)."""
    incomplete = DATA / "frameworks" / "incomplete-translation.toml"
    code, out, err = cli("framework", "validate", str(incomplete))
    assert code == 0
    assert "valid" in out
    lines = err.strip().splitlines()
    assert lines == [
        f"{incomplete}: characteristics[beta].indicators[beta.second].question: "
        "warning: text missing in language 'fr'"
    ]


def test_framework_validate_warnings_are_translated(cli: Run) -> None:
    incomplete = DATA / "frameworks" / "incomplete-translation.toml"
    code, _out, err = cli("--lang", "fr", "framework", "validate", str(incomplete))
    assert code == 0
    (line,) = err.strip().splitlines()
    assert line.startswith(f"{incomplete}: ")
    assert line.endswith(": avertissement : texte manquant dans la langue 'fr'")


def test_framework_validate_reports_every_problem(cli: Run, tmp_path: Path) -> None:
    """Each problem is one line ``FILE: LOCATION: message``; exit code 2."""
    broken = tmp_path / "broken.toml"
    text = CHARTER.read_text(encoding="utf-8")
    text = text.replace("weight = 1.0", "weight = -1.0", 1)
    text = text.replace("\nminimum = 40\n", "\nminimum = 70\n", 1)
    text = text.replace("schema_version = 1", "schema_version = 1\ncolour = 'red'", 1)
    broken.write_text(text, encoding="utf-8")
    code, _out, err = cli("framework", "validate", str(broken))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) >= 3
    assert all(line.startswith(f"sseassess: {broken}: ") for line in lines)
    assert any("colour" in line and "unknown key" in line for line in lines)
    assert any(".weight: weight must be a positive number" in line for line in lines)
    assert any("thresholds must rise" in line for line in lines)
    assert "Traceback" not in err


def test_framework_validate_missing_file(cli: Run, tmp_path: Path) -> None:
    code, _out, err = cli("framework", "validate", str(tmp_path / "nope.toml"))
    assert code == 2
    assert "cannot be read" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "broken",
    sorted((DATA / "frameworks" / "broken").glob("*.toml")),
    ids=lambda path: path.stem,
)
def test_framework_validate_on_each_kept_broken_copy(cli: Run, broken: Path) -> None:
    """Every kind of broken framework file exits 2 with ``FILE: LOCATION: message`` lines."""
    code, out, err = cli("framework", "validate", str(broken))
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert lines
    for line in lines:
        file, location, message = line.removeprefix("sseassess: ").split(": ", 2)
        assert file == str(broken) and location and message
    assert "Traceback" not in err


def test_framework_show_json_has_the_documented_shape(cli: Run) -> None:
    code, out, _err = cli("framework", "show", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["id"] == "icsse-charter" and data["version"]
    assert len(data["characteristics"]) == 8
    indicator = data["characteristics"][0]["indicators"][0]
    for key in ("id", "question", "levels", "weight", "essential", "minimum_level", "na_allowed"):
        assert key in indicator
    assert len(indicator["levels"]) == 5
    assert sum(len(c["indicators"]) for c in data["characteristics"]) >= 30


def test_framework_show_text_lists_indicators(cli: Run) -> None:
    code, out, _err = cli("framework", "show")
    assert code == 0
    assert "Democratic control by members" in out
    assert "democratic-control.one-member-one-vote" in out
