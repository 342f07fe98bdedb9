"""Shared fixtures: a fresh database per test, offscreen Qt, no user settings touched.

Test modules marked ``both_backends`` run each test that uses a database twice: on a SQLite
file and on a real PostgreSQL server (``tests/postgresql.py``); a test of such a module
marked ``sqlite_only`` runs on SQLite alone.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests import postgresql

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own database, settings and data folders, in English."""
    monkeypatch.setenv("SSEASSESS_DATABASE_URL", f"sqlite:///{tmp_path / 'sseassess.db'}")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # crash.log
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("LANGUAGE", "en")
    monkeypatch.setenv("LANG", "C.UTF-8")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    definition = metafunc.definition
    if (
        "backend" in metafunc.fixturenames
        and definition.get_closest_marker("both_backends") is not None
        and definition.get_closest_marker("sqlite_only") is None
    ):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """ "sqlite", or "postgresql" for the second run of a ``both_backends`` test."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def postgresql_server() -> Iterator[postgresql.Server]:
    """The tests' own PostgreSQL server, started once (see ``tests/postgresql.py``)."""
    if postgresql.skipped():
        pytest.skip(f"PostgreSQL tests skipped ({postgresql.OPT_OUT}=skip)")
    server = postgresql.start()  # fails loudly: every PostgreSQL test says why
    yield server
    server.stop()


@pytest.fixture
def fresh(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Callable[[str], str]]:
    """Makes fresh, empty databases on the test's backend: ``fresh(name)`` is a URL."""
    made: list[str] = []
    server: postgresql.Server | None = None
    if backend == "postgresql":
        server = request.getfixturevalue("postgresql_server")

    def make(name: str) -> str:
        if server is None:
            return f"sqlite:///{tmp_path / f'{name}.db'}"
        made.append(server.new_database())
        return made[-1]

    yield make
    for url in made:
        assert server is not None
        server.drop(url)


@pytest.fixture
def database_url(backend: str, fresh: Callable[[str], str], monkeypatch: pytest.MonkeyPatch) -> str:
    """The test's database (also what the commands use when no --db is given)."""
    url = fresh("sseassess")
    monkeypatch.setenv("SSEASSESS_DATABASE_URL", url)
    return url


@pytest.fixture
def workspace(database_url: str) -> Iterator[object]:
    from sseassess.app.workspace import Workspace

    opened = Workspace.open(database_url)
    yield opened
    opened.close()


@pytest.fixture
def database(workspace: object, database_url: str) -> Iterator[object]:
    """A second connection to the workspace's database, for tests that look at rows."""
    from sseassess.storage.database import Database

    opened = Database.open(database_url)
    yield opened
    opened.close()
