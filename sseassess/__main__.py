"""Allows ``python -m sseassess``.

The guard matters: the child processes that parse untrusted PDFs
(:mod:`sseassess.trust.sandbox`) must never start the program; and a frozen build's
executable, started as such a child, does that child's work first
(:func:`sseassess.child_process.serve_if_child`, called by :func:`sseassess.cli.main`).
"""

if __name__ == "__main__":
    from sseassess.cli import main

    raise SystemExit(main())
