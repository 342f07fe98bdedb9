"""``sseassess list``: the organizations and their assessments with their scores."""

from __future__ import annotations

from sseassess.cli.command import N_, command, open_workspace
from sseassess.cli.output import EXIT_OK, print_json

#: typing.TYPE_CHECKING without importing typing, so that --version starts fast.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from sseassess.cli.command import Translate
    from sseassess.cli.output import Output


def _list_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("--json", action="store_true", help=_("machine-readable output"))


@command("list", help=N_("organizations and their assessments"), arguments=_list_arguments)
def list_(options: argparse.Namespace, out: Output) -> int:
    from sseassess.domain.names import clean_name
    from sseassess.domain.verification import rounded
    from sseassess.i18n import format_date, format_score

    with open_workspace(options) as workspace:
        history = workspace.history()
    language = out.language
    if options.json:
        print_json(
            {
                "organizations": [
                    {
                        "id": entry.organization.uuid,
                        "name": entry.organization.profile.name,
                        "assessments": [
                            {
                                "id": summary.record.uuid,
                                "date": summary.record.assessed_on.isoformat(),
                                "kind": summary.record.kind,
                                "status": summary.record.status,
                                "overall": rounded(summary.result.overall),
                                "band": summary.result.band.id if summary.result.band else None,
                            }
                            for summary in entry.assessments
                        ],
                    }
                    for entry in history
                ]
            }
        )
        return EXIT_OK
    _ = out.gettext
    if not history:
        out.line(
            _(
                'No organization yet: add one with "sseassess organization add NAME" '
                'or try "sseassess demo".'
            )
        )
    from sseassess.domain.records import AssessmentKind, AssessmentStatus

    labels = {
        AssessmentKind.SELF: _("self-assessment"),
        AssessmentKind.WORKSHOP: _("workshop"),
        AssessmentStatus.IN_PROGRESS: _("in progress"),
        AssessmentStatus.FINISHED: _("finished"),
    }
    for entry in history:
        name = clean_name(entry.organization.profile.name)  # a name never makes a row
        out.line(f"{name}  [{entry.organization.uuid}]")
        if not entry.assessments:
            out.line("    " + _("no assessment yet"))
        for summary in entry.assessments:
            record, result = summary.record, summary.result
            band = result.band.name.get(language) if result.band else ""
            out.line(
                f"    {format_date(record.assessed_on, language)}  {labels[record.kind]}  "
                f"{labels[record.status]}  {format_score(result.overall, language)}  {band}  "
                f"[{record.uuid}]"
            )
    return EXIT_OK


COMMANDS = (list_,)
