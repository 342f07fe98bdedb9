"""Charter certificates an issuer signs: their record, number and data (pure)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class IssuedCertificate:
    """One entry of an issuer's register of issued charter certificates."""

    number: str
    issuer_fingerprint: str
    issuer_name: str
    organization: str
    assessment_uuid: str
    framework: str
    overall: float | None
    issued_at: datetime
    valid_from: date
    valid_until: date
    document_sha256: str
    revoked_at: datetime | None = None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    def summary(self) -> dict[str, str]:
        """What ``issuer list --json`` prints of the entry."""
        return {
            "number": self.number,
            "issuer": self.issuer_name,
            "organization": self.organization,
            "issued_at": self.issued_at.isoformat(),
            "valid_until": self.valid_until.isoformat(),
            "status": "revoked" if self.revoked else "valid",
        }


def next_number(year: int, taken: int) -> str:
    """The number of an issuer's next certificate of ``year``: "2026-00042"."""
    return f"{year}-{taken + 1:05d}"


def charter_data(
    assessment: Mapping[str, Any],
    *,
    number: str,
    issuer_name: str,
    issuer_fingerprint: str,
    issued_on: date,
    valid_from: date,
    valid_until: date,
    url: str,
    submission_code: str,
) -> dict[str, Any]:
    """A charter certificate's data: the re-scored assessment and what the issuer adds."""
    return {
        **assessment,
        "charter": {
            "number": number,
            "issuer": {"name": issuer_name, "fingerprint": issuer_fingerprint},
            "issued_on": issued_on.isoformat(),
            "valid_from": valid_from.isoformat(),
            "valid_until": valid_until.isoformat(),
            "url": url,
            "submission_code": submission_code,
        },
    }
