"""The organization profile dialog: countries by name, clear messages, nothing lost."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from sseassess.app.workspace import Workspace
from sseassess.storage.database import Database
from sseassess.ui.dialogs.profile_dialog import ProfileDialog, countries

if TYPE_CHECKING:
    from tests.ui.conftest import FindChild


def test_countries_are_named_in_the_users_language() -> None:
    french = dict(countries("fr"))
    spanish = dict(countries("es"))
    assert french["SN"] == "Sénégal" and spanish["CO"] == "Colombia"
    names = [name for _code, name in countries("fr")]
    assert names == sorted(names, key=str.casefold)
    assert "001" not in french and "ZZ" not in french


def test_create_organization(qtbot: QtBot, workspace: Workspace, child: FindChild) -> None:
    dialog = ProfileDialog(workspace, "en")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(child(dialog, QLineEdit, "name"), "Mutuelle du Littoral")
    child(dialog, QComboBox, "legal_form").setCurrentIndex(
        child(dialog, QComboBox, "legal_form").findData("mutual")
    )
    child(dialog, QComboBox, "country").setCurrentIndex(
        child(dialog, QComboBox, "country").findData("SN")
    )
    child(dialog, QSpinBox, "members").setValue(1200)
    child(dialog, QSpinBox, "founded_year").setValue(1998)
    dialog.accept()
    assert dialog.created_uuid
    profile = workspace.organization(dialog.created_uuid).profile
    assert (profile.name, profile.legal_form, profile.country) == (
        "Mutuelle du Littoral",
        "mutual",
        "SN",
    )
    assert (profile.members, profile.employees, profile.founded_year) == (1200, None, 1998)


def test_country_typed_by_name_is_understood(
    qtbot: QtBot, workspace: Workspace, child: FindChild
) -> None:
    dialog = ProfileDialog(workspace, "en")
    qtbot.addWidget(dialog)
    child(dialog, QLineEdit, "name").setText("Typed")
    child(dialog, QComboBox, "country").setEditText("colombia")
    assert dialog.profile().country == "CO"


def test_missing_name_is_explained_and_the_dialog_stays(
    qtbot: QtBot, workspace: Workspace, child: FindChild
) -> None:
    """Bad input gets a message next to the field; what was typed stays; nothing is saved."""
    dialog = ProfileDialog(workspace, "en")
    qtbot.addWidget(dialog)
    child(dialog, QLineEdit, "sector").setText("Crafts")
    dialog.accept()
    assert dialog.created_uuid is None
    assert dialog.error_text("name") == "The organization needs a name."
    assert child(dialog, QLineEdit, "sector").text() == "Crafts"
    assert workspace.organizations() == []


def test_editing_keeps_and_updates_the_profile(
    qtbot: QtBot, workspace: Workspace, child: FindChild
) -> None:
    from sseassess.domain.records import OrganizationProfile

    uuid = workspace.add_organization(
        OrganizationProfile(name="Old name", country="FR", employees=3)
    )
    dialog = ProfileDialog(workspace, "fr", uuid)
    qtbot.addWidget(dialog)
    assert child(dialog, QComboBox, "country").currentText() == "France"
    assert child(dialog, QSpinBox, "employees").value() == 3
    child(dialog, QLineEdit, "name").setText("New name")
    dialog.accept()
    profile = workspace.organization(uuid).profile
    assert (profile.name, profile.country, profile.employees) == ("New name", "FR", 3)


def test_values_the_lists_do_not_know_are_kept(
    qtbot: QtBot, workspace: Workspace, database: Database, child: FindChild
) -> None:
    """Editing only the sector keeps a country code or legal form the lists lack."""
    from sseassess.domain.records import OrganizationProfile

    uuid = workspace.add_organization(OrganizationProfile(name="Old", country="EU"))
    with database.session() as session:  # as an older framework may have left it
        from sqlalchemy import update

        from sseassess.storage import models

        session.execute(update(models.Organization).values(legal_form="cooperative-bank"))
    dialog = ProfileDialog(workspace, "en", uuid)
    qtbot.addWidget(dialog)
    child(dialog, QLineEdit, "sector").setText("Finance")
    profile = dialog.profile()
    assert (profile.country, profile.legal_form, profile.sector) == (
        "EU",
        "cooperative-bank",
        "Finance",
    )
