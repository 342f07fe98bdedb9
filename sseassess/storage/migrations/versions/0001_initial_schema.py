"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27 10:41:51.732638
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "framework_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("framework_id", sa.String(length=100), nullable=False),
        sa.Column("version", sa.String(length=50), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_framework_snapshot")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_framework_snapshot_content_hash")),
    )
    op.create_table(
        "organization",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("legal_form", sa.String(length=64), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("sector", sa.String(length=200), nullable=True),
        sa.Column("members", sa.Integer(), nullable=True),
        sa.Column("employees", sa.Integer(), nullable=True),
        sa.Column("founded_year", sa.Integer(), nullable=True),
        sa.Column("signatory_category", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "employees IS NULL OR employees >= 0", name=op.f("ck_organization_employees_positive")
        ),
        sa.CheckConstraint(
            "members IS NULL OR members >= 0", name=op.f("ck_organization_members_positive")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organization")),
        sa.UniqueConstraint("uuid", name=op.f("uq_organization_uuid")),
    )
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.create_index("ix_organization_name", ["name"], unique=False)

    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("framework_snapshot_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("current_indicator", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('self', 'workshop')", name=op.f("ck_assessment_kind")),
        sa.CheckConstraint(
            "status IN ('in_progress', 'finished')", name=op.f("ck_assessment_status")
        ),
        sa.ForeignKeyConstraint(
            ["framework_snapshot_id"],
            ["framework_snapshot.id"],
            name=op.f("fk_assessment_framework_snapshot_id_framework_snapshot"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_assessment_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_assessment_uuid")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessment_framework_snapshot_id"),
            ["framework_snapshot_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_assessment_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "action_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.String(length=200), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('planned', 'in_progress', 'done')", name=op.f("ck_action_item_status")
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_action_item_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
        sa.UniqueConstraint("uuid", name=op.f("uq_action_item_uuid")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_item_assessment_id"), ["assessment_id"], unique=False
        )

    op.create_table(
        "participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_participant_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
        sa.UniqueConstraint("uuid", name=op.f("uq_participant_uuid")),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participant_assessment_id"), ["assessment_id"], unique=False
        )

    op.create_table(
        "answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("indicator_id", sa.String(length=200), nullable=False),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("not_applicable", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("for_discussion", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "NOT (not_applicable AND level IS NOT NULL)", name=op.f("ck_answer_level_or_na")
        ),
        sa.CheckConstraint(
            "level IS NULL OR (level >= 0 AND level <= 4)", name=op.f("ck_answer_level_range")
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_answer_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_answer_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer")),
        sa.UniqueConstraint("uuid", name=op.f("uq_answer_uuid")),
    )
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.create_index(
            "uq_answer_own",
            ["assessment_id", "indicator_id"],
            unique=True,
            sqlite_where=sa.text("participant_id IS NULL"),
            postgresql_where=sa.text("participant_id IS NULL"),
        )
        batch_op.create_index(
            "uq_answer_participant",
            ["assessment_id", "participant_id", "indicator_id"],
            unique=True,
            sqlite_where=sa.text("participant_id IS NOT NULL"),
            postgresql_where=sa.text("participant_id IS NOT NULL"),
        )

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("answer_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=127), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["answer.id"],
            name=op.f("fk_evidence_answer_id_answer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
        sa.UniqueConstraint("uuid", name=op.f("uq_evidence_uuid")),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_answer_id"), ["answer_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_answer_id"))

    op.drop_table("evidence")
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_answer_participant",
            sqlite_where=sa.text("participant_id IS NOT NULL"),
            postgresql_where=sa.text("participant_id IS NOT NULL"),
        )
        batch_op.drop_index(
            "uq_answer_own",
            sqlite_where=sa.text("participant_id IS NULL"),
            postgresql_where=sa.text("participant_id IS NULL"),
        )

    op.drop_table("answer")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_assessment_id"))

    op.drop_table("participant")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_assessment_id"))

    op.drop_table("action_item")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_organization_id"))
        batch_op.drop_index(batch_op.f("ix_assessment_framework_snapshot_id"))

    op.drop_table("assessment")
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_index("ix_organization_name")

    op.drop_table("organization")
    op.drop_table("framework_snapshot")
