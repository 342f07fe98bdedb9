"""docs/translating.md, followed as a new translator would, on a copy of the repository:
a dummy language (Esperanto) is started, found unfinished, translated, and then passes every
check the translation tests make of a shipped language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.pofile import read_po, write_po

from sseassess.domain.framework_loader import load_framework_file

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translation_checks  # type: ignore[import-not-found]  # noqa: E402
from build_translations import fill_ts  # type: ignore[import-not-found]  # noqa: E402

LANGUAGE = "eo"
DOCS = ROOT / "docs" / "translating.md"


def copy_of_the_repository(target: Path) -> Path:
    """What a translator's checkout has that the steps touch: the code, the catalogs, the
    frameworks and the packaging scripts."""
    for folder in ("sseassess", "translations", "resources/frameworks", "packaging"):
        shutil.copytree(
            ROOT / folder,
            target / folder,
            ignore=shutil.ignore_patterns("__pycache__", "locale", "*.mo", "*.qm"),
        )
    return target


def documented_command(pattern: str) -> list[str]:
    """The command of docs/translating.md that matches ``pattern``, with XX filled in."""
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        if re.search(pattern, line):
            command = line.split("#", 1)[0].split()
            return [sys.executable if part.endswith("/python") else part for part in command]
    raise AssertionError(f"docs/translating.md no longer says {pattern!r}")


def run(command: list[str], root: Path) -> None:
    filled = [part.replace("XX", LANGUAGE) for part in command]
    subprocess.run(filled, cwd=root, check=True, capture_output=True, text=True)


def translate_po(path: Path) -> None:
    """Step 3: every msgstr, every plural form."""
    with path.open("rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            message.string = tuple(
                f"EO {message.id[min(form, 1)]}" for form in range(catalog.num_plurals)
            )
        else:
            message.string = f"EO {message.id}"
        message.flags.discard("fuzzy")
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, omit_header=False)


def translate_ts(path: Path) -> None:
    """Step 2: every message translated and marked finished, every plural form filled."""
    tree = ET.parse(path)
    fill_ts(tree, lambda source: f"EO {source}")
    tree.write(path, encoding="utf-8", xml_declaration=True)


def translate_framework(path: Path) -> None:
    """Step 4: after each ``key.en = ...`` (one line, or a list over several), ``key.eo``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        out.append(line)
        match = re.match(r"^(\w+)\.en = (.*)$", line)
        index += 1
        if match is None:
            continue
        key, value = match.groups()
        if value == "[":
            block = []
            while lines[index] != "]":
                block.append(lines[index])
                index += 1
            out += [*block, lines[index]]
            index += 1
            out += [f"{key}.{LANGUAGE} = ["]
            out += [item.replace('  "', '  "EO ', 1) for item in block] + ["]"]
        else:
            out.append(f"{key}.{LANGUAGE} = {value.replace(chr(34), chr(34) + 'EO ', 1)}")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def test_a_new_language_following_the_documentation(tmp_path: Path) -> None:
    root = copy_of_the_repository(tmp_path / "repository")

    # 1. Start the language: catalogs made from the code, empty and unfinished.
    run(documented_command(r"build_translations\.py --add-language XX"), root)
    po = root / "translations" / f"{LANGUAGE}.po"
    ts = root / "translations" / f"sseassess_{LANGUAGE}.ts"
    with po.open("rb") as handle:
        started = read_po(handle)
    assert str(started.locale) == LANGUAGE
    assert all(not any(m.string) for m in started if m.id), "nothing is copied from elsewhere"
    assert ET.parse(ts).getroot().get("language") == LANGUAGE
    translations = list(ET.parse(ts).iter("translation"))
    assert translations and all(t.get("type") == "unfinished" for t in translations)
    assert LANGUAGE in translation_checks.shipped_languages(root)
    framework = root / "resources" / "frameworks" / "icsse-charter.toml"
    loaded = load_framework_file(framework)
    assert loaded.speaks(LANGUAGE) and loaded.warnings, "declared, texts still to translate"
    assert loaded.name.get(LANGUAGE).startswith("[EN] ")

    # Unfinished work does not pass as a shipped language.
    problems = translation_checks.check_language(LANGUAGE, root)
    assert any("untranslated" in p for p in problems)
    assert any("unfinished" in p for p in problems)
    assert any("text missing in language 'eo'" in p for p in problems)

    # 2-4. Translate the windows, the messages and the framework.
    translate_ts(ts)
    translate_po(po)
    translate_framework(framework)

    # 5. Check and build: the checks of every shipped language pass for the new one.
    assert translation_checks.check_language(LANGUAGE, root) == []
    for language in translation_checks.shipped_languages(root):
        assert translation_checks.check_language(language, root) == [], language
    run(documented_command(r"build_translations\.py +# compile"), root)
    locale = root / "sseassess" / "i18n" / "locale"
    assert (locale / LANGUAGE / "LC_MESSAGES" / "sseassess.mo").stat().st_size > 1000
    assert (locale / f"sseassess_{LANGUAGE}.qm").stat().st_size > 100
    translated = load_framework_file(framework)
    assert not translated.warnings
    assert translated.name.get(LANGUAGE) == "EO " + translated.name.get("en")
