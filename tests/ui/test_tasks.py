"""The one helper for background work: outcome, progress and cancel, on the right thread."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from sseassess.ui.tasks import Cancelled, Progress, TaskRunner


def _count_to_three(progress: Progress, cancelled: Cancelled) -> int:
    done = 0
    for step in range(1, 4):
        if cancelled():
            break
        done = step
        progress(step, 3)
    return done


def test_a_synchronous_runner_reports_at_once() -> None:
    results: list[int] = []
    steps: list[tuple[int, int]] = []
    task = TaskRunner(run_now=True).new_task(
        _count_to_three,
        finished=results.append,
        progress=lambda done, total: steps.append((done, total)),
    )
    task.start()
    assert results == [3]
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert not task.cancelled


def test_a_failure_goes_to_failed_or_else_to_the_crash_handler(qtbot: QtBot) -> None:
    def broken(_progress: Progress, _cancelled: Cancelled) -> None:
        raise ValueError("bug")

    errors: list[Exception] = []
    TaskRunner(run_now=True).new_task(broken, failed=errors.append).start()
    assert [str(error) for error in errors] == ["bug"]
    with qtbot.captureExceptions() as raised:
        TaskRunner(run_now=True).new_task(broken).start()
    assert [str(error) for _kind, error, _trace in raised] == ["bug"]


def test_work_runs_off_the_gui_thread_and_reports_on_it(qtbot: QtBot) -> None:
    worker: list[threading.Thread] = []
    reported: list[threading.Thread] = []

    def work(_progress: Progress, _cancelled: Cancelled) -> str:
        worker.append(threading.current_thread())
        return "done"

    task = TaskRunner().new_task(
        work, finished=lambda _result: reported.append(threading.current_thread())
    )
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        task.start()
    assert finished.args == ["done"]
    assert worker and worker[0] is not threading.main_thread()
    assert reported == [threading.main_thread()]


@pytest.mark.parametrize("run_now", [True, False])
def test_a_cancelled_task_stops_at_its_next_check(qtbot: QtBot, run_now: bool) -> None:
    runner = TaskRunner(run_now=run_now)
    task = runner.new_task(_count_to_three)
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        task.start()
    assert task.cancelled
    assert finished.args == [0]
