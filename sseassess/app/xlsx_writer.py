"""A small XLSX writer for plain tables: text, numbers, a bold header row, frozen and filtered.

The data export writes tens of thousands of cells; openpyxl serializes each one through an
element tree (about 7 µs a cell, most of the export's time). A table needs none of that:
this writes each sheet's XML as text, rows streamed in one pass, strings inline (a string
is never read as a formula, so a note such as "=HYPERLINK(...)" stays text). The parts
are the minimal SpreadsheetML package that Excel, LibreOffice and openpyxl open.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime
from xml.sax.saxutils import escape, quoteattr

Cell = str | int | float | None

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
#: Characters XML 1.0 cannot hold (a pasted control character): dropped.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_HEADER_STYLE = 1  # bold, shaded, wrapped (see _STYLES)


def column_letter(index: int) -> str:
    """The letters of a 1-based column: 1 -> A, 27 -> AA."""
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _text_cell(reference: str, text: str, style: int = 0) -> str:
    cleaned = escape(_ILLEGAL.sub("", text))
    styled = f' s="{style}"' if style else ""
    return (
        f'<c r="{reference}" t="inlineStr"{styled}><is><t xml:space="preserve">'
        f"{cleaned}</t></is></c>"
    )


def _sheet_xml(
    headers: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float]
) -> str:
    letters = [column_letter(n) for n in range(1, len(headers) + 1)]
    parts = [
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_MAIN}" '
        f'xmlns:r="{_RELATIONSHIPS}"><sheetViews><sheetView workbookViewId="0">'
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        "</sheetView></sheetViews><cols>",
        *(
            f'<col min="{n}" max="{n}" width="{width:.1f}" customWidth="1"/>'
            for n, width in enumerate(widths, start=1)
        ),
        '</cols><sheetData><row r="1">',
        *(
            _text_cell(f"{letter}1", header, _HEADER_STYLE)
            for letter, header in zip(letters, headers, strict=True)
        ),
        "</row>",
    ]
    for number, row in enumerate(rows, start=2):
        cells = []
        for letter, value in zip(letters, row, strict=True):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                cells.append(_text_cell(f"{letter}{number}", value))
            else:
                cells.append(f'<c r="{letter}{number}"><v>{value!r}</v></c>')
        parts.append(f'<row r="{number}">{"".join(cells)}</row>')
    last = f"{letters[-1]}{len(rows) + 1}" if letters else "A1"
    parts.append(f'</sheetData><autoFilter ref="A1:{last}"/></worksheet>')
    return "".join(parts)


_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<styleSheet xmlns="{_MAIN}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFE7F0F0"/></patternFill></fill>'
    "</fills>"
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    "</cellStyleXfs>"
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" '
    'applyFill="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def write_xlsx(
    sheets: Sequence[tuple[str, Sequence[str], Sequence[Sequence[Cell]], Sequence[float]]],
    *,
    creator: str,
) -> bytes:
    """An XLSX workbook of ``sheets``: (title, headers, rows, column widths) each; titles
    must already be valid sheet names."""
    buffer = io.BytesIO()
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    count = len(sheets)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="'
            'http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/>'
            + "".join(
                f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                for n in range(1, count + 1)
            )
            + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{_PACKAGE_RELATIONSHIPS}">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
            'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            "</Relationships>",
        )
        archive.writestr(
            "docProps/core.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/'
            'terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:creator>{escape(creator)}</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
            "</cp:coreProperties>",
        )
        archive.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{_MAIN}" xmlns:r="{_RELATIONSHIPS}"><sheets>'
            + "".join(
                f'<sheet name={quoteattr(title)} sheetId="{n}" r:id="rId{n}"/>'
                for n, (title, *_rest) in enumerate(sheets, start=1)
            )
            + "</sheets><definedNames>"
            + "".join(
                f'<definedName name="_xlnm._FilterDatabase" localSheetId="{n}" hidden="1">'
                f"{escape(_quoted(title))}!$A$1:${column_letter(max(len(headers), 1))}"
                f"${len(rows) + 1}</definedName>"
                for n, (title, headers, rows, _widths) in enumerate(sheets)
            )
            + "</definedNames></workbook>",
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{_PACKAGE_RELATIONSHIPS}">'
            + "".join(
                f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/'
                'officeDocument/2006/relationships/worksheet" '
                f'Target="worksheets/sheet{n}.xml"/>'
                for n in range(1, count + 1)
            )
            + f'<Relationship Id="rId{count + 1}" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        )
        archive.writestr("xl/styles.xml", _STYLES)
        for n, (_title, headers, rows, widths) in enumerate(sheets, start=1):
            archive.writestr(f"xl/worksheets/sheet{n}.xml", _sheet_xml(headers, rows, widths))
    return buffer.getvalue()


def _quoted(title: str) -> str:
    """A sheet name as a formula names it: 'Summary', with quotes doubled."""
    return "'" + title.replace("'", "''") + "'"
