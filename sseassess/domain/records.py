"""Plain records of what is stored: organizations and assessments, as the layers exchange them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sseassess.domain.framework import Framework
from sseassess.domain.names import MAX_ORGANIZATION_NAME, clean_name
from sseassess.domain.names import MAX_PARTICIPANT_NAME as MAX_PARTICIPANT_NAME
from sseassess.domain.text import N_, Problem


class AssessmentKind(StrEnum):
    """Who answers: the organization itself, or a workshop of participants."""

    SELF = "self"
    WORKSHOP = "workshop"


class AssessmentStatus(StrEnum):
    """An assessment is changed while in progress, and read-only once finished."""

    IN_PROGRESS = "in_progress"
    FINISHED = "finished"


class ActionStatus(StrEnum):
    """How far a step of the action plan is."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Role(StrEnum):
    """What a workshop participant is to the organization."""

    MEMBER = "member"
    WORKER = "worker"
    BOARD = "board"
    VOLUNTEER = "volunteer"
    BENEFICIARY = "beneficiary"


KINDS = tuple(AssessmentKind)
STATUSES = tuple(AssessmentStatus)
_COUNTRY = re.compile(r"^[A-Z]{2}$")
MAX_NAME_LENGTH = MAX_ORGANIZATION_NAME
#: Evidence files are kept inside the database; beyond this, link to the document instead.
MAX_EVIDENCE_BYTES = 20_000_000


@dataclass(frozen=True, slots=True)
class OrganizationProfile:
    """What an organization says about itself, entered once and kept up to date."""

    name: str
    legal_form: str | None = None
    country: str | None = None
    sector: str | None = None
    members: int | None = None
    employees: int | None = None
    founded_year: int | None = None
    signatory_category: str | None = None


def validate_profile(
    profile: OrganizationProfile, framework: Framework, this_year: int
) -> list[Problem]:
    """Every field that is wrong, checked against the framework's profile options."""
    problems: list[Problem] = []

    def add(field: str, template: str, **params: object) -> None:
        problems.append(Problem(field, template, params))

    name = clean_name(profile.name)
    if not name:
        add("name", N_("The organization needs a name."))
    elif len(name) > MAX_NAME_LENGTH:
        add(
            "name",
            N_("The name is too long ({length} characters; at most {maximum})."),
            length=len(name),
            maximum=MAX_NAME_LENGTH,
        )
    legal_forms = [choice.id for choice in framework.legal_forms]
    if profile.legal_form is not None and profile.legal_form not in legal_forms:
        add(
            "legal_form",
            N_("Unknown legal form {value!r}; choose one of: {choices}."),
            value=profile.legal_form,
            choices=", ".join(legal_forms),
        )
    categories = [choice.id for choice in framework.signatory_categories]
    if profile.signatory_category is not None and profile.signatory_category not in categories:
        add(
            "signatory_category",
            N_("Unknown signatory category {value!r}; choose one of: {choices}."),
            value=profile.signatory_category,
            choices=", ".join(categories),
        )
    if profile.country is not None and not _COUNTRY.match(profile.country):
        add(
            "country",
            N_("The country must be a two-letter code such as FR, SN or CO, not {value!r}."),
            value=profile.country,
        )
    for field in ("members", "employees"):
        value = getattr(profile, field)
        if value is not None and not 0 <= value <= 100_000_000:
            add(field, N_("{value} is not a possible number here."), value=value)
    year = profile.founded_year
    if year is not None and not 1700 <= year <= this_year:
        add(
            "founded_year", N_("The founding year must be between 1700 and {year}."), year=this_year
        )
    return problems


@dataclass(frozen=True, slots=True)
class OrganizationRecord:
    """A stored organization."""

    uuid: str
    profile: OrganizationProfile


@dataclass(frozen=True, slots=True)
class AssessmentRecord:
    """A stored assessment, without its answers."""

    uuid: str
    organization_uuid: str
    organization_name: str
    framework_id: str
    framework_version: str
    framework_hash: str
    kind: AssessmentKind
    status: AssessmentStatus
    assessed_on: date
    current_indicator: str | None = None
    #: Changes to its content so far; a save "over" an older revision is refused.
    revision: int = 0


ACTION_STATUSES = tuple(ActionStatus)


@dataclass(frozen=True, slots=True)
class EvidenceRecord:
    """A file attached to an answer (its bytes are fetched separately)."""

    uuid: str
    indicator_id: str
    file_name: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class ActionItem:
    """A step of the action plan: what, who, by when, and how far it is."""

    description: str
    owner: str = ""
    due_date: date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    indicator_id: str | None = None
    uuid: str = ""


ROLES = tuple(Role)


@dataclass(frozen=True, slots=True)
class ParticipantRecord:
    """A person scoring independently in a workshop."""

    uuid: str
    display_name: str
    role: str | None = None
    answered_at: datetime | None = None
    source_hash: str | None = None
    #: On a participant's laptop: the person answering on this computer.
    on_this_computer: bool = False

    @property
    def short_id(self) -> str:
        """The first characters of the UUID: enough to tell two people of one name apart."""
        return self.uuid[:8]


@dataclass(frozen=True, slots=True)
class SnapshotContent:
    """The stored content of a framework snapshot: what an assessment was made with."""

    framework_id: str
    version: str
    content_hash: str
    content: str


class LogKind(StrEnum):
    """What an entry of a workshop's import log records."""

    FILE = "file"  # a file from another computer
    PAPER = "paper"  # answers typed from a paper form
    MERGE = "merge"  # two participant records merged into one
    CORRECTION = "correction"  # a participant's answer corrected by hand


@dataclass(frozen=True, slots=True)
class ImportLogEntry:
    """One entry of an assessment's import log: what arrived, from whom, what it did."""

    uuid: str
    kind: str
    source: str
    outcome: str
    participant_uuid: str | None
    participant_name: str | None
    changed: int
    imported_at: datetime
    undone_at: datetime | None
    can_undo: bool
