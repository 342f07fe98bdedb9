"""Organizations and their profiles."""

from __future__ import annotations

from sqlalchemy import func, or_, select

from sseassess.domain.records import OrganizationProfile, OrganizationRecord
from sseassess.domain.text import N_
from sseassess.storage import mapping, models
from sseassess.storage.database import Database
from sseassess.storage.errors import NotFoundError


class Organizations:
    """Reads and writes organizations; deleting one deletes its assessments."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, profile: OrganizationProfile) -> str:
        """Store a new organization; its UUID."""
        with self._db.session() as session:
            row = models.Organization(**mapping.profile_values(profile))
            session.add(row)
            session.flush()
            return row.uuid

    def update(self, uuid: str, profile: OrganizationProfile) -> None:
        with self._db.session() as session:
            row = mapping.organization_row(session, uuid)
            for field, value in mapping.profile_values(profile).items():
                setattr(row, field, value)

    def get(self, uuid: str) -> OrganizationRecord:
        with self._db.reading() as session:
            row = mapping.organization_row(session, uuid)
            return OrganizationRecord(row.uuid, mapping.profile(row))

    def find(self, reference: str) -> OrganizationRecord:
        """The organization whose UUID or exact name is ``reference``."""
        with self._db.reading() as session:
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
            return OrganizationRecord(rows[0].uuid, mapping.profile(rows[0]))

    def all(self) -> list[OrganizationRecord]:
        """Every organization, by name (case-insensitive)."""
        table = models.Organization.__table__
        query = select(
            table.c.uuid, *(table.c[field] for field in mapping.PROFILE_FIELDS)
        ).order_by(func.lower(table.c.name), table.c.id)
        with self._db.reading() as session:
            rows = session.connection().execute(query)
            return [OrganizationRecord(row[0], OrganizationProfile(*row[1:])) for row in rows]

    def count(self) -> int:
        with self._db.reading() as session:
            return session.scalar(select(func.count(models.Organization.id))) or 0

    def delete(self, uuid: str) -> None:
        with self._db.session() as session:
            session.delete(mapping.organization_row(session, uuid))
