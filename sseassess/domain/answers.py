"""An organization's answer to one indicator: a level, or "not applicable" with a reason."""

from __future__ import annotations

from dataclasses import dataclass

from sseassess.domain.framework import MAX_LEVEL


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
