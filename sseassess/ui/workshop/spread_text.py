"""What the workshop views say about one indicator: statistics, consensus, who chose what.

The consensus panel and the presentation view show the same words; they come from here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from sseassess.domain.framework import LEVELS
from sseassess.i18n import format_percent
from sseassess.ui.palette import bad_colour, set_text_colour
from sseassess.ui.text import arg, number

if TYPE_CHECKING:
    from sseassess.domain.answers import Answer
    from sseassess.domain.records import ParticipantRecord
    from sseassess.domain.workshop import IndicatorSpread


def stats_text(spread: IndicatorSpread, language: str) -> str:
    """ "Median 2.5 · Spread 3" and "Not applicable 1 · Not answered 0" on two lines."""
    median = spread.median
    return arg(
        QCoreApplication.translate(
            "DivergencePage", "Median %1 · Spread %2\nNot applicable %3 · Not answered %4"
        ),
        "–" if median is None else number(median, language),
        "–" if spread.spread is None else number(spread.spread, language),
        number(spread.not_applicable, language),
        number(spread.unanswered, language),
    )


def consensus_text(spread: IndicatorSpread, language: str, read_only: bool) -> str:
    """What the group agreed on this indicator, if anything."""
    consensus = spread.consensus
    if consensus is not None and consensus.is_answered:
        if consensus.level is None:
            return QCoreApplication.translate("DivergencePage", "Consensus: not applicable")
        return arg(
            QCoreApplication.translate("DivergencePage", "Consensus: level %1"),
            number(consensus.level, language),
        )
    if read_only:
        return QCoreApplication.translate("DivergencePage", "No consensus recorded")
    return QCoreApplication.translate("DivergencePage", "No consensus yet")


def show_divergence(badge: QLabel, spread: IndicatorSpread, language: str) -> None:
    """Show on ``badge``, in the "bad" colour, how far the group is from agreeing (only when
    it diverges: a third or more of the answers outside the two neighbouring levels most
    chose; the badge is hidden otherwise)."""
    if spread.divergent:
        badge.setText(
            arg(
                QCoreApplication.translate(
                    "DivergencePage",
                    "To discuss: %1 of the answers lie outside the two neighbouring levels "
                    "most participants chose.",
                ),
                format_percent(float(spread.outside), language),
            )
        )
        set_text_colour(badge, bad_colour(badge.palette()))
    badge.setVisible(spread.divergent)


def notes_text(spread: IndicatorSpread) -> str:
    """The participants' notes on this indicator (never their names), one per line."""
    return "\n".join(f"“{note}”" for note in spread.notes)


def who_chose_what(
    spread: IndicatorSpread,
    participants: Sequence[ParticipantRecord],
    answers: Mapping[str, Mapping[str, Answer]],
    labels: Mapping[str, str],
    individual: bool = True,
) -> str:
    """Who chose which level of this indicator, one line per level, then who found it not
    applicable and who has not answered (participants called by their ``labels``).
    Without ``individual`` answers shown, only that they are hidden: "Participant 6" next
    to a level, with the list of participants, would tell a small group's answers."""
    if not participants:
        return QCoreApplication.translate("DivergencePage", "No participants yet.")
    if not individual:
        return QCoreApplication.translate(
            "DivergencePage",
            "Hidden: the counts above say how many chose each level. Tick “Show individual "
            "answers” to see who chose what.",
        )
    by_level: dict[int, list[str]] = {}
    not_applicable: list[str] = []
    unanswered: list[str] = []
    for participant in participants:
        answer = answers.get(participant.uuid, {}).get(spread.indicator.id)
        label = labels.get(participant.uuid, "")
        if answer is None or not answer.is_answered:
            unanswered.append(label)
        elif answer.level is None:
            not_applicable.append(label)
        else:
            by_level.setdefault(answer.level, []).append(label)
    lines = [
        arg(
            QCoreApplication.translate("DivergencePage", "Level %1: %2"),
            level,
            ", ".join(by_level[level]),
        )
        for level in LEVELS
        if level in by_level
    ]
    if not_applicable:
        lines.append(
            arg(
                QCoreApplication.translate("DivergencePage", "Not applicable: %1"),
                ", ".join(not_applicable),
            )
        )
    if unanswered:
        lines.append(
            arg(
                QCoreApplication.translate("DivergencePage", "Not answered: %1"),
                ", ".join(unanswered),
            )
        )
    return "\n".join(lines)
