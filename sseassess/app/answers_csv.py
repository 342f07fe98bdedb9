"""Answers typed in from paper forms: ``indicator,level,reason,note`` CSV files."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sseassess.domain.answers import Answer
from sseassess.domain.framework import MAX_LEVEL, Framework
from sseassess.domain.text import N_, InputError, Problem

HEADER = ("indicator", "level", "reason", "note")
NOT_APPLICABLE = "na"
#: A paper form has one row per indicator; anything far larger is not an answers file.
MAX_BYTES = 2_000_000


def read_answers_csv(path: Path, framework: Framework) -> list[Answer]:
    """Every answer in the file, or ``InputError`` listing every bad row with its line."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(
            N_("{file} cannot be read: {detail}"), file=str(path), detail=error.strerror
        ) from error
    if len(raw) > MAX_BYTES:
        raise InputError(N_("{file} is too large to be an answers file."), file=str(path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            N_('{file} is not a UTF-8 text file; save it as "CSV UTF-8".'), file=str(path)
        ) from error
    return parse_answers_csv(text, framework, str(path))


def parse_answers_csv(text: str, framework: Framework, source: str = "-") -> list[Answer]:
    """Parse CSV text; comma or semicolon separated (spreadsheets in French use ``;``)."""
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [cell.strip().lower() for cell in next(rows, [])]
    if tuple(header[: len(HEADER)]) != HEADER or len(header) != len(HEADER):
        raise InputError(
            N_("{file}: the first line must be the header {header}."),
            file=source,
            header=",".join(HEADER),
        )
    problems: list[Problem] = []
    answers: list[Answer] = []
    seen: dict[str, int] = {}
    for row in rows:
        line = rows.line_num
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
    if not level_text.isdigit() or not 0 <= int(level_text) <= MAX_LEVEL:
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
    return Answer(indicator_id, int(level_text), note=note)
