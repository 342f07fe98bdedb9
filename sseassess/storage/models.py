"""SQLAlchemy models of everything sseassess keeps; UUIDs on everything that travels."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    return str(uuid.uuid4())


def new_uuids(count: int) -> list[str]:
    """``count`` random (version 4) UUIDs from one read of the system's randomness: rows
    inserted by the hundred get their UUIDs without a system call each."""
    pool = os.urandom(16 * count)
    return [str(uuid.UUID(bytes=pool[16 * n : 16 * n + 16], version=4)) for n in range(count)]


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Organization(Base):
    """An SSE organization and its profile."""

    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(300))
    legal_form: Mapped[str | None] = mapped_column(String(64))
    country: Mapped[str | None] = mapped_column(String(2))
    sector: Mapped[str | None] = mapped_column(String(200))
    members: Mapped[int | None] = mapped_column(Integer)
    employees: Mapped[int | None] = mapped_column(Integer)
    founded_year: Mapped[int | None] = mapped_column(Integer)
    signatory_category: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    assessments: Mapped[list[Assessment]] = relationship(
        back_populates="organization", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint("members IS NULL OR members >= 0", name="members_positive"),
        CheckConstraint("employees IS NULL OR employees >= 0", name="employees_positive"),
        Index("ix_organization_name", "name"),
    )


class FrameworkSnapshot(Base):
    """The exact framework content an assessment was made with; never changed once stored."""

    __tablename__ = "framework_snapshot"

    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[str] = mapped_column(String(100))
    version: Mapped[str] = mapped_column(String(50))
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    content: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Assessment(Base):
    """One assessment of an organization: by itself, or by a workshop of participants."""

    __tablename__ = "assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    framework_snapshot_id: Mapped[int] = mapped_column(
        ForeignKey("framework_snapshot.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16), default="self")
    status: Mapped[str] = mapped_column(String(16), default="in_progress")
    assessed_on: Mapped[date] = mapped_column(Date)
    current_indicator: Mapped[str | None] = mapped_column(String(200))
    # A workshop shows no group of answers smaller than this (results by role, roles);
    # 2 to 20, checked by Workspace.set_anonymity_minimum. (No CHECK constraint: adding
    # one makes SQLite copy the table, and dropping the old copy would cascade.)
    anonymity_minimum: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    # Counts the changes to the assessment's content (answers, evidence, participants,
    # status, plan), each bumped in the transaction that makes it: a window that shows
    # revision N and saves "over N" finds out when something else changed it meanwhile.
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    organization: Mapped[Organization] = relationship(back_populates="assessments")
    framework_snapshot: Mapped[FrameworkSnapshot] = relationship()

    __table_args__ = (
        CheckConstraint("kind IN ('self', 'workshop')", name="kind"),
        CheckConstraint("status IN ('in_progress', 'finished')", name="status"),
    )


class Participant(Base):
    """A person scoring independently in a workshop assessment."""

    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # When the participant last changed their answers, where they gave them: of two versions
    # of the same participant's answers, the later one is kept whatever the import order.
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)
    # SHA-256 of the answers last imported for them (re-importing the same file does nothing).
    source_hash: Mapped[str | None] = mapped_column(String(64))
    # On a participant's laptop: the person answering here. The assessment's own answers
    # on this computer are theirs, and never receive a consensus.
    on_this_computer: Mapped[bool] = mapped_column(default=False, server_default=false())

    __table_args__ = (
        # At most one person answers on this computer, per workshop.
        Index(
            "uq_participant_on_this_computer",
            "assessment_id",
            unique=True,
            sqlite_where=text("on_this_computer"),
            postgresql_where=text("on_this_computer"),
        ),
    )


class ParticipantAlias(Base):
    """Another UUID of a participant: a record merged into this one (the same person who
    answered on two laptops). Files under that UUID go to this participant."""

    __tablename__ = "participant_alias"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ImportLog(Base):
    """One import into a workshop (a file, a paper form, a merge of participants): what it
    did, and as JSON what the answers it touched were before and after, to undo it."""

    __tablename__ = "import_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(255), default="")
    content_hash: Mapped[str | None] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(16))
    participant_uuid: Mapped[str | None] = mapped_column(String(36))
    participant_name: Mapped[str | None] = mapped_column(String(200))
    changed: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    # {"before": {...}, "after": {...}} of every item touched; empty when nothing changed.
    record: Mapped[str] = mapped_column(Text, default="")


class Answer(Base):
    """An answer to one indicator: the assessment's own (or consensus), or a participant's."""

    __tablename__ = "answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE")
    )
    indicator_id: Mapped[str] = mapped_column(String(200))
    level: Mapped[int | None] = mapped_column(Integer)
    not_applicable: Mapped[bool] = mapped_column(default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    for_discussion: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    evidence: Mapped[list[Evidence]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint("level IS NULL OR (level >= 0 AND level <= 4)", name="level_range"),
        CheckConstraint("NOT (not_applicable AND level IS NOT NULL)", name="level_or_na"),
        # One answer per indicator for the assessment itself, and one per participant.
        Index(
            "uq_answer_own",
            "assessment_id",
            "indicator_id",
            unique=True,
            sqlite_where=text("participant_id IS NULL"),
            postgresql_where=text("participant_id IS NULL"),
        ),
        Index(
            "uq_answer_participant",
            "assessment_id",
            "participant_id",
            "indicator_id",
            unique=True,
            sqlite_where=text("participant_id IS NOT NULL"),
            postgresql_where=text("participant_id IS NOT NULL"),
        ),
    )


class Evidence(Base):
    """A file attached to an answer, kept in the database with its checksum."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    answer_id: Mapped[int] = mapped_column(ForeignKey("answer.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(127))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ActionItem(Base):
    """A step of the action plan: what, who, by when, and how far it is."""

    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    indicator_id: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        CheckConstraint("status IN ('planned', 'in_progress', 'done')", name="status"),
    )


class IssuedCertificate(Base):
    """A charter certificate an issuer signed on this installation (the issuer's register)."""

    __tablename__ = "issued_certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32))
    issuer_fingerprint: Mapped[str] = mapped_column(String(80))
    issuer_name: Mapped[str] = mapped_column(String(300))
    organization: Mapped[str] = mapped_column(String(300))
    assessment_uuid: Mapped[str] = mapped_column(String(36))
    framework: Mapped[str] = mapped_column(String(200))
    overall: Mapped[float | None] = mapped_column(Float)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    document_sha256: Mapped[str] = mapped_column(String(64))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    __table_args__ = (
        Index("ix_issued_certificate_number", "issuer_fingerprint", "number", unique=True),
    )
