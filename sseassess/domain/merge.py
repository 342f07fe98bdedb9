"""Who wins when answers from two computers meet: the merge rules, with no database.

Files travel between laptops in any order and may be imported twice; these rules make the
result the same whatever the order, make a second import change nothing, and never lose an
answer:

* **A participant's answers** travel as one version, ``(answered_at, source_hash)``. A
  version replaces the stored one only when it is greater (no time counts as the oldest,
  ties go to the greater hash); the same hash again changes nothing.
* **An assessment's own answers** (a workshop's consensus) merge indicator by indicator:
  the answer changed last wins (ties go to the greater answer in :func:`answer_order`), and
  evidence files are added when their SHA-256 is not on the answer yet. An answer only
  re-stamped with a later time does not count as a change.

Storage applies what these functions decide, in one transaction (``storage/bundles.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from sseassess.domain.answers import Answer


class Outcome(StrEnum):
    """What importing a file did, as a whole."""

    IMPORTED = "imported"  # something new was added
    REPLACED = "replaced"  # newer answers took the place of older ones
    UNCHANGED = "unchanged"
    REFUSED = "refused"  # nothing was written (see the error)


class Reason(StrEnum):
    """Why an import had its outcome."""

    NEW_ASSESSMENT = "new-assessment"
    NEW_PARTICIPANT = "new-participant"
    NEWER_PARTICIPANT = "newer-participant"
    NEWER_ANSWERS = "newer-answers"
    SAME_FILE = "same-file"
    OLDER = "older"
    ALREADY_HERE = "already-here"


@dataclass(frozen=True, slots=True)
class EvidenceFile:
    """An evidence file with its bytes, as it travels between computers."""

    file_name: str
    media_type: str
    sha256: str
    data: bytes


@dataclass(frozen=True, slots=True)
class StampedAnswer:
    """An answer, when it last changed (None: not known) and its evidence files."""

    answer: Answer
    changed_at: datetime | None = None
    evidence: tuple[EvidenceFile, ...] = ()


@dataclass(frozen=True, slots=True)
class BundleImport:
    """What importing one bundle did: its outcome, why, and what it concerned."""

    outcome: Outcome
    reason: Reason
    assessment_uuid: str
    organization_name: str
    participant_name: str | None = None
    changed: int = 0


# -- a participant's answers


@dataclass(frozen=True, slots=True, order=True)
class Version:
    """One version of a participant's answers; versions compare in the order they win."""

    answered_at: datetime = datetime.min
    source_hash: str = ""

    @classmethod
    def of(cls, answered_at: datetime | None, source_hash: str | None) -> Version:
        return cls(answered_at or datetime.min, source_hash or "")


def participant_decision(stored: Version | None, incoming: Version) -> Reason:
    """Whether a participant's incoming answers take the place of the stored ones:
    ``NEW_PARTICIPANT`` or ``NEWER_PARTICIPANT`` (write them), ``SAME_FILE`` or ``OLDER``
    (keep what is stored)."""
    if stored is None:
        return Reason.NEW_PARTICIPANT
    if stored.source_hash and incoming.source_hash == stored.source_hash:
        return Reason.SAME_FILE
    if incoming <= stored:
        return Reason.OLDER
    return Reason.NEWER_PARTICIPANT


# -- an assessment's own answers


def answer_order(answer: Answer) -> tuple[int, bool, str, str, bool]:
    """A total order of answers, to settle two changed at the very same time."""
    level = -1 if answer.level is None else answer.level
    return (level, answer.not_applicable, answer.reason, answer.note, answer.for_discussion)


def _rank(stamped: StampedAnswer) -> tuple[datetime, tuple[int, bool, str, str, bool]]:
    return (stamped.changed_at or datetime.min, answer_order(stamped.answer))


@dataclass(frozen=True, slots=True)
class AnswerWrite:
    """What to write for one indicator: ``answer`` (None: keep the stored one) stamped
    ``changed_at``, and the evidence files to add to it."""

    indicator_id: str
    answer: Answer | None
    changed_at: datetime
    new_evidence: tuple[EvidenceFile, ...] = ()
    creates: bool = False


@dataclass(frozen=True, slots=True)
class OwnAnswersMerge:
    """The writes that merge incoming own answers into the stored ones, and how many
    answers and evidence files they change."""

    writes: tuple[AnswerWrite, ...] = ()
    changed: int = 0


@dataclass(slots=True)
class _Slot:
    """The merge's working state for one indicator."""

    current: StampedAnswer | None
    hashes: set[str] = field(default_factory=set)
    answer: Answer | None = None
    changed_at: datetime | None = None
    files: list[EvidenceFile] = field(default_factory=list)


def merge_own_answers(
    stored: Mapping[str, StampedAnswer],
    stored_evidence: Mapping[str, Iterable[str]],
    incoming: Iterable[StampedAnswer],
) -> OwnAnswersMerge:
    """Merge ``incoming`` own answers into ``stored`` ones (keyed by indicator id, with the
    SHA-256 of the evidence files already on each answer in ``stored_evidence``)."""
    slots: dict[str, _Slot] = {}
    changed = 0
    for stamped in incoming:
        indicator = stamped.answer.indicator_id
        slot = slots.get(indicator)
        if slot is None:
            slot = _Slot(stored.get(indicator), set(stored_evidence.get(indicator, ())))
            slots[indicator] = slot
        if slot.current is None or _rank(stamped) > _rank(slot.current):
            if slot.current is None or slot.current.answer != stamped.answer:
                changed += 1
            slot.current = StampedAnswer(stamped.answer, stamped.changed_at)
            slot.answer = stamped.answer
            slot.changed_at = stamped.changed_at or datetime.min
        for item in stamped.evidence:
            if item.sha256 not in slot.hashes:
                slot.hashes.add(item.sha256)
                slot.files.append(item)
                changed += 1
    writes = tuple(
        AnswerWrite(
            indicator,
            slot.answer,
            slot.changed_at or datetime.min,
            tuple(slot.files),
            creates=indicator not in stored,
        )
        for indicator, slot in slots.items()
        if slot.answer is not None or slot.files
    )
    return OwnAnswersMerge(writes, changed)
