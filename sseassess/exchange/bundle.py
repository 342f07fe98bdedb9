"""The ``.sseassess`` bundle format: its limits, its in-memory form, and how it is written.

A bundle is one UTF-8 JSON document::

    {
      "format": "sseassess-bundle",
      "schema_version": 2,
      "generator": "sseassess 0.1.0",          (informational, not hashed)
      "content_hash": "<SHA-256 of the canonical JSON of payload>",
      "payload": {
        "role": "workshop" | "participant" | "assessment",
        "organization": {"uuid", "name", "legal_form", "country", "sector", "members",
                         "employees", "founded_year", "signatory_category"},
        "framework":    {"id", "version", "content_hash", "content" (null: by hash)},
        "assessment":   {"uuid", "kind", "status", "assessed_on", "anonymity_minimum"},
        "participant":  null, or {"uuid", "display_name", "role", "answered_at"},
        "answers": [ANSWER...],
        "participants": [{"participant": {...}, "answers": [ANSWER...]}]
      }
    }
    ANSWER = {"indicator", "level", "not_applicable", "reason", "note", "for_discussion",
              "changed_at", "evidence": [{"file_name", "media_type", "size", "sha256",
                                          "data"}]}

The ``role`` says what the file is for (:class:`~sseassess.domain.merge.FileRole`):

* ``workshop`` — the workshop file for the laptops: the questions (framework content)
  and the organization, never an answer (``answers`` and ``participants`` empty);
  ``participant`` is whom it is addressed to (so that a person keeps one identity on any
  laptop), or null for anyone who joins.
* ``participant`` — one participant's own answers. The framework travels **by hash**
  (``content`` null): the receiver has it from the workshop file; a computer without it
  says so and asks for the workshop file first.
* ``assessment`` — a whole assessment: its own answers (a workshop's consensus) and, for
  a workshop, each participant's answers with their version.

``framework.content`` is the canonical JSON of the framework exactly as the
``framework_snapshot`` table keeps it; evidence ``data`` is base64. Times are UTC,
``YYYY-MM-DDTHH:MM:SS.ffffffZ``.

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
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sseassess import __version__
from sseassess.domain import records
from sseassess.domain.answers import MAX_TEXT_LENGTH as _TEXT_LIMIT
from sseassess.domain.answers import text_problems
from sseassess.domain.framework_loader import canonical_json
from sseassess.domain.merge import FileRole, ParticipantAnswers, StampedAnswer
from sseassess.domain.records import (
    AssessmentRecord,
    OrganizationRecord,
    ParticipantRecord,
    SnapshotContent,
)
from sseassess.domain.text import N_, InputError, Problem
from sseassess.files import write_atomically

FORMAT = "sseassess-bundle"
#: The bundle format this version writes and reads (1: before files had roles).
SCHEMA_VERSION = 2
SUFFIX = ".sseassess"

#: A bundle file larger than this is refused before it is read.
MAX_BUNDLE_BYTES = 50_000_000
#: One evidence file inside a bundle: the same limit as a file attached by hand.
MAX_EVIDENCE_BYTES = records.MAX_EVIDENCE_BYTES
#: The framework snapshot inside a bundle (the ICSSE charter is about 0.2 MB).
MAX_FRAMEWORK_BYTES = 10_000_000
#: Characters of a note or of a reason for "not applicable" (the limit at entry too).
MAX_TEXT_LENGTH = _TEXT_LIMIT
#: Evidence files attached to one answer.
MAX_EVIDENCE_PER_ANSWER = 100


@dataclass(frozen=True, slots=True)
class Bundle:
    """One bundle in memory: its role, what it holds and the hash of its canonical payload.

    ``participant.source_hash`` is ignored when writing; a bundle read from a file has it
    set to ``content_hash`` (and so has each participant of ``participants`` their own
    ``source_hash``, carried in the file).
    """

    role: FileRole
    organization: OrganizationRecord
    framework: SnapshotContent
    assessment: AssessmentRecord
    participant: ParticipantRecord | None
    answers: tuple[StampedAnswer, ...]
    content_hash: str
    participants: tuple[ParticipantAnswers, ...] = ()
    anonymity_minimum: int = 3

    @property
    def carries_framework(self) -> bool:
        """Whether the file holds the framework's content (a participant's refers to it)."""
        return self.role is not FileRole.PARTICIPANT


def build(
    role: FileRole,
    organization: OrganizationRecord,
    framework: SnapshotContent,
    assessment: AssessmentRecord,
    participant: ParticipantRecord | None,
    answers: Sequence[StampedAnswer] = (),
    participants: Sequence[ParticipantAnswers] = (),
    anonymity_minimum: int = 3,
) -> Bundle:
    """A bundle of these parts, with its content hash."""
    ordered = tuple(sorted(answers, key=lambda stamped: stamped.answer.indicator_id))
    people = tuple(
        ParticipantAnswers(
            item.participant,
            tuple(sorted(item.answers, key=lambda stamped: stamped.answer.indicator_id)),
        )
        for item in sorted(participants, key=lambda item: item.participant.uuid)
    )
    draft = Bundle(
        role,
        organization,
        framework,
        assessment,
        participant,
        ordered,
        "",
        people,
        anonymity_minimum,
    )
    return replace(draft, content_hash=hash_payload(payload(draft)))


def check_texts(answers: Sequence[StampedAnswer]) -> None:
    """Refuse to write answers whose notes or reasons another computer would refuse."""
    problems: list[Problem] = [
        problem for stamped in answers for problem in text_problems(stamped.answer)
    ]
    if problems:
        raise InputError(
            N_("These answers cannot be written to a file; correct them first."), problems
        )


def _person(participant: ParticipantRecord, with_hash: bool = False) -> dict[str, Any]:
    person: dict[str, Any] = {
        "uuid": participant.uuid,
        "display_name": participant.display_name,
        "role": participant.role,
        "answered_at": format_time(participant.answered_at),
    }
    if with_hash:
        person["source_hash"] = participant.source_hash
    return person


def _answers(answers: Sequence[StampedAnswer]) -> list[dict[str, Any]]:
    return [
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
        for stamped in answers
    ]


def payload(bundle: Bundle) -> dict[str, Any]:
    """The payload of a bundle as plain JSON data."""
    profile = bundle.organization.profile
    participant = bundle.participant
    return {
        "role": bundle.role,
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
            "content": bundle.framework.content if bundle.carries_framework else None,
        },
        "assessment": {
            "uuid": bundle.assessment.uuid,
            "kind": bundle.assessment.kind,
            "status": bundle.assessment.status,
            "assessed_on": bundle.assessment.assessed_on.isoformat(),
            "anonymity_minimum": bundle.anonymity_minimum,
        },
        "participant": None if participant is None else _person(participant),
        "answers": _answers(bundle.answers),
        "participants": [
            {
                "participant": _person(item.participant, with_hash=True),
                "answers": _answers(item.answers),
            }
            for item in bundle.participants
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
    people = view.get("participants")
    if isinstance(people, list):
        view["participants"] = [
            {**item, "answers": [_answer_view(answer) for answer in item["answers"]]}
            if isinstance(item, dict) and isinstance(item.get("answers"), list)
            else item
            for item in people
        ]
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
    """Write the bundle's file at ``target`` whole, or leave ``target`` as it was; answers
    that another computer would refuse are refused here first."""
    check_texts([*bundle.answers, *(a for item in bundle.participants for a in item.answers)])
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
