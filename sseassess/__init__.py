"""sseassess: offline self-assessment of SSE organizations against the ICSSE charter."""

from __future__ import annotations

from importlib import metadata

APP_ID = "net.internationalcoalitionsse.sseassess"
APP_NAME = "sseassess"

try:
    __version__ = metadata.version("sseassess")
except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare source tree
    __version__ = "0+unknown"
