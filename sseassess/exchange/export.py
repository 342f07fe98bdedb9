"""Writing bundle files: a whole assessment, or one participant's answers.

On a participant's own laptop the person answers the workshop assessment itself (the
wizard edits its own answers). Sending them "as" a participant creates, the first time, a
participant row on that laptop: its random UUID is the person's identity for the trainer
(two people with the same name on two laptops stay two people), and the row keeps
``answered_at`` and ``source_hash`` of the last file sent. A later send with the same
answers therefore writes the very same file (the trainer sees "already imported"), and a
send with changed answers gets a later ``answered_at`` (the trainer keeps the latest).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sseassess.domain.records import ParticipantRecord
from sseassess.domain.text import N_, InputError
from sseassess.exchange.bundle import MAX_BUNDLE_BYTES, Bundle, build, serialize
from sseassess.files import write_atomically
from sseassess.storage.repository import StampedAnswer

if TYPE_CHECKING:
    from sseassess.app.workspace import Workspace


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
    repository = workspace.repository
    record = repository.find_assessment(assessment)
    organization = repository.organization(record.organization_uuid)
    snapshot = repository.snapshot(record.framework_hash)

    def bundle_of(person: ParticipantRecord | None, answers: list[StampedAnswer]) -> Bundle:
        return build(organization, snapshot, record, person, answers)

    if participant is None:
        bundle = bundle_of(None, repository.bundle_answers(record.uuid))
        write_bundle(bundle, target)
        return bundle
    person = workspace.participant_named(record.uuid, participant)
    if person is not None:
        answers = repository.bundle_answers(record.uuid, person.uuid)
        if answers:
            bundle = bundle_of(person, answers)
            write_bundle(bundle, target)
            return bundle
    name = workspace.check_participant(record.uuid, participant, role)
    if repository.participant_answers(record.uuid):
        raise InputError(
            N_("{name} has no answers of their own in this workshop, so there is nothing to send."),
            name=name,
        )
    answers = repository.bundle_answers(record.uuid)
    if not answers:
        raise InputError(N_("There are no answers to send yet."))
    if person is None:
        person = workspace.add_participant(record.uuid, participant, role)
    elif role is not None and role != person.role:
        person = replace(person, role=role)
        repository.update_participant(person)
    bundle = bundle_of(person, answers)
    if bundle.content_hash != person.source_hash:
        # The answers (or the name, the role...) changed since the last file sent from here.
        person = replace(person, answered_at=_later_than(person.answered_at))
        bundle = bundle_of(person, answers)
        write_bundle(bundle, target)
        repository.replace_participant_answers(
            person.uuid, [], person.answered_at, bundle.content_hash
        )
    else:
        write_bundle(bundle, target)
    return bundle


def write_bundle(bundle: Bundle, target: Path) -> None:
    """Write the bundle's file at ``target`` whole, or leave ``target`` as it was."""
    data = serialize(bundle)
    if len(data) > MAX_BUNDLE_BYTES:
        raise InputError(
            N_(
                "These answers with their evidence files make {size} MB, and a bundle can be "
                "up to {limit} MB; remove some evidence files and try again."
            ),
            size=round(len(data) / 1_000_000, 1),
            limit=MAX_BUNDLE_BYTES // 1_000_000,
        )
    write_atomically(target, data)


def _later_than(previous: datetime | None) -> datetime:
    """Now (UTC), or just after ``previous`` if the clock says otherwise."""
    now = datetime.now(UTC).replace(tzinfo=None)
    if previous is not None and now <= previous:
        return previous + timedelta(microseconds=1)
    return now
