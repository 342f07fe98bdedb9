"""The assessment framework: characteristics, indicators, levels and certificate rules."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from sseassess.domain.text import LocalizedList, LocalizedText, Problem, base_language

#: Levels run from 0 to ``MAX_LEVEL`` on every indicator.
MAX_LEVEL = 4
LEVELS = tuple(range(MAX_LEVEL + 1))


@dataclass(frozen=True, slots=True)
class Indicator:
    """One question an organization answers on the 0-4 level scale."""

    id: str
    question: LocalizedText
    help: LocalizedText
    levels: LocalizedList
    weight: float
    na_allowed: bool
    essential: bool
    minimum_level: int | None
    actions: LocalizedList


@dataclass(frozen=True, slots=True)
class Characteristic:
    """One of the charter's characteristics, assessed through its indicators."""

    id: str
    name: LocalizedText
    description: LocalizedText
    weight: float
    minimum: float | None
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True, slots=True)
class Band:
    """A named range of overall scores, from ``minimum`` up to the next band's minimum."""

    id: str
    minimum: float
    name: LocalizedText
    description: LocalizedText


@dataclass(frozen=True, slots=True)
class ScoringRules:
    """Score bands and the rules a certificate requires, all read from the framework file."""

    bands: tuple[Band, ...]
    overall_minimum: float
    characteristic_minimum: float
    completeness_required: float
    strength_level: int
    improvement_level: int


@dataclass(frozen=True, slots=True)
class Choice:
    """An option of the organization profile (a legal form, a signatory category)."""

    id: str
    name: LocalizedText


@dataclass(frozen=True, slots=True)
class Framework:
    """A versioned framework: its content, its scoring rules and the profile options."""

    id: str
    version: str
    schema_version: int
    source_language: str
    languages: tuple[str, ...]
    name: LocalizedText
    description: LocalizedText
    source: LocalizedText
    scoring: ScoringRules
    legal_forms: tuple[Choice, ...]
    signatory_categories: tuple[Choice, ...]
    characteristics: tuple[Characteristic, ...]
    content_hash: str = ""
    #: Texts a declared language still lacks: shown in the source language, marked.
    warnings: tuple[Problem, ...] = field(default=(), compare=False, repr=False)
    _index: dict[str, tuple[Characteristic, Indicator]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        for characteristic in self.characteristics:
            for indicator in characteristic.indicators:
                self._index[indicator.id] = (characteristic, indicator)

    def speaks(self, language: str) -> bool:
        """Whether the framework declares ``language`` (or its base language: ``pt`` for
        ``pt_BR``)."""
        language = language.replace("-", "_")
        return language in self.languages or base_language(language) in self.languages

    def indicators(self) -> Iterator[Indicator]:
        """Every indicator, in framework order."""
        for characteristic in self.characteristics:
            yield from characteristic.indicators

    def indicator_numbers(self) -> dict[str, str]:
        """Each indicator's number as people cite it: "3.2" for the second indicator of
        the third characteristic (the wizard, the reports and the exports agree)."""
        return {
            indicator.id: f"{c_number}.{i_number}"
            for c_number, characteristic in enumerate(self.characteristics, start=1)
            for i_number, indicator in enumerate(characteristic.indicators, start=1)
        }

    def indicator(self, indicator_id: str) -> Indicator:
        """The indicator with this id; ``KeyError`` if the framework has none."""
        return self._index[indicator_id][1]

    def characteristic_of(self, indicator_id: str) -> Characteristic:
        """The characteristic an indicator belongs to."""
        return self._index[indicator_id][0]

    def has_indicator(self, indicator_id: str) -> bool:
        return indicator_id in self._index

    def characteristic_minimum(self, characteristic: Characteristic) -> float:
        """The score this characteristic needs for a certificate."""
        if characteristic.minimum is not None:
            return characteristic.minimum
        return self.scoring.characteristic_minimum

    def band_for(self, score: float) -> Band:
        """The band an overall score falls in."""
        chosen = self.scoring.bands[0]
        for band in self.scoring.bands:
            if score >= band.minimum:
                chosen = band
        return chosen

    @property
    def indicator_count(self) -> int:
        return len(self._index)
