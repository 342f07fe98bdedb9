"""A throw-away PostgreSQL server for the tests.

A cluster made with ``initdb`` in a temporary folder, run as an unprivileged user (the
server refuses to run as root, and CI runs as root), listening on a unix socket in that
folder only, with durability turned off (fsync) since nothing in it must outlive the run;
stopped and deleted at the end. Each test gets a fresh database, copied from a template
that the migrations built once (``CREATE DATABASE … TEMPLATE``), and dropped after it.

The server must start: when it cannot, every test that needs it fails and says why. A
developer without PostgreSQL sets ``SSEASSESS_TEST_POSTGRESQL=skip`` to run SQLite only.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

#: Set to "skip" to run the tests on SQLite only (for developers without PostgreSQL).
OPT_OUT = "SSEASSESS_TEST_POSTGRESQL"
TEMPLATE = "sseassess_template"
_UNPRIVILEGED = "nobody"


class ServerError(RuntimeError):
    """PostgreSQL could not be started for the tests."""


def skipped() -> bool:
    return os.environ.get(OPT_OUT, "").strip().lower() in ("skip", "0", "no", "off")


def _binaries() -> Path:
    """The folder of initdb and pg_ctl (Debian keeps them out of PATH)."""
    explicit = os.environ.get("SSEASSESS_PG_BINDIR")
    if explicit:
        return Path(explicit)
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda path: int(Path(path).parts[-3]) if Path(path).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    raise ServerError(
        "PostgreSQL's initdb was not found: install Debian's postgresql package (scripts/test "
        f"does), or set {OPT_OUT}=skip to run the tests on SQLite only."
    )


class Server:
    """A PostgreSQL cluster of the tests' own; :meth:`start` it, then :meth:`new_database`."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="sseassess-pg-"))
        self.data = self.folder / "data"
        self.socket = self.folder / "socket"
        self.log = self.folder / "server.log"
        self._bin = _binaries()
        self._user: int | None = None
        self._group: int | None = None
        self._numbers = itertools.count(1)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.socket}"

    def start(self) -> Server:
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            account = pwd.getpwnam(_UNPRIVILEGED)
            self._user, self._group = account.pw_uid, account.pw_gid
            os.chown(self.folder, self._user, self._group)
        self.folder.chmod(0o711)
        self.socket.mkdir()
        if self._user is not None:
            os.chown(self.socket, self._user, self._group or -1)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        options = (
            f"-k {self.socket} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=200 -c shared_buffers=32MB"
        )
        self._run(
            *("pg_ctl", "-D", str(self.data), "-l", str(self.log)),
            *("-w", "-t", "60", "-o", options, "start"),
        )
        self._admin(f"CREATE DATABASE {TEMPLATE}")
        from sseassess.storage.database import Database

        Database.open(self.url(TEMPLATE)).close()  # the migrations, once
        return self

    def new_database(self) -> str:
        """A fresh, migrated database; its URL."""
        name = f"test_{os.getpid()}_{next(self._numbers)}"
        self._admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} STRATEGY FILE_COPY")
        return self.url(name)

    def empty_database(self) -> str:
        """A database with no tables at all (as a server administrator creates it)."""
        name = f"empty_{os.getpid()}_{next(self._numbers)}"
        self._admin(f"CREATE DATABASE {name}")
        return self.url(name)

    def drop(self, url: str) -> None:
        name = url.rsplit("/", 1)[1].split("?", 1)[0]
        self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def _admin(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(
            host=str(self.socket), user="postgres", dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(statement)  # type: ignore[arg-type]

    def _run(self, program: str, *arguments: str) -> None:
        command = [str(self._bin / program), *arguments]
        try:
            result = subprocess.run(
                command,
                user=self._user,
                group=self._group,
                cwd=self.folder,
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
        except (OSError, subprocess.SubprocessError) as error:
            raise ServerError(
                f"{' '.join(command)} could not run: {error}\n"
                f"Set {OPT_OUT}=skip to run the tests on SQLite only."
            ) from error
        if result.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise ServerError(
                f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}"
                f"{result.stderr}{log}\nSet {OPT_OUT}=skip to run the tests on SQLite only."
            )


def start() -> Server:
    """A started server (its folder removed again if it could not start)."""
    server = Server()
    try:
        return server.start()
    except BaseException:
        server.stop()
        raise
