"""Changes an import would make, in words: indicator, whose, old → new (for the CLI and GUI)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sseassess.domain.answers import Answer
from sseassess.domain.framework import Framework
from sseassess.domain.merge import AnswerChange

Gettext = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class ChangeLine:
    """One change as a person reads it; every text already translated."""

    number: str
    indicator_id: str
    whose: str
    before: str
    after: str

    def text(self) -> str:
        return f"{self.number} ({self.whose}): {self.before} → {self.after}"


def answer_text(answer: Answer | None, _: Gettext) -> str:
    """An answer in a few words: its level, "N/A", or "no answer"."""
    if answer is None or not (answer.is_answered or answer.note):
        return _("no answer")
    if answer.not_applicable:
        return _("N/A")
    if answer.level is None:
        return _("note only")
    return str(answer.level)


def change_lines(
    changes: Sequence[AnswerChange], framework: Framework, _: Gettext
) -> list[ChangeLine]:
    """Each change in words, whose first then in the framework's order; what else changed
    (a note, a reason, a mark for discussion, evidence) is said when the level stays."""
    numbers = framework.indicator_numbers()
    order = {indicator.id: n for n, indicator in enumerate(framework.indicators())}
    lines = []
    for change in sorted(
        changes,
        key=lambda c: (
            c.participant_name or "",
            c.participant_uuid or "",
            order.get(c.indicator_id, -1),
        ),
    ):
        if change.participant_uuid is None:
            whose = _("consensus")
        else:
            whose = f"{change.participant_name} · {change.participant_uuid[:8]}"
        before, after = answer_text(change.before, _), answer_text(change.after, _)
        if before == after:
            details = []
            old, new = change.before, change.after
            if old is not None and new is not None:
                if old.note != new.note:
                    details.append(_("note changed"))
                if old.reason != new.reason:
                    details.append(_("reason changed"))
                if old.for_discussion != new.for_discussion:
                    details.append(_("mark for discussion changed"))
            if change.evidence_added:
                details.append(
                    _("evidence added: {files}").format(files=", ".join(change.evidence_added))
                )
            after = f"{after} ({'; '.join(details)})" if details else after
        lines.append(
            ChangeLine(
                numbers.get(change.indicator_id, change.indicator_id),
                change.indicator_id,
                whose,
                before,
                after,
            )
        )
    return lines
