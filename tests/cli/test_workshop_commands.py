"""``sseassess participants list|merge`` and ``imports list|undo``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sseassess.app.workspace import Workspace
from sseassess.domain.answers import Answer
from sseassess.domain.records import OrganizationProfile

VOTE = "democratic-control.one-member-one-vote"
Cli = Callable[..., tuple[int, str, str]]


def test_participants_are_listed_with_their_ids_and_merged(
    cli: Cli, workspace: Workspace, tmp_path: Path
) -> None:
    organization = workspace.add_organization(OrganizationProfile(name="Coop"))
    workshop = workspace.start_assessment(organization, "workshop")
    form = tmp_path / "sofia.csv"
    form.write_text(f"indicator,level,reason,note\n{VOTE},3,,\n", encoding="utf-8")
    assert cli("answers", "import", workshop, str(form), "--participant", "Sofia")[0] == 0
    other = workspace.add_participant(workshop, "Sofia B.")
    workspace.save_participant_answers(workshop, other.uuid, [Answer(VOTE, 1)])
    code, out, _err = cli("participants", "list", workshop)
    [sofia] = [p for p in workspace.participants(workshop) if p.display_name == "Sofia"]
    assert code == 0
    assert out.splitlines() == [
        f"{sofia.uuid}  Sofia  1 answer",
        f"{other.uuid}  Sofia B.  1 answer",
    ]
    code, out, _err = cli("participants", "merge", workshop, sofia.uuid, other.short_id)
    assert code == 0 and f"Sofia B. ({other.uuid}) merged into Sofia ({sofia.uuid})" in out
    code, out, _err = cli("imports", "list", workshop)
    merge, paper = out.splitlines()
    assert "Sofia B." in merge and "changed" in merge
    assert "sofia.csv" in paper and "imported" in paper
    code, out, _err = cli("imports", "undo", merge.split()[0])
    assert code == 0 and "Undone" in out
    assert len(workspace.participants(workshop)) == 2
    code, _out, err = cli("imports", "undo", merge.split()[0])
    assert code == 2 and "already undone" in err
