"""What the user sees of a command: its output and language, exit codes, one-line errors."""

from __future__ import annotations

import sys

#: typing.TYPE_CHECKING without importing typing, so that --version starts fast.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence
    from pathlib import Path

    from sseassess.cli.command import Handler
    from sseassess.domain.framework import Framework
    from sseassess.domain.merge import AnswerChange
    from sseassess.domain.text import Problem

EXIT_OK = 0
#: A failure: ``verify`` found an altered document, or a bug (see the crash log).
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


class Output:
    """Where the CLI writes, and in which language."""

    def __init__(self, language: str) -> None:
        from sseassess.i18n import translation

        self.language = language
        catalog = translation(language)
        self.gettext: Callable[[str], str] = catalog.gettext
        self.ngettext: Callable[[str, str, int], str] = catalog.ngettext

    def line(self, text: str = "") -> None:
        print(text)

    def warning(self, text: str) -> None:
        """A line on stderr that does not make the command fail (it carries its own
        "FILE: LOCATION: warning:" prefix)."""
        print(text, file=sys.stderr)

    def error(self, text: str) -> None:
        print(f"sseassess: {text}", file=sys.stderr)


def print_json(data: object) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2))


def run(handler: Handler, options: argparse.Namespace, out: Output) -> int:
    """Run a command's handler: what the user can fix is one translated line and exit
    code 2, a bug one line naming the crash log and exit code 1, never a traceback."""
    try:
        return _run(handler, options, out)
    except BrokenPipeError:  # output piped into a program that stopped reading (e.g. head)
        sys.stderr.close()
        return EXIT_OK


def _run(handler: Handler, options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.crash import enable_fault_log
    from sseassess.domain.framework_loader import FrameworkError
    from sseassess.domain.text import InputError, TranslatableError

    enable_fault_log()
    _ = out.gettext
    try:
        return handler(options, out)
    except FrameworkError as error:
        for problem in error.problems:
            out.error(f"{error.source}: {problem.location}: {problem.message(_)}")
        return EXIT_BAD_INPUT
    except InputError as error:
        out.error(error.message(_))
        _write_problems(out, error.problems, getattr(options, "file", None))
        return EXIT_BAD_INPUT
    except TranslatableError as error:
        out.error(error.message(_))
        _suggest_backup(options, out, error)
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


#: Problems printed one per line; the rest are counted (a file of 100,000 bad rows must
#: not flood the terminal).
MAX_PROBLEM_LINES = 50


def _write_problems(out: Output, problems: Sequence[Problem], file: Path | None) -> None:
    _ = out.gettext
    for problem in problems[:MAX_PROBLEM_LINES]:
        location = _OPTION_NAMES.get(problem.location, problem.location)
        prefix = f"{file}:{location}" if file else location
        print(f"{prefix}: {problem.message(_)}", file=sys.stderr)
    more = len(problems) - MAX_PROBLEM_LINES
    if more > 0:
        print(
            out.ngettext(
                "… and {count} more problem.", "… and {count} more problems.", more
            ).format(count=more),
            file=sys.stderr,
        )


def _suggest_backup(options: argparse.Namespace, out: Output, error: Exception) -> None:
    """After "the database file is damaged": the backup to restore, when there is one."""
    from sseassess.app.maintenance import DamagedDatabaseError, latest_good_backup

    if not isinstance(error, DamagedDatabaseError) or options.command == "db":
        return
    try:
        backup = latest_good_backup(getattr(options, "db", None))
    except Exception:  # looking for a backup must not hide the message already given
        return
    if backup is not None:
        out.error(
            out.gettext("The latest good backup is {file}; restore it with: {command}").format(
                file=backup, command=f'sseassess db restore "{backup}"'
            )
        )


def write_changes(out: Output, changes: Sequence[AnswerChange], framework: Framework) -> None:
    """Each change an import would make (indicator, whose, old → new), one per line on
    stderr, then how to apply them."""
    from sseassess.app.changes import change_lines

    for line in change_lines(changes, framework, out.gettext):
        print(f"  {line.text()}", file=sys.stderr)
    print(
        out.gettext("Run the command again with --accept-changes to apply them."), file=sys.stderr
    )
