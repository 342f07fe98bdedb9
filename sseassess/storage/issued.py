"""The issuer's register: charter certificates issued, numbered per issuer, and revoked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sseassess.domain.charter import IssuedCertificate
from sseassess.domain.text import N_
from sseassess.storage import models
from sseassess.storage.database import Database
from sseassess.storage.errors import NotFoundError

_FIELDS = (
    "number",
    "issuer_fingerprint",
    "issuer_name",
    "organization",
    "assessment_uuid",
    "framework",
    "overall",
    "issued_at",
    "valid_from",
    "valid_until",
    "document_sha256",
    "revoked_at",
)


def _record(row: models.IssuedCertificate) -> IssuedCertificate:
    return IssuedCertificate(**{name: getattr(row, name) for name in _FIELDS})


class Issued:
    """Adds, lists and revokes the certificates in the register."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, issuer_fingerprint: str, make: Callable[[int], IssuedCertificate]) -> None:
        """Record the certificate ``make`` builds from the count this issuer already has
        (its number follows from it), in one transaction: two issues never share a number."""
        with self._db.session() as session:
            taken = session.scalar(
                select(func.count(models.IssuedCertificate.id)).where(
                    models.IssuedCertificate.issuer_fingerprint == issuer_fingerprint
                )
            )
            record = make(taken or 0)
            session.add(
                models.IssuedCertificate(**{name: getattr(record, name) for name in _FIELDS})
            )

    def remove(self, issuer_fingerprint: str, number: str) -> None:
        with self._db.session() as session:
            row = self._row(session, issuer_fingerprint, number)
            session.delete(row)

    def all(self, issuer_fingerprint: str | None = None) -> list[IssuedCertificate]:
        query = select(models.IssuedCertificate).order_by(
            models.IssuedCertificate.issuer_name, models.IssuedCertificate.id
        )
        if issuer_fingerprint is not None:
            query = query.where(models.IssuedCertificate.issuer_fingerprint == issuer_fingerprint)
        with self._db.session() as session:
            return [_record(row) for row in session.scalars(query)]

    def revoke(self, issuer_fingerprint: str, number: str, when: datetime) -> IssuedCertificate:
        """Mark a certificate revoked (a second revocation keeps the first date)."""
        with self._db.session() as session:
            row = self._row(session, issuer_fingerprint, number)
            if row.revoked_at is None:
                row.revoked_at = when
            return _record(row)

    @staticmethod
    def _row(session: Session, issuer_fingerprint: str, number: str) -> models.IssuedCertificate:
        row = session.scalar(
            select(models.IssuedCertificate).where(
                models.IssuedCertificate.issuer_fingerprint == issuer_fingerprint,
                models.IssuedCertificate.number == number,
            )
        )
        if row is None:
            raise NotFoundError(
                N_("No certificate No. {number} in this issuer's register."), number=number
            )
        return row
