"""``sseassess export|verify|forms|export-data``: the files written about an assessment."""

from __future__ import annotations

from pathlib import Path

from sseassess.cli.command import N_, command, open_workspace
from sseassess.cli.output import EXIT_BAD_INPUT, EXIT_OK

#: typing.TYPE_CHECKING without importing typing, so that --version starts fast.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence

    from sseassess.app.workspace import Workspace
    from sseassess.cli.command import Translate
    from sseassess.cli.output import Output


def _write_for_assessment(
    options: argparse.Namespace,
    out: Output,
    targets: Sequence[Path | None],
    missing: str,
    write: Callable[[Workspace, str], list[Path]],
) -> int:
    """The shape of every command that writes files about an assessment: at least one
    target named (else ``missing``, exit 2), then the files written, one per line."""
    if all(target is None for target in targets):
        out.error(missing)
        return EXIT_BAD_INPUT
    with open_workspace(options) as workspace:
        record = workspace.find_assessment(options.assessment)
        written = write(workspace, record.uuid)
    for path in written:
        out.line(str(path))
    return EXIT_OK


def _export_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("assessment", metavar="ASSESSMENT", help=_("assessment id"))
    parser.add_argument(
        "--certificate",
        type=Path,
        metavar="FILE.pdf",
        help=_("the one-page certificate (a results summary when the rules are not met)"),
    )
    parser.add_argument("--report", type=Path, metavar="FILE.pdf", help=_("the full report"))
    parser.add_argument(
        "--include-notes",
        action="store_true",
        help=_("also print and embed the internal notes and evidence file names in the report"),
    )


@command(
    "export",
    help=N_("write the PDF certificate and/or the full report of an assessment"),
    arguments=_export_arguments,
)
def export(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.export import export_documents

    return _write_for_assessment(
        options,
        out,
        (options.certificate, options.report),
        out.gettext(
            "say which documents to write: --certificate FILE.pdf, --report FILE.pdf or both"
        ),
        lambda workspace, uuid: export_documents(
            workspace,
            uuid,
            certificate=options.certificate,
            report=options.report,
            language=out.language,
            include_notes=options.include_notes,
        ),
    )


def _verify_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("file", type=Path, metavar="FILE.pdf")
    parser.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="ISSUER.pem",
        help=_("an issuer certificate you trust (repeatable)"),
    )
    parser.add_argument(
        "--registry",
        type=Path,
        metavar="FILE",
        help=_("the issuer's signed registry, to check that the certificate is not revoked"),
    )


@command(
    "verify",
    help=N_(
        "check a PDF: exit 0 a charter certificate of a trusted issuer, 3 intact but "
        "self-declared or not trusted here, 1 altered, forged or revoked, 2 not an "
        "sseassess PDF or unreadable"
    ),
    arguments=_verify_arguments,
)
def verify(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.verdict_text import details, headline
    from sseassess.app.verify import read_trusted, verify_file

    _ = out.gettext
    verification = verify_file(options.file, read_trusted(options.trust), options.registry)
    out.line(headline(verification, str(options.file), _))
    for line in details(verification, _):
        out.line("  - " + line)
    return verification.outcome.exit_code


def _forms_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("assessment", metavar="ASSESSMENT", help=_("assessment id"))
    parser.add_argument(
        "--pdf", type=Path, metavar="FILE.pdf", help=_("the questionnaire to print")
    )
    parser.add_argument(
        "--csv",
        type=Path,
        metavar="FILE.csv",
        help=_("a template: indicator,level,reason,note with one row per indicator"),
    )
    parser.add_argument(
        "--xlsx",
        type=Path,
        metavar="FILE.xlsx",
        help=_("a spreadsheet template with the questions and a list of levels"),
    )


@command(
    "forms",
    help=N_("write the blank paper questionnaire and/or the templates to type answers in"),
    arguments=_forms_arguments,
)
def forms(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.forms import write_forms

    return _write_for_assessment(
        options,
        out,
        (options.pdf, options.csv, options.xlsx),
        out.gettext("say which forms to write: --pdf FILE.pdf, --csv FILE.csv, --xlsx FILE.xlsx"),
        lambda workspace, uuid: write_forms(
            workspace,
            uuid,
            pdf=options.pdf,
            csv_file=options.csv,
            xlsx=options.xlsx,
            language=out.language,
        ),
    )


def _export_data_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("assessment", metavar="ASSESSMENT", help=_("assessment id"))
    parser.add_argument(
        "--csv", type=Path, metavar="FILE.csv", help=_("the answers, one row per person")
    )
    parser.add_argument(
        "--xlsx",
        type=Path,
        metavar="FILE.xlsx",
        help=_("the answers and a summary per indicator"),
    )
    parser.add_argument(
        "--names",
        action="store_true",
        help=_("participants' names (by default: Participant 1, 2... and their ids)"),
    )


@command(
    "export-data",
    help=N_("write every participant's answers and the consensus as CSV and/or XLSX"),
    arguments=_export_data_arguments,
)
def export_data(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app import data_export

    return _write_for_assessment(
        options,
        out,
        (options.csv, options.xlsx),
        out.gettext("say which files to write: --csv FILE.csv, --xlsx FILE.xlsx or both"),
        lambda workspace, uuid: data_export.export_data(
            workspace,
            uuid,
            csv_file=options.csv,
            xlsx=options.xlsx,
            language=out.language,
            names=options.names,
        ),
    )


COMMANDS = (export, verify, forms, export_data)
