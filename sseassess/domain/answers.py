"""An organization's answer to one indicator: a level, or "not applicable" with a reason."""

from __future__ import annotations

from dataclasses import dataclass

from sseassess.domain.framework import MAX_LEVEL
from sseassess.domain.text import N_, Problem

#: Characters of a note or of a reason for "not applicable": the same limit where it is
#: typed, imported from paper, written into a file and read from one.
MAX_TEXT_LENGTH = 20_000


@dataclass(frozen=True, slots=True)
class Answer:
    """A level from 0 to 4, or not applicable (``level is None``) with a reason."""

    indicator_id: str
    level: int | None = None
    not_applicable: bool = False
    reason: str = ""
    note: str = ""
    for_discussion: bool = False

    @property
    def is_answered(self) -> bool:
        """True when the answer counts towards completeness."""
        return self.level is not None or (self.not_applicable and bool(self.reason.strip()))

    def __post_init__(self) -> None:
        if self.level is not None and not 0 <= self.level <= MAX_LEVEL:
            raise ValueError(f"level {self.level} outside 0..{MAX_LEVEL}")
        if self.level is not None and self.not_applicable:
            raise ValueError("an answer is a level or not applicable, not both")


_TOO_LONG = {
    "note": N_("the note is too long ({length} characters; at most {maximum})"),
    "reason": N_("the reason is too long ({length} characters; at most {maximum})"),
}
_NUL = {
    "note": N_("the note contains a NUL character, which cannot be kept"),
    "reason": N_("the reason contains a NUL character, which cannot be kept"),
}


def text_problems(answer: Answer) -> list[Problem]:
    """What keeps an answer's note or reason from travelling (too long, a NUL character):
    checked where it is typed, imported and written, as the bundle reader checks it."""
    problems: list[Problem] = []
    for field, text in (("note", answer.note), ("reason", answer.reason)):
        if len(text) > MAX_TEXT_LENGTH:
            problems.append(
                Problem(
                    answer.indicator_id,
                    _TOO_LONG[field],
                    {"length": len(text), "maximum": MAX_TEXT_LENGTH},
                )
            )
        if "\x00" in text:
            problems.append(Problem(answer.indicator_id, _NUL[field]))
    return problems
