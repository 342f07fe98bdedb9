"""Answers as files carry them, and importing checked files: each in one transaction (or
one savepoint of a batch), logged so that it can be undone.

Which answers win, and which changes wait for the user's acceptance, is decided by the
pure rules of :mod:`sseassess.domain.merge`; this module reads what they need and writes
what they decide.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import Row, bindparam, delete, insert, select, union_all, update
from sqlalchemy.orm import Session, selectinload

from sseassess.domain.answers import Answer
from sseassess.domain.merge import (
    AnswerChange,
    AnswerWrite,
    BundleImport,
    ChangesNeedAcceptance,
    FileRole,
    IncomingFile,
    Outcome,
    Reason,
    StampedAnswer,
    Version,
    answer_changes,
    participant_decision,
    participant_needs_acceptance,
    plan_own_answers,
)
from sseassess.domain.records import (
    AssessmentKind,
    AssessmentRecord,
    AssessmentStatus,
    LogKind,
    OrganizationRecord,
    ParticipantRecord,
    SnapshotContent,
)
from sseassess.domain.text import N_, InputError
from sseassess.storage import mapping, models
from sseassess.storage.database import Database
from sseassess.storage.import_log import LogEntry

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

    @contextmanager
    def batch(self) -> Iterator[ImportBatch]:
        """Many imports in one transaction, each in its own savepoint: a refused file
        leaves no trace, the others are committed together at the end."""
        with self._db.session() as session:
            yield ImportBatch(session)

    def import_file(self, incoming: IncomingFile, accept: bool = False) -> BundleImport:
        """Import one checked file in one transaction: all of it, or nothing."""
        with self.batch() as batch:
            return batch.import_file(incoming, accept)


class ImportBatch:
    """Imports files within one open transaction (see :meth:`Bundles.batch`)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        # Assessments already read in this batch: (row id, record), by UUID.
        self._known: dict[str, tuple[int, AssessmentRecord]] = {}

    def import_file(self, incoming: IncomingFile, accept: bool = False) -> BundleImport:
        """Write one checked file in a savepoint: all of it, or nothing.

        A missing organization, framework snapshot or assessment is created with the
        file's UUIDs; existing ones are never changed. Which answers are written, and which
        changes wait for acceptance (``ChangesNeedAcceptance`` unless ``accept``), follows
        :mod:`sseassess.domain.merge`; what is written is logged, to be undone.

        Refused with ``InputError`` (nothing written) when the assessment here belongs to
        another organization or uses another framework snapshot, when the participant
        belongs to another assessment, when participants' answers target an assessment
        that is not a workshop, and when a finished assessment would change.
        """
        seen = dict(self._known)
        session = self._session
        # A savepoint of the connection itself: the session's own costs twice as much as
        # the import of a participant's file. Every change is flushed before it is
        # released, and on a rollback the session forgets what it had loaded.
        savepoint = session.connection().begin_nested()
        try:
            result = _import(session, incoming, accept, seen)
            session.flush()
        except BaseException:
            savepoint.rollback()
            session.expunge_all()
            raise
        savepoint.commit()
        self._known = seen  # only once the savepoint is released
        return result


def _import(
    session: Session,
    incoming: IncomingFile,
    accept: bool,
    known: dict[str, tuple[int, AssessmentRecord]],
) -> BundleImport:
    cached = known.get(incoming.assessment.uuid)
    found = (
        None
        if cached is not None
        else session.connection()
        .execute(
            mapping.ASSESSMENT_RECORD.add_columns(models.Assessment.id)
            .where(models.Assessment.uuid == incoming.assessment.uuid)
            # On a server, writers of one assessment take turns (SQLite: the write lock).
            .with_for_update(of=models.Assessment)
        )
        .one_or_none()
    )
    if cached is not None:
        assessment_id, here = cached
        _check_target(here, incoming.organization, incoming.snapshot)
        log = LogEntry(session, assessment_id)
    elif found is None:
        row, new_organization = _create_assessment(session, incoming)
        assessment_id = row.id
        here = replace(
            incoming.assessment,
            organization_uuid=incoming.organization.uuid,
            organization_name=row.organization.name,
            status=AssessmentStatus(row.status),
            current_indicator=None,
        )
        log = LogEntry(session, assessment_id, created=True, created_organization=new_organization)
    else:
        assessment_id = found[-1]
        here = mapping.assessment_record(found[:-1])
        _check_target(here, incoming.organization, incoming.snapshot)
        log = LogEntry(session, assessment_id)
    created = cached is None and found is None
    person = incoming.participant
    if (incoming.role is FileRole.PARTICIPANT or incoming.participants) and (
        here.kind != AssessmentKind.WORKSHOP
    ):
        raise InputError(
            N_(
                "The assessment in this file is not a workshop here, so it cannot "
                "receive a participant's answers; nothing was imported."
            )
        )
    result = BundleImport(
        Outcome.UNCHANGED,
        Reason.ALREADY_HERE,
        here.uuid,
        here.organization_name,
        person.display_name
        if person is not None and incoming.role is FileRole.PARTICIPANT
        else None,
    )
    if incoming.role is FileRole.WORKSHOP:
        if created:
            result = replace(result, outcome=Outcome.IMPORTED, reason=Reason.NEW_WORKSHOP)
    elif incoming.role is FileRole.PARTICIPANT:
        assert person is not None
        step = _import_participant(
            session, log, assessment_id, person, incoming.answers, own_file=True
        )
        if step.refusal is not None:
            raise InputError(step.refusal, name=step.name)
        result = replace(
            result,
            outcome=step.outcome,
            reason=step.reason,
            changed=step.changed,
            changes=step.changes,
        )
    else:
        result = _import_whole(session, log, assessment_id, incoming, created, accept, result)
    if not created and here.status == AssessmentStatus.FINISHED and log.touched:
        raise InputError(_FINISHED)
    if log.touched:
        mapping.change_by_id(session, assessment_id)  # a window showing it reloads
    log_uuid = log.write(
        kind=LogKind.FILE,
        outcome=result.outcome,
        changed=result.changed,
        source=incoming.source,
        content_hash=incoming.content_hash,
        participant=(person.uuid, person.display_name)
        if person is not None and incoming.role is FileRole.PARTICIPANT
        else None,
    )
    known[here.uuid] = (assessment_id, here)  # for the next files of the batch
    return replace(result, log=log_uuid)


def _import_whole(
    session: Session,
    log: LogEntry,
    assessment_id: int,
    incoming: IncomingFile,
    created: bool,
    accept: bool,
    result: BundleImport,
) -> BundleImport:
    """A whole-assessment file: its own answers (the consensus) and its participants'."""
    pending: list[AnswerChange] = []
    changed = 0
    new_people = 0
    if _local_participant_id(session, assessment_id) is None:
        # On a participant's laptop, the own answers are that person's: never a consensus.
        rows = _own_rows(session, assessment_id)
        stored = {
            indicator: StampedAnswer(mapping.answer(row), row.updated_at)
            for indicator, row in rows.items()
        }
        evidence = {
            indicator: [item.sha256 for item in row.evidence] for indicator, row in rows.items()
        }
        plan = plan_own_answers(stored, evidence, incoming.answers, new_assessment=created)
        if plan.needs_acceptance:
            pending += plan.changes
        if plan.changes:
            log.touch_consensus(change.indicator_id for change in plan.changes)
        _write_own(session, assessment_id, rows, plan.merge.writes)
        changed += plan.merge.changed
    for item in incoming.participants:
        step = _import_participant(
            session, log, assessment_id, item.participant, item.answers, own_file=False
        )
        pending += step.changes if step.reason is Reason.NEEDS_ACCEPTANCE else ()
        changed += step.changed
        new_people += step.reason is Reason.NEW_PARTICIPANT
    if pending and not accept:
        raise ChangesNeedAcceptance(pending)
    if created:
        return replace(
            result, outcome=Outcome.IMPORTED, reason=Reason.NEW_ASSESSMENT, changed=changed
        )
    if pending:
        return replace(
            result,
            outcome=Outcome.CHANGED,
            reason=Reason.ACCEPTED,
            changed=changed,
            changes=tuple(pending),
        )
    if new_people:
        return replace(
            result, outcome=Outcome.IMPORTED, reason=Reason.NEW_PARTICIPANT, changed=changed
        )
    return result


class _Step:
    """What importing one participant's answers did."""

    __slots__ = ("changed", "changes", "name", "outcome", "reason", "refusal")

    def __init__(
        self,
        outcome: Outcome,
        reason: Reason,
        changed: int = 0,
        changes: tuple[AnswerChange, ...] = (),
        refusal: str | None = None,
        name: str = "",
    ) -> None:
        self.outcome = outcome
        self.reason = reason
        self.changed = changed
        self.changes = changes
        self.refusal = refusal
        self.name = name


_PARTICIPANT = models.Participant
_PARTICIPANT_COLUMNS = (
    _PARTICIPANT.id,
    _PARTICIPANT.uuid,
    _PARTICIPANT.assessment_id,
    _PARTICIPANT.display_name,
    _PARTICIPANT.answered_at,
    _PARTICIPANT.source_hash,
    _PARTICIPANT.on_this_computer,
)
# Built once: collecting a thousand files runs them a thousand times.
_BY_UUID = union_all(
    select(*_PARTICIPANT_COLUMNS).where(_PARTICIPANT.uuid == bindparam("uuid")),
    select(*_PARTICIPANT_COLUMNS)
    .join(models.ParticipantAlias, models.ParticipantAlias.participant_id == _PARTICIPANT.id)
    .where(models.ParticipantAlias.uuid == bindparam("uuid")),
)
_ADD_PARTICIPANT = insert(models.Base.metadata.tables["participant"]).returning(
    models.Base.metadata.tables["participant"].c.id
)


def find_participant_row(
    session: Session, uuid: str
) -> Row[int, str, int, str, datetime | None, str | None, bool] | None:
    """A participant's row by their UUID, or by a UUID merged into them."""
    return session.connection().execute(_BY_UUID, {"uuid": uuid}).first()


def _import_participant(
    session: Session,
    log: LogEntry,
    assessment_id: int,
    participant: ParticipantRecord,
    answers: Sequence[StampedAnswer],
    own_file: bool,
) -> _Step:
    person = find_participant_row(session, participant.uuid)
    if person is not None and person.assessment_id != assessment_id:
        raise InputError(
            N_(
                "The participant in this file belongs to another assessment here; "
                "nothing was imported."
            )
        )
    # A participant the trainer registered (a workshop file addressed to them) has no
    # version yet: their first file is new, not an update.
    stored = (
        None
        if person is None or (person.answered_at is None and person.source_hash is None)
        else Version.of(person.answered_at, person.source_hash)
    )
    reason = participant_decision(
        stored, Version.of(participant.answered_at, participant.source_hash)
    )
    if reason in (Reason.SAME_FILE, Reason.OLDER):
        return _Step(Outcome.UNCHANGED, reason)
    table = models.Base.metadata.tables["participant"]
    values = {
        "role": participant.role,
        "answered_at": participant.answered_at,
        "source_hash": participant.source_hash,
    }
    if person is not None and stored is None and not person.on_this_computer:
        log.touch_participant(person.uuid, person.id)
        table_values = {**values, "display_name": participant.display_name}
        session.execute(update(table).where(table.c.id == person.id).values(**table_values))
        session.execute(delete(models.Answer).where(models.Answer.participant_id == person.id))
        insert_answers(session, assessment_id, person.id, answers)
        return _Step(Outcome.IMPORTED, Reason.NEW_PARTICIPANT, changed=len(answers))
    if person is None:
        log.added_participant(participant)
        person_id = (
            session.connection()
            .execute(
                _ADD_PARTICIPANT,
                {
                    "uuid": participant.uuid,
                    "assessment_id": assessment_id,
                    "display_name": participant.display_name,
                    "created_at": models.utcnow(),
                    "on_this_computer": False,
                    **values,
                },
            )
            .scalar_one()
        )
        insert_answers(session, assessment_id, person_id, answers)
        return _Step(Outcome.IMPORTED, Reason.NEW_PARTICIPANT, changed=len(answers))
    if person.on_this_computer:
        # This computer's own person: their answers here are never replaced from outside.
        if own_file:
            return _Step(
                Outcome.REFUSED,
                reason,
                refusal=N_(
                    "This file holds answers {name} gave on another computer; this computer "
                    "keeps the answers given here, so nothing was imported."
                ),
                name=person.display_name,
            )
        return _Step(Outcome.UNCHANGED, Reason.ALREADY_HERE)
    before = participant_answers(session, person.id)
    after = {stamped.answer.indicator_id: stamped.answer for stamped in answers}
    changes = answer_changes(person.uuid, person.display_name, before, after)
    log.touch_participant(person.uuid, person.id)
    session.execute(delete(models.Answer).where(models.Answer.participant_id == person.id))
    if person.uuid == participant.uuid:
        values["display_name"] = participant.display_name
    session.execute(update(table).where(table.c.id == person.id).values(**values))
    insert_answers(session, assessment_id, person.id, answers)
    if participant_needs_acceptance(reason, own_file) and changes:
        return _Step(Outcome.CHANGED, Reason.NEEDS_ACCEPTANCE, len(answers), changes)
    return _Step(Outcome.UPDATED, reason, changed=len(answers), changes=changes)


def participant_answers(session: Session, participant_id: int) -> dict[str, Answer]:
    """One participant's answers, by indicator id."""
    rows = session.execute(
        select(*mapping.ANSWER_COLUMNS).where(models.Answer.participant_id == participant_id)
    )
    return {row[0]: mapping.answer_from_columns(row) for row in rows}


def _local_participant_id(session: Session, assessment_id: int) -> int | None:
    return session.scalar(
        select(models.Participant.id).where(
            models.Participant.assessment_id == assessment_id,
            models.Participant.on_this_computer.is_(True),
        )
    )


def _create_assessment(session: Session, incoming: IncomingFile) -> tuple[models.Assessment, bool]:
    """The assessment of a file, created here (with its organization and framework snapshot
    when missing); and whether the organization was created too."""
    organization, snapshot, assessment = (
        incoming.organization,
        incoming.snapshot,
        incoming.assessment,
    )
    owner = session.scalar(
        select(models.Organization).where(models.Organization.uuid == organization.uuid)
    )
    new_organization = owner is None
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
    whole = incoming.role is FileRole.ASSESSMENT
    row = models.Assessment(
        uuid=assessment.uuid,
        organization=owner,
        framework_snapshot=stored,
        kind=assessment.kind,
        status=assessment.status if whole else AssessmentStatus.IN_PROGRESS,
        assessed_on=assessment.assessed_on,
        anonymity_minimum=incoming.anonymity_minimum,
    )
    session.add(row)
    session.flush()
    return row, new_organization


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


def insert_answers(
    session: Session, assessment_id: int, participant_id: int, answers: Sequence[StampedAnswer]
) -> None:
    """Insert a participant's answers and their evidence, a few statements for them all."""
    if not answers:
        return
    now = models.utcnow()
    table = models.Base.metadata.tables["answer"]
    uuids = models.new_uuids(len(answers))
    rows: list[dict[str, Any]] = [
        {
            "uuid": uuid,
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
        for uuid, stamped in zip(uuids, answers, strict=True)
    ]
    if not any(stamped.evidence for stamped in answers):
        session.connection().execute(insert(table), rows)
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


def _own_rows(session: Session, assessment_id: int) -> dict[str, models.Answer]:
    """The assessment's own answer rows with their evidence, by indicator id."""
    return {
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


def _write_own(
    session: Session,
    assessment_id: int,
    rows: dict[str, models.Answer],
    writes: Sequence[AnswerWrite],
) -> None:
    """Write what :func:`merge_own_answers` decided for a file's own answers."""
    for write in writes:
        row = rows.get(write.indicator_id)
        if row is None:
            row = models.Answer(assessment_id=assessment_id, indicator_id=write.indicator_id)
            session.add(row)
        if write.answer is not None:
            mapping.fill_answer(row, write.answer)
            row.updated_at = write.changed_at
        row.evidence.extend(mapping.evidence_row(item) for item in write.new_evidence)
