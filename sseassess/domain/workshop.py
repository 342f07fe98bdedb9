"""Workshop aggregation: how participants' levels spread per indicator, and results by role."""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sseassess.domain.answers import Answer
from sseassess.domain.framework import LEVELS, Framework, Indicator
from sseassess.domain.records import ParticipantRecord
from sseassess.domain.scoring import ScoreResult, score

#: Participants diverge on an indicator when their levels are this far apart or more.
DIVERGENCE = 2
#: Results of a role are shown only when at least this many participants hold it.
MIN_ROLE_GROUP = 3


@dataclass(frozen=True, slots=True)
class IndicatorSpread:
    """How the participants answered one indicator, and the consensus if set."""

    indicator: Indicator
    counts: tuple[int, ...]
    not_applicable: int
    unanswered: int
    consensus: Answer | None

    @property
    def levels(self) -> list[int]:
        return [level for level in LEVELS for _ in range(self.counts[level])]

    @property
    def answered(self) -> int:
        return sum(self.counts)

    @property
    def median(self) -> float | None:
        levels = self.levels
        return float(statistics.median(levels)) if levels else None

    @property
    def spread(self) -> int | None:
        """Highest minus lowest level given (None when nobody gave a level)."""
        levels = self.levels
        return max(levels) - min(levels) if levels else None

    @property
    def divergent(self) -> bool:
        return (self.spread or 0) >= DIVERGENCE


def spreads(
    framework: Framework,
    participant_answers: Mapping[str, Mapping[str, Answer]],
    consensus: Mapping[str, Answer],
) -> list[IndicatorSpread]:
    """Every indicator's spread; divergent ones first (widest first), then framework order."""
    result: list[IndicatorSpread] = []
    for indicator in framework.indicators():
        counts = [0] * len(LEVELS)
        not_applicable = unanswered = 0
        for answers in participant_answers.values():
            answer = answers.get(indicator.id)
            if answer is None or not answer.is_answered:
                unanswered += 1
            elif answer.level is None:
                not_applicable += 1
            else:
                counts[answer.level] += 1
        result.append(
            IndicatorSpread(
                indicator, tuple(counts), not_applicable, unanswered, consensus.get(indicator.id)
            )
        )
    order = {indicator.id: n for n, indicator in enumerate(framework.indicators())}
    result.sort(
        key=lambda s: (
            not s.divergent,
            -(s.spread or 0) if s.divergent else 0,
            order[s.indicator.id],
        )
    )
    return result


def suggested_consensus(spread: IndicatorSpread) -> int | None:
    """The median level rounded down: a cautious starting point for the group's discussion."""
    median = spread.median
    return None if median is None else int(median)


def results_by_role(
    framework: Framework,
    participants: Sequence[ParticipantRecord],
    participant_answers: Mapping[str, Mapping[str, Answer]],
) -> dict[str, ScoreResult | None]:
    """Scores of the pooled answers of each role (median level per indicator).

    A role with fewer than ``MIN_ROLE_GROUP`` participants who answered maps to None:
    showing it would let the group guess who answered what. A role nobody who answered
    holds is left out.
    """
    groups: dict[str, list[str]] = {}
    for participant in participants:
        # Only those who answered count: three members of whom one answered would show
        # that one person's answers.
        answered = any(
            a.is_answered for a in participant_answers.get(participant.uuid, {}).values()
        )
        if participant.role and answered:
            groups.setdefault(participant.role, []).append(participant.uuid)
    result: dict[str, ScoreResult | None] = {}
    for role, members in sorted(groups.items()):
        if len(members) < MIN_ROLE_GROUP:
            result[role] = None
            continue
        pooled = spreads(framework, {m: participant_answers.get(m, {}) for m in members}, {})
        answers = {
            s.indicator.id: Answer(s.indicator.id, suggested_consensus(s))
            for s in pooled
            if s.median is not None
        }
        result[role] = score(framework, answers)
    return result
