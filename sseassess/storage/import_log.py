"""The import log of each assessment: what every import touched, before and after, to undo it.

An entry keeps, as JSON, the state of each item an import touched (a consensus answer, a
participant with their answers) before and after it. Undoing puts the "before" states back,
and is refused when any of those items changed since (its state is no longer "after"): an
undo never overwrites later work. An import that created the assessment is undone by
deleting it, as long as nothing else was added to it since.
"""

from __future__ import annotations

import json
from base64 import b64decode, b64encode
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, selectinload

from sseassess.domain.records import ImportLogEntry, ParticipantRecord
from sseassess.domain.text import N_, InputError, Problem
from sseassess.storage import mapping, models
from sseassess.storage.database import Database

State = dict[str, Any] | None


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _parse_time(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _answer_state(row: models.Answer, with_data: bool) -> dict[str, Any]:
    return {
        "indicator": row.indicator_id,
        "level": row.level,
        "not_applicable": row.not_applicable,
        "reason": row.reason,
        "note": row.note,
        "for_discussion": row.for_discussion,
        "updated_at": _time(row.updated_at),
        "evidence": [
            {
                "file_name": item.file_name,
                "media_type": item.media_type,
                "sha256": item.sha256,
                **({"data": b64encode(item.data).decode("ascii")} if with_data else {}),
            }
            for item in sorted(row.evidence, key=lambda item: item.id)
        ],
    }


def _own_answer(session: Session, assessment_id: int, indicator_id: str) -> models.Answer | None:
    return session.scalar(
        select(models.Answer)
        .options(selectinload(models.Answer.evidence))
        .where(
            models.Answer.assessment_id == assessment_id,
            models.Answer.participant_id.is_(None),
            models.Answer.indicator_id == indicator_id,
        )
    )


def consensus_state(session: Session, assessment_id: int, indicator_id: str) -> State:
    """The assessment's own answer to one indicator (evidence by hash only: imports only
    ever add evidence to own answers, so undoing removes the files added)."""
    row = _own_answer(session, assessment_id, indicator_id)
    return None if row is None else _answer_state(row, with_data=False)


def participant_state(session: Session, participant_id: int | None) -> State:
    """A participant with their answers and evidence (bytes too), and their other UUIDs."""
    if participant_id is None:
        return None
    row = session.get(models.Participant, participant_id)
    if row is None:
        return None
    answers = session.scalars(
        select(models.Answer)
        .options(selectinload(models.Answer.evidence))
        .where(models.Answer.participant_id == participant_id)
        .order_by(models.Answer.indicator_id)
    )
    aliases = session.scalars(
        select(models.ParticipantAlias.uuid).where(
            models.ParticipantAlias.participant_id == participant_id
        )
    )
    return {
        "id": row.id,
        "uuid": row.uuid,
        "display_name": row.display_name,
        "role": row.role,
        "answered_at": _time(row.answered_at),
        "source_hash": row.source_hash,
        "on_this_computer": row.on_this_computer,
        "created_at": _time(row.created_at),
        "answers": [_answer_state(answer, with_data=True) for answer in answers],
        "aliases": sorted(aliases),
    }


def _comparable(state: State) -> Any:
    """What must be equal for an item to count as unchanged (no times of saving)."""
    if state is None:
        return None
    if "answers" not in state:
        return {key: value for key, value in state.items() if key != "updated_at"}
    return {
        **{
            key: value for key, value in state.items() if key not in ("answers", "created_at", "id")
        },
        "answers": [
            {key: value for key, value in answer.items() if key != "updated_at"}
            for answer in state["answers"]
        ],
    }


@dataclass(slots=True)
class LogEntry:
    """What an import touched, gathered while it runs: call ``touch_*`` before changing an
    item, then ``write`` once everything is written."""

    session: Session
    assessment_id: int
    created: bool = False
    created_organization: bool = False
    consensus: dict[str, State] = field(default_factory=dict)
    participants: dict[str, tuple[int | None, State]] = field(default_factory=dict)
    #: States after the import already known (a participant just added): not read back.
    known_after: dict[str, State] = field(default_factory=dict)

    def touch_consensus(self, indicator_ids: Iterable[str]) -> None:
        for indicator in indicator_ids:
            if indicator not in self.consensus:
                self.consensus[indicator] = consensus_state(
                    self.session, self.assessment_id, indicator
                )

    def touch_participant(self, uuid: str, participant_id: int | None) -> None:
        if uuid not in self.participants:
            self.participants[uuid] = (
                participant_id,
                participant_state(self.session, participant_id),
            )

    def added_participant(self, participant: ParticipantRecord) -> None:
        """A participant this import added from a file. Their state after it is their
        version only (when they answered, the file's hash): a later change to them either
        changes that version or is logged after this import (a paper form, a correction,
        a merge), and undo checks both — without writing all their answers into the log
        (collecting a thousand files stays fast)."""
        self.participants[participant.uuid] = (None, None)
        self.known_after[participant.uuid] = {
            "version": [_time(participant.answered_at), participant.source_hash]
        }

    @property
    def touched(self) -> bool:
        return self.created or bool(self.consensus) or bool(self.participants)

    def write(
        self,
        *,
        kind: str,
        outcome: str,
        changed: int,
        source: str = "",
        content_hash: str | None = None,
        participant: tuple[str, str] | None = None,
    ) -> str:
        """Add the entry to the log; its UUID. ``participant`` is (uuid, name) of whom the
        import concerned."""
        if self.consensus or any(uuid not in self.known_after for uuid in self.participants):
            self.session.flush()
        record = ""
        if self.touched:
            participant_ids = {
                uuid: _participant_id(self.session, uuid)
                for uuid in self.participants
                if uuid not in self.known_after
            }
            record = json.dumps(
                {
                    "created": self.created,
                    "created_organization": self.created_organization,
                    "before": {
                        "consensus": self.consensus,
                        "participants": {
                            uuid: state for uuid, (_id, state) in self.participants.items()
                        },
                    },
                    "after": {
                        "consensus": {
                            indicator: consensus_state(self.session, self.assessment_id, indicator)
                            for indicator in self.consensus
                        },
                        "participants": {
                            uuid: self.known_after[uuid]
                            if uuid in self.known_after
                            else participant_state(self.session, participant_ids[uuid])
                            for uuid in self.participants
                        },
                    },
                },
                ensure_ascii=False,
                sort_keys=True,
            )
        uuid = models.new_uuid()
        self.session.connection().execute(
            _ADD_ENTRY,
            {
                "uuid": uuid,
                "assessment_id": self.assessment_id,
                "kind": kind,
                "source": source[:255],
                "content_hash": content_hash,
                "outcome": outcome,
                "participant_uuid": participant[0] if participant else None,
                "participant_name": participant[1] if participant else None,
                "changed": changed,
                "imported_at": models.utcnow(),
                "undone_at": None,
                "record": record,
            },
        )
        return uuid


_ADD_ENTRY = insert(models.ImportLog)


def _participant_id(session: Session, uuid: str) -> int | None:
    return session.scalar(select(models.Participant.id).where(models.Participant.uuid == uuid))


# -- undoing


def undo(session: Session, log_uuid: str) -> str:
    """Undo one import in the caller's transaction; the UUID of its assessment (gone if
    the import had created it). ``InputError`` when it cannot be undone."""
    entry = session.scalar(select(models.ImportLog).where(models.ImportLog.uuid == log_uuid))
    if entry is None:
        raise InputError(N_("No import {reference!r} in the log."), reference=log_uuid)
    assessment = session.get(models.Assessment, entry.assessment_id)
    assert assessment is not None
    mapping.change_by_id(session, assessment.id)  # a window showing it reloads
    if entry.undone_at is not None:
        raise InputError(N_("This import was already undone."))
    if not entry.record:
        raise InputError(N_("This import changed nothing, so there is nothing to undo."))
    if assessment.status == "finished":
        raise InputError(N_("This assessment is finished; reopen it to undo an import."))
    record = json.loads(entry.record)
    before, after = record["before"], record["after"]
    problems = [
        Problem(indicator, N_("this answer was changed after the import"))
        for indicator, state in after["consensus"].items()
        if _comparable(consensus_state(session, assessment.id, indicator)) != _comparable(state)
    ]
    problems += [
        Problem(
            (state or before["participants"][uuid] or {}).get("display_name", uuid),
            N_("this participant's answers were changed after the import"),
        )
        for uuid, state in after["participants"].items()
        if _participant_changed(session, entry, uuid, state)
    ]
    if problems:
        raise InputError(
            N_("This import cannot be undone: what it changed was changed again since."),
            problems,
        )
    if record["created"]:
        return _undo_creation(session, entry, assessment, record)
    for indicator, state in before["consensus"].items():
        _restore_consensus(session, assessment.id, indicator, state)
    for uuid, state in before["participants"].items():
        _restore_participant(session, assessment.id, uuid, state)
    entry.undone_at = models.utcnow()
    return assessment.uuid


def _participant_changed(
    session: Session, entry: models.ImportLog, uuid: str, after: State
) -> bool:
    """Whether a participant an import touched is no longer as it left them."""
    current = participant_state(session, _participant_id(session, uuid))
    if after is None or "version" not in after:
        return bool(_comparable(current) != _comparable(after))
    if current is None or [current["answered_at"], current["source_hash"]] != after["version"]:
        return True
    later = session.scalar(
        select(models.ImportLog.id).where(
            models.ImportLog.assessment_id == entry.assessment_id,
            models.ImportLog.id > entry.id,
            models.ImportLog.participant_uuid == uuid,
            models.ImportLog.undone_at.is_(None),
            models.ImportLog.record != "",
        )
    )
    return later is not None


def _undo_creation(
    session: Session, entry: models.ImportLog, assessment: models.Assessment, record: Any
) -> str:
    later = session.scalar(
        select(models.ImportLog.id).where(
            models.ImportLog.assessment_id == assessment.id,
            models.ImportLog.id > entry.id,
            models.ImportLog.undone_at.is_(None),
            models.ImportLog.record != "",
        )
    )
    touched = set(record["after"]["participants"])
    others = session.scalars(
        select(models.Participant.uuid).where(models.Participant.assessment_id == assessment.id)
    ).all()
    own = session.scalars(
        select(models.Answer.indicator_id).where(
            models.Answer.assessment_id == assessment.id, models.Answer.participant_id.is_(None)
        )
    ).all()
    if later is not None or set(others) - touched or set(own) - set(record["after"]["consensus"]):
        raise InputError(
            N_(
                "This import brought the assessment to this computer, and more was added to "
                "it since; undo the later imports first."
            )
        )
    uuid = assessment.uuid
    organization = assessment.organization
    session.delete(assessment)
    session.flush()
    if record["created_organization"] and not organization.assessments:
        session.delete(organization)
    return uuid


def _restore_consensus(session: Session, assessment_id: int, indicator: str, state: State) -> None:
    row = _own_answer(session, assessment_id, indicator)
    if state is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        row = models.Answer(assessment_id=assessment_id, indicator_id=indicator)
        session.add(row)
    _fill(row, state)
    kept = {item["sha256"] for item in state["evidence"]}
    row.evidence = [item for item in row.evidence if item.sha256 in kept]


def _fill(row: models.Answer, state: dict[str, Any]) -> None:
    row.level = state["level"]
    row.not_applicable = state["not_applicable"]
    row.reason = state["reason"]
    row.note = state["note"]
    row.for_discussion = state["for_discussion"]
    row.updated_at = _parse_time(state["updated_at"]) or models.utcnow()


def _restore_participant(session: Session, assessment_id: int, uuid: str, state: State) -> None:
    participant_id = _participant_id(session, uuid)
    if participant_id is not None:
        session.execute(delete(models.Participant).where(models.Participant.id == participant_id))
        session.flush()
    if state is None:
        return
    taken = session.get(models.Participant, state["id"]) is not None
    row = models.Participant(
        id=None if taken else state["id"],  # the same place in joining order
        uuid=uuid,
        assessment_id=assessment_id,
        display_name=state["display_name"],
        role=state["role"],
        answered_at=_parse_time(state["answered_at"]),
        source_hash=state["source_hash"],
        on_this_computer=state["on_this_computer"],
        created_at=_parse_time(state["created_at"]) or models.utcnow(),
    )
    session.add(row)
    session.flush()
    for answer in state["answers"]:
        answer_row = models.Answer(
            assessment_id=assessment_id, participant_id=row.id, indicator_id=answer["indicator"]
        )
        _fill(answer_row, answer)
        answer_row.evidence = [
            models.Evidence(
                file_name=item["file_name"],
                media_type=item["media_type"],
                size=len(data),
                sha256=item["sha256"],
                data=data,
            )
            for item in answer["evidence"]
            for data in [b64decode(item["data"])]
        ]
        session.add(answer_row)
    for alias in state["aliases"]:
        session.execute(
            delete(models.ParticipantAlias).where(models.ParticipantAlias.uuid == alias)
        )
        session.add(models.ParticipantAlias(uuid=alias, participant_id=row.id))
    # Aliases this participant gained from a merge that is undone go with the merge.
    session.flush()


def entries(session: Session, assessment_id: int) -> list[ImportLogEntry]:
    """The log of one assessment, newest first."""
    rows = session.execute(
        select(
            models.ImportLog.uuid,
            models.ImportLog.kind,
            models.ImportLog.source,
            models.ImportLog.outcome,
            models.ImportLog.participant_uuid,
            models.ImportLog.participant_name,
            models.ImportLog.changed,
            models.ImportLog.imported_at,
            models.ImportLog.undone_at,
            models.ImportLog.record != "",
        )
        .where(models.ImportLog.assessment_id == assessment_id)
        .order_by(models.ImportLog.id.desc())
    )
    return [
        ImportLogEntry(
            uuid=row[0],
            kind=row[1],
            source=row[2],
            outcome=row[3],
            participant_uuid=row[4],
            participant_name=row[5],
            changed=row[6],
            imported_at=row[7],
            undone_at=row[8],
            can_undo=bool(row[9]) and row[8] is None,
        )
        for row in rows
    ]


class ImportLogs:
    """The import log of each assessment; undoing an import is one transaction."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def of(self, assessment_uuid: str) -> list[ImportLogEntry]:
        with self._db.reading() as session:
            return entries(session, mapping.assessment_id(session, assessment_uuid))

    def undo(self, log_uuid: str) -> str:
        """Undo one import; the UUID of its assessment (see :func:`undo`)."""
        with self._db.session() as session:
            return undo(session, log_uuid)
