"""Sending and receiving files: the workshop file for laptops, a participant's answers, a
whole assessment; joining a workshop on a participant's laptop.

**Identity travels with the files.** The trainer writes the workshop file for the laptops
(questions and organization, no answers), for anyone or addressed to one participant; a
laptop *joins* the workshop with it as one person: the participant's UUID comes from an
addressed file (so Sofia answering again on another laptop stays one Sofia) or is drawn
new. On that laptop the person answers the workshop assessment itself (the wizard edits
its own answers), and those answers go back as a participant's file of that UUID. That row
keeps ``answered_at`` and ``source_hash`` of the last file sent: sending unchanged answers
again writes the very same file (the trainer sees "unchanged"), and changed answers get a
later ``answered_at`` (the trainer keeps the latest). A participant's file refers to the
framework by its hash; the workshop file brought it.

Receiving checks each file (:mod:`sseassess.exchange.validate`) and imports it on its own,
by the rules of :mod:`sseassess.domain.merge`: a refused file does not stop the others,
and a file that would change answers already here waits (``PENDING``) until the user
accepts its changes.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sseassess.domain.merge import (
    AnswerChange,
    ChangesNeedAcceptance,
    FileRole,
    Outcome,
    ParticipantAnswers,
    Reason,
    StampedAnswer,
)
from sseassess.domain.records import AssessmentKind, ParticipantRecord
from sseassess.domain.text import N_, InputError, Problem, TranslatableError, Translate
from sseassess.exchange.bundle import SUFFIX, Bundle, build, write_bundle
from sseassess.exchange.validate import FrameworkCache, UnknownFramework, read_bundle

if TYPE_CHECKING:
    from sseassess.app.workspace import BundleBatch, Workspace

__all__ = [
    "STATUS_NAMES",
    "SUFFIX",
    "Bundle",
    "CollectReport",
    "FileOutcome",
    "collect",
    "export_bundle",
    "export_workshop_file",
    "import_file",
    "join_workshop",
    "read_workshop_file",
]

#: The name of each outcome, as the command line prints it.
STATUS_NAMES = {
    Outcome.IMPORTED: N_("imported"),
    Outcome.UPDATED: N_("updated"),
    Outcome.CHANGED: N_("changed"),
    Outcome.UNCHANGED: N_("unchanged"),
    Outcome.PENDING: N_("waiting for your approval"),
    Outcome.REFUSED: N_("refused"),
}

#: What an import did, by its reason.
_DETAILS = {
    Reason.NEW_ASSESSMENT: N_("the assessment of {organization}, new here"),
    Reason.NEW_WORKSHOP: N_("the workshop of {organization}, new here, ready to answer"),
    Reason.NEW_PARTICIPANT: N_(
        "the answers of {participant}, new in the workshop of {organization}"
    ),
    Reason.NEWER_PARTICIPANT: N_(
        "newer answers of {participant} took the place of their earlier ones"
    ),
    Reason.NEWER_ANSWERS: N_("newer answers were merged into the assessment of {organization}"),
    Reason.ACCEPTED: N_("the changes you accepted were made in the assessment of {organization}"),
    Reason.SAME_FILE: N_("this file was already imported"),
    Reason.OLDER: N_("newer answers of {participant} are already here"),
    Reason.ALREADY_HERE: N_("the assessment of {organization} already has these answers"),
    Reason.NEEDS_ACCEPTANCE: N_("this file would change answers already here"),
}

_NOTHING_OF_THEIR_OWN = N_(
    "{name} has no answers of their own in this workshop, so there is nothing to send."
)

_NO_ANSWERS = N_("There are no answers to send yet.")

#: Files imported in one transaction when collecting many.
_BATCH = 200


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What happened to one file: its status, what to say about it, and for a file
    waiting for approval the changes it would make."""

    path: Path
    status: Outcome
    detail: Problem | TranslatableError
    assessment_uuid: str | None = None
    participant: str | None = None
    changes: tuple[AnswerChange, ...] = ()
    log: str | None = None

    def message(self, translate: Translate | None = None) -> str:
        """What happened, or why the file was refused (translated by ``translate``)."""
        return self.detail.message(translate)


@dataclass(frozen=True, slots=True)
class CollectReport:
    """The outcome of each file, in the order given; ``cancelled`` when stopped early
    (the files not reached are not in ``outcomes``)."""

    outcomes: tuple[FileOutcome, ...]
    total: int
    cancelled: bool = False

    def count(self, status: Outcome) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def refused(self) -> tuple[FileOutcome, ...]:
        return tuple(outcome for outcome in self.outcomes if outcome.status == Outcome.REFUSED)

    @property
    def pending(self) -> tuple[FileOutcome, ...]:
        return tuple(outcome for outcome in self.outcomes if outcome.status == Outcome.PENDING)

    @property
    def changes(self) -> tuple[AnswerChange, ...]:
        """Every change the files waiting for approval would make."""
        return tuple(change for outcome in self.pending for change in outcome.changes)


def frameworks_of(workspace: Workspace) -> FrameworkCache:
    """The frameworks a file may refer to by hash: those this computer has."""
    return FrameworkCache(workspace.known_snapshot)


def import_file(
    workspace: Workspace,
    path: Path,
    frameworks: FrameworkCache | None = None,
    accept: bool = False,
) -> FileOutcome:
    """Check the bundle file at ``path`` and import it in one transaction."""
    with workspace.import_batch() as batch:
        return _import_one(batch, path, frameworks or frameworks_of(workspace), accept)


def _import_one(
    batch: BundleBatch, path: Path, frameworks: FrameworkCache, accept: bool
) -> FileOutcome:
    try:
        bundle = read_bundle(path, frameworks)
        result = batch.import_bundle(bundle, accept, source=path.name)
    except ChangesNeedAcceptance as pending:
        return FileOutcome(
            path,
            Outcome.PENDING,
            pending,
            bundle.assessment.uuid,
            bundle.participant.display_name if bundle.participant else None,
            pending.changes,
        )
    except TranslatableError as error:
        return FileOutcome(path, Outcome.REFUSED, error)
    detail = Problem(
        "",
        _DETAILS[result.reason],
        {"organization": result.organization_name, "participant": result.participant_name},
    )
    return FileOutcome(
        path,
        result.outcome,
        detail,
        result.assessment_uuid,
        result.participant_name,
        result.changes if result.outcome is Outcome.CHANGED else (),
        result.log,
    )


def collect(
    workspace: Workspace,
    paths: Iterable[Path],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    accept: bool = False,
) -> CollectReport:
    """Import many bundle files, each on its own: a refused file does not stop the others.

    Files are imported a few hundred to a transaction (each in its own savepoint). A
    participant's file whose framework is not here yet waits until the others are in (the
    workshop file among them brings it), so the order of the files does not matter.
    ``progress(done, total)`` is called before the first file and after each one;
    ``cancelled()`` is asked before each file (the files already imported stay).
    """
    files = list(paths)
    total = len(files)
    workspace.check_sound()  # nothing is written into a damaged database
    frameworks = frameworks_of(workspace)
    outcomes: dict[int, FileOutcome] = {}
    waiting: list[int] = []
    done = 0
    if progress is not None:
        progress(0, total)
    rounds = [list(range(total))]
    for round_number in range(2):
        queue = rounds[round_number] if round_number == 0 else waiting
        for start in range(0, len(queue), _BATCH):
            with workspace.import_batch() as batch:
                for index in queue[start : start + _BATCH]:
                    if cancelled is not None and cancelled():
                        return _report(files, outcomes, total, cancelled=True)
                    outcome = _import_one(batch, files[index], frameworks, accept)
                    if (
                        round_number == 0
                        and outcome.status is Outcome.REFUSED
                        and isinstance(outcome.detail, UnknownFramework)
                    ):
                        waiting.append(index)
                        continue
                    outcomes[index] = outcome
                    done += 1
                    if progress is not None:
                        progress(done, total)
        if not waiting:
            break
    return _report(files, outcomes, total)


def _report(
    files: list[Path], outcomes: dict[int, FileOutcome], total: int, cancelled: bool = False
) -> CollectReport:
    return CollectReport(
        tuple(outcomes[index] for index in sorted(outcomes)), total, cancelled=cancelled
    )


def export_bundle(
    workspace: Workspace,
    assessment: str,
    target: Path,
    participant: str | None = None,
    role: str | None = None,
) -> Bundle:
    """Write a file of an assessment; the bundle written.

    Without ``participant``: the whole assessment (its own answers: a workshop's consensus,
    with every participant's answers). With ``participant`` (an id or a name): that
    participant's own answers. On a participant's laptop (it joined the workshop, or sends
    for the first time as ``participant``), the answers given there are sent as that
    person's, with ``role`` recorded for them when given: a laptop never sends the whole
    workshop, whose own answers there are that person's.
    """
    record = workspace.find_assessment(assessment)
    here = workspace.participant_on_this_computer(record.uuid)
    if here is None:
        if participant is None:
            return _write_whole(workspace, record.uuid, target)
        found = workspace.participants_matching(record.uuid, participant)
        if found:
            answers = workspace.bundle_answers(record.uuid, found[0].uuid)
            if not answers:
                raise InputError(_NOTHING_OF_THEIR_OWN, name=found[0].display_name)
            return _write(workspace, record.uuid, FileRole.PARTICIPANT, found[0], answers, target)
        name = workspace.check_participant(record.uuid, participant, role)
        if workspace.participant_answers(record.uuid):
            raise InputError(_NOTHING_OF_THEIR_OWN, name=name)
        if not workspace.bundle_answers(record.uuid):
            raise InputError(_NO_ANSWERS)  # before joining: a refusal changes nothing
        # This is a participant's laptop, sending for the first time: it joins as them.
        here = workspace.join(record.uuid, ParticipantRecord(str(uuid_module.uuid4()), name, role))
    elif participant is not None and participant.strip().casefold() not in (
        here.display_name.casefold(),
        here.uuid,
        here.short_id,
    ):
        raise InputError(
            N_("This computer answers this workshop as {name}, not as {other}."),
            name=here.display_name,
            other=participant,
        )
    return _send_from_laptop(workspace, record.uuid, here, role, target)


def _send_from_laptop(
    workspace: Workspace,
    assessment_uuid: str,
    person: ParticipantRecord,
    role: str | None,
    target: Path,
) -> Bundle:
    answers = workspace.bundle_answers(assessment_uuid)
    if not answers:
        raise InputError(_NO_ANSWERS)
    if role is not None and role != person.role:
        person = replace(person, role=role)
        workspace.update_participant(person)
    bundle = _bundle(workspace, assessment_uuid, FileRole.PARTICIPANT, person, answers)
    if bundle.content_hash != person.source_hash:
        # The answers (or the name, the role...) changed since the last file sent from here.
        person = replace(person, answered_at=_later_than(person.answered_at))
        bundle = _bundle(workspace, assessment_uuid, FileRole.PARTICIPANT, person, answers)
        write_bundle(bundle, target)
        workspace.record_sent(replace(person, source_hash=bundle.content_hash))
    else:
        write_bundle(bundle, target)
    return bundle


def _bundle(
    workspace: Workspace,
    assessment_uuid: str,
    role: FileRole,
    person: ParticipantRecord | None,
    answers: list[StampedAnswer],
    participants: tuple[ParticipantAnswers, ...] = (),
) -> Bundle:
    record = workspace.assessment(assessment_uuid)
    return build(
        role,
        workspace.organization(record.organization_uuid),
        workspace.snapshot(record.framework_hash),
        record,
        person,
        answers,
        participants,
        workspace.anonymity_minimum(record.uuid),
    )


def _write(
    workspace: Workspace,
    assessment_uuid: str,
    role: FileRole,
    person: ParticipantRecord | None,
    answers: list[StampedAnswer],
    target: Path,
) -> Bundle:
    bundle = _bundle(workspace, assessment_uuid, role, person, answers)
    write_bundle(bundle, target)
    return bundle


def _write_whole(workspace: Workspace, assessment_uuid: str, target: Path) -> Bundle:
    participants = tuple(
        ParticipantAnswers(person, tuple(workspace.bundle_answers(assessment_uuid, person.uuid)))
        for person in workspace.participants(assessment_uuid)
    )
    bundle = _bundle(
        workspace,
        assessment_uuid,
        FileRole.ASSESSMENT,
        None,
        workspace.bundle_answers(assessment_uuid),
        participants,
    )
    write_bundle(bundle, target)
    return bundle


def export_workshop_file(
    workspace: Workspace, assessment: str, target: Path, participant: str | None = None
) -> Bundle:
    """Write the workshop file for the laptops: the questions and the organization, never
    an answer. With ``participant`` (an id or a name), addressed to that person: a laptop
    joining with it answers under their id (a name not in the workshop yet is added)."""
    record = workspace.find_assessment(assessment)
    if record.kind != AssessmentKind.WORKSHOP:
        raise InputError(N_("Only a workshop can be sent to laptops."))
    if workspace.participant_on_this_computer(record.uuid) is not None:
        raise InputError(N_("This computer is a participant's laptop for this workshop."))
    person = None
    if participant is not None:
        found = workspace.participants_matching(record.uuid, participant)
        person = found[0] if found else workspace.add_participant(record.uuid, participant)
        person = ParticipantRecord(person.uuid, person.display_name, person.role)
    return _write(workspace, record.uuid, FileRole.WORKSHOP, person, [], target)


def read_workshop_file(workspace: Workspace, path: Path) -> Bundle:
    """The checked workshop file for laptops at ``path`` (``InputError`` for any other
    file): what a laptop shows before joining (whose workshop, addressed to whom)."""
    bundle = read_bundle(path, frameworks_of(workspace))
    if bundle.role is not FileRole.WORKSHOP:
        raise InputError(
            N_(
                "This is not a workshop file for laptops; ask the trainer for the workshop "
                "file to join."
            )
        )
    return bundle


def join_workshop(
    workspace: Workspace, path: Path, name: str | None = None, role: str | None = None
) -> tuple[str, ParticipantRecord]:
    """Join a workshop on this laptop with the workshop file at ``path``: the workshop is
    added, and this computer answers it as the person the file is addressed to, or as
    ``name`` (a new participant). The workshop's assessment UUID and the person joined."""
    bundle = read_workshop_file(workspace, path)
    addressed = bundle.participant
    if addressed is None and not (name or "").strip():
        raise InputError(N_("Say who is answering on this computer."))
    person = ParticipantRecord(
        addressed.uuid if addressed else str(uuid_module.uuid4()),
        (name or "").strip() or (addressed.display_name if addressed else ""),
        role or (addressed.role if addressed else None),
    )
    workspace.import_bundle(bundle, source=path.name)
    return bundle.assessment.uuid, workspace.join(bundle.assessment.uuid, person)


def _later_than(previous: datetime | None) -> datetime:
    """Now (UTC), or just after ``previous`` if the clock says otherwise."""
    now = datetime.now(UTC).replace(tzinfo=None)
    if previous is not None and now <= previous:
        return previous + timedelta(microseconds=1)
    return now
