"""sseassess: offline self-assessment of SSE organizations against the ICSSE charter."""

# The one place the version is written; pyproject.toml reads it from here.
__version__ = "0.1.0"

APP_ID = "net.internationalcoalitionsse.sseassess"
APP_NAME = "sseassess"
