"""Reads a framework file, reports every problem with its location, builds a ``Framework``."""

from __future__ import annotations

import hashlib
import json
import math
import re
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sseassess.domain.framework import (
    MAX_LEVEL,
    Band,
    Characteristic,
    Choice,
    Framework,
    Indicator,
    ScoringRules,
)
from sseassess.domain.text import N_, LocalizedList, LocalizedText, Problem

#: The framework file format this version reads.
SCHEMA_VERSION = 1

_SLUG = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


class FrameworkError(Exception):
    """A framework file that cannot be used, with every problem found in it."""

    def __init__(self, source: str, problems: Sequence[Problem]) -> None:
        self.source = source
        self.problems = tuple(problems)
        super().__init__("\n".join(f"{source}: {p.location}: {p.message()}" for p in self.problems))


def canonical_json(data: Any) -> str:
    """The one JSON text of some data that hashes are computed on: sorted keys, no spaces,
    any character as itself (framework snapshots, verification data, bundles)."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash(data: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of the canonical JSON of framework data."""
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


def read_framework_data(path: Path) -> dict[str, Any]:
    """Parse a framework file (TOML, or JSON for snapshots) into plain data."""
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise FrameworkError(
            source,
            [
                Problem(
                    "-",
                    N_("the file cannot be read: {detail}"),
                    {"detail": error.strerror or str(error)},
                )
            ],
        ) from error
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise FrameworkError(
            source,
            [
                Problem(
                    "-", N_("the file is not UTF-8 text (byte {offset})"), {"offset": error.start}
                )
            ],
        ) from error
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise FrameworkError(
                source,
                [
                    Problem(
                        f"line {error.lineno}",
                        N_("not valid JSON: {detail}"),
                        {"detail": error.msg},
                    )
                ],
            ) from error
        if not isinstance(data, dict):
            raise FrameworkError(source, [Problem("-", N_("expected a table at the top level"))])
        return data
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        detail = str(error)
        match = _TOML_POSITION.search(detail)
        location = f"line {match.group(1)}" if match else "-"
        detail = _TOML_POSITION.sub("", detail).strip()
        raise FrameworkError(
            source, [Problem(location, N_("not valid TOML: {detail}"), {"detail": detail})]
        ) from error


def load_framework_file(path: Path) -> Framework:
    """Read, validate and build the framework in ``path``; ``FrameworkError`` lists problems."""
    return build_framework(read_framework_data(path), str(path))


def build_framework(data: Mapping[str, Any], source: str = "<framework>") -> Framework:
    """Validate framework data and build the immutable ``Framework``; its ``warnings`` say
    which texts a declared language still lacks (shown in the source language, marked)."""
    problems, warnings = check_framework_data(data)
    if problems:
        raise FrameworkError(source, problems)
    return _Builder(data).framework(tuple(warnings))


def validate_framework_data(data: Mapping[str, Any]) -> list[Problem]:
    """Every problem in framework data, in file order; an empty list means it is valid."""
    return check_framework_data(data)[0]


def check_framework_data(data: Mapping[str, Any]) -> tuple[list[Problem], list[Problem]]:
    """The problems that make framework data unusable, and the warnings that do not: a
    text missing in a declared language (a translation under way) falls back to the
    source language with a marker ("[EN] ..."), and the framework still loads."""
    checker = _Checker()
    checker.check(data)
    return checker.problems, checker.warnings


# --------------------------------------------------------------------------- validation


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "table"
    return type(value).__name__


def _is_number(value: object) -> bool:
    """A finite number: TOML accepts ``nan`` and ``inf``, which no comparison can check."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


class _Checker:
    """Walks framework data and collects every problem with its location."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.languages: tuple[str, ...] = ()

    def add(self, location: str, template: str, **params: Any) -> None:
        self.problems.append(Problem(location or "-", template, params))

    # -- generic helpers

    def keys(
        self,
        table: Mapping[str, Any],
        where: str,
        required: Sequence[str],
        optional: Sequence[str] = (),
    ) -> None:
        for key in required:
            if key not in table:
                self.add(_join(where, key), N_("required key is missing"))
        allowed = set(required) | set(optional)
        for key in table:
            if key not in allowed:
                self.add(_join(where, key), N_("unknown key {key!r}"), key=key)

    def expect(self, value: object, where: str, kind: type | tuple[type, ...], name: str) -> bool:
        ok = False if isinstance(value, bool) and kind is not bool else isinstance(value, kind)
        if not ok:
            self.add(
                where,
                N_("expected {expected}, found {found}"),
                expected=name,
                found=_type_name(value),
            )
        return ok

    def table(self, parent: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any] | None:
        value = parent.get(key)
        if value is None:
            return None
        return value if self.expect(value, _join(where, key), dict, "table") else None

    def tables(self, parent: Mapping[str, Any], key: str, where: str) -> list[Mapping[str, Any]]:
        value = parent.get(key)
        if value is None:
            return []
        if not self.expect(value, _join(where, key), list, "list of tables"):
            return []
        result: list[Mapping[str, Any]] = []
        for position, item in enumerate(value, start=1):
            if self.expect(item, f"{_join(where, key)}[{position}]", dict, "table"):
                result.append(item)
        return result

    def slug(
        self, table: Mapping[str, Any], where: str, seen: set[str], prefix: str | None = ""
    ) -> str:
        """Check an id; ``prefix`` is what it must start with (None: a parent without id)."""
        value = table.get("id")
        if value is None or not self.expect(value, _join(where, "id"), str, "text"):
            return ""
        if prefix is None:
            local = value.split(".", 1)[-1]
        else:
            local = value.removeprefix(prefix) if prefix else value
        if prefix and not value.startswith(prefix):
            self.add(
                _join(where, "id"),
                N_("id {id!r} must start with {prefix!r}"),
                id=value,
                prefix=prefix,
            )
        elif not _SLUG.match(local):
            self.add(
                _join(where, "id"),
                N_("invalid id {id!r}: use lowercase letters, digits and single hyphens"),
                id=value,
            )
        if value in seen:
            self.add(_join(where, "id"), N_("duplicate id {id!r}"), id=value)
        seen.add(value)
        return str(value)

    def number(
        self, table: Mapping[str, Any], key: str, where: str, low: float, high: float | None
    ) -> None:
        if key not in table:
            return
        value = table[key]
        if not self.expect(value, _join(where, key), (int, float), "number"):
            return
        if not _is_number(value) or value < low or (high is not None and value > high):
            if high is None:
                self.add(
                    _join(where, key),
                    N_("must be at least {low}, found {value}"),
                    low=low,
                    value=value,
                )
            else:
                self.add(
                    _join(where, key),
                    N_("must be between {low} and {high}, found {value}"),
                    low=low,
                    high=high,
                    value=value,
                )

    def weight(self, table: Mapping[str, Any], where: str) -> None:
        if "weight" not in table:
            return
        value = table["weight"]
        if not _is_number(value) or value <= 0 or value > 100:
            self.add(
                _join(where, "weight"),
                N_("weight must be a positive number up to 100, found {value}"),
                value=value,
            )

    def flag(self, table: Mapping[str, Any], key: str, where: str) -> None:
        if key in table:
            self.expect(table[key], _join(where, key), bool, "true or false")

    def text(self, table: Mapping[str, Any], key: str, where: str) -> None:
        """A localized text: a table language -> non-empty text, every declared language."""
        if key not in table:
            return
        texts = table[key]
        where = _join(where, key)
        if not self.expect(texts, where, dict, "a table of texts by language"):
            return
        self._languages_of(texts, where)
        for language, value in texts.items():
            if self.expect(value, f"{where}.{language}", str, "text") and not value.strip():
                self.add(f"{where}.{language}", N_("the text is empty"))

    def text_list(
        self, table: Mapping[str, Any], key: str, where: str, low: int, high: int
    ) -> None:
        """A localized list: language -> list of ``low`` to ``high`` non-empty texts."""
        if key not in table:
            return
        lists = table[key]
        where = _join(where, key)
        if not self.expect(lists, where, dict, "a table of lists by language"):
            return
        self._languages_of(lists, where)
        lengths: set[int] = set()
        for language, items in lists.items():
            at = f"{where}.{language}"
            if not self.expect(items, at, list, "list of texts"):
                continue
            lengths.add(len(items))
            if not low <= len(items) <= high:
                if low == high:
                    self.add(
                        at,
                        N_("expected exactly {count} texts, found {found}"),
                        count=low,
                        found=len(items),
                    )
                else:
                    self.add(
                        at,
                        N_("expected {low} to {high} texts, found {found}"),
                        low=low,
                        high=high,
                        found=len(items),
                    )
            for position, item in enumerate(items, start=1):
                if self.expect(item, f"{at}[{position}]", str, "text") and not item.strip():
                    self.add(f"{at}[{position}]", N_("the text is empty"))
        if len(lengths) > 1:
            self.add(where, N_("the languages do not have the same number of texts"))

    def _languages_of(self, texts: Mapping[str, Any], where: str) -> None:
        for language in self.languages:
            if language not in texts:
                self.warnings.append(
                    Problem(
                        where, N_("text missing in language {language!r}"), {"language": language}
                    )
                )
        for language in texts:
            if self.languages and language not in self.languages:
                self.add(
                    f"{where}.{language}",
                    N_("language {language!r} is not declared in 'languages'"),
                    language=language,
                )

    # -- the file

    def check(self, data: Mapping[str, Any]) -> None:
        self.keys(
            data,
            "",
            required=(
                "schema_version",
                "id",
                "version",
                "source_language",
                "languages",
                "name",
                "scoring",
                "profile",
                "characteristics",
            ),
            optional=("description", "source"),
        )
        schema = data.get("schema_version")
        if schema is not None and (type(schema) is not int or schema != SCHEMA_VERSION):
            self.add(
                "schema_version",
                N_(
                    "unsupported schema version {found!r}; this version of sseassess "
                    "reads version {supported}"
                ),
                found=schema,
                supported=SCHEMA_VERSION,
            )
            return
        self.slug(data, "", set())
        if (
            "version" in data
            and self.expect(data["version"], "version", str, "text")
            and not data["version"].strip()
        ):
            self.add("version", N_("the text is empty"))
        self._check_languages(data)
        for key in ("name", "description", "source"):
            self.text(data, key, "")
        scoring = self.table(data, "scoring", "")
        if scoring is not None:
            self._check_scoring(scoring)
        profile = self.table(data, "profile", "")
        if profile is not None:
            self._check_profile(profile)
        characteristics = self.tables(data, "characteristics", "")
        if "characteristics" in data and not characteristics:
            self.add("characteristics", N_("the framework needs at least one characteristic"))
        seen_characteristics: set[str] = set()
        seen_indicators: set[str] = set()
        for position, characteristic in enumerate(characteristics, start=1):
            self._check_characteristic(
                characteristic, position, seen_characteristics, seen_indicators
            )

    def _check_languages(self, data: Mapping[str, Any]) -> None:
        languages = data.get("languages")
        source = data.get("source_language")
        valid: list[str] = []
        if languages is not None and self.expect(languages, "languages", list, "list of texts"):
            for position, language in enumerate(languages, start=1):
                at = f"languages[{position}]"
                if not self.expect(language, at, str, "text"):
                    continue
                if not _LANGUAGE.match(language):
                    self.add(at, N_("invalid language code {language!r}"), language=language)
                elif language in valid:
                    self.add(at, N_("duplicate language {language!r}"), language=language)
                else:
                    valid.append(language)
            if not languages:
                self.add("languages", N_("at least one language is needed"))
        if (
            source is not None
            and self.expect(source, "source_language", str, "text")
            and valid
            and source not in valid
        ):
            self.add(
                "source_language",
                N_("source language {language!r} is not in 'languages'"),
                language=source,
            )
        self.languages = tuple(valid)

    def _check_scoring(self, scoring: Mapping[str, Any]) -> None:
        where = "scoring"
        self.keys(
            scoring,
            where,
            required=(
                "bands",
                "overall_minimum",
                "characteristic_minimum",
                "completeness_required",
                "strength_level",
                "improvement_level",
            ),
        )
        self.number(scoring, "overall_minimum", where, 0, 100)
        self.number(scoring, "characteristic_minimum", where, 0, 100)
        self.number(scoring, "completeness_required", where, 0, 1)
        for key in ("strength_level", "improvement_level"):
            if key in scoring and self.expect(scoring[key], _join(where, key), int, "whole number"):
                self.number(scoring, key, where, 0, MAX_LEVEL)
        bands = self.tables(scoring, "bands", where)
        if "bands" in scoring and not bands:
            self.add(_join(where, "bands"), N_("at least one band is needed"))
        seen: set[str] = set()
        previous: float | None = None
        for position, band in enumerate(bands, start=1):
            at = _item(where, "bands", position, band)
            self.keys(band, at, required=("id", "minimum", "name"), optional=("description",))
            self.slug(band, at, seen)
            self.number(band, "minimum", at, 0, 100)
            self.text(band, "name", at)
            self.text(band, "description", at)
            minimum = band.get("minimum")
            if not isinstance(minimum, int | float) or not _is_number(minimum):
                continue
            if previous is None and minimum != 0:
                self.add(_join(at, "minimum"), N_("the first band must start at 0"))
            if previous is not None and minimum <= previous:
                self.add(
                    _join(at, "minimum"),
                    N_("band thresholds must rise: {minimum} is not above {previous}"),
                    minimum=minimum,
                    previous=previous,
                )
            previous = minimum

    def _check_profile(self, profile: Mapping[str, Any]) -> None:
        where = "profile"
        self.keys(profile, where, required=("legal_forms", "signatory_categories"))
        for key in ("legal_forms", "signatory_categories"):
            seen: set[str] = set()
            for position, choice in enumerate(self.tables(profile, key, where), start=1):
                at = _item(where, key, position, choice)
                self.keys(choice, at, required=("id", "name"))
                self.slug(choice, at, seen)
                self.text(choice, "name", at)

    def _check_characteristic(
        self,
        characteristic: Mapping[str, Any],
        position: int,
        seen: set[str],
        seen_indicators: set[str],
    ) -> None:
        where = _item("", "characteristics", position, characteristic)
        self.keys(
            characteristic,
            where,
            required=("id", "name", "weight", "indicators"),
            optional=("description", "minimum"),
        )
        identifier = self.slug(characteristic, where, seen)
        self.text(characteristic, "name", where)
        self.text(characteristic, "description", where)
        self.weight(characteristic, where)
        self.number(characteristic, "minimum", where, 0, 100)
        indicators = self.tables(characteristic, "indicators", where)
        if "indicators" in characteristic and not indicators:
            self.add(
                _join(where, "indicators"), N_("a characteristic needs at least one indicator")
            )
        for number, indicator in enumerate(indicators, start=1):
            self._check_indicator(
                indicator,
                _item(where, "indicators", number, indicator),
                f"{identifier}." if identifier else None,
                seen_indicators,
            )

    def _check_indicator(
        self, indicator: Mapping[str, Any], where: str, prefix: str | None, seen: set[str]
    ) -> None:
        self.keys(
            indicator,
            where,
            required=(
                "id",
                "question",
                "help",
                "levels",
                "weight",
                "na_allowed",
                "essential",
                "actions",
            ),
            optional=("minimum_level",),
        )
        self.slug(indicator, where, seen, prefix)
        self.text(indicator, "question", where)
        self.text(indicator, "help", where)
        self.text_list(indicator, "levels", where, MAX_LEVEL + 1, MAX_LEVEL + 1)
        self.text_list(indicator, "actions", where, 1, 3)
        self.weight(indicator, where)
        self.flag(indicator, "na_allowed", where)
        self.flag(indicator, "essential", where)
        essential = indicator.get("essential") is True
        if "minimum_level" in indicator:
            at = _join(where, "minimum_level")
            if not essential:
                self.add(at, N_("minimum_level is only for essential indicators"))
            elif self.expect(indicator["minimum_level"], at, int, "whole number"):
                self.number(indicator, "minimum_level", where, 1, MAX_LEVEL)
        elif essential:
            self.add(
                _join(where, "minimum_level"), N_("an essential indicator needs a minimum_level")
            )
        if essential and indicator.get("na_allowed") is True:
            self.add(
                _join(where, "na_allowed"),
                N_("an essential indicator cannot allow 'not applicable'"),
            )


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _item(where: str, key: str, position: int, table: Mapping[str, Any]) -> str:
    identifier = table.get("id")
    label = identifier if isinstance(identifier, str) and identifier else str(position)
    return f"{_join(where, key)}[{label}]"


# --------------------------------------------------------------------------- building


class _Builder:
    """Turns validated framework data into frozen domain objects."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self.source = str(data["source_language"])

    def text(self, table: Mapping[str, Any], key: str) -> LocalizedText:
        return LocalizedText(dict(table.get(key, {})), self.source)

    def texts(self, table: Mapping[str, Any], key: str) -> LocalizedList:
        items = {language: tuple(values) for language, values in table.get(key, {}).items()}
        return LocalizedList(items, self.source)

    def framework(self, warnings: tuple[Problem, ...] = ()) -> Framework:
        data = self.data
        scoring = data["scoring"]
        profile = data["profile"]
        return Framework(
            id=data["id"],
            version=data["version"],
            schema_version=data["schema_version"],
            source_language=self.source,
            languages=tuple(data["languages"]),
            name=self.text(data, "name"),
            description=self.text(data, "description"),
            source=self.text(data, "source"),
            scoring=ScoringRules(
                bands=tuple(
                    Band(
                        b["id"],
                        float(b["minimum"]),
                        self.text(b, "name"),
                        self.text(b, "description"),
                    )
                    for b in scoring["bands"]
                ),
                overall_minimum=float(scoring["overall_minimum"]),
                characteristic_minimum=float(scoring["characteristic_minimum"]),
                completeness_required=float(scoring["completeness_required"]),
                strength_level=int(scoring["strength_level"]),
                improvement_level=int(scoring["improvement_level"]),
            ),
            legal_forms=tuple(
                Choice(c["id"], self.text(c, "name")) for c in profile["legal_forms"]
            ),
            signatory_categories=tuple(
                Choice(c["id"], self.text(c, "name")) for c in profile["signatory_categories"]
            ),
            characteristics=tuple(self.characteristic(c) for c in data["characteristics"]),
            content_hash=content_hash(data),
            warnings=warnings,
        )

    def characteristic(self, data: Mapping[str, Any]) -> Characteristic:
        minimum = data.get("minimum")
        return Characteristic(
            id=data["id"],
            name=self.text(data, "name"),
            description=self.text(data, "description"),
            weight=float(data["weight"]),
            minimum=None if minimum is None else float(minimum),
            indicators=tuple(self.indicator(i) for i in data["indicators"]),
        )

    def indicator(self, data: Mapping[str, Any]) -> Indicator:
        minimum_level = data.get("minimum_level")
        return Indicator(
            id=data["id"],
            question=self.text(data, "question"),
            help=self.text(data, "help"),
            levels=self.texts(data, "levels"),
            weight=float(data["weight"]),
            na_allowed=bool(data["na_allowed"]),
            essential=bool(data["essential"]),
            minimum_level=None if minimum_level is None else int(minimum_level),
            actions=self.texts(data, "actions"),
        )
