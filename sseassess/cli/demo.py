"""``sseassess demo``: the demo organization and its assessment; prints the assessment's id."""

from __future__ import annotations

from sseassess.cli.command import N_, command, open_workspace
from sseassess.cli.output import EXIT_OK

#: typing.TYPE_CHECKING without importing typing, so that --version starts fast.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from sseassess.cli.command import Translate
    from sseassess.cli.output import Output


def _demo_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument(
        "--if-empty",
        action="store_true",
        help=_("only when the database has no organization yet"),
    )


@command(
    "demo",
    help=N_("create the demo organization; prints its assessment's id"),
    arguments=_demo_arguments,
)
def demo(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.demo import create_demo

    with open_workspace(options, may_create=True) as workspace:
        if not (options.if_empty and workspace.organization_count()):
            out.line(create_demo(workspace))
    return EXIT_OK


COMMANDS = (demo,)
