"""``sseassess answers import``: answers typed from paper forms (CSV or XLSX)."""

from __future__ import annotations

from pathlib import Path

from sseassess.cli.command import N_, Group, command, open_workspace
from sseassess.cli.output import EXIT_BAD_INPUT, EXIT_OK

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
        metavar="ID|NAME",
        help=_(
            "a workshop participant's answers, laid over their earlier ones (an id, or a "
            "name: a new name adds a participant)"
        ),
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
    parser.add_argument(
        "--accept-changes",
        action="store_true",
        help=_("apply changes to answers already recorded (without it they are only listed)"),
    )


@command(
    "import",
    group=ANSWERS,
    help=N_("import answers typed from paper forms (CSV or XLSX: indicator,level,reason,note)"),
    arguments=_import_arguments,
)
def import_(options: argparse.Namespace, out: Output) -> int:
    import dataclasses
    import uuid

    from sseassess.app.answers_csv import read_answers_file
    from sseassess.cli.output import write_changes
    from sseassess.domain.merge import ChangesNeedAcceptance
    from sseassess.domain.records import ParticipantRecord

    accept, source = options.accept_changes, options.file.name
    with open_workspace(options) as workspace:
        record = workspace.find_assessment(options.assessment)
        framework = workspace.framework_of(record)
        answers = read_answers_file(options.file, framework)
        try:
            if options.participant is None:
                count = workspace.save_answers(record.uuid, answers, accept=accept, source=source)
            else:
                # An id or a name; a name nobody has adds a participant, a name several
                # people share is refused (AmbiguousParticipant lists them with their ids).
                found = workspace.participants_matching(record.uuid, options.participant)
                person = (
                    found[0] if found else ParticipantRecord(str(uuid.uuid4()), options.participant)
                )
                if options.role is not None:
                    person = dataclasses.replace(person, role=options.role)
                count, _changes = workspace.import_participant_answers(
                    record.uuid, person, answers, accept=accept, source=source
                )
        except ChangesNeedAcceptance as pending:
            out.error(pending.message(out.gettext))
            write_changes(out, pending.changes, framework)
            return EXIT_BAD_INPUT
    out.line(
        out.ngettext("{count} answer imported.", "{count} answers imported.", count).format(
            count=count
        )
    )
    return EXIT_OK


COMMANDS = (import_,)
