"""Every participant's answers and the consensus of an assessment, as CSV or XLSX for the
trainer's own analysis (no Qt)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sseassess.app.forms import csv_delimiter, role_name, sheet_title
from sseassess.app.workspace import Workspace
from sseassess.domain.answers import Answer
from sseassess.domain.framework import LEVELS, Framework, Indicator
from sseassess.domain.text import N_
from sseassess.domain.workshop import IndicatorSpread
from sseassess.files import Cancelled, Progress, Steps, chosen_targets, make_and_write
from sseassess.i18n import translation

Cell = str | int | float | None
Gettext = Callable[[str], str]
#: Spreadsheets run a cell starting with one of these as a formula: such text is quoted.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class DataTable:
    """A table of an export: translated headers, and rows of equal length."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True, slots=True)
class _Respondent:
    name: str
    identifier: str
    role: str
    answers: dict[str, Answer]


def data_tables(
    workspace: Workspace, assessment_uuid: str, language: str, names: bool = False
) -> tuple[DataTable, DataTable]:
    """The answers (one row per respondent and indicator) and the per-indicator summary.

    Each participant has their id (two people of one name stay apart); their name only with
    ``names`` (else "Participant N"), and their role only when at least the workshop's
    minimum of participants who answered hold it: a reader must not be able to tell the
    single worker's levels.
    """
    _ = translation(language).gettext
    record = workspace.find_assessment(assessment_uuid)
    view = workspace.workshop(record.uuid)
    framework = view.framework
    consensus = workspace.answers(record.uuid)
    respondents = [
        _Respondent(
            participant.display_name if names else _("Participant {number}").format(number=number),
            participant.uuid,
            role_name(view.role_shown(participant), _),
            view.answers.get(participant.uuid, {}),
        )
        for number, participant in enumerate(view.participants, start=1)
    ]
    respondents.append(
        _Respondent(
            _("Consensus") if record.kind == "workshop" else _("Self-assessment"),
            "",
            "",
            dict(consensus),
        )
    )
    answers = DataTable(
        title=_("Answers"),
        headers=(
            _("Respondent"),
            _("Participant id"),
            _("Role"),
            _("Indicator"),
            _("Characteristic"),
            _("Question"),
            _("Level"),
            _("Level description"),
            _("N/A"),
            _("Reason"),
            _("Note"),
            _("For discussion"),
        ),
        rows=tuple(
            _answer_row(framework, respondent, indicator, language, _)
            for respondent in respondents
            for indicator in framework.indicators()
        ),
    )
    spreads = {spread.indicator.id: spread for spread in view.spreads}
    summary = DataTable(
        title=_("Summary"),
        headers=(
            _("No."),
            _("Indicator"),
            _("Characteristic"),
            _("Question"),
            *(_("Level {level}").format(level=level) for level in LEVELS),
            _("N/A"),
            _("No answer"),
            _("Median"),
            _("Spread"),
            _("Divergent"),
            _("Consensus"),
        ),
        rows=tuple(
            _summary_row(
                framework, spreads[indicator.id], len(view.participants), number, language, _
            )
            for number, indicator in _numbered(framework)
        ),
    )
    return answers, summary


def _numbered(framework: Framework) -> list[tuple[str, Indicator]]:
    numbers = framework.indicator_numbers()
    return [(numbers[indicator.id], indicator) for indicator in framework.indicators()]


def _answer_row(
    framework: Framework,
    respondent: _Respondent,
    indicator: Indicator,
    language: str,
    _: Gettext,
) -> tuple[Cell, ...]:
    answer = respondent.answers.get(indicator.id)
    level = answer.level if answer is not None else None
    levels = indicator.levels.get(language)
    return (
        respondent.name,
        respondent.identifier,
        respondent.role,
        indicator.id,
        framework.characteristic_of(indicator.id).name.get(language),
        indicator.question.get(language),
        level,
        levels[level] if level is not None and level < len(levels) else "",
        _("yes") if answer is not None and answer.not_applicable else "",
        answer.reason if answer is not None else "",
        answer.note if answer is not None else "",
        _("yes") if answer is not None and answer.for_discussion else "",
    )


def _summary_row(
    framework: Framework,
    spread: IndicatorSpread,
    participants: int,
    number: str,
    language: str,
    _: Gettext,
) -> tuple[Cell, ...]:
    indicator, consensus = spread.indicator, spread.consensus
    if consensus is not None and consensus.level is not None:
        agreed: Cell = consensus.level
    elif consensus is not None and consensus.not_applicable:
        agreed = _("N/A")
    else:
        agreed = ""
    # Participants who sent no answer at all are not in the spread's counts.
    given = spread.answered + spread.not_applicable
    return (
        number,
        indicator.id,
        framework.characteristic_of(indicator.id).name.get(language),
        indicator.question.get(language),
        *spread.counts,
        spread.not_applicable,
        max(participants - given, spread.unanswered),
        spread.median,
        spread.spread,
        _("yes") if spread.divergent else "",
        agreed,
    )


def answers_csv(table: DataTable, language: str) -> bytes:
    """The answers table as CSV: UTF-8 with a byte-order mark, ``;`` where "," is decimal."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=csv_delimiter(language))
    writer.writerow(table.headers)
    for row in table.rows:
        writer.writerow([_csv_cell(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


def _csv_cell(cell: Cell) -> str:
    if cell is None:
        return ""
    text = str(cell)
    # A note like "=HYPERLINK(...)" must stay text when a spreadsheet opens the file.
    return "'" + text if isinstance(cell, str) and text.startswith(FORMULA_STARTS) else text


def tables_xlsx(tables: Sequence[DataTable], *, creator: str) -> bytes:
    """The tables as the sheets of one XLSX workbook; every text stays text (no formula).

    Written by :mod:`sseassess.app.xlsx_writer`: rows streamed as XML text, so the time
    grows with the number of cells, at a few times the cost of the CSV export.
    """
    from sseassess.app.xlsx_writer import write_xlsx

    sheets = []
    for table in tables:
        widths = [
            float(
                min(
                    max(
                        len(header),
                        *(len(str(row[index] or "")) for row in table.rows[:200]),
                        6,
                    ),
                    60,
                )
            )
            for index, header in enumerate(table.headers)
        ]
        sheets.append((sheet_title(table.title), table.headers, table.rows, widths))
    return write_xlsx(sheets, creator=creator)


def export_data(
    workspace: Workspace,
    assessment_uuid: str,
    *,
    csv_file: Path | None,
    xlsx: Path | None,
    language: str,
    names: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[Path]:
    """Write the answers as CSV and/or the answers and summary as XLSX, in ``language``.

    Everything is made before any file is written; each file is written to a temporary
    file in its folder, then renamed over the target. Returns the files written, or ``[]``
    when ``cancelled()`` turned true (nothing written). Raises :class:`InputError` for a
    folder that is missing or cannot be written to.
    """
    from sseassess import __version__

    chosen = chosen_targets(
        [csv_file, xlsx],
        none=N_("Choose a CSV file, an XLSX file, or both."),
        clash=N_("The CSV and the XLSX export need two different files."),
    )
    steps = Steps(len(chosen) + 2, progress, cancelled)
    answers, summary = data_tables(workspace, assessment_uuid, language, names)
    if steps.advance():
        return []
    makers: list[tuple[Path, Callable[[], bytes]]] = []
    if csv_file is not None:
        makers.append((csv_file, lambda: answers_csv(answers, language)))
    if xlsx is not None:
        creator = f"sseassess {__version__}"
        makers.append((xlsx, lambda: tables_xlsx((answers, summary), creator=creator)))
    return make_and_write(makers, steps)
