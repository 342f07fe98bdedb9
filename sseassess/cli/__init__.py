"""The ``sseassess`` command: sub-commands for scripts, and the GUI when none is given."""

from __future__ import annotations

import argparse
import sys

from sseassess import __version__
from sseassess.child_process import serve_if_child

#: typing.TYPE_CHECKING without importing typing, so that --version starts fast.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from sseassess.cli.command import Command, Translate


def all_commands() -> tuple[Command, ...]:
    """Every command, in the order ``sseassess --help`` lists them: one module a group."""
    from sseassess.cli import (
        answers,
        assessment,
        bundle,
        database,
        demo,
        documents,
        framework,
        imports,
        issuer,
        listing,
        organization,
        participants,
        score,
    )

    return (
        *framework.COMMANDS,
        *organization.COMMANDS,
        *assessment.COMMANDS,
        *demo.COMMANDS,
        *listing.COMMANDS,
        *score.COMMANDS,
        *answers.COMMANDS,
        *documents.COMMANDS,
        *bundle.COMMANDS,
        *issuer.COMMANDS,
        *participants.COMMANDS,
        *imports.COMMANDS,
        *database.COMMANDS,
    )


def build_parser(_: Translate) -> argparse.ArgumentParser:
    """The parser of every command, its help translated with ``_``."""
    from sseassess.cli.command import add_commands

    parser = argparse.ArgumentParser(
        prog="sseassess",
        description=_(
            "Assess a Social and Solidarity Economy organization against the "
            "ICSSE charter. Without a command, opens the application."
        ),
    )
    parser.add_argument("--version", action="version", version=f"sseassess {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help=_(
            "database URL (default: $SSEASSESS_DATABASE_URL, else the file in your data folder)"
        ),
    )
    common.add_argument(
        "--lang",
        metavar="L",
        default=argparse.SUPPRESS,
        help=_("language of the output: en, fr or es"),
    )
    parser.add_argument("--db", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--lang", metavar="L", help=argparse.SUPPRESS)
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_commands(subcommands, all_commands(), common, _)
    subcommands.add_parser("gui", help=_("open the application (the default)"), parents=[common])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; the exit code is 0 on success, 2 on bad input."""
    serve_if_child()  # first: a frozen build's child imports nothing of the program
    from sseassess.cli.output import Output, run
    from sseassess.i18n import choose_language

    arguments = list(sys.argv[1:] if argv is None else argv)
    if _files_to_open(arguments):  # a .sseassess file opened from a file manager
        return gui_main(arguments)
    language = choose_language(_peek_option(arguments, "--lang"))
    out = Output(language)
    options = build_parser(out.gettext).parse_args(arguments)
    if options.command in (None, "gui"):
        return gui_main(arguments)
    return run(options.handler, options, out)


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Open the desktop application."""
    serve_if_child()
    from sseassess.app.crash import enable_fault_log
    from sseassess.ui.application import run

    enable_fault_log()
    arguments = list(sys.argv[1:] if argv is None else argv)
    return run(
        _peek_option(arguments, "--db"),
        _peek_option(arguments, "--lang"),
        open_files=_files_to_open(arguments),
    )


#: The suffix of the files that travel between computers (see sseassess.exchange.bundle).
_BUNDLE_SUFFIX = ".sseassess"


def _files_to_open(arguments: Sequence[str]) -> list[Path]:
    """The ``.sseassess`` files named on the command line when nothing else is (as a file
    manager, the Windows association or macOS start the program); empty otherwise."""
    rest = list(arguments)
    for option in ("--db", "--lang"):
        if option in rest:
            at = rest.index(option)
            del rest[at : at + 2]
        rest = [item for item in rest if not item.startswith(option + "=")]
    if not rest or not all(item.lower().endswith(_BUNDLE_SUFFIX) for item in rest):
        return []  # decided without importing pathlib: --version stays fast
    from pathlib import Path

    paths = [Path(item) for item in rest]
    return paths if all(path.is_file() for path in paths) else []


def _peek_option(arguments: Sequence[str], name: str) -> str | None:
    for position, argument in enumerate(arguments):
        if argument == name and position + 1 < len(arguments):
            return arguments[position + 1]
        if argument.startswith(name + "="):
            return argument.split("=", 1)[1]
    return None
