"""The facts a document prints, worded once: the documents print them, ``verify`` reads them.

Titles, the self-declaration, the decision, the answer counts and the charter
certificate's lines come from here, in the document's language, so that a reworded
document and the check that reads it can never drift apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sseassess.domain.scoring import ScoreResult
from sseassess.domain.verification import DocumentKind, neutral_text
from sseassess.i18n import format_integer, translation


def long_date(value: date, language: str) -> str:
    from babel.dates import format_date

    return format_date(value, format="long", locale=language)


@dataclass(frozen=True, slots=True)
class Wording:
    """The fixed phrases of the documents in one language."""

    language: str

    def _(self, message: str) -> str:
        return translation(self.language).gettext(message)

    def self_title(self, eligible: bool) -> str:
        """The title of the organization's own one-page document."""
        if eligible:
            return self._("Self-assessment certificate")
        return self._("Self-assessment results")

    def self_declared(self) -> str:
        return self._("self-declared, not audited")

    def charter_title(self) -> str:
        return self._("Charter certificate")

    def decision(self, eligible: bool) -> str:
        """The decision, in words that stand alone in large type."""
        if eligible:
            return self._("Meets the certificate rules of the framework")
        return self._("Does not meet the certificate rules of the framework")

    def counts(self, result: ScoreResult) -> str:
        """ "25 scored, 14 not applicable, 3 not answered" (the last part only if any)."""
        catalog = translation(self.language)
        scored = sum(item.answered for item in result.characteristics)
        not_applicable = sum(item.not_applicable for item in result.characteristics)
        total = sum(item.total for item in result.characteristics)
        unanswered = total - scored - not_applicable
        parts = [
            catalog.ngettext("{count} scored", "{count} scored", scored).format(
                count=format_integer(scored, self.language)
            ),
            catalog.ngettext(
                "{count} not applicable", "{count} not applicable", not_applicable
            ).format(count=format_integer(not_applicable, self.language)),
        ]
        if unanswered:
            parts.append(
                catalog.ngettext("{count} not answered", "{count} not answered", unanswered).format(
                    count=format_integer(unanswered, self.language)
                )
            )
        return ", ".join(parts)

    def number(self, number: str) -> str:
        return self._("No. {number}").format(number=number)

    def issued_by(self, issuer: str) -> str:
        return self._("Issued by {issuer}").format(issuer=neutral_text(issuer))

    def validity(self, valid_from: date, valid_until: date) -> str:
        return self._("Valid from {start} to {end}").format(
            start=long_date(valid_from, self.language), end=long_date(valid_until, self.language)
        )

    def framework_warning(self, status: str) -> str:
        """What the documents print beside a framework that is not an official one."""
        if status == "modified":
            return self._("MODIFIED framework: not the official version")
        if status == "other":
            return self._("not an official framework")
        return ""


@dataclass(frozen=True, slots=True)
class PrintedFact:
    """A phrase the document must print (or must not), and which fact it states."""

    fact: str
    text: str


@dataclass(frozen=True, slots=True)
class ExpectedPrint:
    """What a document of given data prints, and what it never prints."""

    required: tuple[PrintedFact, ...]
    forbidden: tuple[PrintedFact, ...]


def expected_print(
    kind: DocumentKind,
    language: str,
    *,
    organization: str,
    assessed_on: date,
    result: ScoreResult,
    title: str = "",
    charter: Sequence[PrintedFact] = (),
) -> ExpectedPrint:
    """The phrases a document of ``kind`` prints for these facts (``result`` re-scored).

    ``title`` is the report's own title; ``charter`` the issuer's lines of a charter
    certificate (number, issuer, validity).
    """
    wording = Wording(language)
    eligible = result.eligible
    required = [
        PrintedFact("organization", neutral_text(organization)),
        PrintedFact("date", long_date(assessed_on, language)),
        PrintedFact("decision", wording.decision(eligible)),
    ]
    forbidden = [PrintedFact("decision", wording.decision(not eligible))]
    if kind == DocumentKind.CHARTER:
        required += [PrintedFact("title", wording.charter_title()), *charter]
        forbidden.append(PrintedFact("title", wording.self_declared()))
        return ExpectedPrint(tuple(required), tuple(forbidden))
    required.append(PrintedFact("title", wording.self_declared()))
    forbidden.append(PrintedFact("title", wording.charter_title()))
    if kind == DocumentKind.SELF_CERTIFICATE:
        required += [
            PrintedFact("title", wording.self_title(eligible)),
            PrintedFact("counts", wording.counts(result)),
        ]
        forbidden.append(PrintedFact("title", wording.self_title(not eligible)))
    elif title:
        required.append(PrintedFact("title", title))
    return ExpectedPrint(tuple(required), tuple(forbidden))
