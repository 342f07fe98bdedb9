"""A damaged, empty, foreign, locked or unreachable database is named for what it is,
never written to, and a checked backup can be restored (``sseassess db …``)."""

from __future__ import annotations

import hashlib
import os
import random
import resource
import signal
import sqlite3
from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from sseassess.app.workspace import Workspace
from sseassess.cli import main
from sseassess.domain.records import OrganizationProfile
from sseassess.domain.text import TranslatableError
from sseassess.storage import migrations, sqlite_files
from sseassess.storage.database import Database
from sseassess.storage.errors import DamagedDatabaseError, StorageError

VOTE = "democratic-control.one-member-one-vote"


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "sseassess.db"


@pytest.fixture
def used_today(capsys: pytest.CaptureFixture[str], db_path: Path) -> str:
    """A database with the demo, opened again today (so today's backup exists)."""
    code, out, _err = run(capsys, "demo")
    assert code == 0
    assert run(capsys, "list")[0] == 0
    assert len(sqlite_files.backups_of(db_path)) == 1
    return out.strip()


def _damage(path: Path) -> None:
    """4 KiB of random bytes in the middle of the file, as a failing disk would leave."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2 - (size // 2) % 4096)
        handle.write(random.Random(12).randbytes(4096))


def test_a_damaged_database_is_named_with_the_backup_to_restore(
    capsys: pytest.CaptureFixture[str], used_today: str, db_path: Path, tmp_path: Path
) -> None:
    """4 KiB of random bytes gave "internal error (DatabaseError)" and a crash log."""
    _damage(db_path)
    code, out, err = run(capsys, "score", used_today)
    if code == 0:  # the damaged pages were not on this command's way
        code, out, err = run(capsys, "db", "check")
        assert code == 1 and out.startswith("damaged: ")
    else:
        assert (code, out) == (2, "")
        assert "The database file is damaged" in err
        assert "internal error" not in err
    [backup] = sqlite_files.backups_of(db_path)
    code, out, _err = run(capsys, "db", "check")
    assert code == 1
    assert out.startswith(f"damaged: {db_path}\n")
    assert f'sseassess db restore "{backup}"' in out
    log = tmp_path / "state" / "sseassess" / "log" / "crash.log"
    assert not log.exists() or "Traceback" not in log.read_text()


def test_csv_imports_refuse_to_write_into_a_damaged_file(
    capsys: pytest.CaptureFixture[str], used_today: str, db_path: Path, tmp_path: Path
) -> None:
    _damage(db_path)
    before = _digest(db_path)
    answers = tmp_path / "answers.csv"
    answers.write_text(f"indicator,level,reason,note\n{VOTE},1,,typed from paper\n")
    code, out, err = run(capsys, "answers", "import", used_today, str(answers))
    assert (code, out) == (2, "")
    assert "The database file is damaged" in err
    assert "The latest good backup is" in err
    assert _digest(db_path) == before


def test_db_check_backup_and_restore(
    capsys: pytest.CaptureFixture[str], used_today: str, db_path: Path, tmp_path: Path
) -> None:
    assert run(capsys, "db", "check")[:2] == (0, f"healthy: {db_path}\n")
    copy = tmp_path / "copies" / "monday.db"
    code, out, _err = run(capsys, "db", "backup", str(copy))
    assert (code, out) == (0, f"backed up to {copy}\n")
    assert sqlite_files.quick_check(copy) == []
    _damage(db_path)
    damaged_digest = _digest(db_path)
    code, out, _err = run(capsys, "db", "restore", str(copy))
    assert code == 0
    kept = Path(out.splitlines()[1].removeprefix("the database it replaced was kept as "))
    assert _digest(kept) == damaged_digest
    assert run(capsys, "db", "check")[0] == 0
    code, out, _err = run(capsys, "score", used_today)
    assert code == 0 and "Overall score" in out


def test_restore_checks_the_backup_first(
    capsys: pytest.CaptureFixture[str], used_today: str, db_path: Path, tmp_path: Path
) -> None:
    before = _digest(db_path)
    damaged = tmp_path / "damaged.db"
    assert run(capsys, "db", "backup", str(damaged))[0] == 0
    _damage(damaged)
    foreign = tmp_path / "notes.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4 not a database")
    for candidate, message in (
        (damaged, "damaged"),
        (foreign, "not an sseassess database"),
        (pdf, "not an sseassess database"),
        (tmp_path / "missing.db", "There is no file"),
    ):
        code, out, err = run(capsys, "db", "restore", str(candidate))
        assert (code, out) == (2, ""), candidate
        assert message in err
    assert _digest(db_path) == before


def _frozen_clock(moment: datetime) -> type[datetime]:
    class Frozen(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> Frozen:
            return cls.fromtimestamp(moment.timestamp())

    return Frozen


def test_backups_roll_one_a_day_and_one_before_each_migration(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Workspace.open(f"sqlite:///{db_path}") as workspace:
        workspace.add_organization(OrganizationProfile(name="Daily"))
    for _ in range(3):
        Database.open(f"sqlite:///{db_path}").close()
    assert [path.name.rsplit("-", 1)[-1] for path in sqlite_files.backups_of(db_path)] == [
        "daily.db"
    ]
    # Seven more days: five daily backups are kept.
    import sseassess.storage.sqlite_files as files

    real = files.datetime
    for day in range(2, 9):
        monkeypatch.setattr(files, "datetime", _frozen_clock(real(2099, 1, day, 12, 0, 0)))
        Database.open(f"sqlite:///{db_path}").close()
    daily = sqlite_files.backups_of(db_path)
    assert len(daily) == sqlite_files.KEEP["daily"]
    assert daily[0].name.startswith("sseassess-20990108-")


def test_a_zero_length_file_is_not_silently_a_new_database(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    db_path.touch()
    code, out, err = run(capsys, "list")
    assert (code, out) == (2, "")
    assert "is empty (0 bytes)" in err
    assert db_path.stat().st_size == 0


def test_an_empty_alembic_version_is_not_called_newer(
    capsys: pytest.CaptureFixture[str], used_today: str, db_path: Path
) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("DELETE FROM alembic_version")
    connection.close()
    code, _out, err = run(capsys, "list")
    assert code == 2
    assert "no longer records its schema version" in err
    assert "newer" not in err and "None" not in err


def test_a_locked_database_is_called_locked(
    capsys: pytest.CaptureFixture[str],
    used_today: str,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sqlite_files, "LOCK_WAIT", 0.2)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE organization SET name = name")
    try:
        code, out, err = run(capsys, "list")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert (code, out) == (2, "")
    assert "locked by another program" in err
    assert "not an sseassess database" not in err


def _as_nobody(work: Callable[[], str]) -> str:
    """``work()`` in a child process that runs as an unprivileged user (root reads and
    writes everywhere); what it returned, or the error it raised."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read)
        try:
            os.setgid(65534)
            os.setuid(65534)
            result = work()
        except TranslatableError as error:
            result = f"{type(error).__name__}: {error.message()}"
        except BaseException as error:
            result = f"BUG {error!r}"
        os.write(write, result.encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read, "rb") as pipe:
        return pipe.read().decode()


def test_a_read_only_folder_is_named(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A read-only folder was reported as "not an sseassess database"."""
    folder = tmp_path_factory.mktemp("shared", numbered=True)
    path = folder / "sseassess.db"
    with Workspace.open(f"sqlite:///{path}") as workspace:
        workspace.add_organization(OrganizationProfile(name="Read only"))
    for parent in (folder, *folder.parents):
        if parent == Path("/"):
            break
        parent.chmod(parent.stat().st_mode | 0o005)  # others may look, not write
    folder.chmod(0o755)
    path.chmod(0o644)

    def open_it() -> str:
        Database.open(f"sqlite:///{path}").close()
        return "opened"

    if os.geteuid() == 0:
        result = _as_nobody(open_it)
    else:
        folder.chmod(0o555)
        try:
            result = open_it()
        except StorageError as error:
            result = f"StorageError: {error.message()}"
        finally:
            folder.chmod(0o755)
    assert result.startswith(f"StorageError: The folder {folder} is read-only"), result


def test_a_migration_on_a_nearly_full_disk_changes_nothing_and_leaves_no_empty_copy(
    tmp_path: Path,
) -> None:
    """The copy taken before migrating was left as a 0-byte .bak."""
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    migrations.upgrade(engine, "0002")
    with engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA journal_mode=WAL")  # as sseassess leaves it
    with engine.begin() as connection:
        for number in range(400):
            connection.exec_driver_sql(
                "INSERT INTO organization (uuid, name, created_at, updated_at) VALUES "
                f"('{number:08d}-1111-1111-1111-111111111111', 'Coop {'x' * 200}', "
                "'2025-01-01', '2025-01-01')"
            )
    engine.dispose()
    before = _digest(path)
    limit = 64 * 1024  # the copy cannot grow past this: as if the disk were full
    assert path.stat().st_size > limit

    def open_with_little_room() -> str:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        Database.open(f"sqlite:///{path}").close()
        return "opened"

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read)
        try:
            result = open_with_little_room()
        except TranslatableError as error:
            result = f"{type(error).__name__}: {error.message()}"
        except BaseException as error:
            result = f"BUG {error!r}"
        os.write(write, result.encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read, "rb") as pipe:
        result = pipe.read().decode()
    assert result.startswith("StorageError: This version of sseassess must upgrade"), result
    assert "nothing was changed" in result
    assert _digest(path) == before
    leftovers = list((tmp_path / "backups").iterdir()) if (tmp_path / "backups").exists() else []
    assert leftovers == []
    assert not list(tmp_path.glob("*.bak"))


def test_damage_found_in_use_is_named_not_a_bug(db_path: Path) -> None:
    with Workspace.open(f"sqlite:///{db_path}") as workspace:
        for number in range(300):
            workspace.add_organization(OrganizationProfile(name=f"Coop {number:03d} " + "x" * 200))
    Workspace.open(f"sqlite:///{db_path}").close()  # today's backup taken
    size = db_path.stat().st_size
    with db_path.open("r+b") as handle:  # every page but the first two: garbage
        handle.seek(8192)
        handle.write(random.Random(3).randbytes(size - 8192))
    with pytest.raises(DamagedDatabaseError), Workspace.open(f"sqlite:///{db_path}") as workspace:
        workspace.organizations()
