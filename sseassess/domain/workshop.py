"""Workshop aggregation: how participants' levels spread per indicator, whether they diverge,
and results by role; nothing shown lets a reader tell one person's answer in a small group.

**Divergence**, as a facilitator means it: the group does not agree when a third or more of
the levels given lie outside the two neighbouring levels that gather the most answers (the
"main group"). So 7 of 10 at level 3 with three scattered answers is agreement (30 %
outside), while 5 at level 1 and 5 at level 3 is divergence (half outside any two
neighbouring levels). "Highest minus lowest" flagged any single stray answer.

**Anonymity**: a group of answers is shown only when at least the workshop's minimum of
participants who answered are in it (default 3): results by role, the roles next to answers.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from sseassess.domain.answers import Answer
from sseassess.domain.framework import LEVELS, Framework, Indicator
from sseassess.domain.records import ParticipantRecord
from sseassess.domain.scoring import ScoreResult, score

#: Participants diverge on an indicator when at least this share of their levels lies
#: outside the two neighbouring levels that gather the most answers.
DIVERGENT_SHARE = Fraction(1, 3)
#: The smallest group whose answers are shown, unless a workshop sets another one.
DEFAULT_ANONYMITY_MINIMUM = 3
#: The range of anonymity minimums a workshop can set.
ANONYMITY_MINIMUMS = range(2, 21)


@dataclass(frozen=True, slots=True)
class IndicatorSpread:
    """How the participants answered one indicator, and the consensus if set."""

    indicator: Indicator
    counts: tuple[int, ...]
    not_applicable: int
    unanswered: int
    consensus: Answer | None
    #: Participants' notes on this indicator, in alphabetical order (never by person).
    notes: tuple[str, ...] = ()
    #: How many participants marked it for discussion.
    for_discussion: int = 0

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
    def outside(self) -> Fraction:
        """The share of the levels given that lie outside the two neighbouring levels that
        gather the most answers (0 when nobody gave a level)."""
        return outside_share(self.counts)

    @property
    def divergent(self) -> bool:
        return self.answered >= 2 and self.outside >= DIVERGENT_SHARE


def outside_share(counts: Sequence[int]) -> Fraction:
    """The share of ``counts`` (answers per level) outside the best two neighbouring levels."""
    total = sum(counts)
    if not total:
        return Fraction(0)
    main_group = max(counts[level] + counts[level + 1] for level in range(len(counts) - 1))
    return Fraction(total - main_group, total)


def spreads(
    framework: Framework,
    participant_answers: Mapping[str, Mapping[str, Answer]],
    consensus: Mapping[str, Answer],
) -> list[IndicatorSpread]:
    """Every indicator's spread; divergent ones first (widest first), then framework order."""
    result: list[IndicatorSpread] = []
    for indicator in framework.indicators():
        counts = [0] * len(LEVELS)
        not_applicable = unanswered = flagged = 0
        notes: list[str] = []
        for answers in participant_answers.values():
            answer = answers.get(indicator.id)
            if answer is not None and answer.note.strip():
                notes.append(answer.note.strip())
            if answer is not None and answer.for_discussion:
                flagged += 1
            if answer is None or not answer.is_answered:
                unanswered += 1
            elif answer.level is None:
                not_applicable += 1
            else:
                counts[answer.level] += 1
        result.append(
            IndicatorSpread(
                indicator,
                tuple(counts),
                not_applicable,
                unanswered,
                consensus.get(indicator.id),
                tuple(sorted(notes, key=str.casefold)),
                flagged,
            )
        )
    order = {indicator.id: n for n, indicator in enumerate(framework.indicators())}
    result.sort(
        key=lambda s: (
            not s.divergent,
            -s.outside if s.divergent else 0,
            order[s.indicator.id],
        )
    )
    return result


def suggested_consensus(spread: IndicatorSpread) -> int | None:
    """The median level rounded down: a cautious starting point for the group's discussion."""
    median = spread.median
    return None if median is None else int(median)


def role_groups(
    participants: Sequence[ParticipantRecord],
    participant_answers: Mapping[str, Mapping[str, Answer]],
) -> dict[str, list[str]]:
    """The participants who answered, by role (UUIDs, in joining order)."""
    groups: dict[str, list[str]] = {}
    for participant in participants:
        # Only those who answered count: three members of whom one answered would show
        # that one person's answers.
        answered = any(
            a.is_answered for a in participant_answers.get(participant.uuid, {}).values()
        )
        if participant.role and answered:
            groups.setdefault(participant.role, []).append(participant.uuid)
    return groups


def shown_roles(
    participants: Sequence[ParticipantRecord],
    participant_answers: Mapping[str, Mapping[str, Answer]],
    minimum: int = DEFAULT_ANONYMITY_MINIMUM,
) -> frozenset[str]:
    """The roles that may be shown next to answers: held by at least ``minimum``
    participants who answered. Any other role would point at one or two people."""
    groups = role_groups(participants, participant_answers)
    return frozenset(role for role, members in groups.items() if len(members) >= minimum)


def answered_count(participant_answers: Mapping[str, Mapping[str, Answer]]) -> int:
    """How many participants gave at least one answer."""
    return sum(
        1
        for answers in participant_answers.values()
        if any(a.is_answered for a in answers.values())
    )


def results_by_role(
    framework: Framework,
    participants: Sequence[ParticipantRecord],
    participant_answers: Mapping[str, Mapping[str, Answer]],
    minimum: int = DEFAULT_ANONYMITY_MINIMUM,
) -> dict[str, ScoreResult | None]:
    """Scores of the pooled answers of each role (median level per indicator).

    A role with fewer than ``minimum`` participants who answered maps to None: showing it
    would let the group guess who answered what. A role nobody who answered holds is left
    out.
    """
    groups = role_groups(participants, participant_answers)
    result: dict[str, ScoreResult | None] = {}
    for role, members in sorted(groups.items()):
        if len(members) < minimum:
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
