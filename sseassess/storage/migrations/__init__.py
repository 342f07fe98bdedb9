"""Alembic migrations that ship inside the package and run at start-up."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine

HERE = Path(__file__).parent


def _config(script_location: Path = HERE) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location))
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


def upgrade(engine: Engine, target: str = "head", script_location: Path = HERE) -> None:
    """Upgrade the database to ``target`` in one transaction on a shared connection (on
    PostgreSQL under an advisory lock, so that concurrent start-ups upgrade it once).

    On SQLite, foreign keys are off while the migrations run: a batch migration copies a
    table and drops the old one, and with foreign keys on that drop would cascade and
    delete every row referring to it (every answer of every assessment). The keys are
    checked with ``PRAGMA foreign_key_check`` before the transaction commits.
    """
    from alembic import command

    config = _config(script_location)
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:  # outside any transaction, where the pragma takes effect
            _pragma(connection, "PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
                config.attributes["connection"] = connection  # type: ignore[attr-defined]
                command.upgrade(config, target)  # type: ignore[arg-type]
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration broke foreign keys: {broken[:5]}")
        finally:
            if sqlite:
                _pragma(connection, "PRAGMA foreign_keys=ON")


def _pragma(connection: Connection, statement: str) -> None:
    """Run a pragma on the driver's connection itself, outside SQLAlchemy's transaction."""
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(statement)
