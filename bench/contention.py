"""Saving under contention: writer processes save answers while another one holds the
write lock half the time; every save must be acknowledged, and every acknowledged save kept.

``python -m bench.contention URL [SECONDS]`` prints one JSON line; :func:`run` is what the
test (``tests/storage/test_concurrency.py``) and ``python -m bench`` call. The lock holder
takes SQLite's write lock (``BEGIN IMMEDIATE``) or, on PostgreSQL, the assessment's row
(``SELECT … FOR UPDATE``), holds it ``HOLD`` seconds, lets go for as long, and again.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
#: How long the third process holds the lock each time, then lets go (seconds).
HOLD = 0.3


@dataclass(frozen=True)
class Contention:
    """What the writers did and what the database kept."""

    seconds: float
    saves: int
    failures: int
    lost: int
    #: The longest a save waited (seconds), and the 99th percentile.
    longest_wait: float
    p99_wait: float
    lock_held: float
    errors: tuple[str, ...]


def prepare(url: str) -> tuple[str, list[str]]:
    """An organization and an assessment to save into; its UUID and two indicator ids per
    writer to alternate between."""
    from sseassess.app.workspace import Workspace
    from sseassess.domain.records import OrganizationProfile

    with Workspace.open(url) as workspace:
        organization = workspace.add_organization(OrganizationProfile(name="Contention"))
        assessment = workspace.start_assessment(organization, "workshop")
        framework = workspace.framework_of(workspace.assessment(assessment))
        indicators = [indicator.id for indicator in framework.indicators()]
    return assessment, indicators


def writer(url: str, assessment: str, indicator: str, seconds: float, name: str) -> None:
    """Save answers to ``indicator`` for ``seconds``; print a JSON line of what happened."""
    from sseassess.app.workspace import Workspace
    from sseassess.domain.answers import Answer

    acknowledged = 0
    failures: list[str] = []
    waits: list[float] = []
    with Workspace.open(url) as workspace:
        deadline = time.monotonic() + seconds
        number = 0
        while time.monotonic() < deadline:
            number += 1
            answer = Answer(indicator, number % 5, note=f"{name} {number}")
            started = time.perf_counter()
            try:
                workspace.save_answer(assessment, answer)
            except Exception as error:  # a lost save, whatever the cause
                failures.append(f"{type(error).__name__}: {error}")
                continue
            waits.append(time.perf_counter() - started)
            acknowledged = number
    print(
        json.dumps(
            {
                "attempts": number,
                "acknowledged": acknowledged,
                "saves": len(waits),
                "failures": failures,
                "waits": waits,
            }
        )
    )


def holder(url: str, assessment: str, seconds: float) -> None:
    """Hold the write lock ``HOLD`` seconds, release it as long, until ``seconds`` pass;
    print how long it held it in all."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    held = 0.0
    deadline = time.monotonic() + seconds
    if parsed.get_backend_name() == "sqlite":
        import sqlite3

        connection = sqlite3.connect(parsed.database or "", isolation_level=None, timeout=30)
        while time.monotonic() < deadline:
            connection.execute("BEGIN IMMEDIATE")
            started = time.monotonic()
            time.sleep(HOLD)
            connection.execute("COMMIT")
            held += time.monotonic() - started
            time.sleep(HOLD)
        connection.close()
    else:
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        engine = create_engine(parsed)
        while time.monotonic() < deadline:
            with engine.begin() as connection:
                connection.execute(
                    text("SELECT id FROM assessment WHERE uuid = :uuid FOR UPDATE"),
                    {"uuid": assessment},
                )
                started = time.monotonic()
                time.sleep(HOLD)
            held += time.monotonic() - started
            time.sleep(HOLD)
        engine.dispose()
    print(json.dumps({"held": held}))


def run(url: str, seconds: float = 10.0, writers: int = 2) -> Contention:
    """Two writer processes and a lock holder for ``seconds``; what was lost."""
    assessment, indicators = prepare(url)
    command = [sys.executable, "-m", "bench.contention"]
    processes = [
        subprocess.Popen(
            [*command, "writer", url, assessment, indicators[number], str(seconds), f"w{number}"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for number in range(writers)
    ]
    lock = subprocess.Popen(
        [*command, "holder", url, assessment, "-", str(seconds)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    reports = []
    errors: list[str] = []
    for process in processes:
        out, err = process.communicate(timeout=seconds + 120)
        if process.returncode != 0:
            errors.append(err.strip()[-2000:])
            continue
        reports.append(json.loads(out.strip().splitlines()[-1]))
    out, err = lock.communicate(timeout=seconds + 120)
    if lock.returncode != 0:
        errors.append(err.strip()[-2000:])
    held = json.loads(out.strip().splitlines()[-1])["held"] if lock.returncode == 0 else 0.0
    lost = _lost(url, assessment, indicators[:writers], reports)
    waits = sorted(wait for report in reports for wait in report["waits"])
    failures = [failure for report in reports for failure in report["failures"]]
    return Contention(
        seconds=seconds,
        saves=len(waits),
        failures=len(failures) + (writers - len(reports)),
        lost=lost,
        longest_wait=waits[-1] if waits else 0.0,
        p99_wait=waits[min(len(waits) - 1, int(0.99 * len(waits)))] if waits else 0.0,
        lock_held=held,
        errors=tuple(errors + failures[:5]),
    )


def _lost(url: str, assessment: str, indicators: list[str], reports: list[dict[str, Any]]) -> int:
    """How many writers' last acknowledged save is not what the database holds."""
    from sseassess.app.workspace import Workspace

    with Workspace.open(url) as workspace:
        stored = workspace.answers(assessment)
    lost = 0
    for number, (indicator, report) in enumerate(zip(indicators, reports, strict=False)):
        last = f"w{number} {report['acknowledged']}"
        if report["acknowledged"] and (indicator not in stored or stored[indicator].note != last):
            lost += 1
    return lost


def main(argv: list[str]) -> int:
    if argv and argv[0] == "writer":
        _command, url, assessment, indicator, seconds, name = argv
        writer(url, assessment, indicator, float(seconds), name)
        return 0
    if argv and argv[0] == "holder":
        _command, url, assessment, _unused, seconds = argv
        holder(url, assessment, float(seconds))
        return 0
    url = argv[0]
    seconds = float(argv[1]) if len(argv) > 1 else 10.0
    print(json.dumps(asdict(run(url, seconds))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
