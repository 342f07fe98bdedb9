"""The framework loader: the shipped charter file, a minimal valid file and its broken copies."""

from __future__ import annotations

import copy
import json
import math
import re
from pathlib import Path

import pytest

from sseassess.domain.framework import MAX_LEVEL, Framework
from sseassess.domain.framework_loader import (
    FrameworkError,
    build_framework,
    canonical_json,
    check_framework_data,
    load_framework_file,
    read_framework_data,
    validate_framework_data,
)

ROOT = Path(__file__).resolve().parents[2]
CHARTER = ROOT / "resources" / "frameworks" / "icsse-charter.toml"
FRAMEWORKS = Path(__file__).resolve().parents[1] / "data" / "frameworks"
MINIMAL = FRAMEWORKS / "minimal.toml"
BROKEN = FRAMEWORKS / "broken"

CHARTER_CHARACTERISTICS = (
    "primacy-of-person",
    "open-membership",
    "democratic-control",
    "common-ownership",
    "conjunction-of-interests",
    "solidarity-responsibility",
    "autonomy",
    "surplus-reinvestment",
)


@pytest.fixture(scope="module")
def charter() -> Framework:
    return load_framework_file(CHARTER)


# --------------------------------------------------------------------------- the charter file


def test_charter_loads_without_problems() -> None:
    """The shipped charter file is valid: validation finds nothing to report, not even a
    text missing in one of its languages."""
    assert validate_framework_data(read_framework_data(CHARTER)) == []
    assert check_framework_data(read_framework_data(CHARTER)) == ([], [])


def test_charter_has_the_eight_characteristics_in_file_order(charter: Framework) -> None:
    """The eight ICSSE characteristics appear in the order the charter file lists them."""
    assert tuple(c.id for c in charter.characteristics) == CHARTER_CHARACTERISTICS


def test_charter_has_enough_indicators(charter: Framework) -> None:
    """The charter asks at least 30 questions, and every characteristic has some."""
    assert charter.indicator_count >= 30
    assert all(c.indicators for c in charter.characteristics)


def test_charter_indicators_have_five_levels_and_one_to_three_actions(charter: Framework) -> None:
    """Every charter question describes levels 0-4 and suggests one to three actions."""
    for indicator in charter.indicators():
        assert len(indicator.levels.get()) == MAX_LEVEL + 1, indicator.id
        assert all(text.strip() for text in indicator.levels.get()), indicator.id
        assert 1 <= len(indicator.actions.get()) <= 3, indicator.id


def test_charter_ids_are_unique(charter: Framework) -> None:
    """No two characteristics, and no two indicators, share an id."""
    characteristic_ids = [c.id for c in charter.characteristics]
    indicator_ids = [i.id for i in charter.indicators()]
    assert len(set(characteristic_ids)) == len(characteristic_ids)
    assert len(set(indicator_ids)) == len(indicator_ids) == charter.indicator_count


def test_charter_indicator_ids_start_with_their_characteristic(charter: Framework) -> None:
    """An indicator id names its characteristic first, so ids read well in exports."""
    for characteristic in charter.characteristics:
        for indicator in characteristic.indicators:
            assert indicator.id.startswith(f"{characteristic.id}.")
            assert charter.characteristic_of(indicator.id) is characteristic


def test_charter_content_hash_is_a_stable_sha256(charter: Framework) -> None:
    """The content hash is 64 hex digits and the same each time the file is loaded."""
    assert re.fullmatch(r"[0-9a-f]{64}", charter.content_hash)
    assert load_framework_file(CHARTER).content_hash == charter.content_hash


def test_canonical_json_round_trip_keeps_the_content_hash(charter: Framework) -> None:
    """A framework snapshot (canonical JSON) rebuilds the very same framework."""
    snapshot = canonical_json(read_framework_data(CHARTER))
    rebuilt = build_framework(json.loads(snapshot), "snapshot")
    assert rebuilt.content_hash == charter.content_hash
    assert rebuilt == charter


def test_json_snapshot_file_loads_like_the_toml_file(charter: Framework, tmp_path: Path) -> None:
    """A snapshot saved as a .json file loads to the same framework as the TOML file."""
    snapshot = tmp_path / "snapshot.json"
    snapshot.write_text(canonical_json(read_framework_data(CHARTER)), encoding="utf-8")
    assert load_framework_file(snapshot).content_hash == charter.content_hash


# --------------------------------------------------------------------------- minimal.toml


def test_minimal_framework_loads() -> None:
    """The small test framework is valid, so each broken copy fails for one reason only."""
    framework = load_framework_file(MINIMAL)
    assert [c.id for c in framework.characteristics] == ["alpha", "beta"]
    assert [i.id for i in framework.indicators()] == [
        "alpha.core",
        "alpha.extra",
        "beta.first",
        "beta.second",
    ]
    assert framework.languages == ("en",)


# --------------------------------------------------------------------------- broken copies

#: file name (without .toml) -> (location substring, message substring) of its one problem.
BROKEN_CASES: dict[str, tuple[str, str]] = {
    "toml-syntax-error": ("line 53", "not valid TOML"),
    "unsupported-schema-version": ("schema_version", "unsupported schema version 2"),
    "missing-required-key": (
        "characteristics[alpha].indicators[alpha.extra].question",
        "required key is missing",
    ),
    "unknown-key": ("characteristics[beta].colour", "unknown key 'colour'"),
    "wrong-type": (
        "characteristics[alpha].indicators[alpha.extra].na_allowed",
        "expected true or false, found text",
    ),
    "weight-not-a-number": (
        "characteristics[beta].indicators[beta.first].weight",
        "weight must be a positive number up to 100, found heavy",
    ),
    "duplicate-characteristic-id": ("characteristics[alpha].id", "duplicate id 'alpha'"),
    "duplicate-indicator-id": (
        "characteristics[alpha].indicators[alpha.core].id",
        "duplicate id 'alpha.core'",
    ),
    "invalid-id-format": (
        "characteristics[alpha].indicators[alpha.Extra_Practice].id",
        "invalid id 'alpha.Extra_Practice'",
    ),
    "indicator-id-without-prefix": (
        "characteristics[beta].indicators[first].id",
        "id 'first' must start with 'beta.'",
    ),
    "four-level-texts": (
        "characteristics[alpha].indicators[alpha.core].levels.en",
        "expected exactly 5 texts, found 4",
    ),
    "empty-level-text": (
        "characteristics[alpha].indicators[alpha.core].levels.en[3]",
        "the text is empty",
    ),
    "weight-not-positive": (
        "characteristics[beta].weight",
        "weight must be a positive number up to 100, found 0",
    ),
    "band-thresholds-not-rising": (
        "scoring.bands[high].minimum",
        "band thresholds must rise: 50 is not above 50",
    ),
    "first-band-not-at-zero": ("scoring.bands[low].minimum", "the first band must start at 0"),
    "overall-minimum-out-of-range": (
        "scoring.overall_minimum",
        "must be between 0 and 100, found 120",
    ),
    "essential-without-minimum-level": (
        "characteristics[alpha].indicators[alpha.core].minimum_level",
        "an essential indicator needs a minimum_level",
    ),
    "minimum-level-on-non-essential": (
        "characteristics[alpha].indicators[alpha.extra].minimum_level",
        "minimum_level is only for essential indicators",
    ),
    "essential-allows-na": (
        "characteristics[alpha].indicators[alpha.core].na_allowed",
        "an essential indicator cannot allow 'not applicable'",
    ),
    "too-many-actions": (
        "characteristics[alpha].indicators[alpha.extra].actions.en",
        "expected 1 to 3 texts, found 4",
    ),
    "characteristic-without-indicators": (
        "characteristics[beta].indicators",
        "a characteristic needs at least one indicator",
    ),
}

SEVERAL_ERRORS = [
    ("scoring.overall_minimum", "must be between 0 and 100, found 120"),
    ("characteristics[alpha].indicators[alpha.core].levels.en", "expected exactly 5 texts"),
    ("characteristics[beta].colour", "unknown key 'colour'"),
    ("characteristics[beta].indicators[beta.first].id", "duplicate id 'beta.first'"),
]


def _problems(path: Path) -> list[tuple[str, str]]:
    with pytest.raises(FrameworkError) as caught:
        load_framework_file(path)
    assert caught.value.source == str(path)
    return [(p.location, p.message()) for p in caught.value.problems]


def test_every_broken_file_has_a_case() -> None:
    """Each file kept in broken/ is checked by a test, and each case has its file."""
    files = {p.stem for p in BROKEN.glob("*.toml")}
    assert files == set(BROKEN_CASES) | {"several-errors"}


@pytest.mark.parametrize(
    ("name", "location", "message"),
    [(name, *expected) for name, expected in BROKEN_CASES.items()],
    ids=list(BROKEN_CASES),
)
def test_broken_file_reports_its_one_problem(name: str, location: str, message: str) -> None:
    """A broken framework file is refused with exactly one problem, saying where and what."""
    problems = _problems(BROKEN / f"{name}.toml")
    assert len(problems) == 1, problems
    found_location, found_message = problems[0]
    assert location in found_location
    assert message in found_message


def test_several_errors_are_all_reported_in_file_order() -> None:
    """A file with several mistakes lists every one of them, not only the first."""
    problems = _problems(BROKEN / "several-errors.toml")
    assert len(problems) == len(SEVERAL_ERRORS), problems
    for (location, message), (found_location, found_message) in zip(
        SEVERAL_ERRORS, problems, strict=True
    ):
        assert location == found_location
        assert message in found_message


def test_framework_error_message_names_file_location_and_problem() -> None:
    """The error text shows the file, the place in it and what is wrong, one line each."""
    path = BROKEN / "several-errors.toml"
    with pytest.raises(FrameworkError) as caught:
        load_framework_file(path)
    lines = str(caught.value).splitlines()
    assert len(lines) == len(SEVERAL_ERRORS)
    assert lines[0] == f"{path}: scoring.overall_minimum: must be between 0 and 100, found 120"


def test_a_text_missing_in_a_declared_language_is_a_warning_not_an_error() -> None:
    """A translation under way: the framework loads in every language; the missing text
    shows in English with a marker, and the warning says where it is missing."""
    framework = load_framework_file(FRAMEWORKS / "incomplete-translation.toml")
    assert [(w.location, w.message()) for w in framework.warnings] == [
        (
            "characteristics[beta].indicators[beta.second].question",
            "text missing in language 'fr'",
        )
    ]
    second = framework.indicator("beta.second")
    assert second.question.get("fr") == "[EN] Is the second beta practice in place?"
    assert second.question.get("en") == "Is the second beta practice in place?"
    assert second.help.get("fr") == "FR A heavy indicator."
    assert framework.speaks("fr") and not framework.speaks("pt")


def test_a_language_the_framework_lacks_shows_english_marked() -> None:
    """Region variants fall back to their language, then to English with the marker."""
    framework = load_framework_file(MINIMAL)
    assert framework.name.get("fr_CA") == framework.name.get("fr") != framework.name.get("en")
    assert framework.name.get("pt_BR") == "[EN] " + framework.name.get("en")
    assert framework.name.get("en_GB") == framework.name.get("en")
    levels = framework.indicator("beta.second").levels
    assert levels.get("ko") == tuple("[EN] " + text for text in levels.get("en"))
    assert not framework.warnings


def test_missing_file_is_reported_as_a_problem(tmp_path: Path) -> None:
    """A framework path that does not exist gives a FrameworkError, not a crash."""
    problems = _problems(tmp_path / "nowhere.toml")
    assert len(problems) == 1
    assert "cannot be read" in problems[0][1]


def test_non_utf8_file_is_reported_as_a_problem(tmp_path: Path) -> None:
    """A framework file that is not UTF-8 text is refused with the offending byte offset."""
    path = tmp_path / "latin1.toml"
    path.write_bytes(b'name.en = "caf\xe9"\n')
    problems = _problems(path)
    assert problems == [("-", "the file is not UTF-8 text (byte 14)")]


def test_nan_weight_is_refused() -> None:
    """A weight of nan (valid TOML) is refused like any other non-positive weight."""
    data = read_framework_data(MINIMAL)
    broken = copy.deepcopy(data)
    broken["characteristics"][1]["indicators"][0]["weight"] = math.nan
    assert validate_framework_data(broken) != []


@pytest.mark.parametrize("value", [math.nan, math.inf])
def test_non_finite_minimums_are_refused(value: float) -> None:
    """A nan or inf minimum would let a characteristic at 0 pass: it is refused."""
    data = copy.deepcopy(read_framework_data(MINIMAL))
    data["characteristics"][1]["minimum"] = value
    data["scoring"]["overall_minimum"] = value
    locations = [problem.location for problem in validate_framework_data(data)]
    assert "scoring.overall_minimum" in locations
    assert "characteristics[beta].minimum" in locations


def test_empty_language_list_is_refused() -> None:
    data = copy.deepcopy(read_framework_data(MINIMAL))
    data["languages"] = []
    messages = [problem.message() for problem in validate_framework_data(data)]
    assert "at least one language is needed" in messages


@pytest.mark.parametrize("value", [True, 1.0])
def test_schema_version_must_be_the_whole_number(value: object) -> None:
    data = copy.deepcopy(read_framework_data(MINIMAL))
    data["schema_version"] = value
    assert [p.location for p in validate_framework_data(data)] == ["schema_version"]


def test_missing_characteristic_id_is_reported_once() -> None:
    """A characteristic without id does not also flag each of its indicators' ids."""
    data = copy.deepcopy(read_framework_data(MINIMAL))
    del data["characteristics"][0]["id"]
    problems = validate_framework_data(data)
    assert [p.message() for p in problems] == ["required key is missing"]
