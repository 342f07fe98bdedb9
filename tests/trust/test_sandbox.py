"""The child process that parses untrusted input: its result, its time and memory limits,
its failures, and a program entry that a child importing it again does not start."""

from __future__ import annotations

import runpy
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sseassess.trust.sandbox import ChildFailedError, LimitExceededError, run_limited


def test_the_result_comes_back() -> None:
    assert run_limited(sorted, [3, 1, 2], seconds=10) == [1, 2, 3]


def test_work_past_its_time_is_stopped() -> None:
    """A child that would run 60 s is killed when its 0.5 s are up."""
    started = time.monotonic()
    with pytest.raises(LimitExceededError, match="time"):
        run_limited(time.sleep, 60, seconds=0.5)
    assert time.monotonic() - started < 5


def test_work_within_its_time_passes() -> None:
    """The time counts from a ready child: a start is not taken from the work's time."""
    assert run_limited(time.sleep, 0.2, seconds=3) is None


def test_work_past_its_memory_is_stopped() -> None:
    with pytest.raises(LimitExceededError, match="memory"):
        run_limited(bytearray, 4 * 2**30, seconds=10, memory=1024 * 2**20)


def test_an_exception_in_the_child_is_reported() -> None:
    with pytest.raises(ChildFailedError, match="ValueError"):
        run_limited(int, "not a number", seconds=10)


def test_a_child_importing_the_entry_script_again_does_not_start_the_program(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Children import the main module as ``__mp_main__``: ``python -m sseassess`` runs the
    program only as ``__main__``."""

    def started(*_arguments: object) -> int:
        raise AssertionError("the program started in a child")

    monkeypatch.setattr("sseassess.cli.main", started)
    runpy.run_module("sseassess.__main__", run_name="__mp_main__")
    with pytest.raises(AssertionError, match="started"):
        runpy.run_module("sseassess.__main__", run_name="__main__")


def test_a_frozen_build_started_as_a_spawned_child_is_that_child(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Windows starts a child as ``EXE --multiprocessing-fork name=value ...``: the frozen
    application hands those to multiprocessing and exits, before anything else."""
    import multiprocessing.spawn

    from sseassess.cli import main

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(multiprocessing.spawn, "spawn_main", lambda **kw: calls.append(kw))
    monkeypatch.setattr(sys, "argv", ["sseassess.exe", "--multiprocessing-fork", "a=5", "b=None"])
    with pytest.raises(SystemExit) as exited:
        main(["--version"])  # argv is the process's own, whatever main is given
    assert exited.value.code is None and calls == [{"a": 5, "b": None}]


def test_a_frozen_build_started_as_the_fork_server_is_the_fork_server(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Linux and macOS start the fork server as ``EXE -c "from multiprocessing.forkserver
    import main; main(...)"``: the frozen application runs that statement, and only that."""
    import multiprocessing.forkserver

    from sseassess.child_process import serve_if_child

    calls: list[tuple[object, ...]] = []
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(multiprocessing.forkserver, "main", lambda *a, **k: calls.append(a))
    code = "from multiprocessing.forkserver import main; main(3, 4, ['x'])"
    with pytest.raises(SystemExit):
        serve_if_child(["sseassess", "-B", "-c", code])
    assert calls == [(3, 4, ["x"])]
    serve_if_child(["sseassess", "-c", "import os; os._exit(9)"])  # not a child's: ignored
    serve_if_child(["sseassess", "verify", "file.pdf"])
    monkeypatch.setattr(sys, "frozen", False)
    serve_if_child(["python", "--multiprocessing-fork", "a=1"])  # a plain interpreter: ignored


def test_a_script_without_a_main_guard_is_not_run_again_in_the_child(tmp_path: Path) -> None:
    """multiprocessing runs the parent's main script again in its children; the sandbox
    keeps it from doing so, so a script (or a frozen entry) without a guard works."""
    script = tmp_path / "unguarded.py"
    script.write_text(
        "from sseassess.trust.sandbox import run_limited\n"
        "print('started', flush=True)\n"
        "print(run_limited(sorted, [2, 1], seconds=10), flush=True)\n",
        encoding="utf-8",
    )
    finished = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
        check=False,
    )
    assert finished.stdout.splitlines() == ["started", "[1, 2]"], finished.stderr
    assert finished.returncode == 0
