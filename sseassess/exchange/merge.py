"""Importing bundle files into a workspace: each file whole or not at all, in any order.

The rules that make the result independent of the order of import (and of importing a
file twice) are in ``Repository.import_bundle``: a participant's answers are replaced by
a version with a later ``answered_at`` (ties: the greater content hash), the assessment's
own answers merge indicator by indicator (the one changed last wins) with evidence added
by SHA-256, and what already exists (organization, assessment) is never overwritten.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sseassess.domain.text import N_, Problem, TranslatableError, Translate
from sseassess.exchange.validate import FrameworkCache, read_bundle

if TYPE_CHECKING:
    from sseassess.app.workspace import Workspace

IMPORTED = "imported"
REPLACED = "replaced"
UNCHANGED = "unchanged"
REFUSED = "refused"

#: The name of each outcome, as the command line prints it.
STATUS_NAMES = {
    IMPORTED: N_("imported"),
    REPLACED: N_("replaced"),
    UNCHANGED: N_("unchanged"),
    REFUSED: N_("refused"),
}

#: What an import did, by ``BundleImport.reason``.
_DETAILS = {
    "new-assessment": N_("the assessment of {organization}, new here"),
    "new-participant": N_("the answers of {participant}, new in the workshop of {organization}"),
    "newer-participant": N_("newer answers of {participant} took the place of their earlier ones"),
    "newer-answers": N_("newer answers were merged into the assessment of {organization}"),
    "same-file": N_("this file was already imported"),
    "older": N_("newer answers of {participant} are already here"),
    "already-here": N_("the assessment of {organization} already has these answers"),
}


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What happened to one file: its status, and what to say about it."""

    path: Path
    status: str
    detail: Problem | TranslatableError
    assessment_uuid: str | None = None
    participant: str | None = None

    def message(self, translate: Translate | None = None) -> str:
        """What happened, or why the file was refused (translated by ``translate``)."""
        return self.detail.message(translate)


@dataclass(frozen=True, slots=True)
class CollectReport:
    """The outcome of each file, in the order given; ``cancelled`` when stopped early
    (the files not reached are not in ``outcomes``)."""

    outcomes: tuple[FileOutcome, ...]
    total: int
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def refused(self) -> tuple[FileOutcome, ...]:
        return tuple(outcome for outcome in self.outcomes if outcome.status == REFUSED)


def import_file(
    workspace: Workspace, path: Path, frameworks: FrameworkCache | None = None
) -> FileOutcome:
    """Check the bundle file at ``path`` and import it in one transaction."""
    try:
        bundle = read_bundle(path, frameworks)
        result = workspace.repository.import_bundle(
            bundle.organization,
            bundle.framework,
            bundle.assessment,
            bundle.participant,
            bundle.answers,
        )
    except TranslatableError as error:
        return FileOutcome(path, REFUSED, error)
    detail = Problem(
        "",
        _DETAILS[result.reason],
        {"organization": result.organization_name, "participant": result.participant_name},
    )
    return FileOutcome(
        path, result.outcome, detail, result.assessment_uuid, result.participant_name
    )


def collect(
    workspace: Workspace,
    paths: Iterable[Path],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CollectReport:
    """Import many bundle files, each on its own: a refused file does not stop the others.

    ``progress(done, total)`` is called before the first file and after each one;
    ``cancelled()`` is asked before each file (the files already imported stay).
    """
    files = list(paths)
    total = len(files)
    frameworks: FrameworkCache = {}
    outcomes: list[FileOutcome] = []
    if progress is not None:
        progress(0, total)
    for done, path in enumerate(files, start=1):
        if cancelled is not None and cancelled():
            return CollectReport(tuple(outcomes), total, cancelled=True)
        outcomes.append(import_file(workspace, path, frameworks))
        if progress is not None:
            progress(done, total)
    return CollectReport(tuple(outcomes), total)
