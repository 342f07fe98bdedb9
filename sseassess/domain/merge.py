"""Who wins when answers from two computers meet: the merge rules, with no database.

Files travel between laptops in any order and may be imported twice; these rules make the
result the same whatever the order, make a second import change nothing, never lose an
answer, and never change an answer already here unasked.

**Files have roles** (:class:`FileRole`): the *workshop file* for laptops carries the
questions and the organization and no answers at all; a *participant's file* carries that
person's own answers; a *whole-assessment file* carries the assessment's own answers (a
workshop's consensus) and, for a workshop, every participant's answers.

**What is applied unasked**: anything new (an assessment, a participant, a consensus for a
new assessment), and a participant's own later file (reported as "updated"). **What waits
for the user's acceptance** (:class:`AnswerChange` lists it: indicator, before, after,
whose): any change to an existing assessment's own answers (the consensus), and a
participant's answers changed by a file that is not their own (a whole-assessment file).
On a participant's laptop the assessment's own answers *are* that participant's answers,
so a consensus is never applied to them.

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

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from sseassess.domain.answers import Answer
from sseassess.domain.records import (
    AssessmentRecord,
    OrganizationRecord,
    ParticipantRecord,
    SnapshotContent,
)
from sseassess.domain.text import N_, InputError


class FileRole(StrEnum):
    """What a file is for, and so what importing it may do."""

    WORKSHOP = "workshop"  # for the laptops: questions and organization, no answers
    PARTICIPANT = "participant"  # one participant's own answers
    ASSESSMENT = "assessment"  # a whole assessment: consensus (and participants') answers


class Outcome(StrEnum):
    """What importing a file did, as a whole."""

    IMPORTED = "imported"  # something new was added
    UPDATED = "updated"  # a participant's own later file took the place of the earlier one
    CHANGED = "changed"  # answers already here were changed, as the user accepted
    UNCHANGED = "unchanged"
    PENDING = "pending"  # nothing was written: it would change answers, not accepted yet
    REFUSED = "refused"  # nothing was written (see the error)


class Reason(StrEnum):
    """Why an import had its outcome."""

    NEW_ASSESSMENT = "new-assessment"
    NEW_WORKSHOP = "new-workshop"
    NEW_PARTICIPANT = "new-participant"
    NEWER_PARTICIPANT = "newer-participant"
    NEWER_ANSWERS = "newer-answers"
    ACCEPTED = "accepted"
    SAME_FILE = "same-file"
    OLDER = "older"
    ALREADY_HERE = "already-here"
    NEEDS_ACCEPTANCE = "needs-acceptance"


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
class ParticipantAnswers:
    """One participant's answers, as a whole-assessment file carries them."""

    participant: ParticipantRecord
    answers: tuple[StampedAnswer, ...]


@dataclass(frozen=True, slots=True)
class IncomingFile:
    """A checked file, ready to import: its role and what it carries.

    ``participant`` is whose answers a participant's file holds, or whom a workshop file
    is addressed to (None: anyone who joins); ``answers`` are that participant's answers,
    or a whole-assessment file's own answers; ``participants`` are the participants'
    answers in a whole-assessment file of a workshop. ``source`` names the file.
    """

    role: FileRole
    organization: OrganizationRecord
    snapshot: SnapshotContent
    assessment: AssessmentRecord
    participant: ParticipantRecord | None
    answers: tuple[StampedAnswer, ...]
    participants: tuple[ParticipantAnswers, ...] = ()
    content_hash: str = ""
    source: str = ""
    anonymity_minimum: int = 3


@dataclass(frozen=True, slots=True)
class AnswerChange:
    """One answer already here that an import would change: which indicator, whose (a
    participant, or None for the assessment's own answers: the consensus), before and
    after (None: no answer), and the evidence files it would add."""

    indicator_id: str
    participant_uuid: str | None
    participant_name: str | None
    before: Answer | None
    after: Answer | None
    evidence_added: tuple[str, ...] = ()


class ChangesNeedAcceptance(InputError):
    """Importing would change answers already here; nothing was written. ``changes`` lists
    them, to show the user before importing again with their acceptance."""

    def __init__(self, changes: Sequence[AnswerChange]) -> None:
        super().__init__(
            N_(
                "Answers already here would change ({count}); nothing was changed. Look at "
                "the changes and accept them to apply them."
            ),
            count=len(changes),
        )
        self.changes = tuple(changes)


@dataclass(frozen=True, slots=True)
class BundleImport:
    """What importing one bundle did: its outcome, why, and what it concerned; ``log``
    is the UUID of the import's entry in the workshop's import log (to undo it)."""

    outcome: Outcome
    reason: Reason
    assessment_uuid: str
    organization_name: str
    participant_name: str | None = None
    changed: int = 0
    changes: tuple[AnswerChange, ...] = ()
    log: str | None = None


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


# -- what an import would change, and whether it may do it unasked


def answer_changes(
    participant_uuid: str | None,
    participant_name: str | None,
    before: Mapping[str, Answer],
    after: Mapping[str, Answer],
) -> tuple[AnswerChange, ...]:
    """The answers of one person (or the consensus) that differ between ``before`` and
    ``after``, in indicator order; an indicator only gained is not a change of anything."""
    return tuple(
        AnswerChange(
            indicator, participant_uuid, participant_name, before[indicator], after.get(indicator)
        )
        for indicator in sorted(before)
        if after.get(indicator) != before[indicator]
    )


def own_answer_changes(
    stored: Mapping[str, StampedAnswer], merge: OwnAnswersMerge
) -> tuple[AnswerChange, ...]:
    """What a merge of own answers changes: each answer it replaces or adds, and each
    evidence file it adds, in indicator order."""
    changes = []
    for write in sorted(merge.writes, key=lambda item: item.indicator_id):
        current = stored.get(write.indicator_id)
        before = current.answer if current is not None else None
        after = write.answer if write.answer is not None else before
        files = tuple(item.file_name for item in write.new_evidence)
        if after != before or files:
            changes.append(AnswerChange(write.indicator_id, None, None, before, after, files))
    return tuple(changes)


@dataclass(frozen=True, slots=True)
class ConsensusPlan:
    """What to do with a file's own answers: the merge, what it changes, and whether those
    changes wait for the user's acceptance."""

    merge: OwnAnswersMerge
    changes: tuple[AnswerChange, ...]
    needs_acceptance: bool


def plan_own_answers(
    stored: Mapping[str, StampedAnswer],
    stored_evidence: Mapping[str, Iterable[str]],
    incoming: Iterable[StampedAnswer],
    new_assessment: bool,
) -> ConsensusPlan:
    """Merge a file's own answers: applied unasked only into an assessment new here; any
    change to an existing assessment's own answers (the consensus) waits for acceptance."""
    merge = merge_own_answers(stored, stored_evidence, incoming)
    changes = own_answer_changes(stored, merge)
    return ConsensusPlan(merge, changes, bool(changes) and not new_assessment)


def participant_needs_acceptance(reason: Reason, own_file: bool) -> bool:
    """Whether a participant's newer answers wait for acceptance: only when they come in a
    file that is not that participant's own (a whole-assessment file)."""
    return reason is Reason.NEWER_PARTICIPANT and not own_file


def typed_over(stored: Answer | None, typed: Answer) -> Answer:
    """An answer typed from a paper form over the stored one: what the row leaves empty
    keeps its stored value (a row with only a note keeps the level, a row without a note
    keeps the note), and a mark for discussion stays."""
    if stored is None:
        return typed
    gave_choice = typed.level is not None or typed.not_applicable
    return dataclasses.replace(
        stored,
        level=typed.level if gave_choice else stored.level,
        not_applicable=typed.not_applicable if gave_choice else stored.not_applicable,
        reason=typed.reason if gave_choice else stored.reason,
        note=typed.note or stored.note,
    )


def typed_answers(stored: Mapping[str, Answer], typed: Iterable[Answer]) -> dict[str, Answer]:
    """Every answer after typed rows are laid over the stored ones: indicators a form does
    not mention keep their answers (a one-row correction changes one answer)."""
    result = dict(stored)
    for answer in typed:
        result[answer.indicator_id] = typed_over(result.get(answer.indicator_id), answer)
    return result
