"""Every member in their own script: Arabic, Hebrew, Chinese and Korean in the PDFs, fonts
embedded, text readable back in logical order, right-to-left documents mirrored."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from sseassess.app.demo import create_demo
from sseassess.app.export import export_documents
from sseassess.app.verify import Outcome, verify_file
from sseassess.app.workspace import Workspace
from sseassess.domain.answers import Answer
from sseassess.domain.records import OrganizationProfile
from sseassess.reports import scripts
from sseassess.reports.fonts import ARABIC, CJK, HEBREW, LATIN, register_fonts, script_for

ROOT = Path(__file__).parents[2]
NAMES = {
    "arabic": ("تعاونية النسيج", "NotoSansArabic"),
    "chinese": ("纺织合作社", "NotoSansCJKsc"),
    "korean": ("직물 협동조합", "NotoSansCJKsc"),
    "hebrew": ("קואופרטיב הטקסטיל", "NotoSansHebrew"),
}


def export(
    workspace: Workspace, assessment: str, folder: Path, language: str = "en"
) -> tuple[Path, Path]:
    certificate, report = folder / f"certificate-{language}.pdf", folder / f"report-{language}.pdf"
    export_documents(
        workspace, assessment, certificate=certificate, report=report, language=language
    )
    return certificate, report


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def fonts_of(path: Path) -> list[tuple[str, bool]]:
    """Each font of a PDF and whether it is embedded, as ``pdffonts`` lists them."""
    pdffonts = shutil.which("pdffonts")
    if pdffonts is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    output = subprocess.run([pdffonts, str(path)], capture_output=True, text=True, check=True)
    header, _rule, *rows = output.stdout.splitlines()
    start = header.index("emb")
    return [(row.split()[0], row[start : start + 3] == "yes") for row in rows]


def organization(workspace: Workspace, name: str, **profile: str) -> str:
    uuid = workspace.add_organization(OrganizationProfile(name=name, **profile))
    return workspace.start_assessment(uuid)


@pytest.mark.parametrize("script", sorted(NAMES))
def test_a_name_in_any_script_prints_in_its_own_font_and_reads_back(
    workspace: Workspace, tmp_path: Path, script: str
) -> None:
    """The name is set in its script's font, every font is embedded, no glyph is a .notdef
    box (code 0 reads back as NUL), and pypdf and pdftotext read the name in logical order."""
    name, family = NAMES[script]
    assessment = organization(workspace, name, sector=name)
    for path in export(workspace, assessment, tmp_path):
        fonts = fonts_of(path)
        assert all(embedded for _font, embedded in fonts), fonts
        assert any(family in font for font, _embedded in fonts), fonts
        text = "\n".join(pages_text(path))
        assert name in text
        assert "\x00" not in text, "a character printed as the .notdef glyph"
        pdftotext = shutil.which("pdftotext")
        if pdftotext:
            plain = subprocess.run(
                [pdftotext, "-f", "1", "-l", "1", str(path), "-"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            # poppler marks right-to-left runs with embedding controls around them
            assert name in plain.replace("\u202b", "").replace("\u202c", "")


def test_arabic_is_shaped_and_laid_right_to_left() -> None:
    """Joined letter forms (not the isolated ones of the character map), in visual order."""
    register_fonts()
    line = scripts._single_line("شهادة", LATIN.font_name("regular"), 10, False)
    (atom,) = line.atoms
    assert atom.shaped and atom.level == 1
    # HarfBuzz's order is visual: the last letter (ة) comes first from the left.
    assert atom.glyphs.__shapeData__[0].cluster == 4
    assert atom.glyphs != "شهادة"[::-1], "the letters must take their joined forms"


def test_mixed_directions_follow_the_bidi_algorithm() -> None:
    register_fonts()
    line = scripts._single_line("Coop קואופ 123 ABC", LATIN.font_name("regular"), 10, False)
    order = [atom.text.strip() for atom in scripts.visual_order(line) if atom.text.strip()]
    assert order == ["Coop", "123", "קואופ", "ABC"]


def test_emoji_and_unknown_characters_print_as_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    assessment = organization(workspace, "Coop 🙂 Solidaire ✊🏽")
    certificate, _report = export(workspace, assessment, tmp_path)
    text = "\n".join(pages_text(certificate))
    assert "Coop  Solidaire" in text or "Coop Solidaire" in text
    assert "\x00" not in text
    assert script_for("🙂") is None


def test_which_font_each_script_takes() -> None:
    register_fonts()
    assert script_for("a") is LATIN and script_for("Ж") is LATIN
    assert script_for("ش") is ARABIC and script_for("ש") is HEBREW
    assert script_for("纺") is CJK and script_for("협") is CJK
    assert script_for(" ", ARABIC) is ARABIC, "spaces stay in the run around them"
    assert not scripts.needs_scripts("Coopérative Αλληλεγγύη — Взаимопомощь ✓")
    assert scripts.needs_scripts("纺织") and scripts.needs_scripts("abc", rtl=True)


def test_chinese_breaks_between_ideographs() -> None:
    register_fonts()
    text = "这是一个很长的合作社名称，用于测试换行。" * 3
    font = LATIN.font_name("regular")
    assert scripts.line_count(text, font, 10, 100) > 4
    items = scripts.atoms([(text, "regular")], 10, False)
    lines = scripts.break_lines(items, [100], False)
    assert all(line.width <= 100 for line in lines)
    assert not any(line.atoms[0].text.startswith(("，", "。")) for line in lines[1:])


def test_a_right_to_left_document_mirrors_and_still_verifies(
    workspace: Workspace, tmp_path: Path
) -> None:
    """In Arabic the page runs from the right: the header's organization name at the right
    margin, and the printed scores still read back as "X / 100" for ``verify``."""
    assessment = create_demo(workspace)
    certificate, report = export(workspace, assessment, tmp_path, "ar")
    for path in (certificate, report):
        verification = verify_file(path)
        assert verification.outcome == Outcome.SELF_DECLARED, (path.name, verification.problems)
        assert all(embedded for _font, embedded in fonts_of(path))
    positions: list[float] = []

    def visitor(text: str, _cm: object, tm: list[float], _font: object, _size: object) -> None:
        if "Tisserands" in text:
            positions.append(tm[4])

    PdfReader(report).pages[2].extract_text(visitor_text=visitor)
    assert positions and min(positions) > 595 / 2, positions


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("We review every decision with the members and write down what we learnt. ", "learnt"),
        ("نراجع كل قرار مع الأعضاء ونكتب ما تعلمناه. ", "قرار"),
        ("我们与成员一起审查每一项决定，并记录我们学到的东西。", "审"),
    ],
)
def test_a_note_longer_than_a_page_splits_across_pages(
    workspace: Workspace, tmp_path: Path, sentence: str, word: str
) -> None:
    """A paragraph that does not fit on a page goes on over the next, whatever its script,
    and every word of it is printed once."""
    assessment = organization(workspace, "Coop")
    indicator = next(workspace.current_framework()[0].indicators()).id
    note = sentence * 120
    workspace.save_answer(assessment, Answer(indicator, 2, note=note))
    for language in ("en", "ar"):
        report = tmp_path / f"report-{language}.pdf"
        export_documents(  # internal notes are printed only when asked
            workspace,
            assessment,
            certificate=None,
            report=report,
            language=language,
            include_notes=True,
        )
        pages = pages_text(report)
        assert sum(page.count(word) for page in pages) == 120, language
        assert sum(word in page for page in pages) >= 2, "the note goes on over the next page"


def test_every_shipped_text_has_a_font() -> None:
    """Every character of the translations and frameworks prints (``packaging/
    subset_cjk_font.py`` adds what a new Chinese or Korean translation needs)."""
    files = [
        *ROOT.glob("translations/*.po"),
        *ROOT.glob("translations/*.ts"),
        *ROOT.glob("resources/frameworks/*.toml"),
    ]
    texts = [path.read_text(encoding="utf-8") for path in files]
    assert scripts.uncovered_characters(texts) == set()
