"""The use-cases: organizations, assessments, answers and results, over one database."""

from __future__ import annotations

import dataclasses
import mimetypes
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sseassess.app.frameworks import builtin_framework, framework_from_snapshot, load_framework
from sseassess.domain.answers import Answer, text_problems
from sseassess.domain.charter import IssuedCertificate
from sseassess.domain.comparison import Comparison, compare
from sseassess.domain.framework import Framework
from sseassess.domain.merge import (
    AnswerChange,
    BundleImport,
    FileRole,
    IncomingFile,
    StampedAnswer,
    typed_over,
)
from sseassess.domain.names import clean_name, file_name, participant_name
from sseassess.domain.records import (
    ACTION_STATUSES,
    KINDS,
    MAX_EVIDENCE_BYTES,
    ROLES,
    ActionItem,
    AssessmentKind,
    AssessmentRecord,
    AssessmentStatus,
    EvidenceRecord,
    ImportLogEntry,
    LogKind,
    OrganizationProfile,
    OrganizationRecord,
    ParticipantRecord,
    SnapshotContent,
    validate_profile,
)
from sseassess.domain.scoring import ScoreResult, score
from sseassess.domain.text import N_, InputError, Problem
from sseassess.domain.workshop import (
    ANONYMITY_MINIMUMS,
    IndicatorSpread,
    answered_count,
    results_by_role,
    shown_roles,
    spreads,
)
from sseassess.storage.bundles import ImportBatch
from sseassess.storage.database import Database
from sseassess.storage.errors import NotFoundError
from sseassess.storage.repository import Repository

if TYPE_CHECKING:
    from sseassess.exchange.bundle import Bundle


class AmbiguousParticipant(InputError):
    """A name several participants of a workshop share; ``problems`` lists each of them
    with their id, to name one by it."""


@dataclass(frozen=True, slots=True)
class WorkshopView:
    """Everything the divergence view and the workshop report show."""

    assessment: AssessmentRecord
    framework: Framework
    participants: tuple[ParticipantRecord, ...]
    answers: dict[str, dict[str, Answer]]
    spreads: tuple[IndicatorSpread, ...]
    by_role: dict[str, ScoreResult | None]
    #: No group of answers smaller than this is shown.
    anonymity_minimum: int = 3
    #: Roles that may be shown next to participants: held by enough who answered.
    shown_roles: frozenset[str] = frozenset()
    #: How many participants gave at least one answer.
    answered: int = 0

    def role_shown(self, participant: ParticipantRecord) -> str | None:
        """The participant's role, when showing it cannot point at one or two people."""
        return participant.role if participant.role in self.shown_roles else None

    @property
    def repeated_names(self) -> frozenset[str]:
        """Names (case-folded) two participants or more share: show their short ids."""
        names = [p.display_name.casefold() for p in self.participants]
        return frozenset(name for name in names if names.count(name) > 1)


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
        self._database = database
        self._repository = Repository(database)
        self._framework_path = framework_path
        self._frameworks: dict[str, Framework] = {}
        self._framework_hashes: dict[str, str] = {}

    @classmethod
    def open(
        cls, url: str | None = None, framework_path: Path | None = None, create: bool = True
    ) -> Workspace:
        return cls(Database.open(url, create), framework_path)

    def close(self) -> None:
        self._database.close()

    @property
    def is_file(self) -> bool:
        """Whether the database is a SQLite file (which sseassess backs up and restores),
        rather than a database server."""
        return self._database.path is not None

    def check_sound(self) -> None:
        """``DamagedDatabaseError`` when the database file is damaged (a full check)."""
        self._database.ensure_sound()

    def backup_to(self, target: Path) -> Path:
        """Copy the database, as it is now, to ``target``: checked, whole or not at all."""
        return self._database.backup_to(target)

    def backups(self) -> Path | None:
        """The folder of the automatic backups (None for a database server)."""
        from sseassess.storage.sqlite_files import backup_folder

        path = self._database.path
        return None if path is None else backup_folder(path)

    def restore_backup(self, source: Path | None = None) -> tuple[Path, Path | None]:
        """Replace the database by the backup ``source`` (checked first), or by the latest
        good automatic backup; the backup restored and the copy kept of what it replaced.

        The database is closed meanwhile and opened again after, so this same workspace
        goes on with the restored data.
        """
        from sseassess.app.maintenance import restore_database, restore_latest_backup

        path = self._database.path
        if path is None:
            raise InputError(
                N_(
                    "{where} is a database server: it is backed up and restored by its "
                    "administrator (for example with pg_dump and pg_restore), not by sseassess."
                ),
                where=self.location,
            )
        url = f"sqlite:///{path}"
        self._database.close()
        try:
            if source is None:
                source, kept = restore_latest_backup(url)
            else:
                kept = restore_database(source, url)
        finally:
            self._database = Database.open(url)
            self._repository = Repository(self._database)
            self._frameworks.clear()
            self._framework_hashes.clear()
        return source, kept

    @property
    def location(self) -> str:
        """Where the database is: a file path, or a server address without its password."""
        return self._database.location

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
        return self._framework_with_hash(assessment.framework_hash)

    def _framework_with_hash(self, content_hash: str) -> Framework:
        framework = self._frameworks.get(content_hash)
        if framework is None:
            snapshot = self._repository.snapshots.get(content_hash)
            framework = framework_from_snapshot(snapshot.content, snapshot.content_hash)
            self._frameworks[content_hash] = framework
        return framework

    # -- reading what is stored

    def organization(self, uuid: str) -> OrganizationRecord:
        return self._repository.organizations.get(uuid)

    def find_organization(self, reference: str) -> OrganizationRecord:
        """The organization whose UUID or exact name is ``reference``."""
        return self._repository.organizations.find(clean_name(reference) or reference)

    def organizations(self) -> list[OrganizationRecord]:
        """Every organization, by name."""
        return self._repository.organizations.all()

    def organization_count(self) -> int:
        return self._repository.organizations.count()

    def assessment(self, uuid: str) -> AssessmentRecord:
        return self._repository.assessments.get(uuid)

    def find_assessment(self, reference: str) -> AssessmentRecord:
        """The assessment whose UUID is ``reference`` (or starts with it, when unique)."""
        return self._repository.assessments.find(reference)

    def assessments(self) -> list[AssessmentRecord]:
        """Every assessment, newest first."""
        return self._repository.assessments.all()

    def answers(self, assessment_uuid: str) -> dict[str, Answer]:
        """The assessment's own answers (a workshop's consensus), by indicator id."""
        return self._repository.answers.of(assessment_uuid)

    def evidence(self, assessment_uuid: str) -> dict[str, list[EvidenceRecord]]:
        """The evidence files of the assessment's own answers, by indicator id."""
        return self._repository.evidence.of(assessment_uuid)

    def evidence_data(self, evidence_uuid: str) -> bytes:
        return self._repository.evidence.data(evidence_uuid)

    def actions(self, assessment_uuid: str) -> list[ActionItem]:
        """The steps of the assessment's action plan, in order."""
        return self._repository.actions.of(assessment_uuid)

    def participants(self, assessment_uuid: str) -> list[ParticipantRecord]:
        """The participants of a workshop, in the order they joined."""
        return self._repository.participants.of(assessment_uuid)

    def participant_count(self, assessment_uuid: str) -> int:
        return self._repository.participants.count(assessment_uuid)

    def participant_answers(self, assessment_uuid: str) -> dict[str, dict[str, Answer]]:
        """Every participant's answers, by participant UUID then indicator id."""
        return self._repository.participants.answers(assessment_uuid)

    def snapshot(self, content_hash: str) -> SnapshotContent:
        """The stored framework content with this hash."""
        return self._repository.snapshots.get(content_hash)

    # -- organizations

    def add_organization(self, profile: OrganizationProfile) -> str:
        """Validate and store a new organization; its UUID."""
        self._check_profile(profile)
        return self._repository.organizations.add(_tidy(profile))

    def update_organization(self, uuid: str, profile: OrganizationProfile) -> None:
        self._check_profile(profile)
        self._repository.organizations.update(uuid, _tidy(profile))

    def delete_organization(self, uuid: str) -> None:
        """Delete an organization with all its assessments."""
        self._repository.organizations.delete(uuid)

    def _check_profile(self, profile: OrganizationProfile) -> None:
        framework, _content = self.current_framework()
        problems = validate_profile(_tidy(profile), framework, date.today().year)
        if problems:
            raise InputError(N_("The organization profile has problems."), problems)

    # -- assessments

    def start_assessment(
        self,
        organization_uuid: str,
        kind: str = AssessmentKind.SELF,
        assessed_on: date | None = None,
        copy_from: str | None = None,
    ) -> str:
        """A new assessment with a snapshot of the current framework; its UUID.

        With ``copy_from``, the answers, notes and evidence of that earlier assessment are
        copied in, to be reviewed rather than typed again.
        """
        if kind not in KINDS:
            raise InputError(N_("Unknown kind of assessment {kind!r}."), kind=kind)
        kind = AssessmentKind(kind)
        framework, content = self.current_framework()
        self._repository.snapshots.store(
            framework.id, framework.version, framework.content_hash, content
        )
        uuid = self._repository.assessments.add(
            organization_uuid, framework.content_hash, kind, assessed_on or date.today()
        )
        if copy_from is not None:
            self._repository.answers.copy(copy_from, uuid)
        return uuid

    def save_answer(
        self, assessment_uuid: str, answer: Answer, expected_revision: int | None = None
    ) -> int:
        """Check an answer against the assessment's framework and commit it at once, in one
        transaction; the assessment's new revision.

        With ``expected_revision`` (the revision the caller's answers were read at), the
        save is refused with ``ChangedElsewhereError`` when the assessment has changed
        since: the caller reloads (:meth:`answers_at`) rather than write over that change.
        """
        problems = check_answer(self._framework_for(assessment_uuid), answer)
        if problems:
            raise InputError(N_("This answer cannot be saved."), problems)
        return self._repository.answers.save(assessment_uuid, answer, expected_revision)

    def answers_at(self, assessment_uuid: str) -> tuple[int, dict[str, Answer]]:
        """The assessment's revision and its own answers at that revision."""
        return self._repository.answers.snapshot(assessment_uuid)

    def revision(self, assessment_uuid: str) -> int:
        """How many changes the assessment has had: a different number than the one read
        with its answers means something changed it since (here or elsewhere)."""
        return self._repository.answers.revision(assessment_uuid)

    def _framework_for(self, assessment_uuid: str) -> Framework:
        """The framework of an assessment, by its UUID (an assessment never changes
        framework, and a UUID is never reused: the lookup is kept)."""
        content_hash = self._framework_hashes.get(assessment_uuid)
        if content_hash is None:
            content_hash = self._repository.assessments.get(assessment_uuid).framework_hash
            self._framework_hashes[assessment_uuid] = content_hash
        return self._framework_with_hash(content_hash)

    def save_answers(
        self,
        assessment_uuid: str,
        answers: Iterable[Answer],
        *,
        accept: bool = False,
        source: str = "",
    ) -> int:
        """Check many answers (typed in from paper) and save them together: all, or none.

        What a row leaves empty keeps its stored value: a row with only a note keeps the
        level, a row without a note keeps the note, and marks for discussion stay. For a
        workshop these are the consensus: changing one already recorded waits for
        ``accept`` (``ChangesNeedAcceptance``), and the import is logged, to be undone.
        """
        answers = self._checked_answers(assessment_uuid, answers)
        self._database.ensure_sound()  # nothing is written into a damaged file
        if self._repository.assessments.get(assessment_uuid).kind == AssessmentKind.WORKSHOP:
            count, _changes = self._repository.answers.import_typed(
                assessment_uuid, answers, accept=accept, source=source
            )
            return count
        # Merged with what is stored inside the write transaction: a save made meanwhile
        # (in the application) is what the empty fields keep.
        return self._repository.answers.replace(assessment_uuid, answers, typed_over)

    def _checked_answers(self, assessment_uuid: str, answers: Iterable[Answer]) -> list[Answer]:
        """``answers`` for an assessment that can still be changed, every one checked
        against its framework; :class:`InputError` listing every problem otherwise."""
        framework = self.framework_of(self._editable(assessment_uuid))
        checked = list(answers)
        problems = [p for answer in checked for p in check_answer(framework, answer)]
        if problems:
            raise InputError(N_("These answers cannot be saved."), problems)
        return checked

    def result(self, assessment_uuid: str) -> tuple[AssessmentRecord, Framework, ScoreResult]:
        """The assessment, its framework and its scores."""
        assessment = self._repository.assessments.find(assessment_uuid)
        framework = self.framework_of(assessment)
        answers = self._repository.answers.of(assessment.uuid)
        return assessment, framework, score(framework, answers)

    def _editable(self, assessment_uuid: str) -> AssessmentRecord:
        assessment = self._repository.assessments.get(assessment_uuid)
        if assessment.status == AssessmentStatus.FINISHED:
            raise InputError(N_("This assessment is finished; reopen it to change it."))
        return assessment

    def delete_assessment(self, uuid: str) -> None:
        """Delete an assessment with its answers, evidence and action plan."""
        self._repository.assessments.delete(uuid)

    def set_current_indicator(self, assessment_uuid: str, indicator_id: str | None) -> None:
        """Remember where the user is in the assessment, to reopen it there."""
        self._repository.assessments.set_current_indicator(assessment_uuid, indicator_id)

    def finish(self, assessment_uuid: str) -> None:
        """Mark an assessment finished: read-only until reopened."""
        self._repository.assessments.set_status(assessment_uuid, AssessmentStatus.FINISHED)

    def reopen(self, assessment_uuid: str) -> None:
        self._repository.assessments.set_status(assessment_uuid, AssessmentStatus.IN_PROGRESS)

    def compare(
        self, first_uuid: str, second_uuid: str
    ) -> tuple[AssessmentRecord, AssessmentRecord, Framework, Comparison]:
        """Compare two assessments of one organization, the earlier one first."""
        first = self._repository.assessments.get(first_uuid)
        second = self._repository.assessments.get(second_uuid)
        if first.organization_uuid != second.organization_uuid:
            raise InputError(N_("Only assessments of the same organization can be compared."))
        before, after = sorted((first, second), key=lambda a: (a.assessed_on, a.uuid))
        framework = self.framework_of(after)
        answers_before = self._repository.answers.of(before.uuid)
        answers_after = self._repository.answers.of(after.uuid)
        comparison = compare(
            framework,
            score(self.framework_of(before), answers_before),
            score(framework, answers_after),
            answers_before,
            answers_after,
        )
        return before, after, framework, comparison

    # -- evidence

    def add_evidence(self, assessment_uuid: str, indicator_id: str, path: Path) -> EvidenceRecord:
        """Keep a copy of the file at ``path`` in the database, attached to the answer."""
        self._editable(assessment_uuid)
        try:
            size = path.stat().st_size
            if size > MAX_EVIDENCE_BYTES:
                raise InputError(
                    N_("{file} is too large ({size} MB); evidence files can be up to {limit} MB."),
                    file=path.name,
                    size=round(size / 1_000_000, 1),
                    limit=MAX_EVIDENCE_BYTES // 1_000_000,
                )
            data = path.read_bytes()
        except OSError as error:
            raise InputError(
                N_("{file} cannot be read: {detail}"),
                file=path.name,
                detail=error.strerror or str(error),
            ) from error
        # The name is kept to be shown, cleaned of what could disguise it
        # ("minutes\u202efdp.exe"); the media type follows from the cleaned name.
        name = file_name(path.name)
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return self._repository.evidence.add(assessment_uuid, indicator_id, name, media_type, data)

    def remove_evidence(self, assessment_uuid: str, evidence_uuid: str) -> None:
        self._repository.evidence.remove(assessment_uuid, evidence_uuid)

    # -- action plan

    def save_action(self, assessment_uuid: str, action: ActionItem) -> str:
        """Add or update a step of the action plan (the plan stays editable when finished)."""
        if not action.description.strip():
            raise InputError(N_("Describe the action."))
        if action.status not in ACTION_STATUSES:
            raise InputError(N_("Unknown action status {status!r}."), status=action.status)
        return self._repository.actions.save(assessment_uuid, action)

    def remove_action(self, action_uuid: str) -> None:
        self._repository.actions.remove(action_uuid)

    def suggested_actions(self, assessment_uuid: str, language: str) -> list[ActionItem]:
        """The framework's actions for the essentials missing and the weakest indicators."""
        _record, _framework, result = self.result(assessment_uuid)
        taken = {a.description for a in self._repository.actions.of(assessment_uuid)}
        indicators = [*result.missing_essentials]
        indicators += [f.indicator for f in result.improvements if f.indicator not in indicators]
        suggestions: list[ActionItem] = []
        for indicator in indicators:
            for text in indicator.actions.get(language):
                if text not in taken:
                    suggestions.append(ActionItem(text, indicator_id=indicator.id))
        return suggestions

    # -- workshops

    def add_participant(
        self, assessment_uuid: str, display_name: str, role: str | None = None
    ) -> ParticipantRecord:
        """Add a participant to a workshop assessment."""
        name = self.check_participant(assessment_uuid, display_name, role)
        return self._repository.participants.add(assessment_uuid, name, role)

    def check_participant(self, assessment_uuid: str, display_name: str, role: str | None) -> str:
        """The participant's tidy name, once the workshop, the name and the role are fine."""
        assessment = self._repository.assessments.get(assessment_uuid)
        if assessment.kind != AssessmentKind.WORKSHOP:
            raise InputError(N_("Participants can only be added to a workshop assessment."))
        name = participant_name(display_name)
        if role is not None and role not in ROLES:
            raise InputError(
                N_("Unknown role {role!r}; choose one of: {choices}."),
                role=role,
                choices=", ".join(ROLES),
            )
        return name

    def remove_participant(self, assessment_uuid: str, participant_uuid: str) -> None:
        """Remove a participant recorded by mistake, with their answers."""
        self._editable(assessment_uuid)
        self._repository.participants.remove(participant_uuid)

    def find_participant(self, assessment_uuid: str, reference: str) -> ParticipantRecord:
        """The participant whose id (or a unique start of it) or name is ``reference``;
        ``AmbiguousParticipant`` listing the candidates when several share that name."""
        found = self.participants_matching(assessment_uuid, reference)
        if not found:
            raise NotFoundError(N_("No participant {reference!r}."), reference=reference)
        return found[0]

    def participants_matching(
        self, assessment_uuid: str, reference: str
    ) -> list[ParticipantRecord]:
        """The participant ``reference`` names (by id or name; empty: nobody);
        ``AmbiguousParticipant`` when it is a name several of them share."""
        found = self._repository.participants.find(assessment_uuid, reference)
        if len(found) > 1:
            raise AmbiguousParticipant(
                N_(
                    "Several participants are called {name}; nothing was changed. Name one "
                    "by its id:"
                ),
                [
                    Problem(p.uuid, N_("participant {name}"), {"name": p.display_name})
                    for p in found
                ],
                name=reference.strip(),
            )
        return found

    def participant_on_this_computer(self, assessment_uuid: str) -> ParticipantRecord | None:
        """The person answering this workshop on this computer (their laptop), if any."""
        return self._repository.participants.on_this_computer(assessment_uuid)

    def join(self, assessment_uuid: str, participant: ParticipantRecord) -> ParticipantRecord:
        """Make this computer ``participant``'s laptop for the workshop: the assessment's
        own answers here are theirs, sent as theirs, and never receive a consensus."""
        name = self.check_participant(assessment_uuid, participant.display_name, participant.role)
        if self.participant_on_this_computer(assessment_uuid) is not None:
            raise InputError(N_("This computer has already joined this workshop."))
        return self._repository.participants.join(
            assessment_uuid, dataclasses.replace(participant, display_name=name)
        )

    def merge_participants(
        self, assessment_uuid: str, keep_uuid: str, other_uuid: str
    ) -> ParticipantRecord:
        """Merge two records of the same person into ``keep`` (undoable from the log)."""
        self._editable(assessment_uuid)
        return self._repository.participants.merge(assessment_uuid, keep_uuid, other_uuid)

    def save_participant_answers(
        self,
        assessment_uuid: str,
        participant_uuid: str,
        answers: Iterable[Answer],
        answered_at: datetime | None = None,
        source_hash: str | None = None,
    ) -> int:
        """Check a participant's answers and replace their earlier ones: all, or none."""
        answers = self._checked_answers(assessment_uuid, answers)
        return self._repository.participants.replace_answers(
            participant_uuid, answers, answered_at, source_hash
        )

    def import_participant_answers(
        self,
        assessment_uuid: str,
        participant: ParticipantRecord,
        answers: Iterable[Answer],
        *,
        accept: bool = False,
        source: str = "",
    ) -> tuple[int, tuple[AnswerChange, ...]]:
        """A participant's answers typed in from paper, laid over their earlier ones (a
        one-row correction changes one answer); a participant not here yet is added.
        Changing answers already here waits for ``accept``. Logged, to be undone."""
        answers = self._checked_answers(assessment_uuid, answers)
        name = self.check_participant(assessment_uuid, participant.display_name, participant.role)
        self._database.ensure_sound()
        return self._repository.participants.import_typed(
            assessment_uuid,
            dataclasses.replace(participant, display_name=name),
            answers,
            accept=accept,
            source=source,
        )

    def correct_participant_answer(
        self, assessment_uuid: str, participant: ParticipantRecord, answer: Answer
    ) -> None:
        """Correct one answer of a participant (a typing mistake from paper): logged, to be
        undone. A participant's own later file still takes the place of their answers."""
        [answer] = self._checked_answers(assessment_uuid, [answer])
        self._repository.participants.import_typed(
            assessment_uuid,
            participant,
            [answer],
            accept=True,
            source="",
            kind=LogKind.CORRECTION,
            exact=True,
        )

    def import_log(self, assessment_uuid: str) -> list[ImportLogEntry]:
        """What arrived in this assessment, newest first: files, paper forms, merges."""
        return self._repository.import_log.of(assessment_uuid)

    def undo_import(self, log_uuid: str) -> str:
        """Undo one import of the log (refused if what it changed was changed since);
        the UUID of its assessment."""
        return self._repository.import_log.undo(log_uuid)

    def anonymity_minimum(self, assessment_uuid: str) -> int:
        return self._repository.assessments.anonymity_minimum(assessment_uuid)

    def set_anonymity_minimum(self, assessment_uuid: str, minimum: int) -> None:
        """Set the smallest group of participants whose answers the workshop shows."""
        if minimum not in ANONYMITY_MINIMUMS:
            raise InputError(
                N_("The smallest group shown must be between {low} and {high} participants."),
                low=ANONYMITY_MINIMUMS.start,
                high=ANONYMITY_MINIMUMS.stop - 1,
            )
        self._repository.assessments.set_anonymity_minimum(assessment_uuid, minimum)

    def workshop(self, assessment_uuid: str) -> WorkshopView:
        """Participants, how their answers spread, the consensus and results by role."""
        assessment = self._repository.assessments.get(assessment_uuid)
        framework = self.framework_of(assessment)
        participants = self._repository.participants.of(assessment_uuid)
        stored = self._repository.participants.answers(assessment_uuid)
        # Everyone counts, including participants who have not answered yet.
        answers = {p.uuid: stored.get(p.uuid, {}) for p in participants}
        consensus = self._repository.answers.of(assessment_uuid)
        minimum = self._repository.assessments.anonymity_minimum(assessment_uuid)
        return WorkshopView(
            assessment=assessment,
            framework=framework,
            participants=tuple(participants),
            answers=answers,
            spreads=tuple(spreads(framework, answers, consensus)),
            by_role=results_by_role(framework, participants, answers, minimum),
            anonymity_minimum=minimum,
            shown_roles=shown_roles(participants, answers, minimum),
            answered=answered_count(answers),
        )

    def update_participant(self, participant: ParticipantRecord) -> None:
        """Store a participant's new name and role."""
        name = participant_name(participant.display_name)
        self._repository.participants.update(dataclasses.replace(participant, display_name=name))

    # -- files that travel

    def bundle_answers(
        self, assessment_uuid: str, participant_uuid: str | None = None
    ) -> list[StampedAnswer]:
        """The assessment's own answers (or one participant's) as a file carries them."""
        return self._repository.bundles.answers(assessment_uuid, participant_uuid)

    def record_sent(self, participant: ParticipantRecord) -> None:
        """Remember the version of the answers a participant's laptop last sent
        (``answered_at`` and ``source_hash``): sending them again writes the same file."""
        self._repository.participants.replace_answers(
            participant.uuid, [], participant.answered_at, participant.source_hash
        )

    def import_bundle(self, bundle: Bundle, accept: bool = False, source: str = "") -> BundleImport:
        """Write a checked bundle in one transaction, by the rules of ``domain.merge``;
        changes to answers already here wait for ``accept`` (``ChangesNeedAcceptance``)."""
        with self.import_batch() as batch:
            return batch.import_bundle(bundle, accept, source)

    @contextmanager
    def import_batch(self) -> Iterator[BundleBatch]:
        """Import many bundles in one transaction, each on its own (a savepoint)."""
        with self._repository.bundles.batch() as batch:
            yield BundleBatch(batch)

    def known_snapshot(self, content_hash: str) -> SnapshotContent | None:
        """The framework snapshot with this hash, if this computer has it."""
        return self._repository.snapshots.find(content_hash)

    def set_consensus(
        self,
        assessment_uuid: str,
        indicator_id: str,
        level: int | None,
        *,
        not_applicable: bool = False,
        reason: str = "",
    ) -> Answer:
        """Record the group's level for one indicator, or "not applicable" with a reason
        (its note and evidence are kept); the answer now stored."""
        current = self._repository.answers.of(assessment_uuid).get(indicator_id)
        base = current or Answer(indicator_id)
        answer = dataclasses.replace(
            base,
            level=None if not_applicable else level,
            not_applicable=not_applicable,
            reason=reason if not_applicable else "",
        )
        self.save_answer(assessment_uuid, answer)
        return answer

    def history(self) -> list[OrganizationHistory]:
        """Every organization with its assessments and their results, newest first."""
        organizations = self._repository.organizations.all()
        assessments = self._repository.assessments.all()
        answers = self._repository.answers.of_many([a.uuid for a in assessments])
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

    # -- the issuer's register of charter certificates

    def issued_certificates(self, issuer_fingerprint: str | None = None) -> list[IssuedCertificate]:
        """The charter certificates issued here (by one issuer, or by all)."""
        return self._repository.issued.all(issuer_fingerprint)

    def record_issued(
        self, issuer_fingerprint: str, make: Callable[[int], IssuedCertificate]
    ) -> None:
        """Record a certificate numbered from the count its issuer already has."""
        self._repository.issued.add(issuer_fingerprint, make)

    def forget_issued(self, issuer_fingerprint: str, number: str) -> None:
        """Take back a certificate whose file could not be written."""
        self._repository.issued.remove(issuer_fingerprint, number)

    def revoke_issued(self, issuer_fingerprint: str, number: str) -> IssuedCertificate:
        return self._repository.issued.revoke(
            issuer_fingerprint, number, datetime.now(UTC).replace(tzinfo=None)
        )


def check_answer(framework: Framework, answer: Answer) -> list[Problem]:
    """What is wrong with an answer under this framework (empty when it can be saved)."""
    where = answer.indicator_id
    if not framework.has_indicator(answer.indicator_id):
        return [Problem(where, N_("unknown indicator {indicator!r}"), {"indicator": where})]
    indicator = framework.indicator(answer.indicator_id)
    problems: list[Problem] = text_problems(answer)
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
        name=clean_name(profile.name),
        legal_form=clean(profile.legal_form),
        country=country.upper() if country else None,
        sector=clean_name(profile.sector or "") or None,
        members=profile.members,
        employees=profile.employees,
        founded_year=profile.founded_year,
        signatory_category=clean(profile.signatory_category),
    )


class BundleBatch:
    """Bundles imported in one transaction (see :meth:`Workspace.import_batch`)."""

    def __init__(self, batch: ImportBatch) -> None:
        self._batch = batch

    def import_bundle(self, bundle: Bundle, accept: bool = False, source: str = "") -> BundleImport:
        """Import one checked bundle on its own: all of it, or nothing."""
        return self._batch.import_file(
            IncomingFile(
                role=FileRole(bundle.role),
                organization=bundle.organization,
                snapshot=bundle.framework,
                assessment=bundle.assessment,
                participant=bundle.participant,
                answers=bundle.answers,
                participants=bundle.participants,
                content_hash=bundle.content_hash,
                source=source,
                anonymity_minimum=bundle.anonymity_minimum,
            ),
            accept,
        )
