"""The use-cases: organizations, assessments, answers and results, over one database."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sseassess.app.frameworks import builtin_framework, framework_from_snapshot, load_framework
from sseassess.domain.answers import Answer
from sseassess.domain.framework import Framework
from sseassess.domain.records import (
    KINDS,
    AssessmentRecord,
    OrganizationProfile,
    OrganizationRecord,
    validate_profile,
)
from sseassess.domain.scoring import ScoreResult, score
from sseassess.domain.text import N_, InputError, Problem
from sseassess.storage.database import Database
from sseassess.storage.repository import Repository


@dataclass(frozen=True, slots=True)
class AssessmentSummary:
    """An assessment as history lists show it: its record and its result."""

    record: AssessmentRecord
    result: ScoreResult


@dataclass(frozen=True, slots=True)
class OrganizationHistory:
    """An organization and its assessments, newest first."""

    organization: OrganizationRecord
    assessments: tuple[AssessmentSummary, ...]


class Workspace:
    """Everything the GUI and the CLI do with the data, over one open database."""

    def __init__(self, database: Database, framework_path: Path | None = None) -> None:
        self.database = database
        self.repository = Repository(database)
        self._framework_path = framework_path
        self._frameworks: dict[str, Framework] = {}

    @classmethod
    def open(cls, url: str | None = None, framework_path: Path | None = None) -> Workspace:
        return cls(Database.open(url), framework_path)

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- frameworks

    def current_framework(self) -> tuple[Framework, str]:
        """The framework new assessments use, and its canonical content."""
        if self._framework_path is not None:
            return load_framework(self._framework_path)
        return builtin_framework()

    def framework_of(self, assessment: AssessmentRecord) -> Framework:
        """The exact framework an assessment was made with."""
        framework = self._frameworks.get(assessment.framework_hash)
        if framework is None:
            snapshot = self.repository.snapshot(assessment.framework_hash)
            framework = framework_from_snapshot(snapshot.content, snapshot.content_hash)
            self._frameworks[assessment.framework_hash] = framework
        return framework

    # -- organizations

    def add_organization(self, profile: OrganizationProfile) -> str:
        """Validate and store a new organization; its UUID."""
        self._check_profile(profile)
        return self.repository.add_organization(_tidy(profile))

    def update_organization(self, uuid: str, profile: OrganizationProfile) -> None:
        self._check_profile(profile)
        self.repository.update_organization(uuid, _tidy(profile))

    def _check_profile(self, profile: OrganizationProfile) -> None:
        framework, _content = self.current_framework()
        problems = validate_profile(_tidy(profile), framework, date.today().year)
        if problems:
            raise InputError(N_("The organization profile has problems."), problems)

    # -- assessments

    def start_assessment(
        self, organization_uuid: str, kind: str = "self", assessed_on: date | None = None
    ) -> str:
        """A new, empty assessment with a snapshot of the current framework; its UUID."""
        if kind not in KINDS:
            raise InputError(N_("Unknown kind of assessment {kind!r}."), kind=kind)
        framework, content = self.current_framework()
        self.repository.store_snapshot(
            framework.id, framework.version, framework.content_hash, content
        )
        return self.repository.add_assessment(
            organization_uuid, framework.content_hash, kind, assessed_on or date.today()
        )

    def save_answer(self, assessment_uuid: str, answer: Answer) -> None:
        """Check an answer against the assessment's framework and commit it at once."""
        assessment = self.repository.assessment(assessment_uuid)
        problems = check_answer(self.framework_of(assessment), answer)
        if assessment.status == "finished":
            raise InputError(N_("This assessment is finished; reopen it to change answers."))
        if problems:
            raise InputError(N_("This answer cannot be saved."), problems)
        self.repository.save_answer(assessment_uuid, answer)

    def save_answers(self, assessment_uuid: str, answers: Iterable[Answer]) -> int:
        """Check many answers and save them together: all of them, or none."""
        assessment = self.repository.assessment(assessment_uuid)
        framework = self.framework_of(assessment)
        answers = list(answers)
        problems = [p for answer in answers for p in check_answer(framework, answer)]
        if problems:
            raise InputError(N_("These answers cannot be saved."), problems)
        return self.repository.replace_answers(assessment_uuid, answers)

    def result(self, assessment_uuid: str) -> tuple[AssessmentRecord, Framework, ScoreResult]:
        """The assessment, its framework and its scores."""
        assessment = self.repository.find_assessment(assessment_uuid)
        framework = self.framework_of(assessment)
        answers = self.repository.answers(assessment.uuid)
        return assessment, framework, score(framework, answers)

    def history(self) -> list[OrganizationHistory]:
        """Every organization with its assessments and their results, newest first."""
        organizations = self.repository.organizations()
        assessments = self.repository.assessments()
        answers = self.repository.answers_of([a.uuid for a in assessments])
        by_organization: dict[str, list[AssessmentSummary]] = {}
        for assessment in assessments:
            framework = self.framework_of(assessment)
            result = score(framework, answers.get(assessment.uuid, {}))
            by_organization.setdefault(assessment.organization_uuid, []).append(
                AssessmentSummary(assessment, result)
            )
        return [
            OrganizationHistory(organization, tuple(by_organization.get(organization.uuid, ())))
            for organization in organizations
        ]


def check_answer(framework: Framework, answer: Answer) -> list[Problem]:
    """What is wrong with an answer under this framework (empty when it can be saved)."""
    where = answer.indicator_id
    if not framework.has_indicator(answer.indicator_id):
        return [Problem(where, N_("unknown indicator {indicator!r}"), {"indicator": where})]
    indicator = framework.indicator(answer.indicator_id)
    problems: list[Problem] = []
    if answer.not_applicable:
        if not indicator.na_allowed:
            problems.append(Problem(where, N_("this indicator cannot be marked not applicable")))
        elif not answer.reason.strip():
            problems.append(Problem(where, N_("say why this indicator does not apply")))
    return problems


def _tidy(profile: OrganizationProfile) -> OrganizationProfile:
    """Strip spaces, turn empty texts into "not given", upper-case the country code."""

    def clean(value: str | None) -> str | None:
        value = (value or "").strip()
        return value or None

    country = clean(profile.country)
    return OrganizationProfile(
        name=profile.name.strip(),
        legal_form=clean(profile.legal_form),
        country=country.upper() if country else None,
        sector=clean(profile.sector),
        members=profile.members,
        employees=profile.employees,
        founded_year=profile.founded_year,
        signatory_category=clean(profile.signatory_category),
    )
