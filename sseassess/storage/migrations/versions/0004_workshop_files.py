"""workshops: anonymity minimum, the participant answering on this computer, merged
participants' other UUIDs, and an import log that keeps what each import replaced

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ... ADD COLUMN and CREATE INDEX, never a batch "move and copy": on
    # SQLite that recreates the table, and dropping the old one cascades to every answer.
    op.add_column(
        "assessment",
        sa.Column("anonymity_minimum", sa.Integer(), server_default="3", nullable=False),
    )
    op.add_column(
        "participant",
        sa.Column("on_this_computer", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.create_index(
        "uq_participant_on_this_computer",
        "participant",
        ["assessment_id"],
        unique=True,
        sqlite_where=sa.text("on_this_computer"),
        postgresql_where=sa.text("on_this_computer"),
    )
    op.create_table(
        "participant_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_participant_alias_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant_alias")),
        sa.UniqueConstraint("uuid", name=op.f("uq_participant_alias_uuid")),
    )
    with op.batch_alter_table("participant_alias", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participant_alias_participant_id"), ["participant_id"], unique=False
        )
    op.create_table(
        "import_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=255), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("participant_uuid", sa.String(length=36), nullable=True),
        sa.Column("participant_name", sa.String(length=200), nullable=True),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("record", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_import_log_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_log")),
        sa.UniqueConstraint("uuid", name=op.f("uq_import_log_uuid")),
    )
    with op.batch_alter_table("import_log", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_log_assessment_id"), ["assessment_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("import_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_log_assessment_id"))
    op.drop_table("import_log")
    with op.batch_alter_table("participant_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_alias_participant_id"))
    op.drop_table("participant_alias")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_participant_on_this_computer",
            sqlite_where=sa.text("on_this_computer"),
            postgresql_where=sa.text("on_this_computer"),
        )
        batch_op.drop_column("on_this_computer")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_column("anonymity_minimum")
