"""What an exported document carries and how it is checked: its data, code and printed facts.

An exported PDF embeds an envelope (JSON, sorted keys): what the document is, its language,
and the canonical data of its assessment — what it prints plus the answers' levels. It
prints the verification code derived from that data's SHA-256, and its scores. These pure
checks say whether the data re-score to what they claim and whether the print matches them;
the signature that protects the bytes is checked by the application layer.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sseassess.domain import framework_loader
from sseassess.domain.answers import Answer
from sseassess.domain.framework import Framework
from sseassess.domain.records import AssessmentRecord, EvidenceRecord, OrganizationProfile
from sseassess.domain.scoring import ScoreResult, score
from sseassess.domain.text import N_, Problem

#: Marks the embedded data as sseassess's; a change of its layout changes the version.
FORMAT = "sseassess-verification"
FORMAT_VERSION = 2
ENVELOPE_FORMAT = "sseassess-document"
#: The name and media type of the embedded file inside the PDF.
ATTACHMENT_NAME = "sseassess-assessment.json"
ATTACHMENT_TYPE = "application/json"

_CODE_HEX_LENGTH = 20
CODE_PATTERN = re.compile(r"\b[0-9A-F]{4}(?:-[0-9A-F]{4}){4}\b")
#: A printed score: "55.9 / 100", "55,9 / 100", or "– / 100" for a score that cannot be given.
SCORE_PATTERN = re.compile(r"(–|\d{1,3}[.,]\d)\s*/\s*100(?![\d.,])")


def rounded(value: float | None) -> float | None:
    """A score as documents print it: one decimal."""
    return None if value is None else round(value, 1)


class DocumentKind(StrEnum):
    """What an sseassess PDF is; recorded in its signed data, so that it cannot be relabelled."""

    SELF_CERTIFICATE = "self-assessment-certificate"
    SELF_REPORT = "self-assessment-report"
    CHARTER = "charter-certificate"
    QUESTIONNAIRE = "questionnaire"
    DOCUMENT = "document"


#: Kinds whose data is an assessment that verify re-scores.
ASSESSMENT_KINDS = (DocumentKind.SELF_CERTIFICATE, DocumentKind.SELF_REPORT, DocumentKind.CHARTER)


def canonical_data(
    *,
    assessment: AssessmentRecord,
    profile: OrganizationProfile,
    framework: Framework,
    answers: Mapping[str, Answer],
    result: ScoreResult,
    participants: int,
    evidence: Mapping[str, Sequence[EvidenceRecord]],
    generator: str,
    full_profile: bool = False,
    reasons: bool = False,
    notes: bool = False,
) -> dict[str, Any]:
    """The facts a document prints, plus the answers' levels, as JSON-ready values.

    Only what the document prints travels in it: the certificate's profile fields (the
    report's with ``full_profile``), each answered indicator's level or "not applicable"
    (with its reason if the document prints reasons), and the internal notes, discussion
    marks and evidence file names only when the user chose to include them (``notes``).
    Scores are rounded as printed.
    """
    organization: dict[str, Any] = {
        "uuid": assessment.organization_uuid,
        "name": profile.name,
        "legal_form": profile.legal_form,
        "country": profile.country,
        "signatory_category": profile.signatory_category,
    }
    if full_profile:
        organization |= {
            "sector": profile.sector,
            "members": profile.members,
            "employees": profile.employees,
            "founded_year": profile.founded_year,
        }
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generator": generator,
        "assessment": {
            "uuid": assessment.uuid,
            "date": assessment.assessed_on.isoformat(),
            "kind": assessment.kind,
            "participants": participants,
        },
        "organization": organization,
        "framework": {
            "id": framework.id,
            "version": framework.version,
            "content_hash": framework.content_hash,
        },
        "answers": [
            _answer_data(answer, evidence.get(answer.indicator_id, ()), reasons, notes)
            for answer in sorted(answers.values(), key=lambda a: a.indicator_id)
            if answer.is_answered or (notes and (answer.note or answer.for_discussion))
        ],
        "result": result_data(result),
    }


def _answer_data(
    answer: Answer, evidence: Sequence[EvidenceRecord], reasons: bool, notes: bool
) -> dict[str, Any]:
    item: dict[str, Any] = {"indicator": answer.indicator_id}
    if answer.level is not None:
        item["level"] = answer.level
    elif answer.is_answered:
        item["not_applicable"] = True
        if reasons:
            item["reason"] = answer.reason
    if notes:
        item["note"] = answer.note
        item["for_discussion"] = answer.for_discussion
        item["evidence"] = [
            {"name": file.file_name, "size": file.size, "sha256": file.sha256} for file in evidence
        ]
    return item


def result_data(result: ScoreResult) -> dict[str, Any]:
    """A result as documents print it (scores with one decimal)."""
    return {
        "overall": rounded(result.overall),
        "overall_minimum": result.overall_minimum,
        "band": result.band.id if result.band else None,
        "completeness": round(result.completeness, 4),
        "complete": result.complete,
        "eligible": result.eligible,
        "characteristics": [
            {
                "id": item.characteristic.id,
                "score": rounded(item.score),
                "minimum": item.minimum,
                "below_minimum": item.below_minimum,
            }
            for item in result.characteristics
        ],
        "missing_essentials": [indicator.id for indicator in result.missing_essentials],
    }


def answers_from_data(data: Mapping[str, Any]) -> dict[str, Answer]:
    """The answers embedded in a document's data, as :func:`scoring.score` takes them.

    A "not applicable" embedded without its reason (the certificate does not print reasons)
    was answered with one at export: it counts as answered.
    """
    answers: dict[str, Answer] = {}
    for item in data["answers"]:
        indicator = str(item["indicator"])
        level = item.get("level")
        if level is not None:
            if isinstance(level, bool) or not isinstance(level, int):
                raise ValueError(f"not a level: {level!r}")
            answers[indicator] = Answer(indicator, level)
        elif item.get("not_applicable") is True:
            reason = str(item.get("reason") or "").strip() or "-"
            answers[indicator] = Answer(indicator, not_applicable=True, reason=reason)
    return answers


def rescore_problems(data: Mapping[str, Any], framework: Framework) -> list[Problem]:
    """What the embedded result claims that the embedded answers do not give.

    The answers are scored again with :func:`scoring.score` against ``framework`` (the one
    the data name, checked by content hash beforehand); every claim that differs is named.
    """
    actual = result_data(score(framework, answers_from_data(data)))
    claimed = data["result"]
    claimed_scores = {item.get("id"): item.get("score") for item in claimed["characteristics"]}
    differences = [
        *((key, claimed.get(key), actual[key]) for key in _RESULT_FIELDS),
        *(
            (item["id"], claimed_scores.get(item["id"]), item["score"])
            for item in actual["characteristics"]
        ),
    ]
    return [
        Problem(
            "rescore",
            N_(
                "the embedded data do not re-score to what they claim: "
                "{field} is {claimed}, the answers give {actual}"
            ),
            {"field": field, "claimed": _plain(said), "actual": _plain(given)},
        )
        for field, said, given in differences
        if said != given
    ]


#: What a document's result claims, besides each characteristic's score.
_RESULT_FIELDS = ("overall", "band", "eligible", "complete", "missing_essentials")


def printed_forms(text: str) -> tuple[str, ...]:
    """The ways ``text`` can read back from a PDF, whitespace collapsed: as written, and,
    when it holds right-to-left letters (Arabic, Hebrew), also with its words in the
    opposite order, as a line laid out right to left reads back ("2026 أكتوبر 15" for
    "15 أكتوبر 2026"). Each word itself must still be exact."""
    words = text.split()
    forms = [" ".join(words)]
    if any(unicodedata.bidirectional(character) in ("R", "AL") for character in text):
        forms.append(" ".join(reversed(words)))
    return tuple(forms)


def _plain(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or "–"
    return str(value)


def envelope(
    kind: DocumentKind, language: str, pages: int, data: Mapping[str, Any] | None
) -> bytes:
    """The file embedded in a PDF: what the document is, its language, and its data.

    The verification code is derived from the data alone, so a certificate and a report
    of the same data print the same code.
    """
    return canonical_json(
        {
            "format": ENVELOPE_FORMAT,
            "format_version": FORMAT_VERSION,
            "document": {"kind": str(kind), "language": language, "pages": pages},
            "data": data,
        }
    )


@dataclass(frozen=True, slots=True)
class Envelope:
    """An embedded file read back: the kind of document, its language, pages and data."""

    kind: DocumentKind
    language: str
    pages: int
    data: dict[str, Any] | None

    @property
    def data_bytes(self) -> bytes:
        return canonical_json(self.data) if self.data is not None else b""


def read_envelope(embedded: bytes) -> Envelope | None:
    """The embedded file if it is an sseassess envelope with usable data, else ``None``."""
    try:
        value = json.loads(embedded.decode("utf-8"))
        if value.get("format") != ENVELOPE_FORMAT or value.get("format_version") != FORMAT_VERSION:
            return None
        document = value["document"]
        kind = DocumentKind(document["kind"])
        language, pages = str(document["language"]), int(document["pages"])
        data = value.get("data")
        if kind in ASSESSMENT_KINDS:
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                return None
            if data.get("format_version") != FORMAT_VERSION:
                return None
            expected_score_layouts(data)
            answers_from_data(data)
            for key in ("name",):
                str(data["organization"][key])
            for key in ("id", "version", "content_hash"):
                str(data["framework"][key])
            date.fromisoformat(str(data["assessment"]["date"]))
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return Envelope(kind, language, pages, data if isinstance(data, dict) else None)


def canonical_json(data: Mapping[str, Any]) -> bytes:
    """The one byte form of ``data`` that is hashed and embedded: sorted keys, no spaces."""
    return framework_loader.canonical_json(data).encode("utf-8")


def verification_code(canonical: bytes) -> str:
    """ "ABCD-EF01-2345-6789-ABCD": the first 20 hex digits of the SHA-256, in groups of 4."""
    digest = hashlib.sha256(canonical).hexdigest()[:_CODE_HEX_LENGTH].upper()
    return "-".join(digest[i : i + 4] for i in range(0, _CODE_HEX_LENGTH, 4))


def neutral_text(text: str) -> str:
    """Free text as documents print it, so that it never reads as a score or a code.

    A note such as "we had 45.5 / 100 last year" is printed with a division slash (U+2215)
    and a code-like word with non-breaking hyphens (U+2011): they look the same to a reader,
    and ``verify`` only counts the scores and codes that the document itself printed.
    """
    text = SCORE_PATTERN.sub(lambda match: match.group(0).replace("/", "\u2215"), text)
    return CODE_PATTERN.sub(lambda match: match.group(0).replace("-", "\u2011"), text)


def printed_codes(text: str) -> list[str]:
    """Every verification code printed in ``text``."""
    return CODE_PATTERN.findall(text)


def printed_scores(text: str) -> list[float | None]:
    """Every score printed as "X / 100" in ``text``, in order (``None`` for "–")."""
    return [
        None if token == "–" else float(token.replace(",", "."))
        for token in SCORE_PATTERN.findall(text)
    ]


def expected_score_layouts(data: Mapping[str, Any]) -> list[list[float | None]]:
    """The score sequences an sseassess document prints for ``data``.

    The certificate prints the overall score then each characteristic's; the report prints
    that summary, then each characteristic's score again at the head of its section.
    """
    result = data["result"]
    characteristics = [_number(item["score"]) for item in result["characteristics"]]
    summary = [_number(result["overall"]), *characteristics]
    return [summary, summary + characteristics]


def _number(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"not a score: {value!r}")
    return float(value)


def score_differences(
    found: Sequence[float | None], layouts: Sequence[Sequence[float | None]], data: Any
) -> list[Problem]:
    """One problem per printed score that differs from the data (against the closest layout)."""
    layout = min(layouts, key=lambda candidate: abs(len(candidate) - len(found)))
    if len(found) != len(layout):
        return [
            Problem(
                "scores",
                N_(
                    "the printed scores differ from the data: {printed} scores are printed, "
                    "{expected} expected"
                ),
                {"printed": len(found), "expected": len(layout)},
            )
        ]
    ids = [item["id"] for item in data["result"]["characteristics"]]
    names = ["", *ids, *ids]
    problems: list[Problem] = []
    for index, (printed, expected) in enumerate(zip(found, layout, strict=True)):
        if printed == expected:
            continue
        values = {"printed": _show(printed), "expected": _show(expected)}
        if index == 0:
            template = N_(
                "the printed scores differ from the data: the overall score is printed "
                "{printed}, the data say {expected}"
            )
        else:
            template = N_(
                "the printed scores differ from the data: {characteristic} is printed "
                "{printed}, the data say {expected}"
            )
            values["characteristic"] = names[index]
        problem = Problem("scores", template, values)
        if problem not in problems:  # the report prints each characteristic twice
            problems.append(problem)
    return problems


def _show(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"
