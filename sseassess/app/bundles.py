"""Sending and receiving bundle files: a whole assessment, or one participant's answers.

On a participant's own laptop the person answers the workshop assessment itself (the
wizard edits its own answers). Sending them "as" a participant creates, the first time, a
participant row on that laptop: its random UUID is the person's identity for the trainer
(two people with the same name on two laptops stay two people), and the row keeps
``answered_at`` and ``source_hash`` of the last file sent. A later send with the same
answers therefore writes the very same file (the trainer sees "already imported"), and a
send with changed answers gets a later ``answered_at`` (the trainer keeps the latest).

Receiving checks each file (:mod:`sseassess.exchange.validate`) and imports it in one
transaction, by the rules of :mod:`sseassess.domain.merge`; a refused file does not stop
the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sseassess.domain.merge import Outcome, Reason, StampedAnswer
from sseassess.domain.records import ParticipantRecord
from sseassess.domain.text import N_, InputError, Problem, TranslatableError, Translate
from sseassess.exchange.bundle import SUFFIX, Bundle, build, write_bundle
from sseassess.exchange.validate import FrameworkCache, read_bundle

if TYPE_CHECKING:
    from sseassess.app.workspace import Workspace

__all__ = [
    "STATUS_NAMES",
    "SUFFIX",
    "Bundle",
    "CollectReport",
    "FileOutcome",
    "collect",
    "export_bundle",
    "import_file",
]

#: The name of each outcome, as the command line prints it.
STATUS_NAMES = {
    Outcome.IMPORTED: N_("imported"),
    Outcome.REPLACED: N_("replaced"),
    Outcome.UNCHANGED: N_("unchanged"),
    Outcome.REFUSED: N_("refused"),
}

#: What an import did, by its reason.
_DETAILS = {
    Reason.NEW_ASSESSMENT: N_("the assessment of {organization}, new here"),
    Reason.NEW_PARTICIPANT: N_(
        "the answers of {participant}, new in the workshop of {organization}"
    ),
    Reason.NEWER_PARTICIPANT: N_(
        "newer answers of {participant} took the place of their earlier ones"
    ),
    Reason.NEWER_ANSWERS: N_("newer answers were merged into the assessment of {organization}"),
    Reason.SAME_FILE: N_("this file was already imported"),
    Reason.OLDER: N_("newer answers of {participant} are already here"),
    Reason.ALREADY_HERE: N_("the assessment of {organization} already has these answers"),
}


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What happened to one file: its status, and what to say about it."""

    path: Path
    status: Outcome
    detail: Problem | TranslatableError
    assessment_uuid: str | None = None
    participant: str | None = None

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


def import_file(
    workspace: Workspace, path: Path, frameworks: FrameworkCache | None = None
) -> FileOutcome:
    """Check the bundle file at ``path`` and import it in one transaction."""
    try:
        result = workspace.import_bundle(read_bundle(path, frameworks))
    except TranslatableError as error:
        return FileOutcome(path, Outcome.REFUSED, error)
    detail = Problem(
        "",
        _DETAILS[result.reason],
        {"organization": result.organization_name, "participant": result.participant_name},
    )
    return FileOutcome(
        path, result.outcome, detail, result.assessment_uuid, result.participant_name
    )


def collect(
    workspace: Workspace,
    paths: Iterable[Path],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CollectReport:
    """Import many bundle files, each on its own: a refused file does not stop the others.

    ``progress(done, total)`` is called before the first file and after each one;
    ``cancelled()`` is asked before each file (the files already imported stay).
    """
    files = list(paths)
    total = len(files)
    workspace.check_sound()  # nothing is written into a damaged database
    frameworks: FrameworkCache = {}
    outcomes: list[FileOutcome] = []
    if progress is not None:
        progress(0, total)
    for done, path in enumerate(files, start=1):
        if cancelled is not None and cancelled():
            return CollectReport(tuple(outcomes), total, cancelled=True)
        outcomes.append(import_file(workspace, path, frameworks))
        if progress is not None:
            progress(done, total)
    return CollectReport(tuple(outcomes), total)


def export_bundle(
    workspace: Workspace,
    assessment: str,
    target: Path,
    participant: str | None = None,
    role: str | None = None,
) -> Bundle:
    """Write a bundle of an assessment (its own answers: the consensus of a workshop) or,
    with ``participant`` (a name), of that participant's answers; the bundle written.

    A participant of that name who has answers of their own (on the trainer's computer)
    sends those, with their stored ``answered_at``. Otherwise this is the participant's
    laptop: the assessment's own answers are sent as theirs (see the module's docstring),
    with ``role`` recorded for them when given.
    """
    record = workspace.find_assessment(assessment)
    organization = workspace.organization(record.organization_uuid)
    snapshot = workspace.snapshot(record.framework_hash)

    def bundle_of(person: ParticipantRecord | None, answers: list[StampedAnswer]) -> Bundle:
        return build(organization, snapshot, record, person, answers)

    if participant is None:
        bundle = bundle_of(None, workspace.bundle_answers(record.uuid))
        write_bundle(bundle, target)
        return bundle
    person = workspace.participant_named(record.uuid, participant)
    if person is not None:
        answers = workspace.bundle_answers(record.uuid, person.uuid)
        if answers:
            bundle = bundle_of(person, answers)
            write_bundle(bundle, target)
            return bundle
    name = workspace.check_participant(record.uuid, participant, role)
    if workspace.participant_answers(record.uuid):
        raise InputError(
            N_("{name} has no answers of their own in this workshop, so there is nothing to send."),
            name=name,
        )
    answers = workspace.bundle_answers(record.uuid)
    if not answers:
        raise InputError(N_("There are no answers to send yet."))
    if person is None:
        person = workspace.add_participant(record.uuid, participant, role)
    elif role is not None and role != person.role:
        person = replace(person, role=role)
        workspace.update_participant(person)
    bundle = bundle_of(person, answers)
    if bundle.content_hash != person.source_hash:
        # The answers (or the name, the role...) changed since the last file sent from here.
        person = replace(person, answered_at=_later_than(person.answered_at))
        bundle = bundle_of(person, answers)
        write_bundle(bundle, target)
        workspace.record_sent(replace(person, source_hash=bundle.content_hash))
    else:
        write_bundle(bundle, target)
    return bundle


def _later_than(previous: datetime | None) -> datetime:
    """Now (UTC), or just after ``previous`` if the clock says otherwise."""
    now = datetime.now(UTC).replace(tzinfo=None)
    if previous is not None and now <= previous:
        return previous + timedelta(microseconds=1)
    return now
