"""``sseassess bundle export|import|workshop|join``: carry workshops and answers between
computers."""

from __future__ import annotations

import sys
from pathlib import Path

from sseassess.cli.command import N_, Group, command, open_workspace
from sseassess.cli.output import EXIT_BAD_INPUT, EXIT_OK

#: typing.TYPE_CHECKING without importing typing, so that --version starts fast.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from sseassess.cli.command import Translate
    from sseassess.cli.output import Output

BUNDLE = Group(
    "bundle",
    help=N_("carry an assessment or a participant's answers between computers (.sseassess)"),
)


def _assessment_and_output(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("assessment", metavar="ASSESSMENT", help=_("assessment id"))
    parser.add_argument(
        "-o", "--output", type=Path, metavar="FILE", required=True, help=_("the file to write")
    )


def _export_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    _assessment_and_output(parser, _)
    parser.add_argument(
        "--participant",
        metavar="ID|NAME",
        help=_(
            "only this participant's answers; on a participant's own laptop, the answers "
            "given there, sent under this name"
        ),
    )
    parser.add_argument(
        "--role",
        metavar="R",
        help=_("with --participant on a laptop: member, worker, board, volunteer or beneficiary"),
    )


@command(
    "export",
    group=BUNDLE,
    help=N_("write an assessment, or one participant's answers, to a .sseassess file"),
    arguments=_export_arguments,
)
def export(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.bundles import export_bundle

    if options.role is not None and options.participant is None:
        out.error(out.gettext("--role goes with --participant NAME"))
        return EXIT_BAD_INPUT
    with open_workspace(options) as workspace:
        bundle = export_bundle(
            workspace, options.assessment, options.output, options.participant, options.role
        )
    count = len(bundle.answers)
    out.line(
        out.ngettext(
            "{count} answer written to {file}", "{count} answers written to {file}", count
        ).format(count=count, file=options.output)
    )
    return EXIT_OK


def _import_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("files", type=Path, nargs="+", metavar="FILE")
    parser.add_argument(
        "--accept-changes",
        action="store_true",
        help=_("apply changes to answers already here (without it they are only listed)"),
    )
    parser.add_argument(
        "--progress",
        action="store_true",
        help=_("show progress on stderr even when it is not a terminal"),
    )


@command(
    "import",
    group=BUNDLE,
    help=N_("import .sseassess files (several at once, in any order)"),
    description=N_(
        "Import .sseassess files. Each file is imported whole or not at all; a file "
        "imported twice changes nothing, and a participant's newest answers are kept "
        "whatever the order. One line per file says what happened (FILE: outcome); a "
        "file that cannot be imported does not stop the others, and the exit code is 2 "
        "if any file was refused. A file that would change answers already here (the "
        "consensus, or someone's answers from a file that is not their own) lists each "
        "change and is applied only with --accept-changes."
    ),
    arguments=_import_arguments,
)
def import_(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.bundles import STATUS_NAMES, collect
    from sseassess.app.changes import change_lines
    from sseassess.domain.merge import Outcome

    _ = out.gettext
    progress = _Progress(out) if options.progress or sys.stderr.isatty() else None
    try:
        with open_workspace(options, may_create=True) as workspace:
            report = collect(
                workspace, options.files, progress=progress, accept=options.accept_changes
            )
            frameworks = {
                outcome.assessment_uuid: workspace.framework_of(
                    workspace.assessment(outcome.assessment_uuid)
                )
                for outcome in report.outcomes
                if outcome.changes and outcome.assessment_uuid
            }
    finally:
        if progress is not None:
            progress.finish()
    for outcome in report.outcomes:
        line = f"{outcome.path}: {_(STATUS_NAMES[outcome.status])}: {outcome.message(_)}"
        waiting = outcome.status == Outcome.PENDING
        stream = sys.stderr if outcome.status == Outcome.REFUSED or waiting else sys.stdout
        print(line, file=stream)
        if outcome.changes and outcome.assessment_uuid:
            for change in change_lines(outcome.changes, frameworks[outcome.assessment_uuid], _):
                print(f"  {change.text()}", file=stream)
    if report.pending:
        out.error(
            _(
                "Nothing was changed by the files waiting for your approval; run the command "
                "again with --accept-changes to apply their changes."
            )
        )
    return EXIT_BAD_INPUT if report.refused or report.pending else EXIT_OK


def _workshop_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    _assessment_and_output(parser, _)
    parser.add_argument(
        "--participant",
        metavar="ID|NAME",
        help=_("addressed to this participant: they keep one identity on any laptop"),
    )


@command(
    "workshop",
    group=BUNDLE,
    help=N_("write the workshop file for the laptops: the questions, no answers"),
    arguments=_workshop_arguments,
)
def workshop(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.bundles import export_workshop_file

    with open_workspace(options) as workspace:
        bundle = export_workshop_file(
            workspace, options.assessment, options.output, options.participant
        )
    if bundle.participant is not None:
        out.line(
            out.gettext("Workshop file for {name} ({id}) written to {file}").format(
                name=bundle.participant.display_name,
                id=bundle.participant.uuid,
                file=options.output,
            )
        )
    else:
        out.line(out.gettext("Workshop file written to {file}").format(file=options.output))
    return EXIT_OK


def _join_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument(
        "--name", metavar="NAME", help=_("who answers here (unless the file names them)")
    )
    parser.add_argument(
        "--role", metavar="R", help=_("member, worker, board, volunteer or beneficiary")
    )


@command(
    "join",
    group=BUNDLE,
    help=N_("on a participant's laptop: join a workshop with its workshop file"),
    arguments=_join_arguments,
)
def join(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.bundles import join_workshop

    with open_workspace(options, may_create=True) as workspace:
        assessment, person = join_workshop(workspace, options.file, options.name, options.role)
        record = workspace.assessment(assessment)
    out.line(
        out.gettext(
            "This computer answers the workshop of {organization} as {name} ({id}); "
            "assessment {assessment}"
        ).format(
            organization=record.organization_name,
            name=person.display_name,
            id=person.uuid,
            assessment=record.uuid,
        )
    )
    return EXIT_OK


class _Progress:
    """``12/40 imported`` on stderr: rewritten in place on a terminal, else one line each."""

    def __init__(self, out: Output) -> None:
        self._template = out.gettext("{done}/{total} imported")
        self._terminal = sys.stderr.isatty()
        self._width = 0

    def __call__(self, done: int, total: int) -> None:
        text = self._template.format(done=done, total=total)
        if self._terminal:
            sys.stderr.write("\r" + text.ljust(self._width))
            self._width = len(text)
        else:
            sys.stderr.write(text + "\n")
        sys.stderr.flush()

    def finish(self) -> None:
        if self._terminal and self._width:
            sys.stderr.write("\r" + " " * self._width + "\r")
            sys.stderr.flush()


COMMANDS = (export, import_, workshop, join)
