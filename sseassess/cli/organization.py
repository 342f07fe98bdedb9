"""``sseassess organization add``: a new organization and its profile; prints its id."""

from __future__ import annotations

from sseassess.cli.command import N_, Group, command, open_workspace
from sseassess.cli.output import EXIT_OK

#: typing.TYPE_CHECKING without importing typing, so that --version starts fast.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from sseassess.cli.command import Translate
    from sseassess.cli.output import Output

ORGANIZATION = Group("organization", help=N_("manage organizations"))


def _add_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("name", metavar="NAME")
    parser.add_argument(
        "--legal-form",
        metavar="F",
        help=_("cooperative, association, mutual, foundation, social-enterprise or other"),
    )
    parser.add_argument("--country", metavar="CC", help=_("two-letter country code, e.g. SN"))
    parser.add_argument("--sector", metavar="TEXT")
    parser.add_argument("--members", type=int, metavar="N")
    parser.add_argument("--employees", type=int, metavar="N")
    parser.add_argument("--founded", type=int, metavar="YEAR")
    parser.add_argument("--category", metavar="C", help=_("signatory category of the charter"))


@command(
    "add",
    group=ORGANIZATION,
    help=N_("add an organization; prints its id"),
    arguments=_add_arguments,
)
def add(options: argparse.Namespace, out: Output) -> int:
    from sseassess.domain.records import OrganizationProfile

    with open_workspace(options, may_create=True) as workspace:
        uuid = workspace.add_organization(
            OrganizationProfile(
                name=options.name,
                legal_form=options.legal_form,
                country=options.country,
                sector=options.sector,
                members=options.members,
                employees=options.employees,
                founded_year=options.founded,
                signatory_category=options.category,
            )
        )
    out.line(uuid)
    return EXIT_OK


COMMANDS = (add,)
