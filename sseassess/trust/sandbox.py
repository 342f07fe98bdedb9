"""Running work on untrusted input in a child process, with a time and a memory limit.

A PDF built to make a parser loop, or to blow up in memory, must not hang ``verify`` nor
the application: the parse runs in a child process that is killed when its time is up.
On POSIX the children come from a fork server started once with the parsers already
imported, so each run costs a fork, not an interpreter start; elsewhere (Windows) each
child is a new interpreter.

The time limit counts from the moment the child is ready to work, so that a slow start
(a cold disk, a frozen build unpacking itself) is not mistaken for a hostile file; the
start has its own, longer limit. The work never depends on the program that started it:
a child imports only this module and the function's own, never the parent's main script
(multiprocessing would run it again in each child, and a script without a ``__main__``
guard would start the whole program there), and a frozen build calls
:func:`multiprocessing.freeze_support` first thing (``sseassess.__main__``).
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import Any, TypeVar

T = TypeVar("T")

#: What the fork server imports once, so that each child starts with the parsers loaded.
PRELOAD = ["sseassess.trust.inspect"]
#: How long a child may take to start before it has done any work (an interpreter start).
START_SECONDS = 30.0


class LimitExceededError(Exception):
    """The work took longer, or more memory, than it was allowed."""


class ChildFailedError(Exception):
    """The work raised an exception in the child (its text is the message), or the child
    could not start."""


def _context() -> Any:
    if sys.platform != "win32" and "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


_starting = threading.Lock()


@contextmanager
def _main_script_hidden() -> Iterator[None]:
    """While a child starts, the parent's ``__main__`` is an empty module: multiprocessing
    then tells the child nothing of the main script, and the child does not run it again."""
    with _starting:
        saved = sys.modules.get("__main__")
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            if saved is not None:
                sys.modules["__main__"] = saved


def _child(connection: Connection, memory: int, function: Callable[..., Any], args: Any) -> None:
    try:
        connection.send(("ready", None))
        if memory and sys.platform != "win32":
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        result = function(*args)
    except MemoryError:
        connection.send(("limit", "memory"))
    except BaseException as error:  # reported to the parent, which decides
        connection.send(("error", f"{type(error).__name__}: {error}"))
    else:
        connection.send(("ok", result))
    finally:
        connection.close()


def run_limited(
    function: Callable[..., T], *args: Any, seconds: float, memory: int = 1024 * 2**20
) -> T:
    """``function(*args)`` in a child process: its result, or an exception after ``seconds``.

    ``function`` must be importable by name and its arguments and result picklable.
    Raises :class:`LimitExceededError` when the time or the memory ran out, and
    :class:`ChildFailedError` when the function raised or the child could not start.
    """
    context = _context()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, memory, function, args), daemon=True)
    with _main_script_hidden():
        process.start()
    sender.close()
    try:
        if _receive(receiver, START_SECONDS, process)[0] != "ready":
            raise ChildFailedError("the child did not start")
        status, value = _receive(receiver, seconds, process)
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join()
    if status == "limit":
        raise LimitExceededError(value)
    if status == "error":
        raise ChildFailedError(value)
    result: T = value
    return result


def _receive(receiver: Connection, seconds: float, process: Any) -> tuple[str, Any]:
    """The child's next message; LimitExceededError when none came in time."""
    if not receiver.poll(seconds):
        raise LimitExceededError("time")
    try:
        message: tuple[str, Any] = receiver.recv()
    except EOFError as error:  # the child died without a word
        process.join(1)
        if process.exitcode is not None and process.exitcode < 0:
            raise LimitExceededError("memory") from error  # killed: the memory limit
        raise ChildFailedError(f"the child stopped (exit code {process.exitcode})") from error
    return message
