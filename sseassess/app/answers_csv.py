"""Answers typed in from paper forms: ``indicator,level,reason,note`` in a CSV or XLSX file."""

from __future__ import annotations

import csv
import datetime
import io
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sseassess.domain.answers import Answer
from sseassess.domain.framework import MAX_LEVEL, Framework
from sseassess.domain.text import N_, InputError, Problem
from sseassess.files import read_bounded

HEADER = ("indicator", "level", "reason", "note")
#: The XLSX template adds the question, for reference; it is ignored on import.
TEMPLATE_HEADER = ("indicator", "question", "level", "reason", "note")
NOT_APPLICABLE = "na"
#: A paper form has one row per indicator; anything far larger is not an answers file.
MAX_BYTES = 2_000_000
#: An XLSX file is a zip of XML parts: the file, and what it unpacks to, are both bounded.
MAX_XLSX_BYTES = 5_000_000
MAX_XLSX_UNPACKED_BYTES = 50_000_000
#: Rows and columns read from a sheet; an answers sheet has one row per indicator.
MAX_ROWS = 5_000
MAX_COLUMNS = 40
XLSX_SUFFIXES = (".xlsx", ".xlsm")
#: Spreadsheet formats that cannot be read; the user is told to save as XLSX or CSV.
OTHER_SPREADSHEET_SUFFIXES = (".xls", ".ods", ".numbers")


#: What a file larger than its limit is told.
_TOO_LARGE = N_("{file} is too large to be an answers file.")


def read_answers_file(path: Path, framework: Framework) -> list[Answer]:
    """The answers of a CSV or XLSX file (chosen by its extension); see the readers."""
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return read_answers_xlsx(path, framework)
    if suffix in OTHER_SPREADSHEET_SUFFIXES:
        raise InputError(
            N_(
                '{file}: this kind of spreadsheet cannot be read; save it as "Excel Workbook '
                '(.xlsx)" or as "CSV UTF-8".'
            ),
            file=str(path),
        )
    return read_answers_csv(path, framework)


def read_answers_csv(path: Path, framework: Framework) -> list[Answer]:
    """Every answer in the file, or ``InputError`` listing every bad row with its line."""
    raw = read_bounded(path, MAX_BYTES, _TOO_LARGE)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            N_('{file} is not a UTF-8 text file; save it as "CSV UTF-8".'), file=str(path)
        ) from error
    return parse_answers_csv(text, framework, str(path))


def parse_answers_csv(text: str, framework: Framework, source: str = "-") -> list[Answer]:
    """Parse CSV text; comma or semicolon separated (spreadsheets in French use ``;``).

    Quoting is strict: a quote opened and never closed, a field longer than the CSV
    reader's limit, or text after a closing quote is an ``InputError`` naming the line the
    row starts on; so is a quoted field that runs over lines starting with an indicator
    (a quote left open that a later stray quote closes).
    """
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    rows = _csv_rows(text, delimiter, source)
    header = [cell.strip().lower() for cell in rows[0][1]] if rows else []
    if tuple(header[: len(HEADER)]) != HEADER or len(header) != len(HEADER):
        raise InputError(
            N_("{file}: the first line must be the header {header}."),
            file=source,
            header=",".join(HEADER),
        )
    problems = _swallowed_rows(rows[1:], framework, delimiter)
    if problems:
        raise InputError(N_("{file}: nothing was imported."), problems, file=source)
    return parse_answer_rows(rows[1:], framework, source)


def _csv_rows(text: str, delimiter: str, source: str) -> list[tuple[int, list[str]]]:
    """The rows of CSV text, each with the line it starts on; ``InputError`` for text that
    the CSV reader cannot take as it is."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for row in reader:
            rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error as error:
        limit = csv.field_size_limit()
        if "field limit" in str(error):
            template = N_(
                'a field is longer than {limit} characters; a quote (") opened on this '
                "line may never be closed"
            )
        elif reader.line_num >= text.count("\n") + (0 if text.endswith("\n") else 1):
            template = N_('a quote (") opened on this line is never closed')
        else:
            template = N_(
                'a quote (") is not where CSV allows it: quote whole fields, and double a '
                'quote inside one ("")'
            )
        raise InputError(
            N_("{file}: nothing was imported."),
            [Problem(str(start), template, {"limit": limit})],
            file=source,
        ) from error
    return rows


def _swallowed_rows(
    rows: Sequence[tuple[int, Sequence[str]]], framework: Framework, delimiter: str
) -> list[Problem]:
    """Rows in which a quoted field runs over following lines that start like answers."""
    problems: list[Problem] = []
    for line, row in rows:
        for cell in row:
            for offset, text in enumerate(cell.splitlines()[1:], start=1):
                first = text.split(delimiter, 1)[0].strip().strip('"')
                if delimiter in text and framework.has_indicator(first):
                    problems.append(
                        Problem(
                            str(line),
                            N_(
                                'a quote (") opened on this line runs over the next lines '
                                "(line {next} answers {indicator}); close it"
                            ),
                            {"next": line + offset, "indicator": first},
                        )
                    )
                    break
            else:
                continue
            break
    return problems


def read_answers_xlsx(path: Path, framework: Framework) -> list[Answer]:
    """Every answer in an XLSX workbook, checked like a CSV file; rows are lines.

    The workbook is untrusted: its size is bounded, packed and unpacked; it is read in
    read-only mode; formulas are never evaluated (a formula cell gives the value a
    spreadsheet last saved with it, or nothing). Only the answers sheet is read: the first
    one whose first cell is ``indicator``, else the first sheet; other sheets are ignored.
    """
    raw = read_bounded(path, MAX_XLSX_BYTES, _TOO_LARGE)
    return parse_answers_xlsx(raw, framework, str(path))


def parse_answers_xlsx(raw: bytes, framework: Framework, source: str = "-") -> list[Answer]:
    """Parse the bytes of an XLSX workbook (see :func:`read_answers_xlsx`)."""
    if not zipfile.is_zipfile(io.BytesIO(raw)):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise InputError(
                N_(
                    "{file} is not an Excel workbook (.xlsx) and not a UTF-8 text file; save "
                    'it again as "Excel Workbook (.xlsx)" or as "CSV UTF-8".'
                ),
                file=source,
            ) from error
        # CSV text saved under an .xlsx name: read it as what it is.
        return parse_answers_csv(text, framework, source)
    rows = _sheet_rows(raw, source)
    if not rows:
        raise InputError(
            N_("{file}: the first row must be the header {header}."),
            file=source,
            header=",".join(TEMPLATE_HEADER),
        )
    header = tuple(cell.strip().lower() for cell in _trimmed(rows[0][1]))
    if header not in (HEADER, TEMPLATE_HEADER):
        raise InputError(
            N_("{file}: the first row must be the header {header}."),
            file=source,
            header=",".join(TEMPLATE_HEADER),
        )
    width = len(header)
    question = header.index("question") if "question" in header else None

    def answer_cells(cells: list[str]) -> list[str]:
        cells = _trimmed(cells)
        if len(cells) > width:  # reported as too many columns
            return cells
        cells += [""] * (width - len(cells))
        return [cell for index, cell in enumerate(cells) if index != question]

    return parse_answer_rows(
        ((line, answer_cells(cells)) for line, cells in rows[1:]), framework, source
    )


def _sheet_rows(raw: bytes, source: str) -> list[tuple[int, list[str]]]:
    """The numbered rows of the answers sheet, as text; ``InputError`` if unreadable."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except Exception as error:  # an odd ZIP header fails in many ways; all are "unreadable"
        raise _unreadable(source, error) from error
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise InputError(N_("{file} is too large to be an answers file."), file=source)
    rows: list[tuple[int, list[str]]] = []
    formulas: list[Problem] = []
    try:
        workbook = _open_workbook(raw, data_only=True)
        # The same sheet with its formulas: a formula cell whose value the file does not
        # hold (never computed and saved by a spreadsheet) reads as empty in the first.
        with_formulas = _open_workbook(raw, data_only=False)
        try:
            index = next(
                (
                    number
                    for number, candidate in enumerate(workbook.worksheets)
                    if _text(_first_cell(candidate)).strip().lower() == HEADER[0]
                ),
                0,
            )
            if not workbook.worksheets:
                return rows
            sheet = workbook.worksheets[index]
            formula_sheet = with_formulas.worksheets[index]
            for each in (sheet, formula_sheet):
                each.reset_dimensions()  # never trust the size the file declares
            cells = sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS, values_only=True)
            sources = formula_sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS, values_only=True)
            for line, (values, written) in enumerate(zip(cells, sources, strict=False), start=1):
                if line > MAX_ROWS:
                    raise InputError(
                        N_("{file} has more than {count} rows; it is not an answers file."),
                        file=source,
                        count=MAX_ROWS,
                    )
                if any(
                    value is None and _is_formula(formula)
                    for value, formula in zip(values, written, strict=False)
                ):
                    formulas.append(
                        Problem(
                            str(line),
                            N_(
                                "a cell holds a formula whose result was never saved in the "
                                "file; open it in a spreadsheet program and save it again, or "
                                "type the value instead"
                            ),
                        )
                    )
                rows.append((line, [_text(value) for value in values]))
        finally:
            workbook.close()
            with_formulas.close()
    except InputError:
        raise
    except Exception as error:  # whatever fails inside a foreign file makes it unreadable
        raise _unreadable(source, error) from error
    if formulas:
        raise InputError(N_("{file}: nothing was imported."), formulas, file=source)
    return rows


def _open_workbook(raw: bytes, data_only: bool) -> Any:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    return load_workbook(
        io.BytesIO(raw), read_only=True, data_only=data_only, keep_links=False, keep_vba=False
    )


def _is_formula(value: object) -> bool:
    return (isinstance(value, str) and value.startswith("=")) or "Formula" in type(value).__name__


def _first_cell(sheet: Any) -> object:
    for values in sheet.iter_rows(min_row=1, max_row=1, max_col=1, values_only=True):
        return values[0] if values else None
    return None


def _unreadable(source: str, error: BaseException) -> InputError:
    return InputError(
        N_(
            "{file} is not an Excel workbook that can be read ({detail}); save it again as "
            '"Excel Workbook (.xlsx)".'
        ),
        file=source,
        detail=str(error) or type(error).__name__,
    )


def _text(value: object) -> str:
    """A cell's value as the text a CSV file would hold (3.0 -> "3", dates in ISO form)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


def _trimmed(cells: Sequence[str]) -> list[str]:
    """``cells`` without the empty cells at the end of the row."""
    cells = list(cells)
    while cells and not cells[-1].strip():
        cells.pop()
    return cells


def parse_answer_rows(
    rows: Iterable[tuple[int, Sequence[str]]], framework: Framework, source: str
) -> list[Answer]:
    """Check ``(line, [indicator, level, reason, note])`` rows: all the answers, or none.

    Blank rows are skipped, and so are rows that name an indicator and nothing else (a
    template's unanswered questions). Every bad row is reported with its line.
    """
    problems: list[Problem] = []
    answers: list[Answer] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        where = str(line)
        if len(row) != len(HEADER):
            problems.append(
                Problem(
                    where,
                    N_("expected {expected} columns, found {found}"),
                    {"expected": len(HEADER), "found": len(row)},
                )
            )
            continue
        indicator_id, level_text, reason, note = (cell.strip() for cell in row)
        answer = _parse_row(framework, indicator_id, level_text, reason, note, where, problems)
        if answer is None:
            continue
        if indicator_id in seen:
            problems.append(
                Problem(
                    where,
                    N_("indicator {indicator!r} is already answered on line {first}"),
                    {"indicator": indicator_id, "first": seen[indicator_id]},
                )
            )
            continue
        if answer.level is None and not answer.not_applicable and not answer.note:
            continue  # the indicator is listed, not answered
        seen[indicator_id] = line
        answers.append(answer)
    if problems:
        raise InputError(N_("{file}: nothing was imported."), problems, file=source)
    return answers


def _parse_row(
    framework: Framework,
    indicator_id: str,
    level_text: str,
    reason: str,
    note: str,
    where: str,
    problems: list[Problem],
) -> Answer | None:
    if not framework.has_indicator(indicator_id):
        problems.append(
            Problem(where, N_("unknown indicator {indicator!r}"), {"indicator": indicator_id})
        )
        return None
    indicator = framework.indicator(indicator_id)
    if level_text.lower() == NOT_APPLICABLE:
        if not indicator.na_allowed:
            problems.append(
                Problem(
                    where,
                    N_("indicator {indicator!r} cannot be marked not applicable"),
                    {"indicator": indicator_id},
                )
            )
            return None
        if not reason:
            problems.append(Problem(where, N_('a reason is required when the level is "na"')))
            return None
        return Answer(indicator_id, None, not_applicable=True, reason=reason, note=note)
    if level_text and not (
        level_text.isascii() and level_text.isdigit() and 0 <= int(level_text) <= MAX_LEVEL
    ):
        problems.append(
            Problem(
                where, N_('level {level!r} is not 0, 1, 2, 3, 4 or "na"'), {"level": level_text}
            )
        )
        return None
    if reason:
        problems.append(
            Problem(where, N_('a reason is only for "na"; put remarks in the note column'))
        )
        return None
    # An empty level is an unanswered question: kept only when it carries a note.
    return Answer(indicator_id, int(level_text) if level_text else None, note=note)
