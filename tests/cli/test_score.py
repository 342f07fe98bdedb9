"""``sseassess score``: the numbers, checked by hand, and the reasons."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., tuple[int, str, str]]
CHARTER = Path(__file__).parents[2] / "resources" / "frameworks" / "icsse-charter.toml"
DEMO = Path(__file__).parents[2] / "resources" / "demo" / "demo-organization.toml"


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


def test_demo_then_score_matches_a_hand_computation(cli: Run) -> None:
    """``demo`` then ``score --json`` agree with the framework file and the demo answers."""
    code, out, _err = cli("demo")
    assert code == 0
    assessment = out.strip()
    code, out, _err = cli("score", assessment, "--json")
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


def test_score_text_explains_why_no_certificate(cli: Run) -> None:
    assessment = cli("demo")[1].strip()
    code, out, _err = cli("score", assessment)
    assert code == 0
    assert "Overall score:" in out
    assert "No certificate yet, because:" in out
    assert "essential criterion not met" in out
