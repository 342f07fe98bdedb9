"""Localized text of framework content and the marker for translatable message templates."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")


def N_(message: str) -> str:
    """Mark a message template for extraction into the gettext catalog; translated later."""
    return message


def base_language(language: str) -> str:
    """``pt`` for ``pt_BR``, ``pt-PT`` or ``pt``."""
    return language.replace("-", "_").split("_", 1)[0]


def fallback_marker(source_language: str) -> str:
    """What precedes a text shown in the source language because the reader's is missing:
    short, calm, and the same in every language ("[EN] ")."""
    return f"[{base_language(source_language).upper()}] "


def _pick(
    values: Mapping[str, T],
    language: str | None,
    source_language: str,
    empty: T,
    mark: Callable[[T], T],
) -> T:
    """The value for ``language``, or its base language ("pt" for "pt_BR"), or else the
    source language's, marked as such (unless the reader reads the source language)."""
    if language:
        language = language.replace("-", "_")
        if language in values:
            return values[language]
        base = base_language(language)
        if base in values:
            return values[base]
        if base != base_language(source_language) and source_language in values:
            return mark(values[source_language])
    return values.get(source_language, empty)


@dataclass(frozen=True, slots=True)
class LocalizedText:
    """A text of framework content in every language the framework file declares."""

    texts: Mapping[str, str] = field(default_factory=dict)
    source_language: str = "en"

    def get(self, language: str | None = None) -> str:
        """The text in ``language``, falling back to the source language's text with a
        visible marker ("[EN] ...") when the framework lacks it in that language."""
        marker = fallback_marker(self.source_language)
        return _pick(self.texts, language, self.source_language, "", lambda text: marker + text)

    def has(self, language: str) -> bool:
        """Whether the text exists in ``language`` (or its base language)."""
        language = language.replace("-", "_")
        return language in self.texts or base_language(language) in self.texts

    def __str__(self) -> str:
        return self.get()


@dataclass(frozen=True, slots=True)
class LocalizedList:
    """A list of texts (such as level descriptions) in every declared language."""

    items: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    source_language: str = "en"

    def get(self, language: str | None = None) -> tuple[str, ...]:
        """The list in ``language``, falling back to the source language's, each text
        marked ("[EN] ...")."""
        marker = fallback_marker(self.source_language)
        return _pick(
            self.items,
            language,
            self.source_language,
            (),
            lambda items: tuple(marker + item for item in items),
        )


Translate = Callable[[str], str]


def render(template: str, params: Mapping[str, Any], translate: Translate | None = None) -> str:
    """Translate a message template (when a translator is given) and fill in its parameters."""
    return (translate(template) if translate else template).format(**params)


class TranslatableError(Exception):
    """An error the user can act on; its message is a template translated where it is shown."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(render(template, params))

    def message(self, translate: Translate | None = None) -> str:
        return render(self.template, self.params, translate)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in some input: where (a path, a field, a line) and what, translatable."""

    location: str
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def message(self, translate: Translate | None = None) -> str:
        """The message, translated by ``translate`` and filled with its parameters."""
        return render(self.template, self.params, translate)


class InputError(TranslatableError):
    """Input that cannot be used as it is; ``problems`` says what is wrong, and where."""

    def __init__(self, template: str, problems: Sequence[Problem] = (), **params: Any) -> None:
        super().__init__(template, **params)
        self.problems = tuple(problems)
