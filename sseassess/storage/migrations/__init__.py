"""Alembic migrations that ship inside the package and run at start-up."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

HERE = Path(__file__).parent


def _config() -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(HERE))
    return config


def head_revision() -> str | None:
    """The newest revision the migrations know."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()  # type: ignore[arg-type]


def known_revisions() -> set[str]:
    """Every revision the migrations know."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_config())  # type: ignore[arg-type]
    return {script.revision for script in scripts.walk_revisions()}


def is_known_revision(revision: str) -> bool:
    """Whether ``revision`` is one of ours (an unknown one comes from a newer version)."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        ScriptDirectory.from_config(_config()).get_revision(revision)  # type: ignore[arg-type]
    except CommandError:
        return False
    return True


#: PostgreSQL advisory lock held while migrating: several installations pointed at one
#: server may start at once, and only one of them must upgrade it.
_MIGRATION_LOCK = 0x55E_A55E55


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade the database to ``target`` in one transaction on a shared connection (on
    PostgreSQL under an advisory lock, so that concurrent start-ups upgrade it once)."""
    from alembic import command

    config = _config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
        config.attributes["connection"] = connection  # type: ignore[attr-defined]
        command.upgrade(config, target)  # type: ignore[arg-type]
