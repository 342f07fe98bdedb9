"""``sseassess imports list|undo``: what arrived in a workshop, and undoing an import."""

from __future__ import annotations

from sseassess.cli.command import N_, Group, command, open_workspace
from sseassess.cli.output import EXIT_OK

#: typing.TYPE_CHECKING without importing typing, so that --version starts fast.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from sseassess.cli.command import Translate
    from sseassess.cli.output import Output

IMPORTS = Group("imports", help=N_("what arrived in a workshop, and undoing an import"))

#: What each kind of log entry is, when it has no file name.
KIND_NAMES = {
    "file": N_("file"),
    "paper": N_("paper form"),
    "merge": N_("participants merged"),
    "correction": N_("correction"),
}


def _list_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("assessment", metavar="ASSESSMENT", help=_("assessment id"))


@command(
    "list",
    group=IMPORTS,
    help=N_("the files and forms received, newest first, with their ids"),
    arguments=_list_arguments,
)
def list_(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.bundles import STATUS_NAMES
    from sseassess.domain.merge import Outcome
    from sseassess.i18n import format_datetime

    _ = out.gettext
    with open_workspace(options) as workspace:
        entries = workspace.import_log(workspace.find_assessment(options.assessment).uuid)
    for entry in entries:
        what = entry.source or _(KIND_NAMES.get(entry.kind, entry.kind))
        parts = [entry.uuid, format_datetime(entry.imported_at, out.language), what]
        if entry.participant_name:
            parts.append(entry.participant_name)
        parts.append(_(STATUS_NAMES[Outcome(entry.outcome)]))
        if entry.undone_at is not None:
            parts.append(_("(undone)"))
        out.line("  ".join(parts))
    return EXIT_OK


def _undo_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("entry", metavar="ENTRY", help=_("the id 'imports list' shows"))


@command(
    "undo",
    group=IMPORTS,
    help=N_("undo one import: what it replaced comes back"),
    arguments=_undo_arguments,
)
def undo(options: argparse.Namespace, out: Output) -> int:
    with open_workspace(options) as workspace:
        workspace.undo_import(options.entry)
    out.line(out.gettext("Undone: what this import replaced is back."))
    return EXIT_OK


COMMANDS = (list_, undo)
