"""Render the Linux desktop files from their templates beside this file, translated.

    python packaging/linux/desktop_files.py OUTPUT_FOLDER

writes ``APP_ID.desktop`` (menu entry), ``APP_ID.metainfo.xml`` (AppStream: software
centres) and ``APP_ID.xml`` (shared-mime-info: the ``.sseassess`` file type). In the
templates, ``@APP_ID@``, ``@VERSION@``, ``@MEDIA_TYPE@``, ``@PROJECT_URL@`` and
``@SCREENSHOTS@`` are replaced by their values; a line whose value is one of the texts
of ``sseassess.app.about`` (``Comment=@SUMMARY@``, ``<summary>@SUMMARY@</summary>``) is
repeated for each language of ``translations/*.po`` that translates it
(``Comment[fr]=…``, ``<summary xml:lang="fr">…</summary>``), as Picard's templates do
with ``msgfmt``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "packaging")]

from bundle_contents import LANGUAGES  # noqa: E402

from sseassess import APP_ID, __version__  # noqa: E402
from sseassess.app import about  # noqa: E402

#: The repository's public address: the metainfo's home page, and where software centres
#: download the screenshots from (``packaging/screenshots`` on the main branch).
PROJECT_URL = "https://github.com/internationalcoalitionsse/sseassess"
SCREENSHOTS = f"{PROJECT_URL}/raw/main/packaging/screenshots"

#: The translatable texts a template may name.
TEXTS = {
    "GENERIC_NAME": about.GENERIC_NAME,
    "SUMMARY": about.SUMMARY,
    "KEYWORDS": about.KEYWORDS,
    "FILE_TYPE": about.FILE_TYPE,
    **{f"DESCRIPTION_{n}": text for n, text in enumerate(about.DESCRIPTION, start=1)},
}
VALUES = {
    "APP_ID": APP_ID,
    "VERSION": __version__,
    "MEDIA_TYPE": about.MEDIA_TYPE,
    "PROJECT_URL": PROJECT_URL,
    "SCREENSHOTS": SCREENSHOTS,
}
#: Template -> file name of the rendered file.
TEMPLATES = {
    "app.desktop.in": f"{APP_ID}.desktop",
    "app.metainfo.xml.in": f"{APP_ID}.metainfo.xml",
    "mime.xml.in": f"{APP_ID}.xml",
}

_DESKTOP_LINE = re.compile(r"^(?P<key>[A-Za-z]+)=@(?P<text>[A-Z_0-9]+)@$")
_XML_LINE = re.compile(r"^(?P<indent>\s*)<(?P<tag>\w+)>@(?P<text>[A-Z_0-9]+)@</(?P=tag)>$")

Translate = Callable[[str, str], str]


def catalogs() -> Translate:
    """``translate(language, text)`` from ``translations/LANG.po`` (no compiling needed)."""
    from babel.messages.pofile import read_po

    found = {}
    for language in LANGUAGES:
        po = ROOT / "translations" / f"{language}.po"
        if po.exists():
            with po.open("rb") as handle:
                found[language] = read_po(handle, locale=language)

    def translate(language: str, text: str) -> str:
        message = found[language].get(text) if language in found else None
        return str(message.string) if message and message.string else text

    return translate


def render(template: str, translate: Translate) -> str:
    """The template's text with every value and every translation in place."""
    lines = []
    for line in template.splitlines():
        desktop, xml = _DESKTOP_LINE.match(line), _XML_LINE.match(line)
        match = desktop or xml
        if match is None or match["text"] not in TEXTS:
            lines.append(_values(line))
            continue
        source = TEXTS[match["text"]]
        for language in (None, *LANGUAGES):
            text = source if language is None else translate(language, source)
            if language is not None and (language == "en" or text == source):
                continue  # English is the source; an untranslated text is not repeated
            if desktop:
                key = desktop["key"] + (f"[{language}]" if language else "")
                lines.append(f"{key}={text}")
            else:
                assert xml is not None
                lang = f' xml:lang="{language}"' if language else ""
                lines.append(f"{xml['indent']}<{xml['tag']}{lang}>{escape(text)}</{xml['tag']}>")
    return "\n".join(lines) + "\n"


def _values(line: str) -> str:
    for name, value in VALUES.items():
        line = line.replace(f"@{name}@", value)
    if "@" in line and re.search(r"@[A-Z_0-9]+@", line):
        raise ValueError(f"unknown placeholder in {line.strip()!r}")
    return line


def write_all(folder: Path, translate: Translate | None = None) -> list[Path]:
    """Render every template into ``folder``; the files written."""
    translate = translate or catalogs()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for template, name in TEMPLATES.items():
        target = folder / name
        target.write_text(render((HERE / template).read_text(encoding="utf-8"), translate))
        written.append(target)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    for path in write_all(parser.parse_args().folder):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
