"""Shared fixtures: a fresh database per test, offscreen Qt, no user settings touched.

Test modules marked ``both_backends`` run each test that uses a database twice: on a SQLite
file and on a real PostgreSQL server (``tests/postgresql.py``); a test of such a module
marked ``sqlite_only`` runs on SQLite alone.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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


@pytest.fixture(autouse=True)
def _left_to_right_in_the_system_locale() -> Iterator[None]:
    """A test that puts the application in a language (``install_translators``: layout
    direction, default ``QLocale``) does not leave the next test in it."""
    yield
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import QLocale, Qt
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(QLocale.system())


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


#: The passphrase of the test issuer.
PASSPHRASE = "correct horse battery"


@pytest.fixture
def eligible(workspace: Any) -> str:
    """An assessment whose answers meet every rule."""
    from sseassess.domain.answers import Answer
    from sseassess.domain.records import OrganizationProfile

    organization = workspace.add_organization(
        OrganizationProfile(name="Coopérative Solidaire du Sahel", legal_form="cooperative")
    )
    assessment = workspace.start_assessment(organization)
    framework, _content = workspace.current_framework()
    workspace.save_answers(assessment, [Answer(i.id, 4) for i in framework.indicators()])
    return assessment


@pytest.fixture
def met_certificate(workspace: Any, eligible: str, tmp_path: Path) -> Path:
    """The eligible assessment's self-assessment certificate, signed here."""
    from sseassess.app.export import export_documents

    path = tmp_path / "met.pdf"
    export_documents(workspace, eligible, certificate=path, report=None, language="en")
    return path


@pytest.fixture(scope="session")
def issuer_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One issuer for the whole session (its key is made once), named as a secretariat."""
    from sseassess.app.issuer import create_issuer

    folder = tmp_path_factory.mktemp("issuer") / "secretariat"
    create_issuer(folder, "ICSSE Secretariat", PASSPHRASE.encode())
    return folder


@pytest.fixture
def passphrase(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The test issuer's passphrase, given as the command line reads it."""
    monkeypatch.setenv("SSEASSESS_ISSUER_PASSPHRASE", PASSPHRASE)
    yield PASSPHRASE
