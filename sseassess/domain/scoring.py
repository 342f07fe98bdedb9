"""Scores, band, completeness and certificate eligibility: pure functions of the answers.

Everything that shows a score (GUI, PDF, CLI, workshop view) calls :func:`score`.

How a score is computed, all parameters coming from the framework file:

* an answered indicator is worth ``level / 4`` of its weight;
* a characteristic's score is ``100 * sum(weight * level / 4) / sum(weight)`` over its
  answered indicators; "not applicable" and unanswered indicators leave both sums;
* the overall score is the characteristics' scores averaged with their weights, over the
  characteristics that have at least one answered indicator;
* a certificate needs the required completeness, the overall minimum, every
  characteristic at or above its minimum (a strong one cannot offset a weak one) and every
  essential indicator answered at or above its minimum level.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sseassess.domain.answers import Answer
from sseassess.domain.framework import MAX_LEVEL, Band, Characteristic, Framework, Indicator


@dataclass(frozen=True, slots=True)
class CharacteristicResult:
    """The score of one characteristic and how it stands against its minimum."""

    characteristic: Characteristic
    score: float | None
    minimum: float
    answered: int
    not_applicable: int
    total: int

    @property
    def below_minimum(self) -> bool:
        """True when scored and under the minimum, or when nothing in it could be scored."""
        return self.score is None or self.score < self.minimum

    @property
    def complete(self) -> bool:
        return self.answered + self.not_applicable == self.total


@dataclass(frozen=True, slots=True)
class IndicatorFinding:
    """An indicator worth naming in the results: a strength or an area to improve."""

    indicator: Indicator
    level: int


@dataclass(frozen=True, slots=True)
class ScoreResult:
    """Everything the results page, the PDF and the CLI show about an assessment."""

    overall: float | None
    band: Band | None
    completeness: float
    complete: bool
    characteristics: tuple[CharacteristicResult, ...]
    missing_essentials: tuple[Indicator, ...]
    strengths: tuple[IndicatorFinding, ...]
    improvements: tuple[IndicatorFinding, ...]
    overall_minimum: float

    @property
    def below_minimum(self) -> tuple[CharacteristicResult, ...]:
        """The characteristics under their minimum."""
        return tuple(c for c in self.characteristics if c.below_minimum)

    @property
    def overall_met(self) -> bool:
        return self.overall is not None and self.overall >= self.overall_minimum

    @property
    def eligible(self) -> bool:
        """Whether the framework's certificate rules are all met."""
        return (
            self.complete
            and self.overall_met
            and not self.below_minimum
            and not self.missing_essentials
        )


def score(framework: Framework, answers: Mapping[str, Answer]) -> ScoreResult:
    """Score ``answers`` (keyed by indicator id) against ``framework``.

    Answers to indicators the framework does not have are ignored; so is "not applicable"
    on an indicator that does not allow it, which then counts as unanswered.
    """
    rules = framework.scoring
    results: list[CharacteristicResult] = []
    missing: list[Indicator] = []
    strengths: list[IndicatorFinding] = []
    improvements: list[IndicatorFinding] = []
    done = 0
    for characteristic in framework.characteristics:
        earned = possible = 0.0
        answered = not_applicable = 0
        for indicator in characteristic.indicators:
            answer = answers.get(indicator.id)
            level = answer.level if answer is not None else None
            if level is not None:
                answered += 1
                earned += indicator.weight * level / MAX_LEVEL
                possible += indicator.weight
                if level >= rules.strength_level:
                    strengths.append(IndicatorFinding(indicator, level))
                if level <= rules.improvement_level:
                    improvements.append(IndicatorFinding(indicator, level))
            elif answer is not None and indicator.na_allowed and answer.is_answered:
                not_applicable += 1
            if indicator.essential and (level is None or level < (indicator.minimum_level or 0)):
                missing.append(indicator)
        done += answered + not_applicable
        results.append(
            CharacteristicResult(
                characteristic=characteristic,
                score=100.0 * earned / possible if possible else None,
                minimum=framework.characteristic_minimum(characteristic),
                answered=answered,
                not_applicable=not_applicable,
                total=len(characteristic.indicators),
            )
        )
    overall = _weighted_mean(results)
    total = framework.indicator_count
    completeness = done / total if total else 1.0
    # Most telling first: the highest (or lowest) level, then the heaviest weight.
    strengths.sort(key=lambda f: (-f.level, -f.indicator.weight))
    improvements.sort(key=lambda f: (f.level, -f.indicator.weight))
    return ScoreResult(
        overall=overall,
        band=framework.band_for(overall) if overall is not None else None,
        completeness=completeness,
        complete=completeness >= rules.completeness_required,
        characteristics=tuple(results),
        missing_essentials=tuple(missing),
        strengths=tuple(strengths),
        improvements=tuple(improvements),
        overall_minimum=rules.overall_minimum,
    )


def _weighted_mean(results: list[CharacteristicResult]) -> float | None:
    total = weights = 0.0
    for result in results:
        if result.score is not None:
            total += result.characteristic.weight * result.score
            weights += result.characteristic.weight
    return total / weights if weights else None
