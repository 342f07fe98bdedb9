"""Rows to domain records and back, and the lookups every store shares."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sseassess.domain.answers import Answer
from sseassess.domain.merge import EvidenceFile, StampedAnswer
from sseassess.domain.records import (
    ActionItem,
    ActionStatus,
    AssessmentKind,
    AssessmentRecord,
    AssessmentStatus,
    EvidenceRecord,
    OrganizationProfile,
    ParticipantRecord,
)
from sseassess.domain.text import N_, InputError
from sseassess.storage import models
from sseassess.storage.errors import ChangedElsewhereError, NotFoundError

PROFILE_FIELDS = (
    "name",
    "legal_form",
    "country",
    "sector",
    "members",
    "employees",
    "founded_year",
    "signatory_category",
)


def profile(row: models.Organization) -> OrganizationProfile:
    return OrganizationProfile(**{field: getattr(row, field) for field in PROFILE_FIELDS})


def profile_values(profile: OrganizationProfile) -> Mapping[str, object]:
    return {field: getattr(profile, field) for field in PROFILE_FIELDS}


#: An answer's columns, for queries that read plain rows rather than ORM objects.
ANSWER_COLUMNS = (
    models.Answer.indicator_id,
    models.Answer.level,
    models.Answer.not_applicable,
    models.Answer.reason,
    models.Answer.note,
    models.Answer.for_discussion,
)


def answer_from_columns(values: Sequence[Any]) -> Answer:
    """An answer from the values of ``ANSWER_COLUMNS``, in that order."""
    indicator_id, level, not_applicable, reason, note, discuss = values
    return Answer(indicator_id, level, bool(not_applicable), reason, note, bool(discuss))


def answer(row: models.Answer) -> Answer:
    return Answer(
        indicator_id=row.indicator_id,
        level=row.level,
        not_applicable=row.not_applicable,
        reason=row.reason,
        note=row.note,
        for_discussion=row.for_discussion,
    )


def fill_answer(row: models.Answer, answer: Answer) -> None:
    row.level = answer.level
    row.not_applicable = answer.not_applicable
    row.reason = answer.reason
    row.note = answer.note
    row.for_discussion = answer.for_discussion


def stamped(row: models.Answer) -> StampedAnswer:
    """An answer row with its time and evidence files (their bytes too), as files carry it."""
    return StampedAnswer(
        answer(row),
        row.updated_at,
        tuple(
            EvidenceFile(item.file_name, item.media_type, item.sha256, item.data)
            for item in sorted(row.evidence, key=lambda item: item.id)
        ),
    )


def evidence_row(item: EvidenceFile) -> models.Evidence:
    return models.Evidence(
        file_name=item.file_name,
        media_type=item.media_type,
        size=len(item.data),
        sha256=item.sha256,
        data=item.data,
    )


def evidence(row: models.Evidence, indicator_id: str) -> EvidenceRecord:
    return EvidenceRecord(
        row.uuid, indicator_id, row.file_name, row.media_type, row.size, row.sha256
    )


def participant(row: models.Participant) -> ParticipantRecord:
    return ParticipantRecord(
        row.uuid,
        row.display_name,
        row.role,
        row.answered_at,
        row.source_hash,
        row.on_this_computer,
    )


def action(row: models.ActionItem) -> ActionItem:
    return ActionItem(
        description=row.description,
        owner=row.owner,
        due_date=row.due_date,
        status=ActionStatus(row.status),
        indicator_id=row.indicator_id,
        uuid=row.uuid,
    )


#: The columns of an ``AssessmentRecord``, in its field order, joined in one query.
ASSESSMENT_RECORD = (
    select(
        models.Assessment.uuid,
        models.Organization.uuid,
        models.Organization.name,
        models.FrameworkSnapshot.framework_id,
        models.FrameworkSnapshot.version,
        models.FrameworkSnapshot.content_hash,
        models.Assessment.kind,
        models.Assessment.status,
        models.Assessment.assessed_on,
        models.Assessment.current_indicator,
        models.Assessment.revision,
    )
    .join(models.Organization, models.Assessment.organization_id == models.Organization.id)
    .join(
        models.FrameworkSnapshot,
        models.Assessment.framework_snapshot_id == models.FrameworkSnapshot.id,
    )
)


def assessment_record(row: Sequence[Any]) -> AssessmentRecord:
    """An ``AssessmentRecord`` from a row of ``ASSESSMENT_RECORD``."""
    uuid, organization, name, framework, version, content_hash, kind, status, on, current, rev = row
    return AssessmentRecord(
        uuid,
        organization,
        name,
        framework,
        version,
        content_hash,
        AssessmentKind(kind),
        AssessmentStatus(status),
        on,
        current,
        rev,
    )


# -- lookups inside a session; each raises NotFoundError for an unknown UUID


def organization_row(session: Session, uuid: str) -> models.Organization:
    row = session.scalar(select(models.Organization).where(models.Organization.uuid == uuid))
    if row is None:
        raise NotFoundError(N_("No organization {reference!r}."), reference=uuid)
    return row


def assessment_row(session: Session, uuid: str) -> models.Assessment:
    row = session.scalar(select(models.Assessment).where(models.Assessment.uuid == uuid))
    if row is None:
        raise NotFoundError(N_("No assessment {reference!r}."), reference=uuid)
    return row


def assessment_id(session: Session, uuid: str) -> int:
    """The row id of an assessment, read in the caller's transaction.

    Never cached: another connection may delete the assessment and the database may give
    its row id to a new one.
    """
    identifier = session.scalar(select(models.Assessment.id).where(models.Assessment.uuid == uuid))
    if identifier is None:
        raise NotFoundError(N_("No assessment {reference!r}."), reference=uuid)
    return identifier


def participant_row(session: Session, uuid: str) -> models.Participant:
    row = session.scalar(select(models.Participant).where(models.Participant.uuid == uuid))
    if row is None:
        raise NotFoundError(N_("No participant {reference!r}."), reference=uuid)
    return row


@dataclass(frozen=True, slots=True)
class Change:
    """An assessment being changed in the caller's write transaction."""

    id: int
    revision: int
    status: str


FINISHED = N_("This assessment is finished; reopen it to change it.")


def change(
    session: Session,
    uuid: str,
    expected_revision: int | None = None,
    editable: bool = False,
) -> Change:
    """Bump the revision of an assessment about to change, first thing in the caller's
    write transaction (on PostgreSQL this locks its row until the commit, so writers of
    one assessment take turns); its row id, new revision and status.

    Raises ``ChangedElsewhereError`` when ``expected_revision`` is not the revision it had,
    ``InputError`` when ``editable`` and it is finished; the transaction is rolled back.
    """
    row = session.execute(
        update(models.Assessment)
        .where(models.Assessment.uuid == uuid)
        .values(revision=models.Assessment.revision + 1)
        .returning(models.Assessment.id, models.Assessment.revision, models.Assessment.status)
        .execution_options(synchronize_session=False)
    ).one_or_none()
    if row is None:
        raise NotFoundError(N_("No assessment {reference!r}."), reference=uuid)
    if expected_revision is not None and row.revision - 1 != expected_revision:
        raise ChangedElsewhereError(
            N_(
                "This assessment was changed elsewhere (in another window, program or "
                "computer) since it was shown here; nothing was saved."
            )
        )
    if editable and row.status == "finished":
        raise InputError(FINISHED)
    return Change(row.id, row.revision, row.status)


def change_by_id(session: Session, assessment_id: int) -> None:
    """Bump the revision of the assessment with this row id (see :func:`change`)."""
    session.execute(
        update(models.Assessment)
        .where(models.Assessment.id == assessment_id)
        .values(revision=models.Assessment.revision + 1)
        .execution_options(synchronize_session=False)
    )


def own_answer_row(session: Session, assessment_id: int, indicator_id: str) -> models.Answer:
    """The own answer row of the assessment with this row id, added (empty) if needed."""
    row = session.scalar(
        select(models.Answer).where(
            models.Answer.assessment_id == assessment_id,
            models.Answer.participant_id.is_(None),
            models.Answer.indicator_id == indicator_id,
        )
    )
    if row is None:
        row = models.Answer(assessment_id=assessment_id, indicator_id=indicator_id)
        session.add(row)
    return row
