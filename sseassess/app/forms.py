"""Paper forms for participants without a laptop: the blank questionnaire, and the CSV and
XLSX templates their answers are typed back into (no Qt)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sseassess import __version__
from sseassess.app.answers_csv import HEADER, NOT_APPLICABLE, TEMPLATE_HEADER
from sseassess.app.workspace import Workspace
from sseassess.domain.framework import LEVELS, MAX_LEVEL, Framework
from sseassess.domain.records import ROLES
from sseassess.domain.text import N_
from sseassess.files import Cancelled, Progress, Steps, chosen_targets, make_and_write
from sseassess.i18n import format_date, translation
from sseassess.reports.data import (
    QuestionnaireData,
    QuestionnaireItem,
    QuestionnaireLabels,
    QuestionnaireSection,
)

Gettext = Callable[[str], str]

#: The participants' roles as people read them (``domain.records.ROLES`` are their ids).
ROLE_NAMES = {
    "member": N_("Member"),
    "worker": N_("Worker"),
    "board": N_("Board member"),
    "volunteer": N_("Volunteer"),
    "beneficiary": N_("Beneficiary"),
}


def role_name(role: str | None, gettext: Gettext) -> str:
    """A role id in the reader's language ("" for none)."""
    if not role:
        return ""
    return gettext(ROLE_NAMES[role]) if role in ROLE_NAMES else role


def questionnaire_data(
    workspace: Workspace, assessment_uuid: str, language: str
) -> QuestionnaireData:
    """The blank questionnaire of an assessment's framework, every string in ``language``."""
    _ = translation(language).gettext
    record = workspace.find_assessment(assessment_uuid)
    framework = workspace.framework_of(record)
    organization = workspace.organization(record.organization_uuid).profile.name
    framework_name = framework.name.get(language)
    when = format_date(record.assessed_on, language)
    sections = tuple(
        QuestionnaireSection(
            number=c_number,
            name=characteristic.name.get(language),
            description=characteristic.description.get(language),
            items=tuple(
                QuestionnaireItem(
                    number=f"{c_number}.{i_number}",
                    indicator_id=indicator.id,
                    question=indicator.question.get(language),
                    levels=indicator.levels.get(language),
                    not_applicable=indicator.na_allowed,
                )
                for i_number, indicator in enumerate(characteristic.indicators, start=1)
            ),
        )
        for c_number, characteristic in enumerate(framework.characteristics, start=1)
    )
    return QuestionnaireData(
        language=language,
        labels=QuestionnaireLabels(
            participant_name=_("Participant name"),
            role=_("Role"),
            roles=tuple(_(ROLE_NAMES[role]) for role in ROLES if role in ROLE_NAMES),
            instructions_heading=_("How to fill in this questionnaire"),
            not_applicable=_("N/A"),
            reason=_("does not apply to us, because:"),
            note=_("Note:"),
            participant_header=_("Participant:"),
            page=_("Page {page} of {pages}"),
        ),
        title=_("Questionnaire"),
        subject=_("Questionnaire of the {framework} for {organization}").format(
            framework=framework_name, organization=organization
        ),
        organization=organization,
        framework_name=framework_name,
        framework_version=_("version {version}").format(version=framework.version),
        date_text=(
            _("Workshop of {date}") if record.kind == "workshop" else _("Assessment of {date}")
        ).format(date=when),
        instructions=_instructions(_),
        sections=sections,
        generator=_("Made with sseassess {version}").format(version=__version__),
        keywords=("ICSSE", _("social and solidarity economy"), framework.id),
    )


def _instructions(_: Gettext) -> tuple[str, ...]:
    return (
        _(
            "Write your name and tick your role above: the trainer needs them to type your "
            "answers in."
        ),
        _(
            "Answer on your own, as things are today, not as you would like them to be. There "
            "are no right or wrong answers: the group compares and discusses the answers "
            "afterwards."
        ),
        _(
            "For each question, tick one box: the level from 0 to {maximum} whose description "
            "is closest to your organization."
        ).format(maximum=MAX_LEVEL),
        _(
            "Some questions offer “N/A”: tick it only if the question does not apply to your "
            "organization, and write why."
        ),
        _(
            "Use the lines under a question for a note: an example, a doubt, a document that "
            "shows it. Skip a question you cannot answer."
        ),
        _(
            "The small code under each question lets the trainer type your answers back in; "
            "leave it as it is. Hand the form back to the trainer when you have finished."
        ),
    )


def append_text_row(sheet: Any, values: Sequence[object]) -> None:
    """Append a row to an openpyxl sheet, every text kept as text.

    openpyxl stores a string starting with "=" as a formula, and refuses control
    characters: a note or a name from a user must neither run nor break the export. The
    cells are made before they are appended, so a row costs the same however many rows
    the sheet has (looking the row up again, with ``sheet.max_row``, scans every cell).
    """
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell  # type: ignore[import-untyped]

    cells = []
    for value in values:
        cell = Cell(
            sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value
        )
        if cell.data_type == "f":
            cell.data_type = "s"
        cells.append(cell)
    sheet.append(cells)


def sheet_title(title: str) -> str:
    """A valid sheet name: at most 31 characters, none of []:*?/\\."""
    return "".join("_" if c in "[]:*?/\\" else c for c in title)[:31] or "Sheet"


def questionnaire_pdf(data: QuestionnaireData, organization: str, language: str) -> bytes:
    """The questionnaire rendered as PDF bytes, signed for ``organization`` like every PDF
    sseassess writes (it carries no answers: its embedded data names only what it is)."""
    from sseassess.app.signing import sign_document
    from sseassess.domain.verification import DocumentKind
    from sseassess.reports.questionnaire import QuestionnaireRenderer

    return sign_document(
        QuestionnaireRenderer(data).render(),
        organization=organization,
        kind=DocumentKind.QUESTIONNAIRE,
        language=language,
    )


def csv_delimiter(language: str) -> str:
    """``;`` where a comma is the decimal mark (as spreadsheets there expect), else ``,``."""
    from babel.numbers import get_decimal_symbol

    return ";" if get_decimal_symbol(language) == "," else ","


def csv_template(framework: Framework, language: str) -> bytes:
    """``indicator,level,reason,note`` with one row per indicator and the level left empty.

    UTF-8 with a byte-order mark, so that spreadsheets read accented notes correctly.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=csv_delimiter(language))
    writer.writerow(HEADER)
    for indicator in framework.indicators():
        writer.writerow([indicator.id, "", "", ""])
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_template(framework: Framework, language: str, organization: str) -> bytes:
    """An XLSX workbook to type one participant's answers in.

    The first sheet has a row per indicator: its id and question (locked, for reference),
    then the level (a drop-down list: 0-4, and "na" where the indicator allows it), the
    reason and the note. A second sheet says how to fill it in; imports ignore it.
    """
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Alignment, Font, PatternFill, Protection  # type: ignore[import-untyped]
    from openpyxl.worksheet.datavalidation import DataValidation  # type: ignore[import-untyped]

    _ = translation(language).gettext
    workbook = Workbook()
    workbook.properties.creator = f"sseassess {__version__}"
    workbook.properties.title = _("Answers of {organization}").format(organization=organization)
    sheet = workbook.active
    sheet.title = sheet_title(_("Answers"))
    sheet.append(TEMPLATE_HEADER)
    header_fill = PatternFill("solid", fgColor="E7F0F0")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = header_fill
    levels = ",".join(str(level) for level in LEVELS)
    level_error = _("Choose a level from 0 to {maximum}.").format(maximum=MAX_LEVEL)
    with_na = DataValidation(
        type="list",
        formula1=f'"{levels},{NOT_APPLICABLE}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=_("Level"),
        error=_(
            "Choose a level from 0 to {maximum}, or “{na}” when the question does not apply."
        ).format(maximum=MAX_LEVEL, na=NOT_APPLICABLE),
    )
    without_na = DataValidation(
        type="list",
        formula1=f'"{levels}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=_("Level"),
        error=level_error,
    )
    reason_prompt = DataValidation(
        allow_blank=True,
        showInputMessage=True,
        promptTitle=_("Reason"),
        prompt=_("Only when the level is “{na}”: why the question does not apply.").format(
            na=NOT_APPLICABLE
        ),
    )
    for validation in (with_na, without_na, reason_prompt):
        sheet.add_data_validation(validation)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for row, indicator in enumerate(framework.indicators(), start=2):
        append_text_row(sheet, [indicator.id, indicator.question.get(language), None, None, None])
        for column in "ABCDE":
            sheet[f"{column}{row}"].alignment = wrap if column in "BDE" else top
        for column in "CDE":
            sheet[f"{column}{row}"].protection = Protection(locked=False)
        (with_na if indicator.na_allowed else without_na).add(f"C{row}")
        reason_prompt.add(f"D{row}")
    for column, width in zip("ABCDE", (38, 70, 8, 32, 48), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "C2"
    # Ids and questions are locked (no password) so that a slip cannot change them.
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    sheet.protection.formatCells = False

    guide = workbook.create_sheet(sheet_title(_("How to fill in")))
    guide.column_dimensions["A"].width = 110
    lines = [
        _("Answers of one participant of {organization}").format(organization=organization),
        f"{framework.name.get(language)}, "
        + _("version {version}").format(version=framework.version),
        "",
        _(
            "Type one participant's answers from their paper questionnaire in the first "
            "sheet; use one file per participant."
        ),
        _(
            "level: the box ticked, 0 to {maximum}; “{na}” for N/A (only where the "
            "questionnaire offers it); leave it empty for a question without an answer."
        ).format(maximum=MAX_LEVEL, na=NOT_APPLICABLE),
        _("reason: only with “{na}”, why the question does not apply.").format(na=NOT_APPLICABLE),
        _("note: what the participant wrote under the question, if anything."),
        _(
            "Do not change the indicator column: it tells sseassess which question each row "
            "answers."
        ),
        _("Then import the file: {command}").format(
            command="sseassess answers import ASSESSMENT FILE.xlsx --participant NAME"
        ),
    ]
    for line in lines:
        append_text_row(guide, [line])
    guide["A1"].font = Font(bold=True, size=13)
    for cells in guide.iter_rows(min_row=4):
        cells[0].alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_forms(
    workspace: Workspace,
    assessment_uuid: str,
    *,
    pdf: Path | None,
    csv_file: Path | None,
    xlsx: Path | None,
    language: str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[Path]:
    """Write the blank questionnaire and/or the answer templates of an assessment.

    Like the PDF export: everything is made before any file is written, each file is
    written atomically, and a cancelled run writes nothing (returns ``[]``).
    """
    chosen = chosen_targets(
        [pdf, csv_file, xlsx],
        none=N_("Choose a file for the questionnaire or a template."),
        clash=N_("Each form needs its own file."),
    )
    steps = Steps(len(chosen) + 1, progress, cancelled)
    record = workspace.find_assessment(assessment_uuid)
    framework = workspace.framework_of(record)
    organization = workspace.organization(record.organization_uuid).profile.name
    makers: list[tuple[Path, Callable[[], bytes]]] = []
    if pdf is not None:
        makers.append(
            (
                pdf,
                lambda: questionnaire_pdf(
                    questionnaire_data(workspace, record.uuid, language), organization, language
                ),
            )
        )
    if csv_file is not None:
        makers.append((csv_file, lambda: csv_template(framework, language)))
    if xlsx is not None:
        makers.append((xlsx, lambda: xlsx_template(framework, language, organization)))
    return make_and_write(makers, steps)
