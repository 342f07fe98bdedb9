"""``sseassess assessment new``: start an assessment of an organization; prints its id."""

from __future__ import annotations

from datetime import date

from sseassess.cli.command import N_, Group, command, open_workspace
from sseassess.cli.output import EXIT_OK

#: typing.TYPE_CHECKING without importing typing, so that --version starts fast.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from sseassess.cli.command import Translate
    from sseassess.cli.output import Output

ASSESSMENT = Group("assessment", help=N_("manage assessments"))


def _new_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("organization", metavar="ORGANIZATION", help=_("organization id or name"))
    parser.add_argument(
        "--date",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help=_("date of the assessment (default: today)"),
    )
    parser.add_argument(
        "--workshop",
        action="store_true",
        help=_("a workshop: several participants score, the group agrees a consensus"),
    )


@command(
    "new",
    group=ASSESSMENT,
    help=N_("start an assessment; prints its id"),
    arguments=_new_arguments,
)
def new(options: argparse.Namespace, out: Output) -> int:
    with open_workspace(options) as workspace:
        organization = workspace.find_organization(options.organization)
        kind = "workshop" if options.workshop else "self"
        uuid = workspace.start_assessment(organization.uuid, kind, options.date)
    out.line(uuid)
    return EXIT_OK


COMMANDS = (new,)
