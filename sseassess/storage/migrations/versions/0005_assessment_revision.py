"""assessments: a revision counter; names cleaned of control, bidi and invisible characters

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sseassess.domain.names import clean_name, file_name

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ALTER TABLE ... ADD COLUMN: a batch "move and copy" would recreate the table.
    op.add_column(
        "assessment",
        sa.Column("revision", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    # Names stored by earlier versions may hold newlines, escapes, bidi overrides or
    # zero-width characters: they are cleaned as new names are (sseassess.domain.names).
    connection = op.get_bind()
    for table, column, clean in (
        ("organization", "name", clean_name),
        ("participant", "display_name", clean_name),
        ("evidence", "file_name", file_name),
    ):
        rows = connection.execute(sa.text(f"SELECT id, {column} FROM {table}")).fetchall()
        for identifier, value in rows:
            cleaned = clean(value) or "?"
            if cleaned != value:
                connection.execute(
                    sa.text(f"UPDATE {table} SET {column} = :value WHERE id = :id"),
                    {"value": cleaned, "id": identifier},
                )


def downgrade() -> None:
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_column("revision")
