"""What makes a language shippable, checked on the translation sources of a checkout.

Used by ``tests/i18n`` for every shipped language, by the test that follows
``docs/translating.md`` on a copy of the repository, and by translators:

    .venv/bin/python packaging/translation_checks.py [LANGUAGE ...]

prints what is still to do (nothing, and exit 0, when every language is complete).
A language is shipped when ``translations/<lang>.po`` exists; English is the source.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = "sseassess"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")
#: Texts this long that are the same as another language's translation were copied.
COPIED_LENGTH = 25
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def shipped_languages(root: Path = ROOT) -> list[str]:
    """Every language with a gettext catalog, English (the source) first."""
    found = sorted(path.stem for path in (root / "translations").glob("*.po"))
    return ["en", *(language for language in found if language != "en")]


def _pyside_tool(name: str) -> str | None:
    return shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )


@cache
def qt_plural_forms(language: str) -> int:
    """How many plural forms Qt uses for ``language``: lupdate itself is asked (it writes one
    ``<numerusform>`` per form in a new catalog), so Qt's rules are never guessed."""
    lupdate = _pyside_tool("lupdate")
    if lupdate is None:
        raise RuntimeError("pyside6-lupdate is needed")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "probe.py"
        source.write_text('translate("Probe", "%n item(s)", "", 3)\n', encoding="utf-8")
        ts = Path(folder) / "probe.ts"
        subprocess.run(
            [lupdate, "-silent", "-target-language", language, str(source), "-ts", str(ts)],
            check=True,
        )
        return len(list(ET.parse(ts).iter("numerusform")))


def cldr_plural_forms(language: str) -> int:
    """How many plural categories whole numbers up to 999 fall in for ``language`` (CLDR,
    through Babel): a gettext catalog needs at least as many forms."""
    from babel import Locale

    rule = Locale.parse(language).plural_form
    return len({rule(number) for number in range(1000)})


def check_po(language: str, root: Path = ROOT) -> list[str]:
    """The problems of ``translations/<language>.po``: messages missing, untranslated or
    fuzzy, a placeholder lost, a plural form missing, a header of another language."""
    from babel.messages.pofile import read_po

    path = root / "translations" / f"{language}.po"
    if not path.exists():
        return [f"{path.name}: missing (run build_translations.py --add-language {language})"]
    with path.open("rb") as handle:
        catalog = read_po(handle)
    with (root / "translations" / f"{DOMAIN}.pot").open("rb") as handle:
        template = {message.id for message in read_po(handle) if message.id}
    problems = []
    declared = str(catalog.locale or "")
    if declared != language:
        problems.append(f"{path.name}: its header says Language: {declared or '(none)'}")
    forms = catalog.num_plurals
    if forms < cldr_plural_forms(language):
        problems.append(
            f"{path.name}: Plural-Forms has {forms} forms, {language} needs "
            f"{cldr_plural_forms(language)} (use build_translations.py --add-language)"
        )
    ids = set()
    for message in catalog:
        if not message.id:
            continue
        ids.add(message.id)
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        name = sources[0][:60]
        if message.fuzzy:
            problems.append(f"{path.name}: fuzzy: {name!r}")
        if isinstance(message.id, tuple) and len(strings) != forms:
            problems.append(f"{path.name}: {len(strings)} of {forms} plural forms: {name!r}")
        if not all(strings):
            problems.append(f"{path.name}: untranslated: {name!r}")
            continue
        for string in strings:
            if placeholders(string) != placeholders(sources[-1]):
                problems.append(f"{path.name}: placeholders differ: {name!r}")
    problems += [f"{path.name}: missing: {missing!r}" for missing in sorted(template - ids)]
    return problems


def _translations(ts: Path) -> dict[tuple[str, str], list[str]]:
    """Each message of a Qt catalog, by context and source: its translation(s)."""
    found = {}
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = (
                [form.text or "" for form in forms]
                if forms
                else [(translation.text or "") if translation is not None else ""]
            )
            found[(name, message.findtext("source") or "")] = texts
    return found


def check_ts(language: str, root: Path = ROOT) -> list[str]:
    """The problems of ``translations/sseassess_<language>.ts``: unfinished messages, empty
    translations or plural forms, a placeholder lost, too few plural forms for Qt, another
    language's attribute, or texts copied from another language's catalog."""
    path = root / "translations" / f"{DOMAIN}_{language}.ts"
    if not path.exists():
        return [f"{path.name}: missing (run build_translations.py --add-language {language})"]
    tree = ET.parse(path)
    problems = []
    declared = tree.getroot().get("language", "")
    if declared != language:
        problems.append(f"{path.name}: language={declared!r} at the top, not {language!r}")
    forms = qt_plural_forms(language)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        name = source[:60]
        if translation is None:
            problems.append(f"{path.name}: no translation: {name!r}")
            continue
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{path.name}: {kind}: {name!r}")
            continue
        numerus = list(translation.iter("numerusform"))
        if message.get("numerus") == "yes" and len(numerus) != forms:
            problems.append(f"{path.name}: {len(numerus)} of {forms} plural forms: {name!r}")
        texts = [form.text or "" for form in numerus] or [translation.text or ""]
        for text in texts:
            if not text.strip():
                problems.append(f"{path.name}: empty translation: {name!r}")
            elif placeholders(text) != placeholders(source):
                problems.append(f"{path.name}: placeholders differ: {name!r}")
    if language != "en":
        mine = _translations(path)
        for other in shipped_languages(root):
            other_path = root / "translations" / f"{DOMAIN}_{other}.ts"
            if other in (language, "en") or not other_path.exists():
                continue
            for key, texts in _translations(other_path).items():
                if (
                    key in mine
                    and mine[key] == texts
                    and len(texts[0]) >= COPIED_LENGTH
                    and texts[0] != key[1]
                ):
                    problems.append(f"{path.name}: copied from {other}: {key[1][:60]!r}")
    return problems


def check_framework(language: str, root: Path = ROOT) -> list[str]:
    """Texts the shipped frameworks still lack in ``language`` (or its base language)."""
    sys.path.insert(0, str(root))
    try:
        from sseassess.domain.framework_loader import check_framework_data
    finally:
        sys.path.remove(str(root))
    problems = []
    for path in sorted((root / "resources" / "frameworks").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        base = language.split("_", 1)[0]
        declared = data.get("languages", [])
        if language not in declared and base not in declared:
            problems.append(f"{path.name}: {language!r} is not in 'languages'")
            continue
        errors, warnings = check_framework_data(data)
        problems += [f"{path.name}: {p.location}: {p.message()}" for p in errors]
        problems += [
            f"{path.name}: {p.location}: {p.message()}"
            for p in warnings
            if p.params.get("language") in (language, base)
        ]
    return problems


def check_language(language: str, root: Path = ROOT) -> list[str]:
    """Everything still to do before ``language`` can ship."""
    if not _LANGUAGE_CODE.match(language):
        return [f"{language!r} is not a language code such as 'pt' or 'pt_BR'"]
    if language == "en":
        return check_ts("en", root)  # English: plural forms only
    return check_po(language, root) + check_ts(language, root) + check_framework(language, root)


def main(argv: list[str] | None = None) -> int:
    languages = (argv if argv is not None else sys.argv[1:]) or shipped_languages()
    problems = [problem for language in languages for problem in check_language(language)]
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
