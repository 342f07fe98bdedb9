"""The plain, localized data of a certificate or report, built from the workspace."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sseassess import __version__
from sseassess.app.frameworks import framework_status, in_language
from sseassess.app.printed import Wording
from sseassess.app.workspace import Workspace
from sseassess.domain.answers import Answer
from sseassess.domain.framework import MAX_LEVEL, Choice, Framework, Indicator
from sseassess.domain.records import (
    ActionItem,
    ActionStatus,
    AssessmentRecord,
    EvidenceRecord,
    OrganizationProfile,
)
from sseassess.domain.scoring import CharacteristicResult, ScoreResult, score
from sseassess.domain.verification import canonical_data, neutral_text
from sseassess.domain.workshop import DIVERGENT_SHARE, IndicatorSpread
from sseassess.i18n import (
    babel_locale,
    format_percent,
    format_score,
    format_size,
    is_right_to_left,
    translation,
)
from sseassess.reports.data import (
    DocumentData,
    EvidenceLine,
    Field,
    Finding,
    IndicatorEntry,
    Labels,
    Methodology,
    ScoreRow,
    Section,
    SpreadLine,
    Table,
)

Gettext = Callable[[str], str]
#: How documents print a score; ``verify`` reads scores back in exactly this form.
SCORE_SUFFIX = " / 100"
#: In a right-to-left document a score is embedded left to right (LRE ... PDF), so that it
#: reads "55.9 / 100" there too, and ``verify`` reads it back as printed.
LEFT_TO_RIGHT = ("\u202a", "\u202c")


@dataclass(frozen=True, slots=True)
class AssessmentFacts:
    """Everything a document shows, read from the workspace once."""

    record: AssessmentRecord
    profile: OrganizationProfile
    framework: Framework
    result: ScoreResult
    answers: Mapping[str, Answer]
    evidence: Mapping[str, Sequence[EvidenceRecord]]
    actions: Sequence[ActionItem]
    participants: int
    #: A workshop's participants' answers per indicator (empty without participants, and
    #: when fewer than ``anonymity_minimum`` of them answered: nothing would be anonymous).
    spreads: Mapping[str, IndicatorSpread] = field(default_factory=dict)
    anonymity_minimum: int = 3
    #: Participants who gave at least one answer.
    answered: int = 0


def gather(
    workspace: Workspace, assessment_uuid: str, language: str | None = None
) -> AssessmentFacts:
    """Read an assessment, its organization, answers, evidence, plan and scores.

    With a ``language`` its framework snapshot lacks, the texts come from the current
    framework when its rules are the same (:func:`frameworks.in_language`): same scores,
    same verification code, the reader's words.
    """
    record, framework, result = workspace.result(assessment_uuid)
    if language is not None and not framework.speaks(language):
        readable = in_language(
            framework,
            workspace.snapshot(record.framework_hash).content,
            language,
            workspace.current_framework(),
        )
        if readable is not framework:
            framework, result = readable, score(readable, workspace.answers(record.uuid))
    participants = workspace.participant_count(record.uuid)
    spreads: dict[str, IndicatorSpread] = {}
    minimum, answered = 3, 0
    if record.kind == "workshop" and participants:
        view = workspace.workshop(record.uuid)
        minimum, answered = view.anonymity_minimum, view.answered
        if answered >= minimum:
            spreads = {item.indicator.id: item for item in view.spreads}
    return AssessmentFacts(
        record=record,
        profile=workspace.organization(record.organization_uuid).profile,
        framework=framework,
        result=result,
        answers=workspace.answers(record.uuid),
        evidence=workspace.evidence(record.uuid),
        actions=workspace.actions(record.uuid),
        participants=participants,
        spreads=spreads,
        anonymity_minimum=minimum,
        answered=answered,
    )


def generator() -> str:
    return f"sseassess {__version__}"


def canonical(
    facts: AssessmentFacts, *, report: bool = False, notes: bool = False
) -> dict[str, Any]:
    """The canonical data a document embeds and hashes into its verification code: what
    it prints (the report prints more of the profile and the reasons) plus the answers'
    levels; the internal notes only when the user chose to include them."""
    return canonical_data(
        assessment=facts.record,
        profile=facts.profile,
        framework=facts.framework,
        answers=facts.answers,
        result=facts.result,
        participants=facts.participants,
        evidence=facts.evidence,
        generator=generator(),
        full_profile=report,
        reasons=report,
        notes=notes,
    )


def document_data(
    facts: AssessmentFacts, language: str, verification_code: str, *, notes: bool = False
) -> DocumentData:
    """The data object the renderers draw: every string in ``language``.

    ``notes``: print the internal notes and evidence file names (the user's choice).
    """
    return _Builder(facts, language, notes).build(verification_code)


class _Builder:
    """Turns the facts of one assessment into localized strings."""

    def __init__(self, facts: AssessmentFacts, language: str, notes: bool = False) -> None:
        self.facts = facts
        self.language = language
        self.notes = notes
        self.wording = Wording(language)
        self.locale = babel_locale(language)  # Babel's name for it: dates, numbers, countries
        catalog = translation(language)
        self._ = catalog.gettext
        self.ngettext = catalog.ngettext
        self.numbers = facts.framework.indicator_numbers()

    # -- formatting

    def score(self, value: float | None) -> str:
        text = format_score(value, self.language) + SCORE_SUFFIX
        if is_right_to_left(self.language):
            return text.join(LEFT_TO_RIGHT)
        return text

    def number(self, value: float) -> str:
        return format_score(value, self.language)

    def date(self, value: date, style: str = "long") -> str:
        from babel.dates import format_date

        return format_date(value, format=style, locale=self.locale)

    def integer(self, value: int) -> str:
        from babel.numbers import format_decimal

        return format_decimal(value, locale=self.locale)

    def decimal(self, value: float) -> str:
        from babel.numbers import format_decimal

        return format_decimal(value, format="#,##0.##", locale=self.locale)

    def country(self, code: str | None) -> str:
        if not code:
            return self._("not given")
        from babel import Locale

        return str(Locale.parse(self.locale).territories.get(code, code))

    def choice(self, choices: Sequence[Choice], value: str | None) -> str:
        if not value:
            return self._("not given")
        for choice in choices:
            if choice.id == value:
                return choice.name.get(self.language)
        return value

    # -- the document

    def build(self, code: str) -> DocumentData:
        _ = self._
        facts, language = self.facts, self.language
        record, framework, result, profile = (
            facts.record,
            facts.framework,
            facts.result,
            facts.profile,
        )
        framework_name = framework.name.get(language)
        version = _("version {version}").format(version=framework.version)
        assessed_on = self.date(record.assessed_on)
        kind = self.kind_text()
        statement = _(
            "assessed itself against the {framework}, {version}, on {date}. This page shows "
            "what its own answers give."
        ).format(framework=framework_name, version=version, date=assessed_on)
        status = framework_status(framework.id, framework.version, framework.content_hash)
        warning = self.wording.framework_warning(status)
        rows = tuple(
            self.score_row(number, item)
            for number, item in enumerate(result.characteristics, start=1)
        )
        band = result.band
        organization = neutral_text(profile.name)
        title = (
            _("Workshop assessment report")
            if record.kind == "workshop"
            else _("Self-assessment report")
        )
        return DocumentData(
            language=language,
            labels=self.labels(),
            title=title,
            subject=_("Assessment of {organization} against the {framework}").format(
                organization=profile.name, framework=framework_name
            ),
            keywords=("ICSSE", _("social and solidarity economy"), framework.id),
            organization=organization,
            framework_name=framework_name,
            framework_version=version,
            statement=statement,
            honesty_note=self.honesty_note(),
            facts=(
                Field(_("Legal form"), self.choice(framework.legal_forms, profile.legal_form)),
                Field(_("Country"), self.country(profile.country)),
                Field(_("Date of the assessment"), assessed_on),
                Field(_("Kind of assessment"), kind),
                Field(
                    _("Framework"),
                    f"{framework_name}, {version}" + (f" — {warning}" if warning else ""),
                ),
                Field(
                    _("Signatory category"),
                    self.choice(framework.signatory_categories, profile.signatory_category),
                ),
            ),
            profile=self.profile_fields(kind, assessed_on),
            overall_text=self.score(result.overall),
            band_name=band.name.get(language) if band else "–",
            band_description=band.description.get(language) if band else "",
            eligible=result.eligible,
            eligibility_text=self.wording.decision(result.eligible),
            certificate_title=self.wording.self_title(result.eligible),
            self_declared=self.wording.self_declared(),
            counts_text=self.wording.counts(result),
            framework_warning=warning,
            qr_text=self.qr_text(code),
            completeness_text=_("{share} of the indicators answered").format(
                share=format_percent(result.completeness, language)
            ),
            reasons=self.reasons(),
            rows=rows,
            verification_code=code,
            generator=_("Made with sseassess {version}").format(version=__version__),
            sections=tuple(
                self.section(row, item)
                for row, item in zip(rows, result.characteristics, strict=True)
            ),
            strengths=tuple(self.finding(f.indicator, f.level) for f in result.strengths),
            improvements=tuple(self.finding(f.indicator, f.level) for f in result.improvements),
            actions=self.actions(),
            methodology=self.methodology(),
            workshop_note=self.workshop_note(),
        )

    def qr_text(self, code: str) -> str:
        """What a phone reads from the QR code: enough to tell what the page claims."""
        _, facts = self._, self.facts
        return "\n".join(
            (
                f"{self.wording.self_title(facts.result.eligible)} "
                f"({self.wording.self_declared()})",
                facts.profile.name,
                f"{_('Overall score')}: {self.score(facts.result.overall)}",
                self.wording.decision(facts.result.eligible),
                f"{_('Verification code')}: {code}",
            )
        )

    def kind_text(self) -> str:
        if self.facts.record.kind != "workshop":
            return self._("Self-assessment")
        count = self.facts.participants
        if not count:
            return self._("Workshop (participants not recorded)")
        return self.ngettext(
            "Workshop of {count} participant", "Workshop of {count} participants", count
        ).format(count=self.integer(count))

    def honesty_note(self) -> str:
        _ = self._
        if self.facts.record.kind != "workshop":
            return _(
                "These results come from the organization's own answers (self-assessment). "
                "They were not checked by an auditor."
            )
        count = self.facts.participants
        if not count:
            return _(
                "These results come from a workshop whose participants were not recorded. "
                "They were not checked by an auditor."
            )
        return self.ngettext(
            "These results are the answers agreed by a workshop of {count} participant. "
            "They were not checked by an auditor.",
            "These results are the answers agreed by a workshop of {count} participants. "
            "They were not checked by an auditor.",
            count,
        ).format(count=self.integer(count))

    def workshop_note(self) -> str:
        """What a workshop report's scores are, and how its participants' lines read."""
        count = self.facts.participants
        if self.facts.record.kind != "workshop" or not count:
            return ""
        scores = self.ngettext(
            "Workshop of {count} participant; scores are those of the group's consensus.",
            "Workshop of {count} participants; scores are those of the group's consensus.",
            count,
        ).format(count=self.integer(count))
        if self.facts.answered < self.facts.anonymity_minimum:
            hidden = self.ngettext(
                "Fewer than {minimum} participant answered, so their answers are not shown: "
                "each could be told apart.",
                "Fewer than {minimum} participants answered, so their answers are not shown: "
                "each could be told apart.",
                self.facts.anonymity_minimum,
            ).format(minimum=self.integer(self.facts.anonymity_minimum))
            return f"{scores} {hidden}"
        lines = self._(
            "Under each question, “Participants” shows how many participants gave each level "
            "(0 to {maximum}), their median level and their spread (highest minus lowest "
            "level). A question is marked “divergent” when {share} or more of the levels "
            "given lie outside the two neighbouring levels most participants chose. "
            "Participants' notes are printed without their names."
        ).format(
            maximum=MAX_LEVEL,
            share=format_percent(float(DIVERGENT_SHARE), self.language),
        )
        return f"{scores} {lines}"

    def spread_line(self, indicator: Indicator) -> SpreadLine | None:
        """The participants' line of an indicator in a workshop report."""
        spread = self.facts.spreads.get(indicator.id)
        if spread is None:
            return None
        _ = self._
        parts: list[str] = []
        if spread.median is not None and spread.spread is not None:
            parts.append(_("median {median}").format(median=self.decimal(spread.median)))
            parts.append(_("spread {spread}").format(spread=spread.spread))
        if spread.not_applicable:
            parts.append(
                self.ngettext(
                    "{count} not applicable", "{count} not applicable", spread.not_applicable
                ).format(count=spread.not_applicable)
            )
        # Participants who sent no answer at all are not in the spread's counts.
        given = spread.answered + spread.not_applicable
        participants = max(self.facts.participants, given + spread.unanswered)
        if participants > given:
            parts.append(
                self.ngettext(
                    "{count} did not answer", "{count} did not answer", participants - given
                ).format(count=participants - given)
            )
        remarks: list[str] = []
        if spread.for_discussion:
            remarks.append(
                self.ngettext(
                    "{count} participant marked it for discussion.",
                    "{count} participants marked it for discussion.",
                    spread.for_discussion,
                ).format(count=self.integer(spread.for_discussion))
            )
        remarks += [
            _("Participant's note: {note}").format(note=neutral_text(note)) for note in spread.notes
        ]
        return SpreadLine(
            label=_("Participants:"),
            counts=spread.counts,
            participants=participants,
            summary=" · ".join(parts),
            divergent=spread.divergent,
            divergent_text=_("divergent"),
            remarks=tuple(remarks),
        )

    def profile_fields(self, kind: str, assessed_on: str) -> tuple[Field, ...]:
        _ = self._
        profile, framework, record = self.facts.profile, self.facts.framework, self.facts.record

        def count(value: int | None) -> str:
            return self.integer(value) if value is not None else _("not given")

        return (
            Field(_("Legal form"), self.choice(framework.legal_forms, profile.legal_form)),
            Field(_("Country"), self.country(profile.country)),
            Field(_("Sector"), neutral_text(profile.sector or _("not given"))),
            Field(_("Members"), count(profile.members)),
            Field(_("Employees"), count(profile.employees)),
            Field(
                _("Founded in"),
                str(profile.founded_year) if profile.founded_year else _("not given"),
            ),
            Field(
                _("Signatory category"),
                self.choice(framework.signatory_categories, profile.signatory_category),
            ),
            Field(_("Date of the assessment"), assessed_on),
            Field(_("Kind of assessment"), kind),
            Field(
                _("Framework"),
                f"{framework.name.get(self.language)}, "
                + _("version {version}").format(version=framework.version),
            ),
            Field(_("Assessment identifier"), record.uuid),
        )

    def score_row(self, number: int, item: CharacteristicResult) -> ScoreRow:
        _ = self._
        return ScoreRow(
            number=number,
            name=item.characteristic.name.get(self.language),
            score=item.score,
            score_text=self.score(item.score),
            minimum=item.minimum,
            minimum_text=_("min. {minimum}").format(minimum=self.number(item.minimum)),
            below_minimum=item.below_minimum,
            status_text=_("below minimum") if item.below_minimum else _("minimum met"),
        )

    def reasons(self) -> tuple[str, ...]:
        _ = self._
        result, language = self.facts.result, self.language
        reasons: list[str] = []
        if not result.complete:
            reasons.append(
                _("Not every indicator is answered ({share} answered).").format(
                    share=format_percent(result.completeness, language)
                )
            )
        if not result.overall_met:
            reasons.append(
                _("The overall score is under the minimum of {minimum}.").format(
                    minimum=self.number(result.overall_minimum)
                )
            )
        for item in result.below_minimum:
            reasons.append(
                _("{name} is under its minimum of {minimum}.").format(
                    name=item.characteristic.name.get(language),
                    minimum=self.number(item.minimum),
                )
            )
        for indicator in result.missing_essentials:
            reasons.append(
                _("Essential criterion not met: {question} (level {level} required).").format(
                    question=indicator.question.get(language),
                    level=indicator.minimum_level,
                )
            )
        return tuple(reasons)

    def section(self, row: ScoreRow, item: CharacteristicResult) -> Section:
        _ = self._
        answered = self.ngettext(
            "{answered} of {total} indicator answered",
            "{answered} of {total} indicators answered",
            item.total,
        ).format(answered=item.answered + item.not_applicable, total=item.total)
        if item.not_applicable:
            answered += " · " + self.ngettext(
                "{count} not applicable", "{count} not applicable", item.not_applicable
            ).format(count=item.not_applicable)
        return Section(
            row=row,
            description=item.characteristic.description.get(self.language),
            answered=answered,
            indicators=tuple(self.indicator(i) for i in item.characteristic.indicators),
        )

    def indicator(self, indicator: Indicator) -> IndicatorEntry:
        _ = self._
        answer = self.facts.answers.get(indicator.id)
        level = answer.level if answer is not None else None
        levels = indicator.levels.get(self.language)
        flags: list[str] = []
        missing = indicator in self.facts.result.missing_essentials
        if indicator.essential:
            flags.append(
                _("Essential criterion: level {level} or more required").format(
                    level=indicator.minimum_level
                )
            )
        if missing:
            flags.append(_("Essential criterion not met"))
        if answer is not None and answer.for_discussion:
            flags.append(_("Marked for discussion"))
        details: list[Field] = []
        if level is not None:
            answer_text = _("Level {level} of {maximum}").format(level=level, maximum=MAX_LEVEL)
            description = levels[level] if level < len(levels) else ""
        elif answer is not None and answer.not_applicable:
            answer_text, description = _("Not applicable"), ""
            details.append(Field(_("Reason:"), neutral_text(answer.reason)))
        else:
            answer_text, description = _("Not answered"), ""
        if answer is not None and answer.note.strip() and self.notes:
            details.append(Field(_("Note:"), neutral_text(answer.note)))
        return IndicatorEntry(
            number=self.numbers[indicator.id],
            question=indicator.question.get(self.language),
            flags=tuple(flags),
            answer=answer_text,
            level_description=description,
            details=tuple(details),
            evidence=tuple(
                EvidenceLine(
                    neutral_text(item.file_name), format_size(item.size, self.language), item.sha256
                )
                for item in (self.facts.evidence.get(indicator.id, ()) if self.notes else ())
            ),
            attention=missing,
            spread=self.spread_line(indicator),
        )

    def finding(self, indicator: Indicator, level: int) -> Finding:
        characteristic = self.facts.framework.characteristic_of(indicator.id)
        return Finding(
            number=self.numbers[indicator.id],
            text=indicator.question.get(self.language),
            detail=self._("Level {level} · {characteristic}").format(
                level=level, characteristic=characteristic.name.get(self.language)
            ),
        )

    def actions(self) -> Table:
        _ = self._
        statuses = {
            ActionStatus.PLANNED: _("Planned"),
            ActionStatus.IN_PROGRESS: _("In progress"),
            ActionStatus.DONE: _("Done"),
        }
        rows = tuple(
            (
                neutral_text(action.description),
                neutral_text(action.owner) or "–",
                self.date(action.due_date, "medium") if action.due_date else "–",
                statuses.get(action.status, action.status),
                self.numbers.get(action.indicator_id or "", "–"),
            )
            for action in self.facts.actions
        )
        return Table((_("Action"), _("Who"), _("By when"), _("Status"), _("Indicator")), rows)

    def methodology(self) -> Methodology:
        _ = self._
        framework, language = self.facts.framework, self.language
        rules = framework.scoring
        paragraphs = (
            _(
                "Each indicator is answered on a scale of levels from 0 to {maximum}, every "
                "level described in the framework. An answered indicator earns level ÷ "
                "{maximum} of its weight."
            ).format(maximum=MAX_LEVEL),
            _(
                "A characteristic's score is 100 × the sum of (weight × level ÷ {maximum}) "
                "divided by the sum of the weights, over its answered indicators. Indicators "
                "marked not applicable, and unanswered ones, are left out of both sums."
            ).format(maximum=MAX_LEVEL),
            _(
                "The overall score is the average of the characteristics' scores weighted by "
                "their weights, over the characteristics that have at least one answered "
                "indicator. Scores are printed with one decimal."
            ),
            _(
                "A certificate requires the required share of answered indicators, the overall "
                "minimum, every characteristic at or above its minimum (a strong characteristic "
                "cannot make up for a weak one), and every essential criterion answered at or "
                "above its minimum level."
            ),
            _(
                "The verification code is derived from the SHA-256 hash of the assessment data "
                "embedded in this PDF, which is signed at export. The command “sseassess "
                "verify” checks the signature, scores the embedded answers again and compares "
                "the result with the printed code, scores and decision. This is a "
                "self-assessment: nobody else checked the answers."
            ),
        )
        characteristics = tuple(
            (
                str(number),
                characteristic.name.get(language),
                self.decimal(characteristic.weight),
                self.number(framework.characteristic_minimum(characteristic)),
                str(len(characteristic.indicators)),
            )
            for number, characteristic in enumerate(framework.characteristics, start=1)
        )
        indicators = tuple(
            (
                self.numbers[indicator.id],
                indicator.question.get(language),
                self.decimal(indicator.weight),
                str(indicator.minimum_level) if indicator.essential else "–",
            )
            for indicator in framework.indicators()
        )
        bands = tuple(
            (band.name.get(language), self.number(band.minimum), band.description.get(language))
            for band in rules.bands
        )
        return Methodology(
            paragraphs=paragraphs,
            framework=(
                Field(_("Framework"), framework.name.get(language)),
                Field(_("Identifier"), framework.id),
                Field(_("Version"), framework.version),
                Field(_("Content hash (SHA-256)"), framework.content_hash),
                Field(_("Source"), framework.source.get(language)),
            ),
            thresholds=(
                Field(_("Overall minimum"), self.number(rules.overall_minimum)),
                Field(
                    _("Default minimum of a characteristic"),
                    self.number(rules.characteristic_minimum),
                ),
                Field(
                    _("Share of indicators to answer"),
                    format_percent(rules.completeness_required, language),
                ),
                Field(_("Strength: level at least"), str(rules.strength_level)),
                Field(_("Area to improve: level at most"), str(rules.improvement_level)),
            ),
            characteristics=Table(
                (_("No."), _("Characteristic"), _("Weight"), _("Minimum"), _("Indicators")),
                characteristics,
            ),
            indicators=Table(
                (_("No."), _("Question"), _("Weight"), _("Essential: minimum level")),
                indicators,
            ),
            bands=Table((_("Band"), _("From"), _("Description")), bands),
        )

    def labels(self) -> Labels:
        _ = self._
        return Labels(
            overall=_("Overall score"),
            band=_("Band"),
            characteristics_heading=_("Scores by characteristic"),
            minimum_legend=_(
                "The dark mark on each bar is the minimum score the characteristic needs "
                "for a certificate."
            ),
            reasons_heading=_("The certificate rules are not met, because:"),
            verification_code=_("Verification code"),
            verification_hint=_(
                "Signed at export: the signature panel of any PDF reader, or "
                "“sseassess verify FILE.pdf”, shows whether it was changed since."
            ),
            embedded_note=_(
                "The answers' levels travel inside this PDF; the code is derived from them."
            ),
            summary_heading=_("Summary"),
            radar_legend=_(
                "Score of each characteristic, numbered as in the table; the dashed line "
                "joins the minimums."
            ),
            number_column=_("No."),
            characteristic_column=_("Characteristic"),
            score_column=_("Score"),
            minimum_column=_("Minimum"),
            status_column=_("Status"),
            findings_heading=_("Strengths and areas to improve"),
            strengths_heading=_("Strengths"),
            improvements_heading=_("Areas to improve"),
            no_strengths=_("No indicator reaches the strength level yet."),
            no_improvements=_("No indicator is at the level of an area to improve."),
            actions_heading=_("Action plan"),
            no_actions=_("No action has been planned yet."),
            methodology_heading=_("Methodology"),
            framework_heading=_("Framework"),
            thresholds_heading=_("Certificate rules and thresholds"),
            weights_heading=_("Characteristics: weights and minimums"),
            indicator_weights_heading=_("Indicators: weights and essential criteria"),
            bands_heading=_("Bands"),
            evidence_heading=_("Evidence files:"),
            evidence_columns=(_("File"), _("Size"), _("SHA-256")),
            answer=_("Answer:"),
            page=_("Page {page} of {pages}"),
        )
