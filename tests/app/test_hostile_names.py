"""Names that try to fake a row, a score or another organization: cleaned on the way in
(CLI, workspace, bundles, old databases), so lists and documents show what they are."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from sseassess.app.bundles import collect, export_bundle
from sseassess.app.workspace import Workspace
from sseassess.cli import main
from sseassess.domain.names import safe_extension
from sseassess.domain.records import OrganizationProfile
from sseassess.storage import migrations
from sseassess.storage.database import Database

VOTE = "democratic-control.one-member-one-vote"
FAKE_SCORE = "Coop \u202e001 / 0.59 :erocs llarevO"


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_name_with_a_newline_adds_no_row_to_list(capsys: pytest.CaptureFixture[str]) -> None:
    code, uuid, _err = run(
        capsys, "organization", "add", "Real Coop\nFake Coop  [00000000-0000-0000-0000-0]"
    )
    assert code == 0
    code, out, _err = run(capsys, "list")
    lines = out.splitlines()
    assert lines == [
        f"Real Coop Fake Coop [00000000-0000-0000-0000-0]  [{uuid.strip()}]",
        "    no assessment yet",
    ]


def test_a_right_to_left_override_cannot_show_as_a_score(
    capsys: pytest.CaptureFixture[str],
) -> None:
    run(capsys, "organization", "add", FAKE_SCORE)
    _code, out, _err = run(capsys, "list")
    assert "\u202e" not in out
    assert out.startswith("Coop 001 / 0.59 :erocs llarevO  [")
    _code, out, _err = run(capsys, "list", "--json")
    assert json.loads(out)["organizations"][0]["name"] == "Coop 001 / 0.59 :erocs llarevO"


def test_escapes_and_invisible_characters_are_taken_out(workspace: Workspace) -> None:
    uuid = workspace.add_organization(
        OrganizationProfile(name="\x1b[2J\x1b[31mRed\x1b[0m Coop", sector="Food\u200b\nbank")
    )
    profile = workspace.organization(uuid).profile
    assert (profile.name, profile.sector) == ("Red Coop", "Food bank")


def test_a_zero_width_look_alike_is_the_same_name(workspace: Workspace) -> None:
    first = workspace.add_organization(OrganizationProfile(name="Coop A"))
    second = workspace.add_organization(OrganizationProfile(name="Coop\u200b A"))
    assert workspace.organization(second).profile.name == "Coop A"
    names = [record.profile.name for record in workspace.organizations()]
    assert names == ["Coop A", "Coop A"]  # the same on screen, and the same in fact
    assert workspace.organization(first).profile.name == "Coop A"


def test_a_name_of_only_invisible_characters_is_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "organization", "add", "\u200b\u202e\u2066")
    assert (code, out) == (2, "")
    assert "The organization needs a name." in err


def test_participant_names_are_cleaned(workspace: Workspace) -> None:
    organization = workspace.add_organization(OrganizationProfile(name="Coop"))
    assessment = workspace.start_assessment(organization, "workshop")
    participant = workspace.add_participant(assessment, "Ana\n\u202eeve\x1b[0m")
    assert participant.display_name == "Ana eve"
    with pytest.raises(Exception, match="1 to 200"):
        workspace.add_participant(assessment, "\u200b\u200b")


def test_an_evidence_name_cannot_disguise_a_program(workspace: Workspace, tmp_path: Path) -> None:
    organization = workspace.add_organization(OrganizationProfile(name="Coop"))
    assessment = workspace.start_assessment(organization)
    disguised = tmp_path / "minutes\u202efdp.exe"
    disguised.write_bytes(b"MZ\x90\x00 not really a program")
    record = workspace.add_evidence(assessment, VOTE, disguised)
    assert record.file_name == "minutesfdp.exe"
    assert safe_extension(record.media_type) is None  # never handed to the desktop to open


def test_bundles_bring_no_hostile_name_in(tmp_path: Path) -> None:
    """A file written by an older version (or by hand) carries names as they were typed."""
    with Workspace.open(f"sqlite:///{tmp_path / 'sender.db'}") as sender:
        organization = sender.add_organization(OrganizationProfile(name="Coop"))
        assessment = sender.start_assessment(organization, "workshop")
        path = tmp_path / "sent.sseassess"
        export_bundle(sender, assessment, path)
    document = json.loads(path.read_bytes())
    document["payload"]["organization"]["name"] = "Coop\nFake\u202e 95.0 / 100\u200b"
    from sseassess.exchange.bundle import hash_payload

    document["content_hash"] = hash_payload(document["payload"])
    path.write_text(json.dumps(document))
    with Workspace.open(f"sqlite:///{tmp_path / 'receiver.db'}") as receiver:
        report = collect(receiver, [path])
        assert not report.refused
        [record] = receiver.organizations()
    assert record.profile.name == "Coop Fake 95.0 / 100"


def test_names_stored_by_earlier_versions_are_cleaned_by_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    migrations.upgrade(engine, "0002")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO organization (uuid, name, created_at, updated_at) VALUES "
            "('11111111-1111-1111-1111-111111111111', ?, '2025-01-01', '2025-01-01')",
            ("Old\nCoop\u202e",),
        )
    connection.close()
    Database.open(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT name FROM organization").fetchall() == [("Old Coop",)]
    connection.close()
