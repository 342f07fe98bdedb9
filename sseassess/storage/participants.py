"""Workshop participants and their own answers."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sseassess.domain.answers import Answer
from sseassess.domain.records import ParticipantRecord
from sseassess.storage import mapping, models
from sseassess.storage.database import Database


class Participants:
    """Reads and writes workshop participants; each write is one transaction."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def count(self, assessment_uuid: str) -> int:
        """How many participants a (workshop) assessment has recorded."""
        with self._db.reading() as session:
            assessment_id = mapping.assessment_id(session, assessment_uuid)
            count = session.scalar(
                select(func.count(models.Participant.id)).where(
                    models.Participant.assessment_id == assessment_id
                )
            )
            return count or 0

    def of(self, assessment_uuid: str) -> list[ParticipantRecord]:
        """The participants of a workshop, in the order they joined."""
        with self._db.reading() as session:
            assessment_id = mapping.assessment_id(session, assessment_uuid)
            rows = session.scalars(
                select(models.Participant)
                .where(models.Participant.assessment_id == assessment_id)
                .order_by(models.Participant.id)
            )
            return [mapping.participant(row) for row in rows]

    def add(
        self, assessment_uuid: str, display_name: str, role: str | None = None
    ) -> ParticipantRecord:
        with self._db.session() as session:
            assessment_id = mapping.change(session, assessment_uuid).id
            row = models.Participant(
                assessment_id=assessment_id, display_name=display_name, role=role
            )
            session.add(row)
            session.flush()
            return mapping.participant(row)

    def update(self, participant: ParticipantRecord) -> None:
        """Store a participant's new name and role."""
        with self._db.session() as session:
            row = mapping.participant_row(session, participant.uuid)
            mapping.change_by_id(session, row.assessment_id)
            row.display_name = participant.display_name
            row.role = participant.role

    def remove(self, participant_uuid: str) -> None:
        """Remove a participant and their answers."""
        with self._db.session() as session:
            row = mapping.participant_row(session, participant_uuid)
            mapping.change_by_id(session, row.assessment_id)
            session.delete(row)

    def replace_answers(
        self,
        participant_uuid: str,
        answers: Iterable[Answer],
        answered_at: datetime | None = None,
        source_hash: str | None = None,
    ) -> int:
        """Replace all of a participant's answers in one transaction; how many were stored."""
        with self._db.session() as session:
            participant = mapping.participant_row(session, participant_uuid)
            mapping.change_by_id(session, participant.assessment_id)
            return _write_answers(session, participant, answers, answered_at, source_hash)

    def import_answers(
        self,
        assessment_uuid: str,
        display_name: str,
        role: str | None,
        answers: Iterable[Answer],
    ) -> int:
        """Find the participant by name (or add them), set the role if given, and replace
        their answers: all in one transaction."""
        with self._db.session() as session:
            assessment_id = mapping.change(session, assessment_uuid).id
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
            return _write_answers(session, participant, answers, None, None)

    def answers(self, assessment_uuid: str) -> dict[str, dict[str, Answer]]:
        """Every participant's answers, by participant UUID then indicator id."""
        result: dict[str, dict[str, Answer]] = {}
        with self._db.reading() as session:
            assessment_id = mapping.assessment_id(session, assessment_uuid)
            query = (
                select(models.Participant.uuid, *mapping.ANSWER_COLUMNS)
                .join(models.Participant, models.Answer.participant_id == models.Participant.id)
                .where(models.Answer.assessment_id == assessment_id)
            )
            for uuid, *columns in session.connection().execute(query):
                answer = mapping.answer_from_columns(columns)
                result.setdefault(uuid, {})[answer.indicator_id] = answer
        return result


def _write_answers(
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
        mapping.fill_answer(row, answer)
        session.add(row)
        count += 1
    participant.answered_at = answered_at
    participant.source_hash = source_hash
    return count
