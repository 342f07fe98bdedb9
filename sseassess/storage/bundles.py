"""Answers as files carry them, and importing a checked file in one transaction.

Which answers win is decided by the pure rules of :mod:`sseassess.domain.merge`; this
module reads what they need and writes what they decide.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from sseassess.domain.merge import (
    BundleImport,
    Outcome,
    Reason,
    StampedAnswer,
    Version,
    merge_own_answers,
    participant_decision,
)
from sseassess.domain.records import (
    AssessmentKind,
    AssessmentRecord,
    AssessmentStatus,
    OrganizationRecord,
    ParticipantRecord,
    SnapshotContent,
)
from sseassess.domain.text import N_, InputError
from sseassess.storage import mapping, models
from sseassess.storage.database import Database

_FINISHED = N_("This assessment is finished; reopen it to import more answers.")


class Bundles:
    """Reads answers to send, and imports received ones."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def answers(
        self, assessment_uuid: str, participant_uuid: str | None = None
    ) -> list[StampedAnswer]:
        """The assessment's own answers (or one participant's) in indicator order, each with
        when it last changed and its evidence files with their bytes, read in one go."""
        with self._db.reading() as session:
            assessment_id = mapping.assessment_id(session, assessment_uuid)
            query = (
                select(models.Answer)
                .options(selectinload(models.Answer.evidence))
                .where(models.Answer.assessment_id == assessment_id)
                .order_by(models.Answer.indicator_id)
            )
            if participant_uuid is None:
                query = query.where(models.Answer.participant_id.is_(None))
            else:
                participant = mapping.participant_row(session, participant_uuid)
                query = query.where(models.Answer.participant_id == participant.id)
            return [mapping.stamped(row) for row in session.scalars(query)]

    def import_bundle(
        self,
        organization: OrganizationRecord,
        snapshot: SnapshotContent,
        assessment: AssessmentRecord,
        participant: ParticipantRecord | None,
        answers: Sequence[StampedAnswer],
    ) -> BundleImport:
        """Write one checked bundle in one transaction: all of it, or nothing.

        A missing organization, framework snapshot or assessment is created with the
        bundle's UUIDs; existing ones are never changed (an assessment created for a
        participant's answers starts in progress). Which answers are written follows
        :mod:`sseassess.domain.merge`.

        Refused with ``InputError`` (nothing written) when the assessment here belongs to
        another organization or uses another framework snapshot, when the participant
        belongs to another assessment, when participants' answers target an assessment
        that is not a workshop, and when a finished assessment would change.

        Two computers importing into one server database at once take turns on the
        assessment (its row is locked first); when both create the same new assessment,
        organization or framework snapshot, the one that comes second imports again over
        what the first created.
        """
        for attempt in range(3):
            try:
                return self._import(organization, snapshot, assessment, participant, answers)
            except IntegrityError:
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _import(
        self,
        organization: OrganizationRecord,
        snapshot: SnapshotContent,
        assessment: AssessmentRecord,
        participant: ParticipantRecord | None,
        answers: Sequence[StampedAnswer],
    ) -> BundleImport:
        with self._db.session() as session:
            session.execute(
                select(models.Assessment.id)
                .where(models.Assessment.uuid == assessment.uuid)
                .with_for_update()
            )
            found = session.execute(
                mapping.ASSESSMENT_RECORD.add_columns(models.Assessment.id).where(
                    models.Assessment.uuid == assessment.uuid
                )
            ).one_or_none()
            if found is None:
                here = _create_assessment(
                    session, organization, snapshot, assessment, participant is not None
                )
                assessment_id = here.id
                here_record = replace(
                    assessment,
                    organization_uuid=organization.uuid,
                    organization_name=here.organization.name,
                    status=AssessmentStatus(here.status),
                    current_indicator=None,
                )
            else:
                assessment_id = found[-1]
                here_record = mapping.assessment_record(found[:-1])
                _check_target(here_record, organization, snapshot)
            result = BundleImport(
                Outcome.UNCHANGED,
                Reason.ALREADY_HERE,
                here_record.uuid,
                here_record.organization_name,
                participant.display_name if participant else None,
            )
            finished = here_record.status == AssessmentStatus.FINISHED
            if participant is None:
                changed = _merge_own_answers(session, assessment_id, answers)
                if changed:
                    mapping.change_by_id(session, assessment_id)
                if found is None:
                    return replace(
                        result,
                        outcome=Outcome.IMPORTED,
                        reason=Reason.NEW_ASSESSMENT,
                        changed=changed,
                    )
                if changed and finished:
                    raise InputError(_FINISHED)
                if changed:
                    return replace(
                        result,
                        outcome=Outcome.REPLACED,
                        reason=Reason.NEWER_ANSWERS,
                        changed=changed,
                    )
                return result
            if here_record.kind != AssessmentKind.WORKSHOP:
                raise InputError(
                    N_(
                        "The assessment in this file is not a workshop here, so it cannot "
                        "receive a participant's answers; nothing was imported."
                    )
                )
            return _import_participant(
                session, assessment_id, participant, answers, finished, result
            )


def _import_participant(
    session: Session,
    assessment_id: int,
    participant: ParticipantRecord,
    answers: Sequence[StampedAnswer],
    finished: bool,
    result: BundleImport,
) -> BundleImport:
    table = models.Base.metadata.tables["participant"]
    person = session.execute(
        select(table.c.id, table.c.assessment_id, table.c.answered_at, table.c.source_hash).where(
            table.c.uuid == participant.uuid
        )
    ).one_or_none()
    if person is not None and person.assessment_id != assessment_id:
        raise InputError(
            N_(
                "The participant in this file belongs to another assessment here; "
                "nothing was imported."
            )
        )
    stored = None if person is None else Version.of(person.answered_at, person.source_hash)
    reason = participant_decision(
        stored, Version.of(participant.answered_at, participant.source_hash)
    )
    if reason in (Reason.SAME_FILE, Reason.OLDER):
        return replace(result, reason=reason)
    if finished:
        raise InputError(_FINISHED)
    mapping.change_by_id(session, assessment_id)
    values = {
        "display_name": participant.display_name,
        "role": participant.role,
        "answered_at": participant.answered_at,
        "source_hash": participant.source_hash,
    }
    if person is None:
        person_id = session.execute(
            insert(table)
            .values(
                uuid=participant.uuid,
                assessment_id=assessment_id,
                created_at=models.utcnow(),
                **values,
            )
            .returning(table.c.id)
        ).scalar_one()
        outcome = Outcome.IMPORTED
    else:
        person_id = person.id
        session.execute(delete(models.Answer).where(models.Answer.participant_id == person_id))
        session.execute(update(table).where(table.c.id == person_id).values(**values))
        outcome = Outcome.REPLACED
    _insert_answers(session, assessment_id, person_id, answers)
    return replace(result, outcome=outcome, reason=reason, changed=len(answers))


def _create_assessment(
    session: Session,
    organization: OrganizationRecord,
    snapshot: SnapshotContent,
    assessment: AssessmentRecord,
    for_participant: bool,
) -> models.Assessment:
    owner = session.scalar(
        select(models.Organization).where(models.Organization.uuid == organization.uuid)
    )
    if owner is None:
        owner = models.Organization(
            uuid=organization.uuid, **mapping.profile_values(organization.profile)
        )
        session.add(owner)
    stored = session.scalar(
        select(models.FrameworkSnapshot).where(
            models.FrameworkSnapshot.content_hash == snapshot.content_hash
        )
    )
    if stored is None:
        stored = models.FrameworkSnapshot(
            framework_id=snapshot.framework_id,
            version=snapshot.version,
            content_hash=snapshot.content_hash,
            content=snapshot.content,
        )
        session.add(stored)
    row = models.Assessment(
        uuid=assessment.uuid,
        organization=owner,
        framework_snapshot=stored,
        kind=assessment.kind,
        status=AssessmentStatus.IN_PROGRESS if for_participant else assessment.status,
        assessed_on=assessment.assessed_on,
    )
    session.add(row)
    session.flush()
    return row


def _check_target(
    here: AssessmentRecord, organization: OrganizationRecord, snapshot: SnapshotContent
) -> None:
    if here.organization_uuid != organization.uuid:
        raise InputError(
            N_(
                "The assessment in this file belongs to another organization here "
                "({organization}); nothing was imported."
            ),
            organization=here.organization_name,
        )
    if here.framework_hash != snapshot.content_hash:
        raise InputError(
            N_(
                "The assessment in this file uses another framework ({theirs}) than the "
                "same assessment here ({ours}); nothing was imported."
            ),
            theirs=f"{snapshot.framework_id} {snapshot.version}, {snapshot.content_hash[:8]}",
            ours=f"{here.framework_id} {here.framework_version}, {here.framework_hash[:8]}",
        )


def _insert_answers(
    session: Session, assessment_id: int, participant_id: int, answers: Sequence[StampedAnswer]
) -> None:
    """Insert a participant's answers and their evidence, a few statements for them all."""
    if not answers:
        return
    now = models.utcnow()
    table = models.Base.metadata.tables["answer"]
    rows: list[dict[str, Any]] = [
        {
            "uuid": models.new_uuid(),
            "assessment_id": assessment_id,
            "participant_id": participant_id,
            "indicator_id": stamped.answer.indicator_id,
            "level": stamped.answer.level,
            "not_applicable": stamped.answer.not_applicable,
            "reason": stamped.answer.reason,
            "note": stamped.answer.note,
            "for_discussion": stamped.answer.for_discussion,
            "updated_at": stamped.changed_at or now,
        }
        for stamped in answers
    ]
    if not any(stamped.evidence for stamped in answers):
        session.execute(insert(table), rows)
        return
    ids = session.scalars(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
    ).all()
    files = [
        {
            "uuid": models.new_uuid(),
            "answer_id": answer_id,
            "file_name": item.file_name,
            "media_type": item.media_type,
            "size": len(item.data),
            "sha256": item.sha256,
            "data": item.data,
            "added_at": now,
        }
        for answer_id, stamped in zip(ids, answers, strict=True)
        for item in stamped.evidence
    ]
    session.execute(insert(models.Base.metadata.tables["evidence"]), files)


def _merge_own_answers(
    session: Session, assessment_id: int, answers: Sequence[StampedAnswer]
) -> int:
    """Write what :func:`merge_own_answers` decides for a bundle's own answers; how many
    answers and evidence files changed."""
    rows = {
        row.indicator_id: row
        for row in session.scalars(
            select(models.Answer)
            .options(selectinload(models.Answer.evidence))
            .where(
                models.Answer.assessment_id == assessment_id,
                models.Answer.participant_id.is_(None),
            )
        )
    }
    stored = {
        indicator: StampedAnswer(mapping.answer(row), row.updated_at)
        for indicator, row in rows.items()
    }
    evidence = {
        indicator: [item.sha256 for item in row.evidence] for indicator, row in rows.items()
    }
    merge = merge_own_answers(stored, evidence, answers)
    for write in merge.writes:
        row = rows.get(write.indicator_id)
        if row is None:
            row = models.Answer(assessment_id=assessment_id, indicator_id=write.indicator_id)
            session.add(row)
        if write.answer is not None:
            mapping.fill_answer(row, write.answer)
            row.updated_at = write.changed_at
        row.evidence.extend(mapping.evidence_row(item) for item in write.new_evidence)
    return merge.changed
