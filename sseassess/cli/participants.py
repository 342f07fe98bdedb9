"""``sseassess participants list|merge``: a workshop's participants, with their ids."""

from __future__ import annotations

from sseassess.cli.command import N_, Group, command, open_workspace
from sseassess.cli.output import EXIT_OK

#: typing.TYPE_CHECKING without importing typing, so that --version starts fast.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from sseassess.cli.command import Translate
    from sseassess.cli.output import Output

PARTICIPANTS = Group("participants", help=N_("a workshop's participants"))


def _list_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("assessment", metavar="ASSESSMENT", help=_("assessment id"))


@command(
    "list",
    group=PARTICIPANTS,
    help=N_("participants with their ids and how many answers each gave"),
    arguments=_list_arguments,
)
def list_(options: argparse.Namespace, out: Output) -> int:
    _ = out.gettext
    with open_workspace(options) as workspace:
        view = workspace.workshop(workspace.find_assessment(options.assessment).uuid)
    for person in view.participants:
        answered = sum(1 for a in view.answers.get(person.uuid, {}).values() if a.is_answered)
        line = f"{person.uuid}  {person.display_name}  " + out.ngettext(
            "{count} answer", "{count} answers", answered
        ).format(count=answered)
        if person.on_this_computer:
            line += "  " + _("(answers on this computer)")
        out.line(line)
    return EXIT_OK


def _merge_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("assessment", metavar="ASSESSMENT", help=_("assessment id"))
    parser.add_argument("keep", metavar="KEEP", help=_("the record to keep (its id)"))
    parser.add_argument("other", metavar="OTHER", help=_("the record to merge into it (its id)"))


@command(
    "merge",
    group=PARTICIPANTS,
    help=N_("merge two records of the same person (who answered on two laptops)"),
    arguments=_merge_arguments,
)
def merge(options: argparse.Namespace, out: Output) -> int:
    with open_workspace(options) as workspace:
        record = workspace.find_assessment(options.assessment)
        keep = workspace.find_participant(record.uuid, options.keep)
        other = workspace.find_participant(record.uuid, options.other)
        kept = workspace.merge_participants(record.uuid, keep.uuid, other.uuid)
    out.line(
        out.gettext("{other} ({other_id}) merged into {name} ({id})").format(
            other=other.display_name, other_id=other.uuid, name=kept.display_name, id=kept.uuid
        )
    )
    return EXIT_OK


COMMANDS = (list_, merge)
