"""Compile (and, with --update, extract) the translation catalogs.

* ``translations/<lang>.po``          gettext catalog for text outside Qt (CLI, errors, PDF)
* ``translations/sseassess_<lang>.ts`` Qt Linguist source for the desktop application

Compiled files go to ``sseassess/i18n/locale/`` (``.mo`` and ``.qm``); they are build
products, never committed. ``setup.py`` calls :func:`compile_all` for wheels; the set-up
scripts call this file for a development checkout.

A language is shipped when its catalogs are in ``translations/``: ``--add-language pt_BR``
creates them from the code (never copied from another language), empty and unfinished,
with the language's plural forms, and declares the language in the framework files.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "translations"
FRAMEWORKS = ROOT / "resources" / "frameworks"
DOMAIN = "sseassess"
#: Every language with a gettext catalog (``translations/<lang>.po``).
LANGUAGES = tuple(sorted(path.stem for path in SOURCES.glob("*.po")))
#: Qt catalogs: English too, for its plural forms only (lupdate -pluralonly).
QT_LANGUAGES = ("en", *LANGUAGES)
#: A language code as the catalogs, the .qm files and Babel name it: ``pt``, ``pt_BR``.
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")
#: Line width of the .pot and .po files.
PO_WIDTH = 100


def _lrelease() -> list[str] | None:
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
        if found:
            return [found]
    return None


def compile_all(package_root: Path) -> list[Path]:
    """Compile every catalog into ``package_root/i18n/locale``; the files written."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    locale_dir = package_root / "i18n" / "locale"
    written: list[Path] = []
    for language in LANGUAGES:
        po = SOURCES / f"{language}.po"
        if po.exists():
            with po.open("rb") as handle:
                catalog = read_po(handle, locale=language, domain=DOMAIN)
            target = locale_dir / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("wb") as handle:
                write_mo(handle, catalog, use_fuzzy=False)
            written.append(target)
    for language in QT_LANGUAGES:
        ts = SOURCES / f"{DOMAIN}_{language}.ts"
        lrelease = _lrelease()
        if ts.exists() and lrelease:
            target = locale_dir / f"{DOMAIN}_{language}.qm"
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([*lrelease, "-silent", str(ts), "-qm", str(target)], check=True)
            written.append(target)
    return written


def _extract_template() -> Path:
    """Extract the messages of the code (outside ui/) into ``sseassess.pot``."""
    pot = SOURCES / f"{DOMAIN}.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "--no-location",
            "--sort-output",
            "--width",
            str(PO_WIDTH),
            "-k",
            "N_",
            "-k",
            "_",
            "-k",
            "gettext",
            "-k",
            "ngettext:1,2",
            "--project",
            "sseassess",
            "--copyright-holder",
            "sseassess developers",
            "--ignore-dirs",
            "ui",
            "-o",
            str(pot),
            str(ROOT / "sseassess"),
        ],
        check=True,
    )
    return pot


def _update_po(language: str, pot: Path) -> None:
    """Create (``init``: the language's plural forms in the header) or update a catalog."""
    po = SOURCES / f"{language}.po"
    command = "update" if po.exists() else "init"
    options = ["--no-fuzzy-matching"] if command == "update" else []
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            command,
            *options,
            # The catalogs' own line width: an update changes only what changed.
            "--width",
            str(PO_WIDTH),
            "-D",
            DOMAIN,
            "-i",
            str(pot),
            "-o",
            str(po),
            "-l",
            language,
        ],
        check=True,
    )


def _lupdate() -> str | None:
    return shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))


def _update_ts(language: str) -> None:
    """Create or update a Qt catalog from the code: a new one has every message empty and
    unfinished, with as many plural forms as Qt uses for the language."""
    lupdate = _lupdate()
    if lupdate is None:
        raise SystemExit("pyside6-lupdate is needed (pip install PySide6-Essentials)")
    ui_files = sorted(str(path) for path in (ROOT / "sseassess" / "ui").rglob("*.py"))
    ts = SOURCES / f"{DOMAIN}_{language}.ts"
    subprocess.run(
        [
            lupdate,
            "-silent",
            "-no-obsolete",
            # No file names or line numbers: moving code does not change the
            # catalogs, and a translator's diff shows only texts.
            "-locations",
            "none",
            *(["-pluralonly"] if language == "en" else []),
            "-source-language",
            "en",
            "-target-language",
            language,
            *ui_files,
            "-ts",
            str(ts),
        ],
        check=True,
    )


def update_sources() -> None:
    """Extract the messages from the code and merge them into the catalogs."""
    pot = _extract_template()
    for language in LANGUAGES:
        _update_po(language, pot)
    if _lupdate():
        for language in QT_LANGUAGES:
            _update_ts(language)


def _declare_in_frameworks(language: str) -> list[Path]:
    """Add ``language`` to ``languages = [...]`` of each shipped framework file: its texts
    show in English, marked, until translated, and ``framework validate`` lists them."""
    changed = []
    for path in sorted(FRAMEWORKS.glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        line = re.search(r"^languages = \[(.*)\]$", text, flags=re.MULTILINE)
        if line is None or f'"{language}"' in line.group(1):
            continue
        declared = f'languages = [{line.group(1)}, "{language}"]'
        path.write_text(text[: line.start()] + declared + text[line.end() :], encoding="utf-8")
        changed.append(path)
    return changed


def add_language(language: str) -> list[Path]:
    """Start a new language: its catalogs made from the code, empty and unfinished; the
    files created or changed."""
    from babel import Locale, UnknownLocaleError

    if not LANGUAGE_CODE.match(language):
        raise SystemExit(f"{language!r}: use a code such as 'pt', 'pt_BR' or 'zh_CN'")
    try:
        Locale.parse(language)  # dates, numbers and plural rules come from Babel
    except (UnknownLocaleError, ValueError) as error:
        raise SystemExit(f"{language!r}: Babel does not know this language ({error})") from error
    po, ts = SOURCES / f"{language}.po", SOURCES / f"{DOMAIN}_{language}.ts"
    if po.exists() or ts.exists():
        raise SystemExit(f"{language!r} exists already: translate {po.name} and {ts.name}")
    _update_po(language, _extract_template())
    _update_ts(language)
    return [po, ts, *_declare_in_frameworks(language)]


_ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "áéîõüÿÅÉÎÕÜŸçñšž")
_KEEP = re.compile(r"(%\d|%n|\{[^{}]*\}|&(?:amp;)?[A-Za-z]|<[^>]+>|\\n|\n)")


def pseudo(text: str) -> str:
    """Longer, accented text that keeps placeholders, accelerators and tags: a layout that
    cuts or overlaps it will do the same to German or French."""
    parts = _KEEP.split(text)
    out = "".join(part if _KEEP.fullmatch(part) else part.translate(_ACCENTED) for part in parts)
    padding = "·" * max(2, len(text) * 2 // 5)
    return f"⟦{out}{padding}⟧"


def fill_ts(tree: Any, translate: Callable[[str], str]) -> None:
    """Give every message of a Qt catalog (an ElementTree) ``translate(source)`` as its
    translation, every plural form too, and mark it finished."""
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = list(translation.iter("numerusform"))
        if forms:
            for form in forms:
                form.text = translate(source)
        else:
            translation.text = translate(source)


def compile_pseudo(package_root: Path) -> Path:
    """``sseassess_pseudo.qm`` from the Qt sources: start the app with SSEASSESS_PSEUDO=1."""
    import tempfile
    import xml.etree.ElementTree as ET

    tree = ET.parse(SOURCES / f"{DOMAIN}_{LANGUAGES[0]}.ts")
    fill_ts(tree, pseudo)
    target = package_root / "i18n" / "locale" / f"{DOMAIN}_pseudo.qm"
    lrelease = _lrelease()
    assert lrelease, "pyside6-lrelease is needed"
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "pseudo.ts"
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        subprocess.run([*lrelease, "-silent", str(ts), "-qm", str(target)], check=True)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--update",
        action="store_true",
        help="extract messages and update the .po/.ts sources first",
    )
    parser.add_argument(
        "--add-language",
        metavar="CODE",
        help="start a new language (pt, pt_BR, zh_CN...): empty catalogs made from the code",
    )
    parser.add_argument(
        "--pseudo",
        action="store_true",
        help="also build the pseudo-locale (run the app with SSEASSESS_PSEUDO=1)",
    )
    options = parser.parse_args()
    if options.add_language:
        for path in add_language(options.add_language):
            print(f"{path.relative_to(ROOT)}: to translate")
        return 0
    if options.update:
        update_sources()
    for path in compile_all(ROOT / "sseassess"):
        print(path.relative_to(ROOT))
    if options.pseudo:
        print(compile_pseudo(ROOT / "sseassess").relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
