"""``sseassess answers import``: answers typed from paper forms (CSV or XLSX)."""

from __future__ import annotations

from pathlib import Path

from sseassess.cli.command import N_, Group, command, open_workspace
from sseassess.cli.output import EXIT_OK

#: typing.TYPE_CHECKING without importing typing, so that --version starts fast.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from sseassess.cli.command import Translate
    from sseassess.cli.output import Output

ANSWERS = Group("answers", help=N_("answers from other sources"))


def _import_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("assessment", metavar="ASSESSMENT")
    parser.add_argument("file", type=Path, metavar="FILE")
    whose = parser.add_mutually_exclusive_group()
    whose.add_argument(
        "--participant",
        metavar="NAME",
        help=_("a workshop participant's answers (replacing their earlier ones)"),
    )
    whose.add_argument(
        "--consensus",
        action="store_true",
        help=_("the group's consensus answers (the default)"),
    )
    parser.add_argument(
        "--role",
        metavar="R",
        help=_("the participant's role: member, worker, board, volunteer or beneficiary"),
    )


@command(
    "import",
    group=ANSWERS,
    help=N_("import answers typed from paper forms (CSV or XLSX: indicator,level,reason,note)"),
    arguments=_import_arguments,
)
def import_(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.answers_csv import read_answers_file

    with open_workspace(options) as workspace:
        record = workspace.find_assessment(options.assessment)
        answers = read_answers_file(options.file, workspace.framework_of(record))
        if options.participant is None:
            count = workspace.save_answers(record.uuid, answers)
        else:
            count = workspace.import_participant_answers(
                record.uuid, options.participant, options.role, answers
            )
    out.line(
        out.ngettext("{count} answer imported.", "{count} answers imported.", count).format(
            count=count
        )
    )
    return EXIT_OK


COMMANDS = (import_,)
