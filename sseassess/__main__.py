"""Allows ``python -m sseassess``, and is the entry script of a frozen build.

The guard matters: the child processes that parse untrusted PDFs
(:mod:`sseassess.trust.sandbox`) may import the main module again; they must not start the
program. ``freeze_support`` lets a frozen build's executable act as such a child.
"""

if __name__ == "__main__":
    from multiprocessing import freeze_support

    freeze_support()

    from sseassess.cli import main

    raise SystemExit(main())
