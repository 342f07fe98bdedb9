"""Translated names of the domain's codes: roles, statuses, kinds, and what participants are called.

Each name has the translation context of its theme, so that every view showing a role or a
status shows the very same words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from sseassess.ui.text import arg

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox

    from sseassess.domain.records import ParticipantRecord


def role_name(role: str | None) -> str:
    """The translated name of a participant's role ("" when none was given)."""
    names = {
        "member": QCoreApplication.translate("ParticipantRoles", "Member"),
        "worker": QCoreApplication.translate("ParticipantRoles", "Worker"),
        "board": QCoreApplication.translate("ParticipantRoles", "Board"),
        "volunteer": QCoreApplication.translate("ParticipantRoles", "Volunteer"),
        "beneficiary": QCoreApplication.translate("ParticipantRoles", "Beneficiary"),
    }
    if role is None:
        return ""
    return names.get(role, role)


def participant_labels(
    participants: Sequence[ParticipantRecord], show_names: bool
) -> dict[str, str]:
    """What to call each participant (by UUID): "Participant 1", "Participant 2"… in the
    order they joined, or their names when ``show_names`` — with the start of their id
    when two share a name ("Maria · 1a2b3c4d")."""
    if show_names:
        names = [p.display_name.casefold() for p in participants]
        return {
            p.uuid: f"{p.display_name} · {p.short_id}"
            if names.count(p.display_name.casefold()) > 1
            else p.display_name
            for p in participants
        }
    template = QCoreApplication.translate("ParticipantLabels", "Participant %1")
    return {p.uuid: arg(template, n) for n, p in enumerate(participants, start=1)}


def action_status_name(status: str) -> str:
    """The translated name of an action's status ("planned", "in_progress", "done")."""
    return {
        "planned": QCoreApplication.translate("ActionStatuses", "Planned"),
        "in_progress": QCoreApplication.translate("ActionStatuses", "In progress"),
        "done": QCoreApplication.translate("ActionStatuses", "Done"),
    }[status]


def assessment_kind_name(kind: str) -> str:
    """ "Workshop" or "Self-assessment", as lists and tables name an assessment's kind."""
    if kind == "workshop":
        return QCoreApplication.translate("AssessmentKinds", "Workshop")
    return QCoreApplication.translate("AssessmentKinds", "Self-assessment")


def assessment_status_name(status: str) -> str:
    """ "Finished" or "In progress", as lists and tables name an assessment's status."""
    if status == "finished":
        return QCoreApplication.translate("AssessmentStatuses", "Finished")
    return QCoreApplication.translate("AssessmentStatuses", "In progress")


def add_role_choices(combo: QComboBox, not_given: str) -> None:
    """Fill a role chooser: ``not_given`` (no role) first, then every role by its name."""
    from sseassess.domain.records import ROLES

    combo.addItem(not_given, None)
    for role in ROLES:
        combo.addItem(role_name(role), role)
