"""In a frozen build the executable is also every child process multiprocessing starts.

``verify`` parses untrusted PDFs in a child process (:mod:`sseassess.trust.sandbox`): a
fork server on Linux and macOS, a new process on Windows. In a plain Python those start as
``python -c "from multiprocessing.forkserver import main; ..."`` or with
``--multiprocessing-fork``; in a frozen build ``sys.executable`` is the application itself,
which would open its window again instead. :func:`serve_if_child` is called first thing by
every entry point: when the command line is such a child's, it does that child's work and
ends the process; otherwise it returns at once, having imported nothing (the start of the
application stays as fast as without it).
"""

from __future__ import annotations

import sys

#: The only code a child's ``-c`` may run: the fork server and the resource tracker.
_CHILD_CODE = (
    "from multiprocessing.forkserver import main",
    "from multiprocessing.resource_tracker import main",
)


def serve_if_child(argv: list[str] | None = None) -> None:
    """Act as multiprocessing's child and exit when ``argv`` says this process is one (in a
    frozen build only: a plain interpreter does this itself)."""
    if not getattr(sys, "frozen", False):
        return
    argv = sys.argv if argv is None else argv
    if len(argv) >= 2 and argv[1] == "--multiprocessing-fork":
        from multiprocessing.spawn import spawn_main

        options: dict[str, int | None] = {}
        for argument in argv[2:]:
            name, _equals, value = argument.partition("=")
            options[name] = None if value == "None" else int(value)
        spawn_main(**options)  # type: ignore[arg-type]
        sys.exit()
    if len(argv) >= 3 and argv[-2] == "-c" and argv[-1].startswith(_CHILD_CODE):
        exec(argv[-1])
        sys.exit()
