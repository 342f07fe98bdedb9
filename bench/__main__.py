"""``python -m bench``: start-up, answer saving, listing, saving under contention, export,
signing and verify, each against a floor.

Every target is a ratio to a floor measured in the same run on the same machine, so the
table means the same on a fast or a slow computer.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _time_command(command: Sequence[str], runs: int, env: dict[str, str]) -> float:
    """Median wall time of ``command`` in seconds."""
    return _time_commands([command], runs, env)[0]


def _time_commands(
    commands: Sequence[Sequence[str]], runs: int, env: dict[str, str]
) -> list[float]:
    """Median wall time of each command in seconds, the commands run in alternation."""
    return _alternate(
        [
            lambda command=command: subprocess.run(
                command, check=True, env=env, stdout=subprocess.DEVNULL, cwd=ROOT
            )
            for command in commands
        ],
        runs,
    )


def _alternate(works: Sequence[Callable[[], object]], runs: int) -> list[float]:
    """Median time of each piece of work in seconds, the works run in alternation run by
    run, so that a burst of load on the machine falls on all of them alike."""
    timings: list[list[float]] = [[] for _ in works]
    for _ in range(runs):
        for work, times in zip(works, timings, strict=True):
            start = time.perf_counter()
            work()
            times.append(time.perf_counter() - start)
    return [statistics.median(times) for times in timings]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _save_answers(url: str, count: int) -> list[float]:
    from sseassess.app.workspace import Workspace
    from sseassess.domain.answers import Answer
    from sseassess.domain.records import OrganizationProfile

    workspace = Workspace.open(url)
    organization = workspace.add_organization(OrganizationProfile(name="Bench"))
    assessment = workspace.start_assessment(organization)
    framework = workspace.framework_of(workspace.assessment(assessment))
    indicators = [indicator.id for indicator in framework.indicators()]
    timings = []
    for n in range(count):
        answer = Answer(indicators[n % len(indicators)], n % 5, note=f"note {n}")
        start = time.perf_counter()
        workspace.save_answer(assessment, answer)
        timings.append(time.perf_counter() - start)
    workspace.close()
    return timings


def _save_while_locked(path: Path, hold: float = 0.3) -> tuple[bool, float]:
    """Whether a save made while another connection holds the write lock ``hold`` seconds
    succeeds, and how long it took (it should wait for the lock, not fail at once)."""
    import threading

    from sseassess.app.workspace import Workspace
    from sseassess.domain.answers import Answer
    from sseassess.domain.records import OrganizationProfile

    workspace = Workspace.open(f"sqlite:///{path}")
    assessment = workspace.start_assessment(
        workspace.add_organization(OrganizationProfile(name="Locked"))
    )
    indicator = next(workspace.framework_of(workspace.assessment(assessment)).indicators()).id
    holding = threading.Event()

    def hold_lock() -> None:
        connection = sqlite3.connect(path, isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        holding.set()
        time.sleep(hold)
        connection.execute("COMMIT")
        connection.close()

    thread = threading.Thread(target=hold_lock)
    thread.start()
    holding.wait()
    started = time.perf_counter()
    try:
        workspace.save_answer(assessment, Answer(indicator, 2))
        saved = True
    except Exception:
        saved = False
    waited = time.perf_counter() - started
    thread.join()
    workspace.close()
    return saved, waited


def _raw_sqlite_commits(path: Path, count: int) -> list[float]:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute(
        "CREATE TABLE answer (id INTEGER PRIMARY KEY, indicator TEXT UNIQUE, "
        "level INTEGER, note TEXT)"
    )
    timings = []
    for n in range(count):
        start = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute(
            "INSERT INTO answer (indicator, level, note) VALUES (?, ?, ?) "
            "ON CONFLICT(indicator) DO UPDATE SET level = excluded.level, note = excluded.note",
            (f"i{n % 39}", n % 5, f"note {n}"),
        )
        connection.execute("COMMIT")
        timings.append(time.perf_counter() - start)
    connection.close()
    return timings


def _export_against_bare(base: Path, runs: int) -> tuple[float, float, int]:
    """Median times of exporting the demo's certificate and full report, and of building a
    bare ReportLab document of the same page count; the page count.

    The two are timed in alternation, so that a burst of load on the machine falls on both
    rather than on whichever happened to run then. The first round is a warm-up (fonts
    registered, ReportLab imported) and is not counted.
    """
    from pypdf import PdfReader

    from sseassess.app.demo import create_demo
    from sseassess.app.export import export_documents
    from sseassess.app.workspace import Workspace

    workspace = Workspace.open(f"sqlite:///{base / 'pdf.db'}")
    assessment = create_demo(workspace)
    certificate, report = base / "certificate.pdf", base / "report.pdf"

    def export() -> None:
        export_documents(
            workspace, assessment, certificate=certificate, report=report, language="en"
        )

    export()
    pages = len(PdfReader(certificate).pages) + len(PdfReader(report).pages)
    bare = _bare_reportlab(pages)
    exported, floor = _alternate([export, bare], runs)
    workspace.close()
    return exported, floor, pages


def _signed_against_unsigned(base: Path, runs: int) -> tuple[float, float]:
    """Median times of exporting the demo's certificate and full report signed (as every
    export is) and unsigned (the same documents with their data embedded, no signature),
    run by run in alternation; the first round is a warm-up (the key made, fonts loaded)."""
    from sseassess.app.demo import create_demo
    from sseassess.app.export import export_documents
    from sseassess.app.workspace import Workspace

    workspace = Workspace.open(f"sqlite:///{base / 'signed.db'}")
    assessment = create_demo(workspace)

    def export(sign: bool) -> Callable[[], None]:
        def run() -> None:
            export_documents(
                workspace,
                assessment,
                certificate=base / "certificate.pdf",
                report=base / "report.pdf",
                language="en",
                sign=sign,
            )

        return run

    signed, unsigned = export(True), export(False)
    signed()
    unsigned()
    signed_time, unsigned_time = _alternate([signed, unsigned], runs)
    workspace.close()
    return signed_time, unsigned_time


def _verify_against_reading(base: Path, runs: int) -> tuple[float, float, float]:
    """Median times of ``verify`` of the demo's signed report in this process (its parser
    child process already started), of the whole ``sseassess verify`` command, and the
    floor: pypdf reading the same file and extracting its text, in this process."""
    from pypdf import PdfReader

    from sseassess.app.demo import create_demo
    from sseassess.app.export import export_documents
    from sseassess.app.verify import Outcome, verify_file
    from sseassess.app.workspace import Workspace

    with Workspace.open(f"sqlite:///{base / 'verify.db'}") as workspace:
        report = base / "verified.pdf"
        export_documents(
            workspace, create_demo(workspace), certificate=None, report=report, language="en"
        )

    def verify() -> None:
        assert verify_file(report).outcome == Outcome.SELF_DECLARED

    def read() -> None:
        reader = PdfReader(report)
        "".join(page.extract_text() for page in reader.pages)

    verify()  # the warm-up: the parser's child process started
    verified, floor = _alternate([verify, read], runs)
    command = [sys.executable, "-m", "sseassess", "verify", str(report)]
    command_times = []
    for _ in range(max(3, runs // 2)):
        start = time.perf_counter()
        finished = subprocess.run(command, stdout=subprocess.DEVNULL, check=False, cwd=ROOT)
        command_times.append(time.perf_counter() - start)
        assert finished.returncode == 3
    return verified, statistics.median(command_times), floor


def _bare_reportlab(pages: int) -> Callable[[], None]:
    """Builds a plain ReportLab document of ``pages`` full pages of text in the same
    embedded TrueType font (registered once, as the export does)."""
    import io

    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from sseassess.reports.fonts import register_fonts

    style = getSampleStyleSheet()["BodyText"]
    style.fontName = register_fonts().regular
    words = "Solidarité coopérative démocratie réinvestissement " * 90

    def build() -> None:
        story = []
        for page in range(pages):
            story += [Paragraph(f"Page {page + 1} {words}", style), PageBreak()]
        SimpleDocTemplate(io.BytesIO()).build(story[:-1])

    build()  # the warm-up round
    return build


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per start-up measurement")
    parser.add_argument("--organizations", type=int, default=1000)
    parser.add_argument("--answers", type=int, default=1000)
    parser.add_argument(
        "--contention", type=float, default=10.0, help="seconds of saving under contention"
    )
    options = parser.parse_args(argv)

    from bench.large_database import build

    # The exports below sign with an installation key: a throw-away one, not the user's.
    keys = tempfile.TemporaryDirectory()
    os.environ["XDG_DATA_HOME"] = str(Path(keys.name) / "data")
    os.environ["XDG_CONFIG_HOME"] = str(Path(keys.name) / "config")

    rows: list[tuple[str, str, str, str]] = []

    def add(name: str, value: str, floor: str, verdict: str) -> None:
        rows.append((name, value, floor, verdict))
        print(f"  {name}: {value}  (floor {floor})  {verdict}", file=sys.stderr)

    def ratio(value: float, floor: float, target: float) -> str:
        verdict = "OK" if value / floor <= target else "MISSED"
        return f"{value / floor:.2f}x (target <= {target}x) {verdict}"

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            HOME=str(base),
            XDG_CONFIG_HOME=str(base / "config"),
            XDG_DATA_HOME=str(base / "data"),
        )
        large = base / "large.db"
        started = time.perf_counter()
        build(large, options.organizations, 5)
        print(
            f"  built {options.organizations} x 5 database in "
            f"{time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
        url = f"sqlite:///{large}"
        env["SSEASSESS_DATABASE_URL"] = url
        python = sys.executable

        floor, version = _time_commands(
            [[python, "-c", "pass"], [python, "-m", "sseassess", "--version"]], options.runs, env
        )
        add(
            "sseassess --version",
            f"{version * 1000:.0f} ms",
            f"python -c pass {floor * 1000:.0f} ms",
            f"{version / floor:.2f}x",
        )

        gui = [python, "-m", "bench.gui_start"]  # -m: found from a plain checkout too
        bare, qt_sql, app, listed = _time_commands(
            [[*gui, mode, url] for mode in ("bare", "sqlalchemy", "app", "app-listed")],
            options.runs,
            env,
        )
        add(
            "GUI start to organizations listed (1,000)",
            f"{listed * 1000:.0f} ms",
            f"Qt+SQLAlchemy {qt_sql * 1000:.0f} ms",
            ratio(listed, qt_sql, 1.3),
        )
        add(
            "GUI start to first paint (1,000 organizations)",
            f"{app * 1000:.0f} ms",
            f"Qt+SQLAlchemy {qt_sql * 1000:.0f} ms, bare Qt {bare * 1000:.0f} ms",
            ratio(app, qt_sql, 1.3) + "; bare Qt " + ratio(app, bare, 1.5),
        )

        from bench.built_app import measure

        for row in measure(_time_commands, options.runs, env, url):
            add(*row)

        listing = _time_command(
            [python, "-m", "sseassess", "list", "--json"], max(3, options.runs // 2), env
        )
        add(
            f"sseassess list --json ({options.organizations} x 5 assessments scored)",
            f"{listing * 1000:.0f} ms",
            f"python -c pass {floor * 1000:.0f} ms",
            f"{listing / floor:.1f}x",
        )

        saves = _save_answers(f"sqlite:///{base / 'answers.db'}", options.answers)
        raw = _raw_sqlite_commits(base / "raw.db", options.answers)
        add(
            f"save one answer ({options.answers} saves)",
            f"p50 {statistics.median(saves) * 1000:.2f} ms, "
            f"p99 {_percentile(saves, 0.99) * 1000:.2f} ms",
            f"raw sqlite3 p50 {statistics.median(raw) * 1000:.2f} ms, "
            f"p99 {_percentile(raw, 0.99) * 1000:.2f} ms",
            f"p99 target < 5 ms {'OK' if _percentile(saves, 0.99) < 0.005 else 'MISSED'}",
        )

    with tempfile.TemporaryDirectory() as folder:
        from bench.contention import HOLD
        from bench.contention import run as contend

        saved, waited = _save_while_locked(Path(folder) / "locked.db", HOLD)
        add(
            f"save while another process holds the write lock {HOLD * 1000:.0f} ms",
            f"{'saved' if saved else 'FAILED'} after {waited * 1000:.0f} ms",
            f"lock held {HOLD * 1000:.0f} ms",
            "target: saved, within the hold + 200 ms "
            + ("OK" if saved and waited <= HOLD + 0.2 else "MISSED"),
        )
        contention = contend(f"sqlite:///{Path(folder) / 'contention.db'}", options.contention)
        add(
            f"2 processes saving {contention.seconds:.0f} s, a third holding the lock half "
            "the time",
            f"{contention.saves} saves, {contention.failures} failed, {contention.lost} lost; "
            f"longest wait {contention.longest_wait * 1000:.0f} ms, "
            f"p99 {contention.p99_wait * 1000:.1f} ms",
            f"lock held {contention.lock_held:.1f} s of {contention.seconds:.0f} s",
            "target 0 failed, 0 lost "
            + ("OK" if contention.failures == 0 and contention.lost == 0 else "MISSED"),
        )

    with tempfile.TemporaryDirectory() as folder:
        exported, bare, pages = _export_against_bare(Path(folder), max(15, 2 * options.runs))
        add(
            f"export PDF certificate + full report (demo, {pages} pages)",
            f"{exported * 1000:.0f} ms",
            f"bare ReportLab {pages} pages {bare * 1000:.0f} ms",
            f"{exported / bare:.1f}x (target <= 3x) "
            + ("OK" if exported / bare <= 3 else "MISSED")
            + "; target < 1 s "
            + ("OK" if exported < 1.0 else "MISSED"),
        )

    from bench import workshop

    with tempfile.TemporaryDirectory() as folder:
        signed, unsigned = _signed_against_unsigned(Path(folder), max(15, 2 * options.runs))
        add(
            "export certificate + report, signed (PAdES)",
            f"{signed * 1000:.0f} ms",
            f"the same unsigned {unsigned * 1000:.0f} ms",
            ratio(signed, unsigned, 1.3),
        )
        in_process, command, read = _verify_against_reading(Path(folder), max(9, options.runs))
        add(
            "verify the demo's signed report",
            f"{in_process * 1000:.0f} ms in the app, sseassess verify {command * 1000:.0f} ms",
            f"pypdf read + text {read * 1000:.0f} ms, python -c pass {floor * 1000:.0f} ms",
            f"{in_process / read:.1f}x; target < 5 s " + ("OK" if command < 5 else "MISSED"),
        )

    with tempfile.TemporaryDirectory() as folder:
        bundles = 1000
        collected, parsed, checked, size = workshop.collect_files(Path(folder), bundles, 3)
        add(
            f"collect {bundles:,} participants' files (+ the workshop file), fresh database",
            f"{collected * 1000:.0f} ms",
            f"read + check as bundles {checked * 1000:.0f} ms; read + json.loads "
            f"{parsed * 1000:.0f} ms",
            ratio(collected, checked, 2.0) + f"; one file {size:,} bytes",
        )
    with tempfile.TemporaryDirectory() as folder:
        xlsx, csv = workshop.data_export(Path(folder), 200, 3)
        add(
            "export-data XLSX, 200 participants",
            f"{xlsx * 1000:.0f} ms",
            f"CSV export {csv * 1000:.0f} ms",
            ratio(xlsx, csv, 5.0),
        )

    interactions = json.loads(
        subprocess.run(
            [sys.executable, "-m", "bench.gui_interactions"],
            check=True,
            cwd=ROOT,
            capture_output=True,
            text=True,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    add(
        "switch characteristic page (first visit builds it)",
        f"max {interactions['page_first_max_ms']:.1f} ms, "
        f"again max {interactions['page_again_max_ms']:.1f} ms",
        "-",
        "target < 50 ms " + ("OK" if interactions["page_first_max_ms"] < 50 else "MISSED"),
    )
    add(
        "answer click to committed row (GUI)",
        f"p50 {interactions['click_p50_ms']:.2f} ms, p99 {interactions['click_p99_ms']:.2f} ms",
        "-",
        "p99 target < 20 ms " + ("OK" if interactions["click_p99_ms"] < 20 else "MISSED"),
    )

    width = [
        max(len(row[i]) for row in [*rows, ("benchmark", "result", "floor", "verdict")])
        for i in range(4)
    ]
    header = ("benchmark", "result", "floor (same run)", "verdict")
    print(" | ".join(h.ljust(w) for h, w in zip(header, width, strict=True)))
    print("-+-".join("-" * w for w in width))
    for row in rows:
        print(" | ".join(cell.ljust(w) for cell, w in zip(row, width, strict=True)))
    keys.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
