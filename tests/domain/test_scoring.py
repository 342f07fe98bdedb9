"""Scoring: hand-checked examples on minimal.toml and properties on the shipped charter."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from sseassess.app.frameworks import builtin_framework
from sseassess.domain.answers import Answer
from sseassess.domain.framework import MAX_LEVEL, Framework
from sseassess.domain.framework_loader import load_framework_file
from sseassess.domain.scoring import ScoreResult, score

MINIMAL = Path(__file__).resolve().parents[1] / "data" / "frameworks" / "minimal.toml"

#: Marks a "not applicable" answer (with a reason) in the ``_answers`` shorthand.
NA = "n/a"


@pytest.fixture(scope="module")
def charter() -> Framework:
    return builtin_framework()[0]


@pytest.fixture(scope="module")
def minimal() -> Framework:
    return load_framework_file(MINIMAL)


def _answers(choices: Mapping[str, int | str | None]) -> dict[str, Answer]:
    """Answers from ``{indicator id: level, NA or None}``; None leaves the indicator out."""
    result: dict[str, Answer] = {}
    for indicator_id, choice in choices.items():
        if choice == NA:
            result[indicator_id] = Answer(indicator_id, not_applicable=True, reason="We have none")
        elif isinstance(choice, int):
            result[indicator_id] = Answer(indicator_id, level=choice)
    return result


def _scores(result: ScoreResult) -> dict[str, float | None]:
    return {c.characteristic.id: c.score for c in result.characteristics}


def _missing(result: ScoreResult) -> list[str]:
    """Ids of the essential indicators not answered at their minimum level."""
    return [indicator.id for indicator in result.missing_essentials]


def _below(result: ScoreResult) -> list[str]:
    """Ids of the characteristics under their minimum."""
    return [c.characteristic.id for c in result.below_minimum]


# --------------------------------------------------------------------------- minimal.toml by hand
#
# minimal.toml: alpha (weight 2, minimum 40 from the rules) has alpha.core (weight 2, essential,
# minimum level 2) and alpha.extra (weight 1, N/A allowed); beta (weight 1, its own minimum 50)
# has beta.first (weight 1) and beta.second (weight 3). Overall minimum 60; full completeness
# required; bands low 0, mid 50, high 75; strengths at level >= 3, improvements at level <= 1.


def test_hand_example_everything_answered_and_eligible(minimal: Framework) -> None:
    """A fully answered, good assessment gets the exact scores, the band and a certificate."""
    result = score(
        minimal, _answers({"alpha.core": 3, "alpha.extra": 1, "beta.first": 2, "beta.second": 4})
    )
    scores = _scores(result)
    # alpha: 100 * (2*3/4 + 1*1/4) / (2 + 1) = 100 * 1.75 / 3 = 58.333...
    assert scores["alpha"] == pytest.approx(175 / 3)
    # beta: 100 * (1*2/4 + 3*4/4) / (1 + 3) = 100 * 3.5 / 4 = 87.5
    assert scores["beta"] == pytest.approx(87.5)
    # overall: (2 * 58.333 + 1 * 87.5) / (2 + 1) = 204.1667 / 3 = 68.0556
    assert result.overall == pytest.approx((2 * 175 / 3 + 87.5) / 3)
    assert result.band is not None and result.band.id == "mid"  # 50 <= 68.06 < 75
    assert result.completeness == 1.0  # 4 of 4 answered
    assert result.complete
    assert result.missing_essentials == ()  # alpha.core 3 >= 2
    assert result.below_minimum == ()  # alpha 58.3 >= 40, beta 87.5 >= 50
    assert result.overall_met  # 68.06 >= 60
    assert result.eligible


def test_hand_example_strengths_and_improvements(minimal: Framework) -> None:
    """Strengths list levels 3-4 highest first; improvements list levels 0-1 lowest first."""
    result = score(
        minimal, _answers({"alpha.core": 3, "alpha.extra": 1, "beta.first": 2, "beta.second": 4})
    )
    # strengths: beta.second (level 4) before alpha.core (level 3); beta.first (2) is neither.
    assert [(f.indicator.id, f.level) for f in result.strengths] == [
        ("beta.second", 4),
        ("alpha.core", 3),
    ]
    assert [(f.indicator.id, f.level) for f in result.improvements] == [("alpha.extra", 1)]


def test_hand_example_weak_and_incomplete(minimal: Framework) -> None:
    """A weak, partly answered assessment shows low scores and every reason it fails."""
    result = score(
        minimal,
        _answers({"alpha.core": 1, "alpha.extra": NA, "beta.first": 0, "beta.second": None}),
    )
    scores = _scores(result)
    # alpha: N/A leaves both sums: 100 * (2*1/4) / 2 = 25
    assert scores["alpha"] == pytest.approx(25.0)
    # beta: only beta.first answered: 100 * (1*0/4) / 1 = 0
    assert scores["beta"] == pytest.approx(0.0)
    # overall: (2 * 25 + 1 * 0) / 3 = 16.667
    assert result.overall == pytest.approx(50 / 3)
    assert result.band is not None and result.band.id == "low"
    assert result.completeness == pytest.approx(0.75)  # 2 levels + 1 N/A of 4
    assert not result.complete  # 0.75 < 1.0 required
    assert _missing(result) == ["alpha.core"]  # level 1 < minimum level 2
    assert _below(result) == ["alpha", "beta"]  # 25 < 40 and 0 < 50
    assert not result.overall_met  # 16.7 < 60
    assert not result.eligible


def test_hand_example_unscored_characteristic_counts_as_below_minimum(
    minimal: Framework,
) -> None:
    """A characteristic with nothing answered is left out of the overall but blocks eligibility."""
    result = score(minimal, _answers({"beta.first": 4, "beta.second": 2}))
    scores = _scores(result)
    assert scores["alpha"] is None
    # beta: 100 * (1*4/4 + 3*2/4) / 4 = 100 * 2.5 / 4 = 62.5
    assert scores["beta"] == pytest.approx(62.5)
    # overall: only beta has a score, so it is beta's score: 62.5
    assert result.overall == pytest.approx(62.5)
    assert result.band is not None and result.band.id == "mid"
    assert result.overall_met  # 62.5 >= 60
    assert result.completeness == pytest.approx(0.5)  # 2 of 4
    assert _missing(result) == ["alpha.core"]  # unanswered
    assert _below(result) == ["alpha"]  # no score at all
    assert not result.eligible


def test_hand_example_strong_characteristic_cannot_offset_a_weak_one(minimal: Framework) -> None:
    """A high overall score does not give a certificate when one characteristic is too low."""
    result = score(
        minimal, _answers({"alpha.core": 4, "alpha.extra": 4, "beta.first": 4, "beta.second": 1})
    )
    scores = _scores(result)
    assert scores["alpha"] == pytest.approx(100.0)  # 100 * (2 + 1) / 3
    # beta: 100 * (1*4/4 + 3*1/4) / 4 = 100 * 1.75 / 4 = 43.75
    assert scores["beta"] == pytest.approx(43.75)
    # overall: (2 * 100 + 1 * 43.75) / 3 = 81.25
    assert result.overall == pytest.approx(81.25)
    assert result.band is not None and result.band.id == "high"  # 81.25 >= 75
    # beta's own minimum is 50: 43.75 is above the general 40 but still below it.
    assert _below(result) == ["beta"]
    assert result.below_minimum[0].minimum == 50
    assert result.complete and result.overall_met and not result.missing_essentials
    assert not result.eligible


@pytest.mark.parametrize(("level", "missing"), [(0, True), (1, True), (2, False), (4, False)])
def test_hand_example_essential_minimum_level(
    minimal: Framework, level: int, missing: bool
) -> None:
    """An essential indicator is missing below its minimum level (2) and met from it on."""
    result = score(
        minimal,
        _answers({"alpha.core": level, "alpha.extra": 4, "beta.first": 4, "beta.second": 4}),
    )
    assert (_missing(result) == ["alpha.core"]) is missing
    # alpha: 100 * (2*level/4 + 1) / 3; at level 2 that is 100 * 2 / 3 = 66.7, above 40.
    assert result.characteristics[0].score == pytest.approx(100 * (2 * level / 4 + 1) / 3)


# --------------------------------------------------------------------------- edge cases


def test_answers_to_unknown_indicators_are_ignored(minimal: Framework) -> None:
    """Answers to questions the framework does not have change nothing."""
    known = _answers({"alpha.core": 3, "beta.first": 1})
    extra = {**known, **_answers({"alpha.gone": 4, "nowhere.else": 0, "gamma": NA})}
    assert score(minimal, extra) == score(minimal, known)


def test_na_where_not_allowed_counts_as_unanswered(minimal: Framework) -> None:
    """'Not applicable' on a question that does not allow it is treated as no answer."""
    with_na = score(minimal, _answers({"alpha.core": NA, "beta.first": NA, "beta.second": 2}))
    without = score(minimal, _answers({"beta.second": 2}))
    assert with_na == without
    assert with_na.completeness == pytest.approx(0.25)  # only beta.second counts
    assert [c.not_applicable for c in with_na.characteristics] == [0, 0]
    assert _missing(with_na) == ["alpha.core"]


def test_na_without_a_reason_is_not_counted_as_answered(minimal: Framework) -> None:
    """'Not applicable' needs a reason before it counts towards completeness."""
    blank = {"alpha.extra": Answer("alpha.extra", not_applicable=True, reason="  ")}
    result = score(minimal, blank)
    assert result.completeness == 0.0
    assert result.characteristics[0].not_applicable == 0


def test_empty_answers_give_no_score(minimal: Framework, charter: Framework) -> None:
    """Before anything is answered there is no score, no band and no certificate."""
    for framework in (minimal, charter):
        result = score(framework, {})
        assert result.overall is None
        assert result.band is None
        assert result.completeness == 0.0
        assert not result.eligible
        assert all(c.score is None for c in result.characteristics)
        assert len(result.missing_essentials) == sum(i.essential for i in framework.indicators())


def test_all_top_level_on_charter_gives_100_and_a_certificate(charter: Framework) -> None:
    """Answering every charter question at level 4 scores 100 and is eligible."""
    result = score(charter, {i.id: Answer(i.id, level=MAX_LEVEL) for i in charter.indicators()})
    assert result.overall == 100.0
    assert all(c.score == 100.0 for c in result.characteristics)
    assert result.band is not None and result.band.id == "exemplary"
    assert result.completeness == 1.0
    assert result.eligible


def test_all_zero_on_charter_gives_0_and_every_essential_missing(charter: Framework) -> None:
    """Answering every charter question at level 0 scores 0, with every essential missing."""
    result = score(charter, {i.id: Answer(i.id, level=0) for i in charter.indicators()})
    assert result.overall == 0.0
    assert result.band is not None and result.band.id == "initial"
    assert result.complete
    assert not result.eligible
    essentials = [i for i in charter.indicators() if i.essential]
    assert essentials
    assert list(result.missing_essentials) == essentials


# --------------------------------------------------------------------------- properties (charter)


@st.composite
def charter_answers(draw: st.DrawFn, framework: Framework) -> dict[str, Answer]:
    """For each indicator: absent, a level 0-4, or N/A with a reason where N/A is allowed."""
    answers: dict[str, Answer] = {}
    for indicator in framework.indicators():
        options: list[st.SearchStrategy[int | str | None]] = [st.none(), st.integers(0, MAX_LEVEL)]
        if indicator.na_allowed:
            options.append(st.just(NA))
        answers.update(_answers({indicator.id: draw(st.one_of(*options))}))
    return answers


def _characteristic_score(result: ScoreResult, characteristic_id: str) -> float | None:
    return _scores(result)[characteristic_id]


@given(data=st.data())
def test_scores_are_none_or_between_0_and_100(charter: Framework, data: st.DataObject) -> None:
    """Every score shown is either absent or a percentage from 0 to 100."""
    result = score(charter, data.draw(charter_answers(charter)))
    for value in [result.overall, *_scores(result).values()]:
        assert value is None or 0.0 <= value <= 100.0
    assert 0.0 <= result.completeness <= 1.0


@given(data=st.data())
def test_raising_a_level_never_lowers_a_score(charter: Framework, data: st.DataObject) -> None:
    """Improving one answer by a level never makes its characteristic or the overall worse."""
    answers = data.draw(charter_answers(charter))
    raisable = sorted(i for i, a in answers.items() if a.level is not None and a.level < MAX_LEVEL)
    assume(raisable)
    indicator_id = data.draw(st.sampled_from(raisable))
    level = answers[indicator_id].level
    assert level is not None
    raised = {**answers, indicator_id: Answer(indicator_id, level=level + 1)}
    before, after = score(charter, answers), score(charter, raised)
    characteristic_id = charter.characteristic_of(indicator_id).id
    old = _characteristic_score(before, characteristic_id)
    new = _characteristic_score(after, characteristic_id)
    assert old is not None and new is not None
    assert new >= old
    assert before.overall is not None and after.overall is not None
    assert after.overall >= before.overall


@given(data=st.data())
def test_not_applicable_never_counts_as_zero(charter: Framework, data: st.DataObject) -> None:
    """Marking a question N/A scores like leaving it out, never like answering level 0."""
    answers = data.draw(charter_answers(charter))
    allowed = [i.id for i in charter.indicators() if i.na_allowed]
    indicator_id = data.draw(st.sampled_from(allowed))
    characteristic_id = charter.characteristic_of(indicator_id).id
    others = {k: v for k, v in answers.items() if k != indicator_id}

    def characteristic_score(choice: int | str | None) -> float | None:
        variant = {**others, **_answers({indicator_id: choice})}
        return _characteristic_score(score(charter, variant), characteristic_id)

    not_applicable = characteristic_score(NA)
    unanswered = characteristic_score(None)
    zero = characteristic_score(0)
    assert not_applicable == unanswered
    assert zero is not None
    if not_applicable is None:
        assert zero == 0.0  # the level 0 answer is the only scored one
    else:
        assert not_applicable >= zero


@given(data=st.data())
def test_answer_order_does_not_matter(charter: Framework, data: st.DataObject) -> None:
    """The same answers entered in another order give the same result."""
    answers = data.draw(charter_answers(charter))
    shuffled = dict(data.draw(st.permutations(list(answers.items()))))
    first, second = score(charter, answers), score(charter, shuffled)
    assert first.overall == second.overall
    assert (first.band and first.band.id) == (second.band and second.band.id)
    assert _scores(first) == _scores(second)
    assert _missing(first) == _missing(second)
    assert first == second


@given(data=st.data())
def test_completeness_is_the_share_of_answered_or_na(
    charter: Framework, data: st.DataObject
) -> None:
    """Completeness is the share of questions answered with a level or a reasoned N/A."""
    answers = data.draw(charter_answers(charter))
    counted = sum(
        1
        for i in charter.indicators()
        if i.id in answers
        and (answers[i.id].level is not None or (answers[i.id].not_applicable and i.na_allowed))
    )
    result = score(charter, answers)
    assert result.completeness == pytest.approx(counted / charter.indicator_count)
    assert result.complete is (counted == charter.indicator_count)
    assert sum(c.answered + c.not_applicable for c in result.characteristics) == counted
