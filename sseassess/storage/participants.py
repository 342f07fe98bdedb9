"""Workshop participants: their answers, who answers on this computer, finding them by id
or name, merging two records of one person, and corrections logged to be undone."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from sseassess.domain.answers import Answer
from sseassess.domain.merge import (
    AnswerChange,
    ChangesNeedAcceptance,
    Outcome,
    Version,
    answer_changes,
    typed_answers,
)
from sseassess.domain.records import LogKind, ParticipantRecord
from sseassess.domain.text import N_, InputError
from sseassess.storage import mapping, models
from sseassess.storage.bundles import find_participant_row, participant_answers
from sseassess.storage.database import Database
from sseassess.storage.import_log import LogEntry


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

    def find(self, assessment_uuid: str, reference: str) -> list[ParticipantRecord]:
        """The participants ``reference`` may mean: the one with that UUID (or a UUID
        merged into them, or a unique start of at least four characters of it), else
        everyone of that name (case does not matter)."""
        wanted = reference.strip()
        with self._db.reading() as session:
            assessment_id = mapping.assessment_id(session, assessment_uuid)
            found = find_participant_row(session, wanted.lower())
            if found is not None and found.assessment_id == assessment_id:
                return [mapping.participant(session.get_one(models.Participant, found.id))]
            rows = session.scalars(
                select(models.Participant)
                .where(models.Participant.assessment_id == assessment_id)
                .order_by(models.Participant.id)
            ).all()
            if len(wanted) >= 4:
                by_id = [row for row in rows if row.uuid.startswith(wanted.lower())]
                if len(by_id) == 1:
                    return [mapping.participant(by_id[0])]
            name = wanted.casefold()
            return [mapping.participant(row) for row in rows if row.display_name.casefold() == name]

    def on_this_computer(self, assessment_uuid: str) -> ParticipantRecord | None:
        """The person answering this workshop on this computer, if it is their laptop."""
        with self._db.reading() as session:
            assessment_id = mapping.assessment_id(session, assessment_uuid)
            row = session.scalar(
                select(models.Participant).where(
                    models.Participant.assessment_id == assessment_id,
                    models.Participant.on_this_computer.is_(True),
                )
            )
            return None if row is None else mapping.participant(row)

    def join(self, assessment_uuid: str, participant: ParticipantRecord) -> ParticipantRecord:
        """Make ``participant`` the person answering on this computer (a new row with their
        UUID: the one a workshop file addressed to them carries, or a new one)."""
        with self._db.session() as session:
            assessment_id = mapping.change(session, assessment_uuid).id
            if find_participant_row(session, participant.uuid) is not None:
                raise InputError(
                    N_(
                        "{name} already has answers on this computer, so this computer cannot "
                        "join the workshop as them."
                    ),
                    name=participant.display_name,
                )
            row = models.Participant(
                uuid=participant.uuid,
                assessment_id=assessment_id,
                display_name=participant.display_name,
                role=participant.role,
                on_this_computer=True,
            )
            session.add(row)
            session.flush()
            return mapping.participant(row)

    def import_typed(
        self,
        assessment_uuid: str,
        participant: ParticipantRecord,
        typed: Iterable[Answer],
        *,
        accept: bool,
        source: str,
        kind: LogKind = LogKind.PAPER,
        exact: bool = False,
    ) -> tuple[int, tuple[AnswerChange, ...]]:
        """Lay answers typed in (a paper form, a correction) over a participant's answers
        (added as a new participant when their UUID is not here yet), in one transaction,
        logged to be undone. Changing answers already stored waits for ``accept``
        (``ChangesNeedAcceptance``); ``exact`` answers replace the stored ones whole (a
        correction). How many answers the form gave, and what changed."""
        typed = list(typed)
        with self._db.session() as session:
            assessment_id = mapping.change(session, assessment_uuid).id
            log = LogEntry(session, assessment_id)
            found = find_participant_row(session, participant.uuid)
            if found is not None and found.assessment_id != assessment_id:
                raise InputError(N_("No participant {reference!r}."), reference=participant.uuid)
            row = None if found is None else session.get_one(models.Participant, found.id)
            before = {} if row is None else participant_answers(session, row.id)
            after = (
                {**before, **{answer.indicator_id: answer for answer in typed}}
                if exact
                else typed_answers(before, typed)
            )
            changes: tuple[AnswerChange, ...] = ()
            if row is not None:
                changes = answer_changes(row.uuid, row.display_name, before, after)
                if changes and not accept:
                    raise ChangesNeedAcceptance(changes)
            log.touch_participant(
                participant.uuid if row is None else row.uuid, None if row is None else row.id
            )
            if row is None:
                row = models.Participant(
                    uuid=participant.uuid,
                    assessment_id=assessment_id,
                    display_name=participant.display_name,
                    role=participant.role,
                )
                session.add(row)
                session.flush()
            elif participant.role is not None:
                row.role = participant.role
            _write_answers(session, row, after.values(), row.answered_at, row.source_hash)
            log.write(
                kind=kind,
                outcome=Outcome.CHANGED if changes else Outcome.IMPORTED,
                changed=len(changes) if changes else len(typed),
                source=source,
                participant=(row.uuid, row.display_name),
            )
            return len(typed), changes

    def merge(self, assessment_uuid: str, keep_uuid: str, other_uuid: str) -> ParticipantRecord:
        """Merge two records of one person (who answered on two laptops) into ``keep``: it
        keeps its name and role and takes the newer of the two versions of the answers;
        the other's UUID becomes another UUID of ``keep``, so later files from that laptop
        come to ``keep``. Logged, to be undone."""
        if keep_uuid == other_uuid:
            raise InputError(N_("Choose two different participants to merge."))
        with self._db.session() as session:
            assessment_id = mapping.change(session, assessment_uuid).id
            keep = mapping.participant_row(session, keep_uuid)
            other = mapping.participant_row(session, other_uuid)
            if keep.assessment_id != assessment_id or other.assessment_id != assessment_id:
                raise InputError(N_("Both participants must be in this workshop."))
            if other.on_this_computer:
                raise InputError(
                    N_("{name} answers on this computer; keep them and merge the other."),
                    name=other.display_name,
                )
            log = LogEntry(session, assessment_id)
            log.touch_participant(keep.uuid, keep.id)
            log.touch_participant(other.uuid, other.id)
            if Version.of(other.answered_at, other.source_hash) > Version.of(
                keep.answered_at, keep.source_hash
            ) or not participant_answers(session, keep.id):
                session.execute(
                    delete(models.Answer).where(models.Answer.participant_id == keep.id)
                )
                session.execute(
                    update(models.Answer)
                    .where(models.Answer.participant_id == other.id)
                    .values(participant_id=keep.id)
                )
                keep.answered_at, keep.source_hash = other.answered_at, other.source_hash
            aliases = session.scalars(
                select(models.ParticipantAlias).where(
                    models.ParticipantAlias.participant_id == other.id
                )
            ).all()
            moved = [alias.uuid for alias in aliases]
            name, uuid = other.display_name, other.uuid
            session.delete(other)
            session.flush()
            for alias in [uuid, *moved]:
                session.add(models.ParticipantAlias(uuid=alias, participant_id=keep.id))
            session.flush()
            log.write(
                kind=LogKind.MERGE,
                outcome=Outcome.CHANGED,
                changed=1,
                source=name,
                participant=(keep.uuid, keep.display_name),
            )
            return mapping.participant(keep)


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
