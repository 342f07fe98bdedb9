"""Progress between two assessments of one organization: deltas per characteristic and indicator."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sseassess.domain.answers import Answer
from sseassess.domain.framework import Characteristic, Framework, Indicator
from sseassess.domain.scoring import ScoreResult


@dataclass(frozen=True, slots=True)
class CharacteristicDelta:
    """A characteristic's score before and after."""

    characteristic: Characteristic
    before: float | None
    after: float | None

    @property
    def delta(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True, slots=True)
class IndicatorDelta:
    """An indicator's level before and after (None: unanswered or not applicable)."""

    indicator: Indicator
    before: int | None
    after: int | None

    @property
    def delta(self) -> int | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two results side by side, the later one ``after``."""

    overall_before: float | None
    overall_after: float | None
    characteristics: tuple[CharacteristicDelta, ...]
    indicators: tuple[IndicatorDelta, ...]

    @property
    def improved(self) -> tuple[IndicatorDelta, ...]:
        return tuple(d for d in self.indicators if (d.delta or 0) > 0)

    @property
    def declined(self) -> tuple[IndicatorDelta, ...]:
        return tuple(d for d in self.indicators if (d.delta or 0) < 0)


def compare(
    framework: Framework,
    before: ScoreResult,
    after: ScoreResult,
    answers_before: Mapping[str, Answer],
    answers_after: Mapping[str, Answer],
) -> Comparison:
    """Compare two results. Characteristics and indicators are matched by id in ``framework``
    (the later assessment's); those the earlier framework did not have show no "before"."""
    scores_before = {r.characteristic.id: r.score for r in before.characteristics}
    scores_after = {r.characteristic.id: r.score for r in after.characteristics}
    characteristics = tuple(
        CharacteristicDelta(c, scores_before.get(c.id), scores_after.get(c.id))
        for c in framework.characteristics
    )

    def level(answers: Mapping[str, Answer], indicator_id: str) -> int | None:
        answer = answers.get(indicator_id)
        return answer.level if answer is not None else None

    indicators = tuple(
        IndicatorDelta(i, level(answers_before, i.id), level(answers_after, i.id))
        for i in framework.indicators()
    )
    return Comparison(before.overall, after.overall, characteristics, indicators)
