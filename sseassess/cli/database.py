"""``sseassess db check|backup|restore``: the database's health, and its backups."""

from __future__ import annotations

from pathlib import Path

from sseassess.cli.command import N_, Group, command
from sseassess.cli.output import EXIT_FAILED, EXIT_OK, MAX_PROBLEM_LINES

#: typing.TYPE_CHECKING without importing typing, so that --version starts fast.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from sseassess.cli.command import Translate
    from sseassess.cli.output import Output

DB = Group("db", help=N_("check, back up or restore the database"))


def _no_arguments(_parser: argparse.ArgumentParser, _: Translate) -> None:
    pass


def _file_argument(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("file", type=Path, metavar="FILE")


@command(
    "check",
    group=DB,
    help=N_("check the database file thoroughly; exit code 1 if it is damaged"),
    arguments=_no_arguments,
)
def check(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.maintenance import check_database

    _ = out.gettext
    health = check_database(options.db)
    if health.healthy:
        out.line(_("healthy: {where}").format(where=health.location))
        return EXIT_OK
    out.line(_("damaged: {where}").format(where=health.location))
    for problem in health.problems[:MAX_PROBLEM_LINES]:
        out.line(f"  - {problem}")
    if health.latest_backup is not None:
        out.line(
            _("The latest good backup is {file}; restore it with: {command}").format(
                file=health.latest_backup,
                command=f'sseassess db restore "{health.latest_backup}"',
            )
        )
    return EXIT_FAILED


@command(
    "backup",
    group=DB,
    help=N_("copy the database to a file (checked)"),
    arguments=_file_argument,
)
def backup(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.maintenance import backup_database

    written = backup_database(options.file, options.db)
    out.line(out.gettext("backed up to {file}").format(file=written))
    return EXIT_OK


@command(
    "restore",
    group=DB,
    help=N_(
        "replace the database by a backup (checked first; a copy of the replaced database is kept)"
    ),
    arguments=_file_argument,
)
def restore(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.maintenance import restore_database

    _ = out.gettext
    kept = restore_database(options.file, options.db)
    out.line(_("restored from {file}").format(file=options.file))
    if kept is not None:
        out.line(_("the database it replaced was kept as {file}").format(file=kept))
    return EXIT_OK


COMMANDS = (check, backup, restore)
