"""Smoke test of a built sseassess: run it as a user would, with nothing of Python around.

    python packaging/smoke_test.py [EXECUTABLE] [--cli EXECUTABLE] [--bundle FOLDER]

EXECUTABLE defaults to this platform's build in ``dist/`` (``--cli``: the console program,
``sseassess-cli.exe`` on Windows); FOLDER is where the bundled files are (the folder of
the executable, found through links: ``/usr/bin/sseassess`` -> ``/opt/sseassess``).
Every run gets an empty home folder and an environment with no Python, no virtual
environment and nothing on the PATH. It checks:

* the bundle: the data files ``bundle_contents.DATA`` names (frameworks, demo, fonts,
  icons, migrations, translations), Qt's platform plugins (offscreen and this platform's
  own), the SVG image format, Qt's own French catalog; no Qt module we do not use
  (WebEngine, Quick, QML, 3D); at most ``MAX_BUNDLE_MB``;
* ``--version``; ``demo`` into a new database (the migrations run), left at the schema
  revision this version writes; ``score`` in English and in French (gettext catalogs);
* ``export`` of the certificate and the report: PDF files with the bundled font embedded,
  which ``verify`` finds intact; a certificate for a name in Arabic, Chinese and Hebrew
  (the Noto fonts, HarfBuzz shaping, the bidirectional algorithm);
* the desktop application, offscreen, in English and in French: it shows its window and
  menus (in French: Qt catalogs) and quits by itself (``SSEASSESS_EXIT_AFTER``, see
  ``packaging/launcher.py``) with no error, no dialog and no crash log.

Exit status 0 when every check passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "packaging")]

from bundle_contents import data_files  # noqa: E402

from sseassess import APP_NAME, __version__  # noqa: E402
from sseassess.storage.location import SCHEMA_REVISION  # noqa: E402

MAX_BUNDLE_MB = 200
SMOKE_PREFIX = "sseassess-smoke: "
#: Milliseconds the desktop application stays up before it quits by itself.
GUI_MILLISECONDS = 4000
#: Qt's platform plugin of each system, beside ``offscreen``.
NATIVE_PLATFORM = {"linux": "qxcb", "win32": "qwindows", "darwin": "qcocoa"}
#: Qt modules that must not be in the bundle (their library names).
UNWANTED_QT = ("WebEngine", "Quick", "Qml", "3DCore", "Multimedia", "Network")
#: An organization's name in three scripts, and the fonts its certificate must embed.
WORLD_NAME = "تعاونية النساجين 合作社 קואופרטיב"
WORLD_FONTS = ("NotoSansArabic", "NotoSansCJK", "NotoSansHebrew")
#: What a line on stderr must not say.
TROUBLE = re.compile(r"(?i)traceback|error|warning|cannot|could not|failed|exception")


class SmokeTest:
    def __init__(self, gui: Path, cli: Path, bundle: Path, home: Path) -> None:
        self.gui, self.cli, self.bundle, self.home = gui, cli, bundle, home
        self.failures: list[str] = []
        self.database = home / "smoke.db"
        self.url = f"sqlite:///{self.database}"

    # -- running the program

    def environment(self, **extra: str) -> dict[str, str]:
        """What a user's session would give, less any Python: a home, a UTF-8 locale."""
        empty = self.home / "bin"
        empty.mkdir(exist_ok=True)
        env = {"HOME": str(self.home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
        if sys.platform == "win32":
            system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
            env.update(
                SYSTEMROOT=system_root,
                PATH=rf"{system_root}\System32;{system_root}",
                USERPROFILE=str(self.home),
                APPDATA=str(self.home / "AppData" / "Roaming"),
                LOCALAPPDATA=str(self.home / "AppData" / "Local"),
                TEMP=str(self.home),
                TMP=str(self.home),
            )
        else:
            env["PATH"] = str(empty)
        env.update(extra)
        return env

    def run(
        self, *arguments: str, program: Path | None = None, **extra: str
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(program or self.cli), *arguments],
            env=self.environment(**extra),
            cwd=self.home,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )

    def check(self, name: str, test: Callable[[], str | None]) -> None:
        """Run one check: ``test`` returns None when it passes, else what went wrong."""
        try:
            problem = test()
        except Exception as error:  # a check that crashes has failed, and the others run
            problem = f"{type(error).__name__}: {error}"
        print(f"{'ok  ' if problem is None else 'FAIL'} {name}" + (f": {problem}" * bool(problem)))
        if problem is not None:
            self.failures.append(name)

    # -- the checks

    def bundle_files(self) -> str | None:
        files = [path.relative_to(self.bundle).as_posix() for path in _files(self.bundle)]

        def has(folder: str, stem: str) -> bool:
            return any(
                f"{folder}/" in name
                and name.rpartition("/")[2].removeprefix("lib").startswith(stem)
                for name in files
            )

        wanted = [f"{target}/{Path(source).name}" for source, target in data_files(ROOT)]
        missing = [name for name in wanted if not any(f.endswith(name) for f in files)]
        for folder, stem in (
            ("plugins/platforms", "qoffscreen"),
            ("plugins/platforms", NATIVE_PLATFORM[sys.platform]),
            ("plugins/imageformats", "qsvg"),
            ("translations", "qtbase_fr.qm"),
        ):
            if not has(folder, stem):
                missing.append(f"{folder}/{stem}")
        unwanted = sorted(
            f for f in files for module in UNWANTED_QT if re.search(rf"Qt6?{module}\b", f)
        )
        problems = []
        if missing:
            problems.append(f"missing {missing}")
        if unwanted:
            problems.append(f"unwanted {unwanted[:5]}")
        return "; ".join(problems) or None

    def bundle_size(self) -> str | None:
        real = [path for path in _files(self.bundle) if not path.is_symlink()]
        size = sum(path.stat().st_size for path in real) / 1e6
        print(f"     bundle: {self.bundle} {size:.0f} MB")
        return None if size <= MAX_BUNDLE_MB else f"{size:.0f} MB > {MAX_BUNDLE_MB} MB"

    def version(self) -> str | None:
        result = self.run("--version")
        expected = f"{APP_NAME} {__version__}"
        return None if result.stdout.strip() == expected else _said(result, expected)

    def demo(self) -> str | None:
        result = self.run("--db", self.url, "demo")
        self.assessment = result.stdout.strip()
        if result.returncode or not re.fullmatch(r"[0-9a-f-]{36}", self.assessment):
            return _said(result, "an assessment id")
        with sqlite3.connect(self.database) as connection:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if revision == (SCHEMA_REVISION,) else f"schema at {revision}"

    def languages(self) -> str | None:
        english = self.run("--db", self.url, "--lang", "en", "score", self.assessment)
        french = self.run("--db", self.url, "--lang", "fr", "score", self.assessment)
        if english.returncode or french.returncode:
            return _said(french if french.returncode else english, "scores")
        return None if english.stdout != french.stdout else "the French output is English"

    def export(self) -> str | None:
        certificate, report = self.home / "c.pdf", self.home / "r.pdf"
        result = self.run(
            "--db", self.url, "export", self.assessment,
            "--certificate", str(certificate), "--report", str(report),
        )  # fmt: skip
        if result.returncode:
            return _said(result, "exit 0")
        for pdf in (certificate, report):
            data = pdf.read_bytes()
            if not data.startswith(b"%PDF-") or b"DejaVuSans" not in data:
                return f"{pdf.name} is not a PDF with the bundled font"
        verified = self.run("verify", str(certificate))
        return None if verified.returncode == 0 else _said(verified, "intact")

    def other_scripts(self) -> str | None:
        """A certificate for a name in Arabic, Chinese and Hebrew: the bundled Noto fonts,
        HarfBuzz shaping and the bidirectional algorithm."""
        added = self.run("--db", self.url, "organization", "add", WORLD_NAME)
        started = self.run("--db", self.url, "assessment", "new", added.stdout.strip())
        certificate = self.home / "world.pdf"
        exported = self.run(
            "--db", self.url, "export", started.stdout.strip(), "--certificate", str(certificate)
        )
        for result in (added, started, exported):
            if result.returncode:
                return _said(result, "exit 0")
        data = certificate.read_bytes()
        missing = [font for font in WORLD_FONTS if font.encode() not in data]
        return f"fonts not embedded: {missing}" if missing else None

    def desktop(self, language: str, menu: str) -> Callable[[], str | None]:
        def test() -> str | None:
            result = self.run(
                "--db",
                self.url,
                "--lang",
                language,
                program=self.cli,
                SSEASSESS_EXIT_AFTER=str(GUI_MILLISECONDS),
            )
            reports = [
                json.loads(line.removeprefix(SMOKE_PREFIX))
                for line in result.stderr.splitlines()
                if line.startswith(SMOKE_PREFIX)
            ]
            other = [
                line
                for line in result.stderr.splitlines()
                if not line.startswith(SMOKE_PREFIX) and TROUBLE.search(line)
            ]
            if result.returncode or not reports or other:
                return _said(result, "quit by itself, exit 0")
            shown = reports[0]
            if shown["dialogs"] or not shown["windows"]:
                return f"on screen: {shown}"
            if menu not in shown["menus"]:
                return f"menus {shown['menus']}, no {menu!r}"
            qt_translations = Path(shown["qt_translations"]).resolve()
            if not qt_translations.is_relative_to(self.bundle.resolve()):
                return f"Qt looks for its translations outside the bundle: {qt_translations}"
            crash_logs = list(self.home.rglob("crash.log"))
            if any(log.stat().st_size for log in crash_logs):
                return f"crash log: {crash_logs[0].read_text(encoding='utf-8')[-500:]}"
            return None

        return test

    def all(self) -> int:
        self.check("bundle holds the data files, plugins and catalogs", self.bundle_files)
        self.check(f"bundle is at most {MAX_BUNDLE_MB} MB", self.bundle_size)
        self.check("--version", self.version)
        self.check("demo into a new database (migrations)", self.demo)
        if "demo into a new database (migrations)" not in self.failures:
            self.check("score in English and French (gettext catalogs)", self.languages)
            self.check("export certificate and report, verify", self.export)
            self.check("a name in Arabic, Chinese and Hebrew in a PDF", self.other_scripts)
            self.check("desktop application, offscreen, English", self.desktop("en", "&File"))
            self.check("desktop application, offscreen, French", self.desktop("fr", "&Fichier"))
        print(f"{len(self.failures)} failed" if self.failures else "smoke test passed")
        return 1 if self.failures else 0


def _files(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def _said(result: subprocess.CompletedProcess[str], expected: str) -> str:
    return (
        f"expected {expected}; exit {result.returncode}, "
        f"stdout {result.stdout.strip()[-300:]!r}, stderr {result.stderr.strip()[-600:]!r}"
    )


def default_programs() -> tuple[Path, Path]:
    """This platform's build in dist/: the desktop program and the console one."""
    dist = ROOT / "dist"
    if sys.platform == "win32":
        folder = dist / APP_NAME
        return folder / f"{APP_NAME}.exe", folder / f"{APP_NAME}-cli.exe"
    if sys.platform == "darwin":
        program = dist / f"{APP_NAME}.app" / "Contents" / "MacOS" / APP_NAME
        return program, program
    program = dist / APP_NAME / APP_NAME
    return program, program


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executable", nargs="?", type=Path)
    parser.add_argument("--cli", type=Path, help="the console program, if another one")
    parser.add_argument("--bundle", type=Path, help="the folder of the bundled files")
    options = parser.parse_args(argv)
    gui, cli = default_programs()
    if options.executable:
        gui = cli = options.executable
    cli = options.cli or cli
    for program in {gui, cli}:
        if not program.exists():
            print(f"FAIL {program} does not exist: build it first")
            return 1
    bundle = options.bundle or Path(os.path.realpath(gui)).parent
    if sys.platform == "darwin" and bundle.name == "MacOS":
        bundle = bundle.parent  # Contents/: Frameworks/ and Resources/ beside MacOS/
    with tempfile.TemporaryDirectory(prefix="sseassess-smoke-") as home:
        return SmokeTest(gui, cli, bundle, Path(home)).all()


if __name__ == "__main__":
    raise SystemExit(main())
