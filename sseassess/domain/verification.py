"""Verification of exported documents: canonical assessment data, its code, and the checks.

An exported PDF carries the canonical data of its assessment (JSON, sorted keys) as an
embedded file, prints the verification code derived from that data's SHA-256, and prints
its scores. A document is intact when the embedded data still hashes to the code recorded at
export, the printed code is that code, and the printed scores are the embedded scores.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sseassess.domain import framework_loader
from sseassess.domain.answers import Answer
from sseassess.domain.framework import Framework
from sseassess.domain.records import AssessmentRecord, EvidenceRecord, OrganizationProfile
from sseassess.domain.scoring import ScoreResult
from sseassess.domain.text import N_, Problem

#: Marks the embedded data as sseassess's; a change of its layout changes the version.
FORMAT = "sseassess-verification"
FORMAT_VERSION = 1
#: The name of the embedded file inside the PDF.
ATTACHMENT_NAME = "sseassess-assessment.json"

_CODE_HEX_LENGTH = 20
CODE_PATTERN = re.compile(r"\b[0-9A-F]{4}(?:-[0-9A-F]{4}){4}\b")
#: A printed score: "55.9 / 100", "55,9 / 100", or "– / 100" for a score that cannot be given.
SCORE_PATTERN = re.compile(r"(–|\d{1,3}[.,]\d)\s*/\s*100(?![\d.,])")


def rounded(value: float | None) -> float | None:
    """A score as documents print it: one decimal."""
    return None if value is None else round(value, 1)


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
) -> dict[str, Any]:
    """The facts a document certifies, as plain JSON-ready values (scores rounded as printed)."""
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
        "organization": {
            "uuid": assessment.organization_uuid,
            "name": profile.name,
            "legal_form": profile.legal_form,
            "country": profile.country,
            "sector": profile.sector,
            "members": profile.members,
            "employees": profile.employees,
            "founded_year": profile.founded_year,
            "signatory_category": profile.signatory_category,
        },
        "framework": {
            "id": framework.id,
            "version": framework.version,
            "content_hash": framework.content_hash,
        },
        "answers": [
            {
                "indicator": answer.indicator_id,
                "level": answer.level,
                "not_applicable": answer.not_applicable,
                "reason": answer.reason,
                "note": answer.note,
                "for_discussion": answer.for_discussion,
                "evidence": [
                    {"name": item.file_name, "size": item.size, "sha256": item.sha256}
                    for item in evidence.get(answer.indicator_id, ())
                ],
            }
            for answer in sorted(answers.values(), key=lambda a: a.indicator_id)
        ],
        "result": {
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
        },
    }


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


@dataclass(frozen=True, slots=True)
class Verdict:
    """What ``verify`` found: intact, or the problems that show the document was altered."""

    code: str
    organization: str
    date: str
    problems: tuple[Problem, ...]
    readable: bool = True

    @property
    def intact(self) -> bool:
        return self.readable and not self.problems


def verify(embedded: bytes, recorded_code: str | None, printed_text: str) -> Verdict:
    """Check a document's embedded data against its recorded code, printed code and scores.

    ``recorded_code`` is the code the exporter stored in the document's metadata; a forger
    who replaces the data and updates it still has to change the printed code.
    ``readable`` is False when the embedded data is not sseassess data at all (and was not
    changed after export either): such a document was not made by sseassess.
    """
    code = verification_code(embedded)
    printed = set(printed_codes(printed_text))
    problems: list[Problem] = []
    data_changed = recorded_code is not None and code != recorded_code
    if data_changed:
        problems.append(
            Problem(
                "data",
                N_(
                    "the embedded data was changed: it hashes to {actual}, "
                    "not to the code recorded at export ({recorded})"
                ),
                {"actual": code, "recorded": recorded_code},
            )
        )
    print_matches_record = bool(printed) and printed == {recorded_code}
    if printed != {code} and not (data_changed and print_matches_record):
        problems.append(
            Problem(
                "code",
                N_(
                    "the printed verification code does not match the embedded data "
                    "(printed: {printed}; data: {actual})"
                ),
                {"printed": ", ".join(sorted(printed)) or "–", "actual": code},
            )
        )
    data = _parse(embedded)
    if data is None:
        return Verdict(code, "", "", tuple(problems), readable=data_changed)
    organization = str(data["organization"].get("name") or "")
    assessed_on = str(data["assessment"].get("date") or "")
    layouts = expected_score_layouts(data)
    found = printed_scores(printed_text)
    if found not in layouts:
        problems.extend(score_differences(found, layouts, data))
    return Verdict(code, organization, assessed_on, tuple(problems))


def _parse(embedded: bytes) -> dict[str, Any] | None:
    """The embedded data if it is sseassess verification data, else ``None``."""
    try:
        data = json.loads(embedded.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    try:
        if data.get("format") != FORMAT or data.get("format_version") != FORMAT_VERSION:
            return None
        expected_score_layouts(data)
        data["organization"].get("name")
        data["assessment"].get("date")
    except (AttributeError, KeyError, TypeError, ValueError):
        return None
    return data if isinstance(data, dict) else None


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
