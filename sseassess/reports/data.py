"""The plain data a certificate, report or questionnaire shows: every string localized."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Field:
    """A labelled value: "Country" / "Senegal"."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class ScoreRow:
    """One characteristic's score as documents show it."""

    number: int
    name: str
    score: float | None
    score_text: str
    minimum: float
    minimum_text: str
    below_minimum: bool
    status_text: str


@dataclass(frozen=True, slots=True)
class EvidenceLine:
    """A file attached to an answer."""

    name: str
    size: str
    sha256: str


@dataclass(frozen=True, slots=True)
class SpreadLine:
    """How a workshop's participants answered one indicator: counts per level and summary."""

    label: str
    counts: tuple[int, ...]
    participants: int
    summary: str
    divergent: bool
    divergent_text: str
    #: Below the bars: how many marked it for discussion, and participants' notes (no names).
    remarks: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class IndicatorEntry:
    """One indicator of a characteristic's section: question, answer and what backs it."""

    number: str
    question: str
    flags: tuple[str, ...]
    answer: str
    level_description: str
    details: tuple[Field, ...]
    evidence: tuple[EvidenceLine, ...]
    attention: bool = False
    spread: SpreadLine | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """The part of the report about one characteristic."""

    row: ScoreRow
    description: str
    answered: str
    indicators: tuple[IndicatorEntry, ...]


@dataclass(frozen=True, slots=True)
class Finding:
    """A strength or an area to improve."""

    number: str
    text: str
    detail: str


@dataclass(frozen=True, slots=True)
class Table:
    """A table of text: headers and rows of equal length."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Methodology:
    """The annex saying how the scores were computed, and with which parameters."""

    paragraphs: tuple[str, ...]
    framework: tuple[Field, ...]
    thresholds: tuple[Field, ...]
    characteristics: Table
    indicators: Table
    bands: Table


@dataclass(frozen=True, slots=True)
class Labels:
    """Headings and fixed phrases, translated."""

    overall: str
    band: str
    characteristics_heading: str
    minimum_legend: str
    reasons_heading: str
    verification_code: str
    verification_hint: str
    embedded_note: str
    summary_heading: str
    radar_legend: str
    number_column: str
    characteristic_column: str
    score_column: str
    minimum_column: str
    status_column: str
    findings_heading: str
    strengths_heading: str
    improvements_heading: str
    no_strengths: str
    no_improvements: str
    actions_heading: str
    no_actions: str
    methodology_heading: str
    framework_heading: str
    thresholds_heading: str
    weights_heading: str
    indicator_weights_heading: str
    bands_heading: str
    evidence_heading: str
    evidence_columns: tuple[str, str, str]
    answer: str
    page: str


@dataclass(frozen=True, slots=True)
class DocumentData:
    """Everything a certificate or a report prints, localized for one reader."""

    language: str
    labels: Labels
    title: str
    subject: str
    organization: str
    framework_name: str
    framework_version: str
    #: The certificate's sentence around the organization's name (printed large between
    #: them): "This certifies that" | name | "meets the certificate rules of ...".
    statement: str
    honesty_note: str
    facts: tuple[Field, ...]
    profile: tuple[Field, ...]
    overall_text: str
    band_name: str
    band_description: str
    eligible: bool
    eligibility_text: str
    completeness_text: str
    reasons: tuple[str, ...]
    rows: tuple[ScoreRow, ...]
    verification_code: str
    generator: str
    sections: tuple[Section, ...] = ()
    strengths: tuple[Finding, ...] = ()
    improvements: tuple[Finding, ...] = ()
    actions: Table | None = None
    methodology: Methodology | None = None
    keywords: tuple[str, ...] = ()
    #: For a workshop with participants: what the scores are, and how to read the spreads.
    workshop_note: str = ""
    #: The one-page document's title ("Self-assessment certificate" or "… results").
    certificate_title: str = ""
    #: "self-declared, not audited", printed beside the titles.
    self_declared: str = ""
    #: "25 scored, 14 not applicable".
    counts_text: str = ""
    #: Printed beside a framework that is not an official one ("" when it is).
    framework_warning: str = ""
    #: What the QR code carries.
    qr_text: str = ""


@dataclass(frozen=True, slots=True)
class QuestionnaireItem:
    """One indicator of the blank questionnaire: question, level texts, N/A if allowed."""

    number: str
    indicator_id: str
    question: str
    levels: tuple[str, ...]
    not_applicable: bool


@dataclass(frozen=True, slots=True)
class QuestionnaireSection:
    """The questions of one characteristic."""

    number: int
    name: str
    description: str
    items: tuple[QuestionnaireItem, ...]


@dataclass(frozen=True, slots=True)
class QuestionnaireLabels:
    """The fixed phrases of the questionnaire, translated."""

    participant_name: str
    role: str
    roles: tuple[str, ...]
    instructions_heading: str
    not_applicable: str
    reason: str
    note: str
    participant_header: str
    page: str


@dataclass(frozen=True, slots=True)
class QuestionnaireData:
    """Everything the blank paper questionnaire prints, localized for its participants."""

    language: str
    labels: QuestionnaireLabels
    title: str
    subject: str
    organization: str
    framework_name: str
    framework_version: str
    date_text: str
    instructions: tuple[str, ...]
    sections: tuple[QuestionnaireSection, ...]
    generator: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CharterData:
    """Everything an issuer's charter certificate prints, localized for its reader."""

    language: str
    title: str
    number_text: str
    issued_by: str
    validity: str
    organization: str
    statement: str
    decision: str
    facts: tuple[Field, ...]
    overall_label: str
    overall_text: str
    band_label: str
    band_name: str
    characteristics_heading: str
    rows: tuple[ScoreRow, ...]
    verification_label: str
    verification_code: str
    signature_note: str
    qr_text: str
    subject: str
    generator: str
    keywords: tuple[str, ...] = ()
