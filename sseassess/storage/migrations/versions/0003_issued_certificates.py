"""issued_certificate: the register of charter certificates an issuer signed

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issued_certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("issuer_fingerprint", sa.String(length=80), nullable=False),
        sa.Column("issuer_name", sa.String(length=300), nullable=False),
        sa.Column("organization", sa.String(length=300), nullable=False),
        sa.Column("assessment_uuid", sa.String(length=36), nullable=False),
        sa.Column("framework", sa.String(length=200), nullable=False),
        sa.Column("overall", sa.Float(), nullable=True),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("document_sha256", sa.String(length=64), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_certificate")),
    )
    with op.batch_alter_table("issued_certificate", schema=None) as batch_op:
        batch_op.create_index(
            "ix_issued_certificate_number", ["issuer_fingerprint", "number"], unique=True
        )


def downgrade() -> None:
    with op.batch_alter_table("issued_certificate", schema=None) as batch_op:
        batch_op.drop_index("ix_issued_certificate_number")
    op.drop_table("issued_certificate")
