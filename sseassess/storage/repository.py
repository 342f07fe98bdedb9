"""Maps database rows to domain records and back; every write is one transaction."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from sseassess.domain.answers import Answer
from sseassess.domain.records import (
    ActionItem,
    AssessmentRecord,
    EvidenceRecord,
    OrganizationProfile,
    OrganizationRecord,
    ParticipantRecord,
)
from sseassess.domain.text import N_, TranslatableError
from sseassess.storage import models
from sseassess.storage.database import Database


class NotFoundError(TranslatableError):
    """No organization or assessment matches what the user named."""


@dataclass(frozen=True, slots=True)
class SnapshotContent:
    """The stored content of a framework snapshot."""

    framework_id: str
    version: str
    content_hash: str
    content: str


_PROFILE_FIELDS = (
    "name",
    "legal_form",
    "country",
    "sector",
    "members",
    "employees",
    "founded_year",
    "signatory_category",
)


def _profile(row: models.Organization) -> OrganizationProfile:
    return OrganizationProfile(**{field: getattr(row, field) for field in _PROFILE_FIELDS})


#: An answer's columns, for queries that read plain rows rather than ORM objects.
_ANSWER_COLUMNS = (
    models.Answer.indicator_id,
    models.Answer.level,
    models.Answer.not_applicable,
    models.Answer.reason,
    models.Answer.note,
    models.Answer.for_discussion,
)


def _answer_from_columns(values: Sequence[Any]) -> Answer:
    """An answer from the values of ``_ANSWER_COLUMNS``, in that order."""
    indicator_id, level, not_applicable, reason, note, discuss = values
    return Answer(indicator_id, level, bool(not_applicable), reason, note, bool(discuss))


def _answer(row: models.Answer) -> Answer:
    return Answer(
        indicator_id=row.indicator_id,
        level=row.level,
        not_applicable=row.not_applicable,
        reason=row.reason,
        note=row.note,
        for_discussion=row.for_discussion,
    )


class Repository:
    """Reads and writes organizations, framework snapshots, assessments and answers."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._assessment_ids: dict[str, int] = {}

    # -- organizations

    def add_organization(self, profile: OrganizationProfile) -> str:
        with self._db.session() as session:
            row = models.Organization(**_profile_values(profile))
            session.add(row)
            session.flush()
            return row.uuid

    def update_organization(self, uuid: str, profile: OrganizationProfile) -> None:
        with self._db.session() as session:
            row = self._organization_row(session, uuid)
            for field, value in _profile_values(profile).items():
                setattr(row, field, value)

    def organization(self, uuid: str) -> OrganizationRecord:
        with self._db.session() as session:
            row = self._organization_row(session, uuid)
            return OrganizationRecord(row.uuid, _profile(row))

    def find_organization(self, reference: str) -> OrganizationRecord:
        """The organization whose UUID or exact name is ``reference``."""
        with self._db.session() as session:
            rows = session.scalars(
                select(models.Organization)
                .where(
                    or_(
                        models.Organization.uuid == reference,
                        models.Organization.name == reference,
                    )
                )
                .limit(2)
            ).all()
            if not rows:
                raise NotFoundError(N_("No organization {reference!r}."), reference=reference)
            if len(rows) > 1:
                raise NotFoundError(
                    N_("Several organizations are named {reference!r}; use the id instead."),
                    reference=reference,
                )
            return OrganizationRecord(rows[0].uuid, _profile(rows[0]))

    def organizations(self) -> list[OrganizationRecord]:
        table = models.Organization.__table__
        query = select(table.c.uuid, *(table.c[field] for field in _PROFILE_FIELDS)).order_by(
            func.lower(table.c.name), table.c.id
        )
        with self._db.session() as session:
            rows = session.connection().execute(query)
            return [OrganizationRecord(row[0], OrganizationProfile(*row[1:])) for row in rows]

    def organization_count(self) -> int:
        with self._db.session() as session:
            return session.scalar(select(func.count(models.Organization.id))) or 0

    def delete_organization(self, uuid: str) -> None:
        with self._db.session() as session:
            session.delete(self._organization_row(session, uuid))
        self._assessment_ids.clear()

    # -- framework snapshots

    def store_snapshot(
        self, framework_id: str, version: str, content_hash: str, content: str
    ) -> None:
        """Keep this framework content, once per content hash."""
        with self._db.session() as session:
            exists = session.scalar(
                select(models.FrameworkSnapshot.id).where(
                    models.FrameworkSnapshot.content_hash == content_hash
                )
            )
            if exists is None:
                session.add(
                    models.FrameworkSnapshot(
                        framework_id=framework_id,
                        version=version,
                        content_hash=content_hash,
                        content=content,
                    )
                )

    def snapshot(self, content_hash: str) -> SnapshotContent:
        with self._db.session() as session:
            row = session.scalars(
                select(models.FrameworkSnapshot).where(
                    models.FrameworkSnapshot.content_hash == content_hash
                )
            ).one()
            return SnapshotContent(row.framework_id, row.version, row.content_hash, row.content)

    # -- assessments

    def add_assessment(
        self, organization_uuid: str, content_hash: str, kind: str, assessed_on: date
    ) -> str:
        with self._db.session() as session:
            organization = self._organization_row(session, organization_uuid)
            snapshot_id = session.scalars(
                select(models.FrameworkSnapshot.id).where(
                    models.FrameworkSnapshot.content_hash == content_hash
                )
            ).one()
            row = models.Assessment(
                organization_id=organization.id,
                framework_snapshot_id=snapshot_id,
                kind=kind,
                assessed_on=assessed_on,
            )
            session.add(row)
            session.flush()
            return row.uuid

    def assessment(self, uuid: str) -> AssessmentRecord:
        with self._db.session() as session:
            row = session.execute(
                _ASSESSMENT_RECORD.where(models.Assessment.uuid == uuid)
            ).one_or_none()
        if row is None:
            raise NotFoundError(N_("No assessment {reference!r}."), reference=uuid)
        return _record(row)

    def assessments(self) -> list[AssessmentRecord]:
        """Every assessment, newest first, in one query."""
        query = _ASSESSMENT_RECORD.order_by(
            models.Assessment.assessed_on.desc(), models.Assessment.id.desc()
        )
        with self._db.session() as session:
            # Plain rows through the connection: no ORM bookkeeping for thousands of rows.
            return [_record(row) for row in session.connection().execute(query)]

    def find_assessment(self, reference: str) -> AssessmentRecord:
        """The assessment whose UUID is ``reference`` (or starts with it, when unique)."""
        with self._db.session() as session:
            row = session.scalar(
                select(models.Assessment).where(models.Assessment.uuid == reference)
            )
            if row is None and len(reference) >= 4:
                rows = session.scalars(
                    select(models.Assessment)
                    .where(models.Assessment.uuid.startswith(reference, autoescape=True))
                    .limit(2)
                ).all()
                row = rows[0] if len(rows) == 1 else None
            if row is None:
                raise NotFoundError(N_("No assessment {reference!r}."), reference=reference)
            uuid = row.uuid
        return self.assessment(uuid)

    def set_status(self, uuid: str, status: str) -> None:
        with self._db.session() as session:
            self._assessment_row(session, uuid).status = status

    def set_current_indicator(self, uuid: str, indicator_id: str | None) -> None:
        with self._db.session() as session:
            self._assessment_row(session, uuid).current_indicator = indicator_id

    def delete_assessment(self, uuid: str) -> None:
        with self._db.session() as session:
            session.delete(self._assessment_row(session, uuid))
        self._assessment_ids.pop(uuid, None)

    # -- answers

    def save_answer(self, assessment_uuid: str, answer: Answer) -> None:
        """Store the assessment's own answer to one indicator, committed at once."""
        with self._db.session() as session:
            row = self._own_answer_row(session, assessment_uuid, answer.indicator_id, create=True)
            assert row is not None
            _fill_answer(row, answer)

    def replace_answers(self, assessment_uuid: str, answers: Iterable[Answer]) -> int:
        """Save many answers in one transaction: all of them, or none."""
        count = 0
        with self._db.session() as session:
            assessment_id = self._assessment_id(session, assessment_uuid)
            existing = {
                row.indicator_id: row
                for row in session.scalars(
                    select(models.Answer).where(
                        models.Answer.assessment_id == assessment_id,
                        models.Answer.participant_id.is_(None),
                    )
                )
            }
            for answer in answers:
                row = existing.get(answer.indicator_id)
                if row is None:
                    row = models.Answer(
                        assessment_id=assessment_id, indicator_id=answer.indicator_id
                    )
                    session.add(row)
                    existing[answer.indicator_id] = row
                _fill_answer(row, answer)
                count += 1
        return count

    def answers(self, assessment_uuid: str) -> dict[str, Answer]:
        """The assessment's own answers, keyed by indicator id."""
        with self._db.session() as session:
            assessment_id = self._assessment_id(session, assessment_uuid)
            rows = session.scalars(
                select(models.Answer).where(
                    models.Answer.assessment_id == assessment_id,
                    models.Answer.participant_id.is_(None),
                )
            )
            return {row.indicator_id: _answer(row) for row in rows}

    def answers_of(self, assessment_uuids: Sequence[str]) -> dict[str, dict[str, Answer]]:
        """The own answers of many assessments at once (for history lists), in one query."""
        result: dict[str, dict[str, Answer]] = defaultdict(dict)
        if not assessment_uuids:
            return result
        wanted = set(assessment_uuids)
        with self._db.session() as session:
            query = (
                select(models.Assessment.uuid, *_ANSWER_COLUMNS)
                .join(models.Answer, models.Answer.assessment_id == models.Assessment.id)
                .where(models.Answer.participant_id.is_(None))
            )
            if len(wanted) < 500:
                query = query.where(models.Assessment.uuid.in_(wanted))
            rows = session.connection().execute(query)
            for uuid, *columns in rows:
                if uuid in wanted:
                    answer = _answer_from_columns(columns)
                    result[uuid][answer.indicator_id] = answer
        return result

    def copy_answers(self, source_uuid: str, target_uuid: str) -> int:
        """Copy the own answers (with notes and evidence) of one assessment into another."""
        count = 0
        with self._db.session() as session:
            source_id = self._assessment_id(session, source_uuid)
            target_id = self._assessment_id(session, target_uuid)
            rows = session.scalars(
                select(models.Answer).where(
                    models.Answer.assessment_id == source_id,
                    models.Answer.participant_id.is_(None),
                )
            ).all()
            for row in rows:
                copy = models.Answer(assessment_id=target_id, indicator_id=row.indicator_id)
                _fill_answer(copy, _answer(row))
                copy.evidence = [
                    models.Evidence(
                        file_name=item.file_name,
                        media_type=item.media_type,
                        size=item.size,
                        sha256=item.sha256,
                        data=item.data,
                    )
                    for item in row.evidence
                ]
                session.add(copy)
                count += 1
        return count

    # -- evidence

    def add_evidence(
        self,
        assessment_uuid: str,
        indicator_id: str,
        file_name: str,
        media_type: str,
        data: bytes,
    ) -> EvidenceRecord:
        """Attach a file to the answer to ``indicator_id`` (created empty if needed)."""
        import hashlib

        with self._db.session() as session:
            answer = self._own_answer_row(session, assessment_uuid, indicator_id, create=True)
            assert answer is not None
            row = models.Evidence(
                file_name=file_name,
                media_type=media_type,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                data=data,
            )
            answer.evidence.append(row)
            session.flush()
            return _evidence(row, indicator_id)

    def evidence(self, assessment_uuid: str) -> dict[str, list[EvidenceRecord]]:
        """The evidence files of an assessment's own answers, by indicator id."""
        result: dict[str, list[EvidenceRecord]] = defaultdict(list)
        with self._db.session() as session:
            assessment_id = self._assessment_id(session, assessment_uuid)
            query = (
                select(
                    models.Evidence.uuid,
                    models.Answer.indicator_id,
                    models.Evidence.file_name,
                    models.Evidence.media_type,
                    models.Evidence.size,
                    models.Evidence.sha256,
                )
                .join(models.Answer, models.Evidence.answer_id == models.Answer.id)
                .where(
                    models.Answer.assessment_id == assessment_id,
                    models.Answer.participant_id.is_(None),
                )
                .order_by(models.Evidence.id)
            )
            for row in session.execute(query):
                result[row[1]].append(EvidenceRecord(*row))
        return dict(result)

    def evidence_data(self, evidence_uuid: str) -> bytes:
        with self._db.session() as session:
            data = session.scalar(
                select(models.Evidence.data).where(models.Evidence.uuid == evidence_uuid)
            )
        if data is None:
            raise NotFoundError(N_("No evidence file {reference!r}."), reference=evidence_uuid)
        return data

    def remove_evidence(self, evidence_uuid: str) -> None:
        with self._db.session() as session:
            session.execute(delete(models.Evidence).where(models.Evidence.uuid == evidence_uuid))

    # -- action plan

    def actions(self, assessment_uuid: str) -> list[ActionItem]:
        with self._db.session() as session:
            assessment_id = self._assessment_id(session, assessment_uuid)
            rows = session.scalars(
                select(models.ActionItem)
                .where(models.ActionItem.assessment_id == assessment_id)
                .order_by(models.ActionItem.position, models.ActionItem.id)
            )
            return [
                ActionItem(
                    description=row.description,
                    owner=row.owner,
                    due_date=row.due_date,
                    status=row.status,
                    indicator_id=row.indicator_id,
                    uuid=row.uuid,
                )
                for row in rows
            ]

    def save_action(self, assessment_uuid: str, action: ActionItem) -> str:
        """Add (no uuid) or update an action of the plan; its UUID."""
        with self._db.session() as session:
            assessment_id = self._assessment_id(session, assessment_uuid)
            row = None
            if action.uuid:
                row = session.scalar(
                    select(models.ActionItem).where(models.ActionItem.uuid == action.uuid)
                )
            if row is None:
                position = session.scalar(
                    select(func.count(models.ActionItem.id)).where(
                        models.ActionItem.assessment_id == assessment_id
                    )
                )
                row = models.ActionItem(assessment_id=assessment_id, position=position or 0)
                if action.uuid:
                    row.uuid = action.uuid
                session.add(row)
            row.description = action.description
            row.owner = action.owner
            row.due_date = action.due_date
            row.status = action.status
            row.indicator_id = action.indicator_id
            session.flush()
            return row.uuid

    def remove_action(self, action_uuid: str) -> None:
        with self._db.session() as session:
            session.execute(delete(models.ActionItem).where(models.ActionItem.uuid == action_uuid))

    # -- helpers

    def _own_answer_row(
        self, session: Session, assessment_uuid: str, indicator_id: str, create: bool = False
    ) -> models.Answer | None:
        assessment_id = self._assessment_id(session, assessment_uuid)
        row = session.scalar(
            select(models.Answer).where(
                models.Answer.assessment_id == assessment_id,
                models.Answer.participant_id.is_(None),
                models.Answer.indicator_id == indicator_id,
            )
        )
        if row is None and create:
            row = models.Answer(assessment_id=assessment_id, indicator_id=indicator_id)
            session.add(row)
        return row

    def _organization_row(self, session: Session, uuid: str) -> models.Organization:
        row = session.scalar(select(models.Organization).where(models.Organization.uuid == uuid))
        if row is None:
            raise NotFoundError(N_("No organization {reference!r}."), reference=uuid)
        return row

    def _assessment_row(self, session: Session, uuid: str) -> models.Assessment:
        row = session.scalar(select(models.Assessment).where(models.Assessment.uuid == uuid))
        if row is None:
            raise NotFoundError(N_("No assessment {reference!r}."), reference=uuid)
        return row

    def _assessment_id(self, session: Session, uuid: str) -> int:
        cached = self._assessment_ids.get(uuid)
        if cached is not None:
            return cached
        identifier = session.scalar(
            select(models.Assessment.id).where(models.Assessment.uuid == uuid)
        )
        if identifier is None:
            raise NotFoundError(N_("No assessment {reference!r}."), reference=uuid)
        self._assessment_ids[uuid] = identifier
        return identifier

    # -- participants

    def participant_count(self, assessment_uuid: str) -> int:
        """How many participants a (workshop) assessment has recorded."""
        with self._db.session() as session:
            assessment_id = self._assessment_id(session, assessment_uuid)
            count = session.scalar(
                select(func.count(models.Participant.id)).where(
                    models.Participant.assessment_id == assessment_id
                )
            )
            return count or 0

    # -- workshop participants

    def participants(self, assessment_uuid: str) -> list[ParticipantRecord]:
        """The participants of a workshop, in the order they joined."""
        with self._db.session() as session:
            assessment_id = self._assessment_id(session, assessment_uuid)
            rows = session.scalars(
                select(models.Participant)
                .where(models.Participant.assessment_id == assessment_id)
                .order_by(models.Participant.id)
            )
            return [_participant(row) for row in rows]

    def add_participant(
        self,
        assessment_uuid: str,
        display_name: str,
        role: str | None = None,
    ) -> ParticipantRecord:
        with self._db.session() as session:
            assessment_id = self._assessment_id(session, assessment_uuid)
            row = models.Participant(
                assessment_id=assessment_id, display_name=display_name, role=role
            )
            session.add(row)
            session.flush()
            return _participant(row)

    def update_participant(self, participant: ParticipantRecord) -> None:
        with self._db.session() as session:
            row = self._participant_row(session, participant.uuid)
            row.display_name = participant.display_name
            row.role = participant.role

    def remove_participant(self, participant_uuid: str) -> None:
        """Remove a participant and their answers."""
        with self._db.session() as session:
            session.delete(self._participant_row(session, participant_uuid))

    def replace_participant_answers(
        self,
        participant_uuid: str,
        answers: Iterable[Answer],
        answered_at: datetime | None = None,
        source_hash: str | None = None,
    ) -> int:
        """Replace all of a participant's answers in one transaction; how many were stored."""
        with self._db.session() as session:
            participant = self._participant_row(session, participant_uuid)
            return _write_participant_answers(
                session, participant, answers, answered_at, source_hash
            )

    def import_participant_answers(
        self,
        assessment_uuid: str,
        display_name: str,
        role: str | None,
        answers: Iterable[Answer],
    ) -> int:
        """Find the participant by name (or add them), set the role if given, and replace
        their answers: all in one transaction."""
        with self._db.session() as session:
            assessment_id = self._assessment_id(session, assessment_uuid)
            wanted = display_name.casefold()
            participant = next(
                (
                    row
                    for row in session.scalars(
                        select(models.Participant)
                        .where(models.Participant.assessment_id == assessment_id)
                        .order_by(models.Participant.id)
                    )
                    if row.display_name.casefold() == wanted
                ),
                None,
            )
            if participant is None:
                participant = models.Participant(
                    assessment_id=assessment_id, display_name=display_name, role=role
                )
                session.add(participant)
                session.flush()
            elif role is not None:
                participant.role = role
            return _write_participant_answers(session, participant, answers, None, None)

    def participant_answers(self, assessment_uuid: str) -> dict[str, dict[str, Answer]]:
        """Every participant's answers, by participant UUID then indicator id."""
        result: dict[str, dict[str, Answer]] = {}
        with self._db.session() as session:
            assessment_id = self._assessment_id(session, assessment_uuid)
            query = (
                select(models.Participant.uuid, *_ANSWER_COLUMNS)
                .join(models.Participant, models.Answer.participant_id == models.Participant.id)
                .where(models.Answer.assessment_id == assessment_id)
            )
            for uuid, *columns in session.connection().execute(query):
                answer = _answer_from_columns(columns)
                result.setdefault(uuid, {})[answer.indicator_id] = answer
        return result

    def _participant_row(self, session: Session, uuid: str) -> models.Participant:
        row = session.scalar(select(models.Participant).where(models.Participant.uuid == uuid))
        if row is None:
            raise NotFoundError(N_("No participant {reference!r}."), reference=uuid)
        return row

    # -- files that travel (bundles)

    def bundle_answers(
        self, assessment_uuid: str, participant_uuid: str | None = None
    ) -> list[StampedAnswer]:
        """The assessment's own answers (or one participant's) in indicator order, each with
        when it last changed and its evidence files with their bytes, read in one go."""
        from sqlalchemy.orm import selectinload

        with self._db.session() as session:
            assessment_id = self._assessment_id(session, assessment_uuid)
            query = (
                select(models.Answer)
                .options(selectinload(models.Answer.evidence))
                .where(models.Answer.assessment_id == assessment_id)
                .order_by(models.Answer.indicator_id)
            )
            if participant_uuid is None:
                query = query.where(models.Answer.participant_id.is_(None))
            else:
                participant = self._participant_row(session, participant_uuid)
                query = query.where(models.Answer.participant_id == participant.id)
            return [_stamped(row) for row in session.scalars(query)]

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
        participant's answers starts in progress).

        ``participant`` given: their answers replace the stored ones only when the pair
        ``(answered_at, source_hash)`` is greater than the stored pair (no time counts as
        the oldest), so whatever the import order the latest version is kept; the same
        ``source_hash`` again changes nothing. Otherwise ``answers`` are the assessment's
        own: merged indicator by indicator, the answer changed last wins (``changed_at``
        against the stored ``updated_at``; a tie goes to the greater answer), and evidence
        files are added when their SHA-256 is not on the answer yet.

        Refused with ``InputError`` (nothing written) when the assessment here belongs to
        another organization or uses another framework snapshot, when the participant
        belongs to another assessment, when participants' answers target an assessment
        that is not a workshop, and when a finished assessment would change.
        """
        from sseassess.domain.text import InputError

        with self._db.session() as session:
            found = session.execute(
                _ASSESSMENT_RECORD.add_columns(models.Assessment.id).where(
                    models.Assessment.uuid == assessment.uuid
                )
            ).one_or_none()
            if found is None:
                here = _create_bundle_assessment(
                    session, organization, snapshot, assessment, participant is not None
                )
                assessment_id = here.id
                here_record = _record(
                    (
                        here.uuid,
                        organization.uuid,
                        here.organization.name,
                        snapshot.framework_id,
                        snapshot.version,
                        snapshot.content_hash,
                        here.kind,
                        here.status,
                        here.assessed_on,
                        None,
                    )
                )
            else:
                assessment_id = found[-1]
                here_record = _record(found[:-1])
                _check_bundle_target(here_record, organization, snapshot)
            result = BundleImport(
                "unchanged",
                "already-here",
                here_record.uuid,
                here_record.organization_name,
                participant.display_name if participant else None,
            )
            finished = here_record.status == "finished"
            if participant is None:
                changed = _merge_own_answers(session, assessment_id, answers)
                if found is None:
                    return replace(
                        result, outcome="imported", reason="new-assessment", changed=changed
                    )
                if changed and finished:
                    raise InputError(_FINISHED)
                if changed:
                    return replace(
                        result, outcome="replaced", reason="newer-answers", changed=changed
                    )
                return result
            if here_record.kind != "workshop":
                raise InputError(
                    N_(
                        "The assessment in this file is not a workshop here, so it cannot "
                        "receive a participant's answers; nothing was imported."
                    )
                )
            table = models.Base.metadata.tables["participant"]
            person = session.execute(
                select(
                    table.c.id, table.c.assessment_id, table.c.answered_at, table.c.source_hash
                ).where(table.c.uuid == participant.uuid)
            ).one_or_none()
            if person is not None:
                if person.assessment_id != assessment_id:
                    raise InputError(
                        N_(
                            "The participant in this file belongs to another assessment here; "
                            "nothing was imported."
                        )
                    )
                if person.source_hash == participant.source_hash:
                    return replace(result, reason="same-file")
                if _version(participant.answered_at, participant.source_hash) <= _version(
                    person.answered_at, person.source_hash
                ):
                    return replace(result, reason="older")
            if finished:
                raise InputError(_FINISHED)
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
                result = replace(result, outcome="imported", reason="new-participant")
            else:
                person_id = person.id
                session.execute(
                    delete(models.Answer).where(models.Answer.participant_id == person_id)
                )
                session.execute(update(table).where(table.c.id == person_id).values(**values))
                result = replace(result, outcome="replaced", reason="newer-participant")
            _insert_answers(session, assessment_id, person_id, answers)
            return replace(result, changed=len(answers))


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
    """What importing one bundle did.

    ``outcome`` is "imported" (something new was added), "replaced" (newer answers took
    the place of older ones) or "unchanged"; ``reason`` says why: "new-assessment",
    "new-participant", "newer-participant", "newer-answers", "same-file", "older" or
    "already-here".
    """

    outcome: str
    reason: str
    assessment_uuid: str
    organization_name: str
    participant_name: str | None = None
    changed: int = 0


_FINISHED = N_("This assessment is finished; reopen it to import more answers.")


def _stamped(row: models.Answer) -> StampedAnswer:
    return StampedAnswer(
        _answer(row),
        row.updated_at,
        tuple(
            EvidenceFile(item.file_name, item.media_type, item.sha256, item.data)
            for item in sorted(row.evidence, key=lambda item: item.id)
        ),
    )


def _evidence_row(item: EvidenceFile) -> models.Evidence:
    return models.Evidence(
        file_name=item.file_name,
        media_type=item.media_type,
        size=len(item.data),
        sha256=item.sha256,
        data=item.data,
    )


def _version(answered_at: datetime | None, source_hash: str | None) -> tuple[datetime, str]:
    """The order of versions of a participant's answers: latest time, then greatest hash."""
    return (answered_at or datetime.min, source_hash or "")


def _answer_order(answer: Answer) -> tuple[int, bool, str, str, bool]:
    """A total order of answers, to settle two changed at the very same time."""
    level = -1 if answer.level is None else answer.level
    return (level, answer.not_applicable, answer.reason, answer.note, answer.for_discussion)


def _create_bundle_assessment(
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
        owner = models.Organization(uuid=organization.uuid, **_profile_values(organization.profile))
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
        status="in_progress" if for_participant else assessment.status,
        assessed_on=assessment.assessed_on,
    )
    session.add(row)
    session.flush()
    return row


def _check_bundle_target(
    here: AssessmentRecord, organization: OrganizationRecord, snapshot: SnapshotContent
) -> None:
    from sseassess.domain.text import InputError

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
    rows = [
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
    """Merge a bundle's own answers into the assessment's; how many answers and evidence
    files changed (an answer only re-stamped with a later time does not count)."""
    from sqlalchemy.orm import selectinload

    existing = {
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
    changed = 0
    for stamped in answers:
        changed_at = stamped.changed_at or datetime.min
        row = existing.get(stamped.answer.indicator_id)
        if row is None:
            row = models.Answer(
                assessment_id=assessment_id, indicator_id=stamped.answer.indicator_id
            )
            _fill_answer(row, stamped.answer)
            row.updated_at = changed_at
            session.add(row)
            existing[row.indicator_id] = row
            changed += 1
        else:
            current = _answer(row)
            if (changed_at, _answer_order(stamped.answer)) > (
                row.updated_at,
                _answer_order(current),
            ):
                _fill_answer(row, stamped.answer)
                row.updated_at = changed_at
                changed += current != stamped.answer
        present = {item.sha256 for item in row.evidence}
        for item in stamped.evidence:
            if item.sha256 not in present:
                row.evidence.append(_evidence_row(item))
                present.add(item.sha256)
                changed += 1
    return changed


def _write_participant_answers(
    session: Session,
    participant: models.Participant,
    answers: Iterable[Answer],
    answered_at: datetime | None,
    source_hash: str | None,
) -> int:
    """Replace a participant's answers within the caller's transaction; how many."""
    session.execute(delete(models.Answer).where(models.Answer.participant_id == participant.id))
    count = 0
    for answer in answers:
        row = models.Answer(
            assessment_id=participant.assessment_id,
            participant_id=participant.id,
            indicator_id=answer.indicator_id,
        )
        _fill_answer(row, answer)
        session.add(row)
        count += 1
    participant.answered_at = answered_at
    participant.source_hash = source_hash
    return count


def _participant(row: models.Participant) -> ParticipantRecord:
    return ParticipantRecord(row.uuid, row.display_name, row.role, row.answered_at, row.source_hash)


#: The columns of an ``AssessmentRecord``, in its field order, joined in one query.
_ASSESSMENT_RECORD = (
    select(
        models.Assessment.uuid,
        models.Organization.uuid,
        models.Organization.name,
        models.FrameworkSnapshot.framework_id,
        models.FrameworkSnapshot.version,
        models.FrameworkSnapshot.content_hash,
        models.Assessment.kind,
        models.Assessment.status,
        models.Assessment.assessed_on,
        models.Assessment.current_indicator,
    )
    .join(models.Organization, models.Assessment.organization_id == models.Organization.id)
    .join(
        models.FrameworkSnapshot,
        models.Assessment.framework_snapshot_id == models.FrameworkSnapshot.id,
    )
)


def _evidence(row: models.Evidence, indicator_id: str) -> EvidenceRecord:
    return EvidenceRecord(
        row.uuid, indicator_id, row.file_name, row.media_type, row.size, row.sha256
    )


def _record(row: Any) -> AssessmentRecord:
    """An ``AssessmentRecord`` from a row of ``_ASSESSMENT_RECORD``."""
    return AssessmentRecord(*row)


def _profile_values(profile: OrganizationProfile) -> Mapping[str, object]:
    return {field: getattr(profile, field) for field in _PROFILE_FIELDS}


def _fill_answer(row: models.Answer, answer: Answer) -> None:
    row.level = answer.level
    row.not_applicable = answer.not_applicable
    row.reason = answer.reason
    row.note = answer.note
    row.for_discussion = answer.for_discussion
