"""Make the CJK font the PDFs embed: Noto Sans CJK SC, cut down to the characters people use.

Noto Sans CJK covers 65,000 glyphs in 19 MB of CFF outlines per weight; ReportLab embeds
only TrueType (``glyf``) outlines. This script keeps the characters that Chinese and Korean
text need in practice and converts their outlines to quadratic curves:

* every character of GB 2312 (the 6,763 Hanzi of everyday Simplified Chinese, levels 1
  and 2, with its punctuation, kana and symbols) and of KS X 1001's 2,350 Hangul syllables;
* CJK punctuation, half- and full-width forms, kana, and the Hangul compatibility jamo;
* every CJK character of the shipped translations and framework files, whatever it is.

Its output, ``resources/fonts/NotoSansCJKsc-{Regular,Bold}.subset.ttf``, is committed (the
wheel build needs no font source); run this again after a Chinese or Korean translation adds
a rare character (``tests/reports/test_scripts.py`` says which are missing). Source: the
Debian package ``fonts-noto-cjk`` (``NotoSansCJK-{Regular,Bold}.ttc``, face 2 = SC), SIL
Open Font License 1.1 (``resources/fonts/LICENSE-Noto.txt``).

    .venv/bin/pip install -e ".[fonts]"   # fontTools
    .venv/bin/python packaging/subset_cjk_font.py [--source-dir /usr/share/fonts/opentype/noto]
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
SOURCE_DIR = Path("/usr/share/fonts/opentype/noto")
#: The Simplified Chinese face of the Pan-CJK collection (it maps Hangul and kana too).
SC_FACE = 2
WEIGHTS = ("Regular", "Bold")
#: Characters of Chinese, Japanese and Korean text that the Latin font does not have.
CJK_TEXT = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3130-\u318f"
    "\u31f0-\u31ff\u3200-\u32ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
)


def _double_byte(codec: str, rows: range, cells: range = range(0xA1, 0xFF)) -> Iterator[str]:
    """The characters of a two-byte national standard, decoded by Python's own codec."""
    for row in rows:
        for cell in cells:
            try:
                yield bytes((row, cell)).decode(codec)
            except UnicodeDecodeError:
                continue


def standard_characters() -> set[str]:
    """GB 2312 whole, KS X 1001's Hangul syllables, and the CJK blocks of punctuation."""
    characters = set(_double_byte("gb2312", range(0xA1, 0xF8)))
    characters |= set(_double_byte("euc_kr", range(0xB0, 0xC9)))  # 2,350 Hangul syllables
    for first, last in (
        (0x3000, 0x303F),  # CJK symbols and punctuation
        (0x3040, 0x30FF),  # hiragana, katakana
        (0x3130, 0x318F),  # Hangul compatibility jamo
        (0xFF01, 0xFF65),  # full-width ASCII and half-width punctuation
        (0xFE30, 0xFE4F),  # CJK compatibility forms
    ):
        characters |= {chr(code) for code in range(first, last + 1)}
    return characters


def project_characters(files: Iterable[Path]) -> set[str]:
    """The CJK characters written in the project's translations and frameworks."""
    found: set[str] = set()
    for path in files:
        found |= set(CJK_TEXT.findall(path.read_text(encoding="utf-8")))
    return found


def project_text_files() -> list[Path]:
    return sorted(
        [
            *(ROOT / "translations").glob("*.po"),
            *(ROOT / "translations").glob("*.ts"),
            *(ROOT / "resources" / "frameworks").glob("*.toml"),
            *(ROOT / "resources" / "demo").glob("*.toml"),
        ]
    )


def to_truetype(font: object) -> None:
    """Replace a font's CFF outlines by TrueType (quadratic) ones, in place."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    assert isinstance(font, TTFont) and "CFF " in font
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        # 1 unit of a 1,000-unit em: far below what a printer shows.
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 3.0  # no glyph names: smaller, and nothing reads them
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def build(source: Path, target: Path, characters: set[str]) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(source, fontNumber=SC_FACE, lazy=False)
    options = subset.Options()
    # Chinese and Korean are set from the character map alone (no shaping): no layout
    # tables, whose alternates (other regions' forms, vertical forms) would double the size.
    options.layout_features = []
    options.name_IDs = ["*"]  # keep the copyright and licence records
    options.hinting = False
    options.notdef_outline = True
    options.drop_tables += ["VORG", "vhea", "vmtx", "BASE", "GSUB", "GPOS", "GDEF"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in characters))
    subsetter.subset(font)
    to_truetype(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(target)


def target_path(weight: str) -> Path:
    return FONTS / f"NotoSansCJKsc-{weight}.subset.ttf"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", type=Path, default=SOURCE_DIR)
    options = parser.parse_args()
    characters = standard_characters() | project_characters(project_text_files())
    for weight in WEIGHTS:
        source = options.source_dir / f"NotoSansCJK-{weight}.ttc"
        target = target_path(weight)
        build(source, target, characters)
        print(
            f"{target.relative_to(ROOT)}: {len(characters)} characters, "
            f"{target.stat().st_size / 1e6:.1f} MB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
