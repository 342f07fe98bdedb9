"""Assessments, the framework snapshots they were made with, and their action plans."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from sseassess.domain.records import (
    ActionItem,
    AssessmentKind,
    AssessmentRecord,
    AssessmentStatus,
    SnapshotContent,
)
from sseassess.domain.text import N_
from sseassess.storage import mapping, models
from sseassess.storage.database import Database
from sseassess.storage.errors import NotFoundError


class Snapshots:
    """Framework contents, stored once per content hash and never changed."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def store(self, framework_id: str, version: str, content_hash: str, content: str) -> None:
        """Keep this framework content, once per content hash (when another connection
        stores the same content at the same moment, its copy is the one kept)."""
        try:
            self._store(framework_id, version, content_hash, content)
        except IntegrityError:
            self._store(framework_id, version, content_hash, content)

    def _store(self, framework_id: str, version: str, content_hash: str, content: str) -> None:
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

    def find(self, content_hash: str) -> SnapshotContent | None:
        """The snapshot with this hash, or None when this computer does not have it."""
        with self._db.session() as session:
            row = session.scalar(
                select(models.FrameworkSnapshot).where(
                    models.FrameworkSnapshot.content_hash == content_hash
                )
            )
            if row is None:
                return None
            return SnapshotContent(row.framework_id, row.version, row.content_hash, row.content)

    def get(self, content_hash: str) -> SnapshotContent:
        with self._db.reading() as session:
            row = session.scalars(
                select(models.FrameworkSnapshot).where(
                    models.FrameworkSnapshot.content_hash == content_hash
                )
            ).one()
            return SnapshotContent(row.framework_id, row.version, row.content_hash, row.content)


class Assessments:
    """Assessments of organizations, without their answers."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add(
        self,
        organization_uuid: str,
        content_hash: str,
        kind: AssessmentKind,
        assessed_on: date,
    ) -> str:
        """A new assessment in progress; its UUID."""
        with self._db.session() as session:
            organization = mapping.organization_row(session, organization_uuid)
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

    def get(self, uuid: str) -> AssessmentRecord:
        with self._db.reading() as session:
            row = session.execute(
                mapping.ASSESSMENT_RECORD.where(models.Assessment.uuid == uuid)
            ).one_or_none()
        if row is None:
            raise NotFoundError(N_("No assessment {reference!r}."), reference=uuid)
        return mapping.assessment_record(row)

    def all(self) -> list[AssessmentRecord]:
        """Every assessment, newest first, in one query."""
        query = mapping.ASSESSMENT_RECORD.order_by(
            models.Assessment.assessed_on.desc(), models.Assessment.id.desc()
        )
        with self._db.reading() as session:
            # Plain rows through the connection: no ORM bookkeeping for thousands of rows.
            rows = session.connection().execute(query)
            return [mapping.assessment_record(row) for row in rows]

    def find(self, reference: str) -> AssessmentRecord:
        """The assessment whose UUID is ``reference`` (or starts with it, when unique)."""
        with self._db.reading() as session:
            uuid = session.scalar(
                select(models.Assessment.uuid).where(models.Assessment.uuid == reference)
            )
            if uuid is None and len(reference) >= 4:
                found = session.scalars(
                    select(models.Assessment.uuid)
                    .where(models.Assessment.uuid.startswith(reference, autoescape=True))
                    .limit(2)
                ).all()
                uuid = found[0] if len(found) == 1 else None
            if uuid is None:
                raise NotFoundError(N_("No assessment {reference!r}."), reference=reference)
        return self.get(uuid)

    def set_status(self, uuid: str, status: AssessmentStatus) -> None:
        with self._db.session() as session:
            change = mapping.change(session, uuid)
            session.execute(
                update(models.Assessment)
                .where(models.Assessment.id == change.id)
                .values(status=status)
                .execution_options(synchronize_session=False)
            )

    def anonymity_minimum(self, uuid: str) -> int:
        """The smallest group of participants whose answers the workshop shows."""
        with self._db.reading() as session:
            return mapping.assessment_row(session, uuid).anonymity_minimum

    def set_anonymity_minimum(self, uuid: str, minimum: int) -> None:
        with self._db.session() as session:
            mapping.assessment_row(session, uuid).anonymity_minimum = minimum

    def set_current_indicator(self, uuid: str, indicator_id: str | None) -> None:
        with self._db.session() as session:
            mapping.assessment_row(session, uuid).current_indicator = indicator_id

    def delete(self, uuid: str) -> None:
        """Delete an assessment with its answers, evidence, participants and plan."""
        with self._db.session() as session:
            session.delete(mapping.assessment_row(session, uuid))


class Actions:
    """The steps of each assessment's action plan, in order."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def of(self, assessment_uuid: str) -> list[ActionItem]:
        with self._db.reading() as session:
            assessment_id = mapping.assessment_id(session, assessment_uuid)
            rows = session.scalars(
                select(models.ActionItem)
                .where(models.ActionItem.assessment_id == assessment_id)
                .order_by(models.ActionItem.position, models.ActionItem.id)
            )
            return [mapping.action(row) for row in rows]

    def save(self, assessment_uuid: str, action: ActionItem) -> str:
        """Add (no uuid) or update an action of the plan; its UUID."""
        with self._db.session() as session:
            assessment_id = mapping.change(session, assessment_uuid).id
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

    def remove(self, action_uuid: str) -> None:
        with self._db.session() as session:
            assessment_id = session.scalar(
                select(models.ActionItem.assessment_id).where(models.ActionItem.uuid == action_uuid)
            )
            if assessment_id is not None:
                mapping.change_by_id(session, assessment_id)
            session.execute(delete(models.ActionItem).where(models.ActionItem.uuid == action_uuid))
