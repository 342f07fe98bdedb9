"""The ``sseassess`` command: sub-commands for scripts, and the GUI when none is given."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sseassess import __version__
from sseassess.domain.text import N_

if TYPE_CHECKING:
    from sseassess.app.workspace import Workspace
    from sseassess.domain.framework import Framework
    from sseassess.domain.merge import AnswerChange
    from sseassess.domain.scoring import ScoreResult
    from sseassess.domain.text import Problem

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


class _Output:
    """Where the CLI writes, and in which language."""

    def __init__(self, language: str) -> None:
        from sseassess.i18n import translation

        self.language = language
        catalog = translation(language)
        self.gettext: Callable[[str], str] = catalog.gettext
        self.ngettext: Callable[[str, str, int], str] = catalog.ngettext

    def line(self, text: str = "") -> None:
        print(text)

    def error(self, text: str) -> None:
        print(f"sseassess: {text}", file=sys.stderr)


def _build_parser(_: Callable[[str], str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sseassess",
        description=_(
            "Assess a Social and Solidarity Economy organization against the "
            "ICSSE charter. Without a command, opens the application."
        ),
    )
    parser.add_argument("--version", action="version", version=f"sseassess {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help=_(
            "database URL (default: $SSEASSESS_DATABASE_URL, else the file in your data folder)"
        ),
    )
    common.add_argument(
        "--lang",
        metavar="L",
        default=argparse.SUPPRESS,
        help=_("language of the output: en, fr or es"),
    )
    parser.add_argument("--db", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--lang", metavar="L", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    framework = commands.add_parser(
        "framework", help=_("check or show an assessment framework"), parents=[common]
    )
    framework_commands = framework.add_subparsers(dest="action", metavar="ACTION", required=True)
    validate = framework_commands.add_parser(
        "validate", help=_("report every problem in a framework file"), parents=[common]
    )
    validate.add_argument("file", type=Path, metavar="FILE")
    show = framework_commands.add_parser(
        "show", help=_("list characteristics and indicators"), parents=[common]
    )
    show.add_argument("--json", action="store_true", help=_("machine-readable output"))
    show.add_argument(
        "--file", type=Path, metavar="FILE", help=_("a framework file (default: the ICSSE charter)")
    )

    organization = commands.add_parser(
        "organization", help=_("manage organizations"), parents=[common]
    )
    organization_commands = organization.add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    add = organization_commands.add_parser(
        "add", help=_("add an organization; prints its id"), parents=[common]
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--legal-form",
        metavar="F",
        help=_("cooperative, association, mutual, foundation, social-enterprise or other"),
    )
    add.add_argument("--country", metavar="CC", help=_("two-letter country code, e.g. SN"))
    add.add_argument("--sector", metavar="TEXT")
    add.add_argument("--members", type=int, metavar="N")
    add.add_argument("--employees", type=int, metavar="N")
    add.add_argument("--founded", type=int, metavar="YEAR")
    add.add_argument("--category", metavar="C", help=_("signatory category of the charter"))

    assessment = commands.add_parser("assessment", help=_("manage assessments"), parents=[common])
    assessment_commands = assessment.add_subparsers(dest="action", metavar="ACTION", required=True)
    new = assessment_commands.add_parser(
        "new", help=_("start an assessment; prints its id"), parents=[common]
    )
    new.add_argument("organization", metavar="ORGANIZATION", help=_("organization id or name"))
    new.add_argument(
        "--date",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help=_("date of the assessment (default: today)"),
    )
    new.add_argument(
        "--workshop",
        action="store_true",
        help=_("a workshop: several participants score, the group agrees a consensus"),
    )

    demo = commands.add_parser(
        "demo",
        help=_("create the demo organization; prints its assessment's id"),
        parents=[common],
    )
    demo.add_argument(
        "--if-empty",
        action="store_true",
        help=_("only when the database has no organization yet"),
    )
    listing = commands.add_parser(
        "list", help=_("organizations and their assessments"), parents=[common]
    )
    listing.add_argument("--json", action="store_true", help=_("machine-readable output"))

    scoring = commands.add_parser("score", help=_("the result of an assessment"), parents=[common])
    scoring.add_argument("assessment", metavar="ASSESSMENT", help=_("assessment id"))
    scoring.add_argument("--json", action="store_true", help=_("machine-readable output"))

    answers = commands.add_parser("answers", help=_("answers from other sources"), parents=[common])
    answers_commands = answers.add_subparsers(dest="action", metavar="ACTION", required=True)
    import_ = answers_commands.add_parser(
        "import",
        help=_("import answers typed from paper forms (CSV or XLSX: indicator,level,reason,note)"),
        parents=[common],
    )
    import_.add_argument("assessment", metavar="ASSESSMENT")
    import_.add_argument("file", type=Path, metavar="FILE")
    whose = import_.add_mutually_exclusive_group()
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
    import_.add_argument(
        "--role",
        metavar="R",
        help=_("the participant's role: member, worker, board, volunteer or beneficiary"),
    )
    import_.add_argument(
        "--accept-changes",
        action="store_true",
        help=_("apply changes to answers already recorded (without it they are only listed)"),
    )

    export = commands.add_parser(
        "export",
        help=_("write the PDF certificate and/or the full report of an assessment"),
        parents=[common],
    )
    export.add_argument("assessment", metavar="ASSESSMENT", help=_("assessment id"))
    export.add_argument(
        "--certificate",
        type=Path,
        metavar="FILE.pdf",
        help=_("the one-page certificate (a results summary when the rules are not met)"),
    )
    export.add_argument("--report", type=Path, metavar="FILE.pdf", help=_("the full report"))

    verify = commands.add_parser(
        "verify",
        help=_("check that an exported PDF was not changed; exit code 1 if it was"),
        parents=[common],
    )
    verify.add_argument("file", type=Path, metavar="FILE.pdf")

    forms = commands.add_parser(
        "forms",
        help=_("write the blank paper questionnaire and/or the templates to type answers in"),
        parents=[common],
    )
    forms.add_argument("assessment", metavar="ASSESSMENT", help=_("assessment id"))
    forms.add_argument("--pdf", type=Path, metavar="FILE.pdf", help=_("the questionnaire to print"))
    forms.add_argument(
        "--csv",
        type=Path,
        metavar="FILE.csv",
        help=_("a template: indicator,level,reason,note with one row per indicator"),
    )
    forms.add_argument(
        "--xlsx",
        type=Path,
        metavar="FILE.xlsx",
        help=_("a spreadsheet template with the questions and a list of levels"),
    )

    export_data = commands.add_parser(
        "export-data",
        help=_("write every participant's answers and the consensus as CSV and/or XLSX"),
        parents=[common],
    )
    export_data.add_argument("assessment", metavar="ASSESSMENT", help=_("assessment id"))
    export_data.add_argument(
        "--csv", type=Path, metavar="FILE.csv", help=_("the answers, one row per person")
    )
    export_data.add_argument(
        "--xlsx",
        type=Path,
        metavar="FILE.xlsx",
        help=_("the answers and a summary per indicator"),
    )
    export_data.add_argument(
        "--names",
        action="store_true",
        help=_("participants' names (by default: Participant 1, 2... and their ids)"),
    )

    bundle = commands.add_parser(
        "bundle",
        help=_("carry an assessment or a participant's answers between computers (.sseassess)"),
        parents=[common],
    )
    bundle_commands = bundle.add_subparsers(dest="action", metavar="ACTION", required=True)
    bundle_export = bundle_commands.add_parser(
        "export",
        help=_("write an assessment, or one participant's answers, to a .sseassess file"),
        parents=[common],
    )
    bundle_export.add_argument("assessment", metavar="ASSESSMENT", help=_("assessment id"))
    bundle_export.add_argument(
        "-o", "--output", type=Path, metavar="FILE", required=True, help=_("the file to write")
    )
    bundle_export.add_argument(
        "--participant",
        metavar="ID|NAME",
        help=_(
            "only this participant's answers; on a participant's own laptop, the answers "
            "given there, sent under this name"
        ),
    )
    bundle_export.add_argument(
        "--role",
        metavar="R",
        help=_("with --participant on a laptop: member, worker, board, volunteer or beneficiary"),
    )
    bundle_import = bundle_commands.add_parser(
        "import",
        help=_("import .sseassess files (several at once, in any order)"),
        description=_(
            "Import .sseassess files. Each file is imported whole or not at all; a file "
            "imported twice changes nothing, and a participant's newest answers are kept "
            "whatever the order. One line per file says what happened (FILE: outcome); a "
            "file that cannot be imported does not stop the others, and the exit code is 2 "
            "if any file was refused."
        ),
        parents=[common],
    )
    bundle_import.add_argument("files", type=Path, nargs="+", metavar="FILE")
    bundle_import.add_argument(
        "--accept-changes",
        action="store_true",
        help=_("apply changes to answers already here (without it they are only listed)"),
    )
    bundle_import.add_argument(
        "--progress",
        action="store_true",
        help=_("show progress on stderr even when it is not a terminal"),
    )

    bundle_workshop = bundle_commands.add_parser(
        "workshop",
        help=_("write the workshop file for the laptops: the questions, no answers"),
        parents=[common],
    )
    bundle_workshop.add_argument("assessment", metavar="ASSESSMENT", help=_("assessment id"))
    bundle_workshop.add_argument(
        "-o", "--output", type=Path, metavar="FILE", required=True, help=_("the file to write")
    )
    bundle_workshop.add_argument(
        "--participant",
        metavar="ID|NAME",
        help=_("addressed to this participant: they keep one identity on any laptop"),
    )
    bundle_join = bundle_commands.add_parser(
        "join",
        help=_("on a participant's laptop: join a workshop with its workshop file"),
        parents=[common],
    )
    bundle_join.add_argument("file", type=Path, metavar="FILE")
    bundle_join.add_argument(
        "--name", metavar="NAME", help=_("who answers here (unless the file names them)")
    )
    bundle_join.add_argument(
        "--role",
        metavar="R",
        help=_("member, worker, board, volunteer or beneficiary"),
    )

    participants = commands.add_parser(
        "participants", help=_("a workshop's participants"), parents=[common]
    )
    participant_commands = participants.add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    participants_list = participant_commands.add_parser(
        "list", help=_("participants with their ids"), parents=[common]
    )
    participants_list.add_argument("assessment", metavar="ASSESSMENT", help=_("assessment id"))
    participants_merge = participant_commands.add_parser(
        "merge",
        help=_("merge two records of the same person (who answered on two laptops)"),
        parents=[common],
    )
    participants_merge.add_argument("assessment", metavar="ASSESSMENT", help=_("assessment id"))
    participants_merge.add_argument("keep", metavar="KEEP", help=_("the record to keep (id)"))
    participants_merge.add_argument("other", metavar="OTHER", help=_("the record to merge in (id)"))

    imports = commands.add_parser(
        "imports", help=_("what arrived in a workshop, and undoing an import"), parents=[common]
    )
    import_commands = imports.add_subparsers(dest="action", metavar="ACTION", required=True)
    imports_list = import_commands.add_parser(
        "list", help=_("the files and forms received, newest first"), parents=[common]
    )
    imports_list.add_argument("assessment", metavar="ASSESSMENT", help=_("assessment id"))
    imports_undo = import_commands.add_parser(
        "undo", help=_("undo one import (its id from 'imports list')"), parents=[common]
    )
    imports_undo.add_argument("entry", metavar="ENTRY")

    commands.add_parser("gui", help=_("open the application (the default)"), parents=[common])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; the exit code is 0 on success, 2 on bad input."""
    from sseassess.i18n import choose_language

    arguments = list(sys.argv[1:] if argv is None else argv)
    language = choose_language(_peek_option(arguments, "--lang"))
    out = _Output(language)
    parser = _build_parser(out.gettext)
    options = parser.parse_args(arguments)
    if options.command in (None, "gui"):
        return gui_main(arguments)
    try:
        return _run(options, out)
    except BrokenPipeError:  # output piped into a program that stopped reading (e.g. head)
        sys.stderr.close()
        return EXIT_OK


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Open the desktop application."""
    from sseassess.app.crash import enable_fault_log
    from sseassess.ui.application import run

    enable_fault_log()
    arguments = list(sys.argv[1:] if argv is None else argv)
    return run(_peek_option(arguments, "--db"), _peek_option(arguments, "--lang"))


def _peek_option(arguments: Sequence[str], name: str) -> str | None:
    for position, argument in enumerate(arguments):
        if argument == name and position + 1 < len(arguments):
            return arguments[position + 1]
        if argument.startswith(name + "="):
            return argument.split("=", 1)[1]
    return None


def _run(options: argparse.Namespace, out: _Output) -> int:
    from sseassess.app.crash import enable_fault_log
    from sseassess.domain.framework_loader import FrameworkError
    from sseassess.domain.merge import ChangesNeedAcceptance
    from sseassess.domain.text import InputError, TranslatableError

    enable_fault_log()
    _ = out.gettext
    handler = _HANDLERS[(options.command, getattr(options, "action", None))]
    try:
        return handler(options, out)
    except FrameworkError as error:
        for problem in error.problems:
            out.error(f"{error.source}: {problem.location}: {problem.message(_)}")
        return EXIT_BAD_INPUT
    except ChangesNeedAcceptance as error:
        out.error(error.message(_))
        _write_changes(out, error.changes, options)
        return EXIT_BAD_INPUT
    except InputError as error:
        out.error(error.message(_))
        _write_problems(out, error.problems, getattr(options, "file", None))
        return EXIT_BAD_INPUT
    except TranslatableError as error:
        out.error(error.message(_))
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        raise
    except Exception as error:  # a bug: say where the details are, not a raw traceback
        from sseassess.app.crash import write_crash_log

        log = write_crash_log(error)
        out.error(
            _("internal error ({error}); please report it with the details in {log}").format(
                error=type(error).__name__, log=log
            )
        )
        return EXIT_FAILED


#: Profile fields as the user names them on the command line.
_OPTION_NAMES = {
    "name": "NAME",
    "legal_form": "--legal-form",
    "country": "--country",
    "sector": "--sector",
    "members": "--members",
    "employees": "--employees",
    "founded_year": "--founded",
    "signatory_category": "--category",
}


def _write_changes(
    out: _Output, changes: Sequence[AnswerChange], options: argparse.Namespace
) -> None:
    """Each change a command would make, one per line, and how to apply them."""
    from sseassess.app.changes import change_lines

    _ = out.gettext
    with _workspace(options) as workspace:
        framework = workspace.framework_of(workspace.find_assessment(options.assessment))
    for line in change_lines(changes, framework, _):
        print(f"  {line.text()}", file=sys.stderr)
    print(_("Run the command again with --accept-changes to apply them."), file=sys.stderr)


def _write_problems(out: _Output, problems: Sequence[Problem], file: Path | None) -> None:
    _ = out.gettext
    for problem in problems:
        location = _OPTION_NAMES.get(problem.location, problem.location)
        prefix = f"{file}:{location}" if file else location
        print(f"{prefix}: {problem.message(_)}", file=sys.stderr)


#: Commands that may start a new database; the others refuse a database file that does
#: not exist when it was named (--db or SSEASSESS_DATABASE_URL), as it is likely mistyped.
_CREATING = {("organization", "add"), ("demo", None), ("bundle", "import"), ("bundle", "join")}


def _workspace(options: argparse.Namespace) -> Workspace:
    from sseassess.app.startup import database_was_named
    from sseassess.app.workspace import Workspace

    named = database_was_named(options.db)
    creating = (options.command, getattr(options, "action", None)) in _CREATING
    return Workspace.open(options.db, create=creating or not named)


# --------------------------------------------------------------------------- commands


def _framework_validate(options: argparse.Namespace, out: _Output) -> int:
    from sseassess.domain.framework_loader import load_framework_file

    framework = load_framework_file(options.file)
    out.line(
        out.gettext(
            "{file}: valid — {name} {version}, {characteristics} characteristics, "
            "{indicators} indicators"
        ).format(
            file=options.file,
            name=framework.id,
            version=framework.version,
            characteristics=len(framework.characteristics),
            indicators=framework.indicator_count,
        )
    )
    return EXIT_OK


def _framework_show(options: argparse.Namespace, out: _Output) -> int:
    from sseassess.app.frameworks import builtin_framework
    from sseassess.domain.framework_loader import load_framework_file

    framework = load_framework_file(options.file) if options.file else builtin_framework()[0]
    language = out.language
    if options.json:
        _print_json(_framework_json(framework, language))
        return EXIT_OK
    _ = out.gettext
    out.line(f"{framework.name.get(language)} ({framework.id} {framework.version})")
    for number, characteristic in enumerate(framework.characteristics, start=1):
        out.line()
        out.line(f"{number}. {characteristic.name.get(language)}  [{characteristic.id}]")
        for indicator in characteristic.indicators:
            flags = []
            if indicator.essential:
                flags.append(
                    _("essential, minimum level {level}").format(level=indicator.minimum_level)
                )
            if indicator.na_allowed:
                flags.append(_("N/A allowed"))
            suffix = f"  ({'; '.join(flags)})" if flags else ""
            out.line(f"   - {indicator.id}: {indicator.question.get(language)}{suffix}")
    return EXIT_OK


def _framework_json(framework: Framework, language: str) -> dict[str, Any]:
    return {
        "id": framework.id,
        "version": framework.version,
        "name": framework.name.get(language),
        "content_hash": framework.content_hash,
        "language": language,
        "scoring": {
            "overall_minimum": framework.scoring.overall_minimum,
            "characteristic_minimum": framework.scoring.characteristic_minimum,
            "completeness_required": framework.scoring.completeness_required,
            "bands": [
                {"id": band.id, "minimum": band.minimum, "name": band.name.get(language)}
                for band in framework.scoring.bands
            ],
        },
        "characteristics": [
            {
                "id": characteristic.id,
                "name": characteristic.name.get(language),
                "weight": characteristic.weight,
                "minimum": framework.characteristic_minimum(characteristic),
                "indicators": [
                    {
                        "id": indicator.id,
                        "question": indicator.question.get(language),
                        "help": indicator.help.get(language),
                        "levels": list(indicator.levels.get(language)),
                        "weight": indicator.weight,
                        "essential": indicator.essential,
                        "minimum_level": indicator.minimum_level,
                        "na_allowed": indicator.na_allowed,
                        "actions": list(indicator.actions.get(language)),
                    }
                    for indicator in characteristic.indicators
                ],
            }
            for characteristic in framework.characteristics
        ],
    }


def _organization_add(options: argparse.Namespace, out: _Output) -> int:
    from sseassess.domain.records import OrganizationProfile

    with _workspace(options) as workspace:
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


def _assessment_new(options: argparse.Namespace, out: _Output) -> int:
    with _workspace(options) as workspace:
        organization = workspace.find_organization(options.organization)
        kind = "workshop" if options.workshop else "self"
        uuid = workspace.start_assessment(organization.uuid, kind, options.date)
    out.line(uuid)
    return EXIT_OK


def _demo(options: argparse.Namespace, out: _Output) -> int:
    from sseassess.app.demo import create_demo

    with _workspace(options) as workspace:
        if not (options.if_empty and workspace.organization_count()):
            out.line(create_demo(workspace))
    return EXIT_OK


def _list(options: argparse.Namespace, out: _Output) -> int:
    from sseassess.domain.verification import rounded
    from sseassess.i18n import format_date, format_score

    with _workspace(options) as workspace:
        history = workspace.history()
    language = out.language
    if options.json:
        _print_json(
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
    labels = {
        "self": _("self-assessment"),
        "workshop": _("workshop"),
        "in_progress": _("in progress"),
        "finished": _("finished"),
    }
    for entry in history:
        out.line(f"{entry.organization.profile.name}  [{entry.organization.uuid}]")
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


def _score(options: argparse.Namespace, out: _Output) -> int:
    with _workspace(options) as workspace:
        record, framework, result = workspace.result(options.assessment)
    if options.json:
        _print_json(_score_json(record.uuid, framework, result, out.language))
    else:
        _print_score(result, out)
    return EXIT_OK


def _score_json(
    uuid: str, framework: Framework, result: ScoreResult, language: str
) -> dict[str, Any]:
    from sseassess.domain.verification import rounded

    return {
        "assessment": uuid,
        "framework": {
            "id": framework.id,
            "version": framework.version,
            "content_hash": framework.content_hash,
        },
        "overall": rounded(result.overall),
        "band": result.band.id if result.band else None,
        "band_name": result.band.name.get(language) if result.band else None,
        "overall_minimum": result.overall_minimum,
        "completeness": round(result.completeness, 4),
        "complete": result.complete,
        "eligible": result.eligible,
        "missing_essentials": [indicator.id for indicator in result.missing_essentials],
        "characteristics": [
            {
                "id": item.characteristic.id,
                "name": item.characteristic.name.get(language),
                "score": rounded(item.score),
                "minimum": item.minimum,
                "below_minimum": item.below_minimum,
                "answered": item.answered,
                "not_applicable": item.not_applicable,
                "total": item.total,
            }
            for item in result.characteristics
        ],
        "strengths": [finding.indicator.id for finding in result.strengths],
        "improvements": [finding.indicator.id for finding in result.improvements],
    }


def _print_score(result: ScoreResult, out: _Output) -> None:
    from sseassess.i18n import format_percent, format_score

    _ = out.gettext
    language = out.language
    band = result.band.name.get(language) if result.band else "–"
    out.line(
        _("Overall score: {score} / 100 ({band})").format(
            score=format_score(result.overall, language), band=band
        )
    )
    out.line(_("Answered: {share}").format(share=format_percent(result.completeness, language)))
    out.line()
    for item in result.characteristics:
        mark = (
            "  " + _("below minimum {minimum}").format(minimum=format_score(item.minimum, language))
            if item.below_minimum
            else ""
        )
        out.line(
            f"  {format_score(item.score, language):>5}  "
            f"{item.characteristic.name.get(language)}{mark}"
        )
    out.line()
    if result.eligible:
        out.line(_("A certificate can be issued."))
        return
    out.line(_("No certificate yet, because:"))
    if not result.complete:
        out.line(
            "  - "
            + _("not every indicator is answered ({share} answered)").format(
                share=format_percent(result.completeness, language)
            )
        )
    if not result.overall_met:
        out.line(
            "  - "
            + _("the overall score is under {minimum}").format(
                minimum=format_score(result.overall_minimum, language)
            )
        )
    for item in result.below_minimum:
        out.line(
            "  - "
            + _("{name} is under its minimum of {minimum}").format(
                name=item.characteristic.name.get(language),
                minimum=format_score(item.minimum, language),
            )
        )
    for indicator in result.missing_essentials:
        out.line(
            "  - "
            + _("essential criterion not met: {question} (level {level} required)").format(
                question=indicator.question.get(language), level=indicator.minimum_level
            )
        )


def _answers_import(options: argparse.Namespace, out: _Output) -> int:
    import uuid as uuid_module

    from sseassess.app.answers_csv import read_answers_file
    from sseassess.domain.records import ParticipantRecord

    accept, source = options.accept_changes, options.file.name
    with _workspace(options) as workspace:
        record = workspace.find_assessment(options.assessment)
        answers = read_answers_file(options.file, workspace.framework_of(record))
        if options.participant is None:
            count = workspace.save_answers(record.uuid, answers, accept=accept, source=source)
        else:
            found = workspace.participants_matching(record.uuid, options.participant)
            person = (
                found[0]
                if found
                else ParticipantRecord(str(uuid_module.uuid4()), options.participant)
            )
            if options.role is not None:
                person = dataclasses.replace(person, role=options.role)
            count, _changes = workspace.import_participant_answers(
                record.uuid, person, answers, accept=accept, source=source
            )
    out.line(
        out.ngettext("{count} answer imported.", "{count} answers imported.", count).format(
            count=count
        )
    )
    return EXIT_OK


def _write_for_assessment(
    options: argparse.Namespace,
    out: _Output,
    targets: Sequence[Path | None],
    missing: str,
    write: Callable[[Workspace, str], list[Path]],
) -> int:
    """The shape of every command that writes files about an assessment: at least one
    target named (else ``missing``, exit 2), then the files written, one per line."""
    if all(target is None for target in targets):
        out.error(missing)
        return EXIT_BAD_INPUT
    with _workspace(options) as workspace:
        record = workspace.find_assessment(options.assessment)
        written = write(workspace, record.uuid)
    for path in written:
        out.line(str(path))
    return EXIT_OK


def _export(options: argparse.Namespace, out: _Output) -> int:
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
        ),
    )


def _verify(options: argparse.Namespace, out: _Output) -> int:
    from sseassess.app.export import verify_document
    from sseassess.i18n import format_date

    _ = out.gettext
    verdict = verify_document(options.file)
    if not verdict.intact:
        out.line(_("altered: {file} was changed after it was exported").format(file=options.file))
        for problem in verdict.problems:
            out.line("  - " + problem.message(_))
        return EXIT_FAILED
    try:
        assessed_on = format_date(date.fromisoformat(verdict.date), out.language)
    except ValueError:
        assessed_on = verdict.date
    out.line(
        _("intact: {organization}, assessment of {date} (verification code {code})").format(
            organization=verdict.organization, date=assessed_on, code=verdict.code
        )
    )
    return EXIT_OK


def _forms(options: argparse.Namespace, out: _Output) -> int:
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


def _export_data(options: argparse.Namespace, out: _Output) -> int:
    from sseassess.app.data_export import export_data

    return _write_for_assessment(
        options,
        out,
        (options.csv, options.xlsx),
        out.gettext("say which files to write: --csv FILE.csv, --xlsx FILE.xlsx or both"),
        lambda workspace, uuid: export_data(
            workspace,
            uuid,
            csv_file=options.csv,
            xlsx=options.xlsx,
            language=out.language,
            names=options.names,
        ),
    )


def _bundle_export(options: argparse.Namespace, out: _Output) -> int:
    from sseassess.app.bundles import export_bundle

    if options.role is not None and options.participant is None:
        out.error(out.gettext("--role goes with --participant NAME"))
        return EXIT_BAD_INPUT
    with _workspace(options) as workspace:
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


class _Progress:
    """``12/40 imported`` on stderr: rewritten in place on a terminal, else one line each."""

    def __init__(self, out: _Output) -> None:
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


def _bundle_import(options: argparse.Namespace, out: _Output) -> int:
    from sseassess.app.bundles import STATUS_NAMES, collect
    from sseassess.app.changes import change_lines
    from sseassess.domain.merge import Outcome

    _ = out.gettext
    progress = _Progress(out) if options.progress or sys.stderr.isatty() else None
    try:
        with _workspace(options) as workspace:
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
        if outcome.status == Outcome.REFUSED or waiting:
            print(line, file=sys.stderr)
        else:
            out.line(line)
        if outcome.changes and outcome.assessment_uuid:
            for change in change_lines(outcome.changes, frameworks[outcome.assessment_uuid], _):
                print(f"  {change.text()}", file=sys.stderr if waiting else sys.stdout)
    if report.pending:
        out.error(
            _(
                "Nothing was changed by the files waiting for your approval; run the command "
                "again with --accept-changes to apply their changes."
            )
        )
    return EXIT_BAD_INPUT if report.refused or report.pending else EXIT_OK


def _bundle_workshop(options: argparse.Namespace, out: _Output) -> int:
    from sseassess.app.bundles import export_workshop_file

    with _workspace(options) as workspace:
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


def _bundle_join(options: argparse.Namespace, out: _Output) -> int:
    from sseassess.app.bundles import join_workshop

    with _workspace(options) as workspace:
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


def _participants_list(options: argparse.Namespace, out: _Output) -> int:
    with _workspace(options) as workspace:
        record = workspace.find_assessment(options.assessment)
        view = workspace.workshop(record.uuid)
    _ = out.gettext
    for person in view.participants:
        answered = sum(1 for a in view.answers.get(person.uuid, {}).values() if a.is_answered)
        here = "  " + _("(answers on this computer)") if person.on_this_computer else ""
        out.line(
            f"{person.uuid}  {person.display_name}  "
            + _("{count} answers").format(count=answered)
            + here
        )
    return EXIT_OK


def _participants_merge(options: argparse.Namespace, out: _Output) -> int:
    with _workspace(options) as workspace:
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


def _imports_list(options: argparse.Namespace, out: _Output) -> int:
    from sseassess.app.bundles import STATUS_NAMES
    from sseassess.domain.merge import Outcome
    from sseassess.i18n import format_datetime

    _ = out.gettext
    with _workspace(options) as workspace:
        record = workspace.find_assessment(options.assessment)
        entries = workspace.import_log(record.uuid)
    for entry in entries:
        status = _(STATUS_NAMES[Outcome(entry.outcome)])
        who = entry.participant_name or ""
        undone = "  " + _("(undone)") if entry.undone_at else ""
        out.line(
            f"{entry.uuid}  {format_datetime(entry.imported_at, out.language)}  "
            f"{entry.source or _(_KIND_NAMES.get(entry.kind, entry.kind))}  {who}  {status}"
            f"{undone}"
        )
    return EXIT_OK


#: What each kind of log entry is, when it has no file name.
_KIND_NAMES = {
    "file": N_("file"),
    "paper": N_("paper form"),
    "merge": N_("participants merged"),
    "correction": N_("correction"),
}


def _imports_undo(options: argparse.Namespace, out: _Output) -> int:
    with _workspace(options) as workspace:
        workspace.undo_import(options.entry)
    out.line(out.gettext("Undone."))
    return EXIT_OK


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


_HANDLERS: dict[tuple[str, str | None], Callable[[argparse.Namespace, _Output], int]] = {
    ("framework", "validate"): _framework_validate,
    ("framework", "show"): _framework_show,
    ("organization", "add"): _organization_add,
    ("assessment", "new"): _assessment_new,
    ("demo", None): _demo,
    ("list", None): _list,
    ("score", None): _score,
    ("answers", "import"): _answers_import,
    ("export", None): _export,
    ("verify", None): _verify,
    ("forms", None): _forms,
    ("export-data", None): _export_data,
    ("bundle", "export"): _bundle_export,
    ("bundle", "import"): _bundle_import,
    ("bundle", "workshop"): _bundle_workshop,
    ("bundle", "join"): _bundle_join,
    ("participants", "list"): _participants_list,
    ("participants", "merge"): _participants_merge,
    ("imports", "list"): _imports_list,
    ("imports", "undo"): _imports_undo,
}
