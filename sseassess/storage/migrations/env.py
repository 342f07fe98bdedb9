"""Alembic environment: runs on the connection sseassess hands it (never its own URL)."""

from __future__ import annotations

from alembic import context

from sseassess.storage.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the application runs migrations
    raise RuntimeError("sseassess migrations run through sseassess.storage.migrations.upgrade")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
