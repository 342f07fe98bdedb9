"""An assessment's own answers (a workshop's consensus) and their evidence files."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from sqlalchemy import ColumnElement, delete, select

from sseassess.domain.answers import Answer
from sseassess.domain.merge import (
    AnswerChange,
    ChangesNeedAcceptance,
    Outcome,
    answer_changes,
    typed_answers,
)
from sseassess.domain.records import EvidenceRecord, LogKind
from sseassess.domain.text import N_
from sseassess.storage import mapping, models
from sseassess.storage.database import Database
from sseassess.storage.errors import NotFoundError
from sseassess.storage.import_log import LogEntry


def _own(assessment_id: int) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """The conditions selecting an assessment's own answers (not its participants')."""
    return (
        models.Answer.assessment_id == assessment_id,
        models.Answer.participant_id.is_(None),
    )


class Answers:
    """Reads and writes assessments' own answers; every write is one transaction."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def save(
        self, assessment_uuid: str, answer: Answer, expected_revision: int | None = None
    ) -> int:
        """Store the assessment's own answer to one indicator, committed at once, in one
        transaction with the assessment's new revision (returned). Refused when the
        assessment is finished, or (``ChangedElsewhereError``) when ``expected_revision``
        is given and the assessment has changed since."""
        with self._db.session() as session:
            change = mapping.change(session, assessment_uuid, expected_revision, editable=True)
            row = mapping.own_answer_row(session, change.id, answer.indicator_id)
            mapping.fill_answer(row, answer)
            return change.revision

    def snapshot(self, assessment_uuid: str) -> tuple[int, dict[str, Answer]]:
        """The assessment's revision and own answers, read together (the revision first:
        answers are never older than the revision they are shown with)."""
        with self._db.reading() as session:
            found = session.execute(
                select(models.Assessment.id, models.Assessment.revision).where(
                    models.Assessment.uuid == assessment_uuid
                )
            ).one_or_none()
            if found is None:
                raise NotFoundError(N_("No assessment {reference!r}."), reference=assessment_uuid)
            rows = session.connection().execute(
                select(*mapping.ANSWER_COLUMNS).where(*_own(found.id))
            )
            answers = {row[0]: mapping.answer_from_columns(row) for row in rows}
        return found.revision, answers

    def revision(self, assessment_uuid: str) -> int:
        """The assessment's revision: how many changes it has had."""
        with self._db.reading() as session:
            revision = session.scalar(
                select(models.Assessment.revision).where(models.Assessment.uuid == assessment_uuid)
            )
        if revision is None:
            raise NotFoundError(N_("No assessment {reference!r}."), reference=assessment_uuid)
        return revision

    def replace(
        self,
        assessment_uuid: str,
        answers: Iterable[Answer],
        merge: Callable[[Answer | None, Answer], Answer] | None = None,
    ) -> int:
        """Save many answers in one transaction: all of them, or none. With ``merge``,
        each answer written is ``merge(stored, given)``, read in the same transaction."""
        count = 0
        with self._db.session() as session:
            assessment_id = mapping.change(session, assessment_uuid, editable=True).id
            existing = {
                row.indicator_id: row
                for row in session.scalars(select(models.Answer).where(*_own(assessment_id)))
            }
            for answer in answers:
                row = existing.get(answer.indicator_id)
                if row is None:
                    row = models.Answer(
                        assessment_id=assessment_id, indicator_id=answer.indicator_id
                    )
                    session.add(row)
                    existing[answer.indicator_id] = row
                elif merge is not None:
                    answer = merge(mapping.answer(row), answer)
                mapping.fill_answer(row, answer)
                count += 1
        return count

    def import_typed(
        self, assessment_uuid: str, typed: Iterable[Answer], *, accept: bool, source: str
    ) -> tuple[int, tuple[AnswerChange, ...]]:
        """Lay answers typed from paper over a workshop's consensus in one transaction,
        logged to be undone; changing a consensus already recorded waits for ``accept``
        (``ChangesNeedAcceptance``). How many answers the form gave, and what changed."""
        typed = list(typed)
        with self._db.session() as session:
            assessment_id = mapping.change(session, assessment_uuid, editable=True).id
            rows = {
                row.indicator_id: row
                for row in session.scalars(select(models.Answer).where(*_own(assessment_id)))
            }
            before = {indicator: mapping.answer(row) for indicator, row in rows.items()}
            after = typed_answers(before, typed)
            changes = answer_changes(None, None, before, after)
            if changes and not accept:
                raise ChangesNeedAcceptance(changes)
            log = LogEntry(session, assessment_id)
            touched = [
                indicator for indicator, answer in after.items() if before.get(indicator) != answer
            ]
            log.touch_consensus(touched)
            for indicator in touched:
                row = rows.get(indicator)
                if row is None:
                    row = models.Answer(assessment_id=assessment_id, indicator_id=indicator)
                    session.add(row)
                mapping.fill_answer(row, after[indicator])
            log.write(
                kind=LogKind.PAPER,
                outcome=Outcome.CHANGED if changes else Outcome.IMPORTED,
                changed=len(touched),
                source=source,
            )
            return len(typed), changes

    def of(self, assessment_uuid: str) -> dict[str, Answer]:
        """The assessment's own answers, keyed by indicator id."""
        with self._db.reading() as session:
            assessment_id = mapping.assessment_id(session, assessment_uuid)
            rows = session.scalars(select(models.Answer).where(*_own(assessment_id)))
            return {row.indicator_id: mapping.answer(row) for row in rows}

    def of_many(self, assessment_uuids: Sequence[str]) -> dict[str, dict[str, Answer]]:
        """The own answers of many assessments at once (for history lists), in one query."""
        result: dict[str, dict[str, Answer]] = defaultdict(dict)
        if not assessment_uuids:
            return result
        wanted = set(assessment_uuids)
        with self._db.reading() as session:
            query = (
                select(models.Assessment.uuid, *mapping.ANSWER_COLUMNS)
                .join(models.Answer, models.Answer.assessment_id == models.Assessment.id)
                .where(models.Answer.participant_id.is_(None))
            )
            if len(wanted) < 500:
                query = query.where(models.Assessment.uuid.in_(wanted))
            rows = session.connection().execute(query)
            for uuid, *columns in rows:
                if uuid in wanted:
                    answer = mapping.answer_from_columns(columns)
                    result[uuid][answer.indicator_id] = answer
        return result

    def copy(self, source_uuid: str, target_uuid: str) -> int:
        """Copy the own answers (with notes and evidence) of one assessment into another."""
        count = 0
        with self._db.session() as session:
            target_id = mapping.change(session, target_uuid).id
            source_id = mapping.assessment_id(session, source_uuid)
            rows = session.scalars(select(models.Answer).where(*_own(source_id))).all()
            for row in rows:
                copy = models.Answer(assessment_id=target_id, indicator_id=row.indicator_id)
                mapping.fill_answer(copy, mapping.answer(row))
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


class Evidence:
    """Files attached to an assessment's own answers, kept in the database."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add(
        self,
        assessment_uuid: str,
        indicator_id: str,
        file_name: str,
        media_type: str,
        data: bytes,
    ) -> EvidenceRecord:
        """Attach a file to the answer to ``indicator_id`` (created empty if needed)."""
        with self._db.session() as session:
            change = mapping.change(session, assessment_uuid, editable=True)
            answer = mapping.own_answer_row(session, change.id, indicator_id)
            row = models.Evidence(
                file_name=file_name,
                media_type=media_type,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                data=data,
            )
            answer.evidence.append(row)
            session.flush()
            return mapping.evidence(row, indicator_id)

    def of(self, assessment_uuid: str) -> dict[str, list[EvidenceRecord]]:
        """The evidence files of an assessment's own answers, by indicator id."""
        result: dict[str, list[EvidenceRecord]] = defaultdict(list)
        with self._db.reading() as session:
            assessment_id = mapping.assessment_id(session, assessment_uuid)
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
                .where(*_own(assessment_id))
                .order_by(models.Evidence.id)
            )
            for row in session.execute(query):
                result[row[1]].append(EvidenceRecord(*row))
        return dict(result)

    def data(self, evidence_uuid: str) -> bytes:
        with self._db.reading() as session:
            data = session.scalar(
                select(models.Evidence.data).where(models.Evidence.uuid == evidence_uuid)
            )
        if data is None:
            raise NotFoundError(N_("No evidence file {reference!r}."), reference=evidence_uuid)
        return data

    def remove(self, assessment_uuid: str, evidence_uuid: str) -> None:
        with self._db.session() as session:
            change = mapping.change(session, assessment_uuid, editable=True)
            answers = select(models.Answer.id).where(models.Answer.assessment_id == change.id)
            session.execute(
                delete(models.Evidence).where(
                    models.Evidence.uuid == evidence_uuid, models.Evidence.answer_id.in_(answers)
                )
            )
