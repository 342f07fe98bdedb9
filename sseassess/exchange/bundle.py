"""The ``.sseassess`` bundle format: its limits, its in-memory form, and how it is written.

A bundle is one UTF-8 JSON document::

    {
      "format": "sseassess-bundle",
      "schema_version": 1,
      "generator": "sseassess 0.1.0",          (informational, not hashed)
      "content_hash": "<SHA-256 of the canonical JSON of payload>",
      "payload": {
        "organization": {"uuid", "name", "legal_form", "country", "sector", "members",
                         "employees", "founded_year", "signatory_category"},
        "framework":    {"id", "version", "content_hash", "content"},
        "assessment":   {"uuid", "kind", "status", "assessed_on"},
        "participant":  null, or {"uuid", "display_name", "role", "answered_at"},
        "answers": [{"indicator", "level", "not_applicable", "reason", "note",
                     "for_discussion", "changed_at",
                     "evidence": [{"file_name", "media_type", "size", "sha256", "data"}]}]
      }
    }

``participant`` null: the assessment's own answers (the consensus of a workshop);
otherwise one participant's answers. ``framework.content`` is the canonical JSON of the
framework exactly as the ``framework_snapshot`` table keeps it; evidence ``data`` is
base64. Times are UTC, ``YYYY-MM-DDTHH:MM:SS.ffffffZ``.

``content_hash`` is the SHA-256 of the canonical JSON (sorted keys, no spaces, UTF-8) of
``payload`` with the two large parts left out: the framework ``content`` and each
evidence file's ``data``. Each of them is covered by its own SHA-256, which is in the
payload and is checked on import, so the hash still covers everything (Merkle-style)
without hashing megabytes twice. It detects damage and identifies the file (importing it
twice changes nothing); it is not a signature.
"""

from __future__ import annotations

import hashlib
import json
from base64 import b64encode
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sseassess import __version__
from sseassess.domain import records
from sseassess.domain.framework_loader import canonical_json
from sseassess.domain.merge import StampedAnswer
from sseassess.domain.records import (
    AssessmentRecord,
    OrganizationRecord,
    ParticipantRecord,
    SnapshotContent,
)
from sseassess.domain.text import N_, InputError
from sseassess.files import write_atomically

FORMAT = "sseassess-bundle"
#: The bundle format this version writes and reads.
SCHEMA_VERSION = 1
SUFFIX = ".sseassess"

#: A bundle file larger than this is refused before it is read.
MAX_BUNDLE_BYTES = 50_000_000
#: One evidence file inside a bundle: the same limit as a file attached by hand.
MAX_EVIDENCE_BYTES = records.MAX_EVIDENCE_BYTES
#: The framework snapshot inside a bundle (the ICSSE charter is about 0.2 MB).
MAX_FRAMEWORK_BYTES = 10_000_000
#: Characters of a note or of a reason for "not applicable".
MAX_TEXT_LENGTH = 20_000
#: Evidence files attached to one answer.
MAX_EVIDENCE_PER_ANSWER = 100


@dataclass(frozen=True, slots=True)
class Bundle:
    """One bundle in memory: what it holds and the hash of its canonical payload.

    ``participant.source_hash`` is ignored when writing; a bundle read from a file has it
    set to ``content_hash``.
    """

    organization: OrganizationRecord
    framework: SnapshotContent
    assessment: AssessmentRecord
    participant: ParticipantRecord | None
    answers: tuple[StampedAnswer, ...]
    content_hash: str


def build(
    organization: OrganizationRecord,
    framework: SnapshotContent,
    assessment: AssessmentRecord,
    participant: ParticipantRecord | None,
    answers: Sequence[StampedAnswer],
) -> Bundle:
    """A bundle of these parts, with its content hash."""
    ordered = tuple(sorted(answers, key=lambda stamped: stamped.answer.indicator_id))
    draft = Bundle(organization, framework, assessment, participant, ordered, "")
    return Bundle(
        organization, framework, assessment, participant, ordered, hash_payload(payload(draft))
    )


def payload(bundle: Bundle) -> dict[str, Any]:
    """The payload of a bundle as plain JSON data."""
    profile = bundle.organization.profile
    participant = bundle.participant
    return {
        "organization": {
            "uuid": bundle.organization.uuid,
            "name": profile.name,
            "legal_form": profile.legal_form,
            "country": profile.country,
            "sector": profile.sector,
            "members": profile.members,
            "employees": profile.employees,
            "founded_year": profile.founded_year,
            "signatory_category": profile.signatory_category,
        },
        "framework": {
            "id": bundle.framework.framework_id,
            "version": bundle.framework.version,
            "content_hash": bundle.framework.content_hash,
            "content": bundle.framework.content,
        },
        "assessment": {
            "uuid": bundle.assessment.uuid,
            "kind": bundle.assessment.kind,
            "status": bundle.assessment.status,
            "assessed_on": bundle.assessment.assessed_on.isoformat(),
        },
        "participant": None
        if participant is None
        else {
            "uuid": participant.uuid,
            "display_name": participant.display_name,
            "role": participant.role,
            "answered_at": format_time(participant.answered_at),
        },
        "answers": [
            {
                "indicator": stamped.answer.indicator_id,
                "level": stamped.answer.level,
                "not_applicable": stamped.answer.not_applicable,
                "reason": stamped.answer.reason,
                "note": stamped.answer.note,
                "for_discussion": stamped.answer.for_discussion,
                "changed_at": format_time(stamped.changed_at),
                "evidence": [
                    {
                        "file_name": item.file_name,
                        "media_type": item.media_type,
                        "size": len(item.data),
                        "sha256": item.sha256,
                        "data": b64encode(item.data).decode("ascii"),
                    }
                    for item in stamped.evidence
                ],
            }
            for stamped in bundle.answers
        ],
    }


def hash_payload(data: Any) -> str:
    """The content hash of a payload (any JSON value, as read from an untrusted file)."""
    return hashlib.sha256(canonical_json(_digest_view(data)).encode("utf-8")).hexdigest()


def _digest_view(data: Any) -> Any:
    """The payload without the framework content and the evidence bytes (each covered by
    its own SHA-256); whatever its shape, since files are hashed before they are checked."""
    if not isinstance(data, dict):
        return data
    view = dict(data)
    framework = view.get("framework")
    if isinstance(framework, dict):
        view["framework"] = {key: value for key, value in framework.items() if key != "content"}
    answers = view.get("answers")
    if isinstance(answers, list):
        view["answers"] = [_answer_view(answer) for answer in answers]
    return view


def _answer_view(answer: Any) -> Any:
    if not isinstance(answer, dict) or not isinstance(answer.get("evidence"), list):
        return answer
    files = [
        {key: value for key, value in item.items() if key != "data"}
        if isinstance(item, dict)
        else item
        for item in answer["evidence"]
    ]
    return {**answer, "evidence": files}


def serialize(bundle: Bundle) -> bytes:
    """The bytes of the bundle file (readable JSON; the hash does not depend on layout)."""
    envelope = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "generator": f"sseassess {__version__}",
        "content_hash": bundle.content_hash,
        "payload": payload(bundle),
    }
    return (json.dumps(envelope, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def format_time(value: datetime | None) -> str | None:
    """A time as bundles write it: UTC with microseconds and a final "Z"."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(timespec="microseconds") + "Z"


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
