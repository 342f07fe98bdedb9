"""An answer edited in one window while something else (another program, an import, another
computer) changed it: what the user changed is applied over the newer answer, and what
both changed differently is a conflict the user decides.

An answer has three parts that change independently: the choice (a level, or "not
applicable" with its reason), the note, and the mark for discussion.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum

from sseassess.domain.answers import Answer


class Part(StrEnum):
    """The parts of an answer that change independently."""

    CHOICE = "choice"
    NOTE = "note"
    DISCUSSION = "discussion"


_FIELDS = {
    Part.CHOICE: ("level", "not_applicable", "reason"),
    Part.NOTE: ("note",),
    Part.DISCUSSION: ("for_discussion",),
}


@dataclass(frozen=True, slots=True)
class Rebased:
    """``answer``: the user's changes over the newer answer; ``conflicts``: the parts both
    changed, differently (there the user's value is in ``answer``, theirs in ``theirs``)."""

    answer: Answer
    theirs: Answer
    conflicts: tuple[Part, ...]


def _part(answer: Answer, part: Part) -> tuple[object, ...]:
    return tuple(getattr(answer, name) for name in _FIELDS[part])


def rebase(base: Answer, mine: Answer, theirs: Answer) -> Rebased:
    """Apply what changed from ``base`` to ``mine`` over ``theirs`` (``base`` changed to
    ``theirs`` elsewhere meanwhile)."""
    result = theirs
    conflicts: list[Part] = []
    for part in Part:
        if _part(mine, part) == _part(base, part):
            continue  # the user did not touch it: theirs stands
        if _part(theirs, part) not in (_part(base, part), _part(mine, part)):
            conflicts.append(part)
        result = dataclasses.replace(
            result, **{name: getattr(mine, name) for name in _FIELDS[part]}
        )
    return Rebased(result, theirs, tuple(conflicts))
