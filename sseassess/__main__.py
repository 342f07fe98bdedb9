"""Allows ``python -m sseassess``."""

from sseassess.cli import main

raise SystemExit(main())
