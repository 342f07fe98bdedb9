"""Bundles: a workshop on 30 laptops, merged on fresh computers in any order, gives one result;
files have roles, and nothing already here changes unasked."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from sseassess.app.bundles import collect, export_bundle, join_workshop
from sseassess.app.frameworks import builtin_path
from sseassess.app.workspace import Workspace
from sseassess.cli import main
from sseassess.domain.answers import Answer
from sseassess.domain.merge import Outcome
from sseassess.domain.records import ROLES, OrganizationProfile
from sseassess.exchange.bundle import SUFFIX
from sseassess.exchange.validate import FrameworkCache, read_bundle

LAPTOPS = 30
RESENDERS = 6
VOTE = "democratic-control.one-member-one-vote"
ASSEMBLY = "democratic-control.general-assembly"


def charter() -> FrameworkCache:
    """The frameworks participants' files refer to (by hash): the built-in charter."""
    from sseassess.app.frameworks import builtin_framework
    from sseassess.domain.records import SnapshotContent

    framework, content = builtin_framework()
    snapshot = SnapshotContent(framework.id, framework.version, framework.content_hash, content)
    return FrameworkCache(lambda wanted: snapshot if wanted == snapshot.content_hash else None)


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


def run(*arguments: str) -> None:
    assert main(list(arguments)) == 0, arguments


def dump(path: Path) -> dict[str, Any]:
    """The content of a database, by UUID and hash: no row ids, no times of import."""
    connection = sqlite3.connect(path)
    try:
        query = connection.execute
        organizations = sorted(
            query(
                "SELECT uuid, name, legal_form, country, sector, members, employees, "
                "founded_year, signatory_category FROM organization"
            )
        )
        snapshots = sorted(
            query("SELECT content_hash, framework_id, version, content FROM framework_snapshot")
        )
        assessments = sorted(
            query(
                "SELECT a.uuid, o.uuid, f.content_hash, a.kind, a.status, a.assessed_on "
                "FROM assessment a JOIN organization o ON o.id = a.organization_id "
                "JOIN framework_snapshot f ON f.id = a.framework_snapshot_id"
            )
        )
        participants = sorted(
            query(
                "SELECT p.uuid, a.uuid, p.display_name, p.role, p.answered_at, p.source_hash "
                "FROM participant p JOIN assessment a ON a.id = p.assessment_id"
            )
        )
        evidence: dict[int, list[tuple[Any, ...]]] = {}
        for answer_id, *row in query(
            "SELECT answer_id, file_name, media_type, size, sha256 FROM evidence"
        ):
            evidence.setdefault(answer_id, []).append(tuple(row))
        answers = sorted(
            (*row, tuple(sorted(evidence.get(answer_id, []))))
            for answer_id, *row in query(
                "SELECT n.id, a.uuid, COALESCE(p.uuid, 'consensus'), n.indicator_id, n.level, "
                "n.not_applicable, n.reason, n.note, n.for_discussion FROM answer n "
                "JOIN assessment a ON a.id = n.assessment_id "
                "LEFT JOIN participant p ON p.id = n.participant_id"
            )
        )
    finally:
        connection.close()
    return {
        "organizations": organizations,
        "snapshots": snapshots,
        "assessments": assessments,
        "participants": participants,
        "answers": answers,
    }


@dataclass
class Workshop:
    """A trainer's workshop and what came back from the participants' laptops."""

    folder: Path
    trainer: Path
    assessment: str
    whole: Path  # the whole workshop (with the consensus), e.g. for a second trainer
    laptops: Path  # the workshop file for the laptops: questions, no answers
    first_sends: list[Path]
    resends: list[Path]
    final_answers: dict[str, dict[str, Answer]]  # by participant name: what the laptop has

    @property
    def files(self) -> list[Path]:
        return [self.whole, self.laptops, *self.first_sends, *self.resends]


def _answer_randomly(workspace: Workspace, assessment: str, rng: random.Random) -> None:
    framework = workspace.framework_of(workspace.assessment(assessment))
    for indicator in framework.indicators():
        roll = rng.random()
        if roll < 0.1:
            continue
        if roll < 0.2 and indicator.na_allowed:
            answer = Answer(indicator.id, not_applicable=True, reason="not our case")
        else:
            answer = Answer(
                indicator.id,
                rng.randint(0, 4),
                note=rng.choice(["", "", "discussed with the board", "à revoir — ça dépend"]),
                for_discussion=rng.random() < 0.1,
            )
        workspace.save_answer(assessment, answer)


@pytest.fixture(scope="module")
def workshop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workshop]:
    """A trainer's workshop, sent to 30 laptops that answer and send back; 6 send twice."""
    folder = tmp_path_factory.mktemp("workshop")
    trainer = folder / "trainer.db"
    trainer_url = url_of(trainer)
    rng = random.Random(6)
    with Workspace.open(trainer_url) as workspace:
        organization = workspace.add_organization(
            OrganizationProfile(name="Coopérative des Tisserands", country="SN", members=120)
        )
        assessment = workspace.start_assessment(organization, "workshop")
        workspace.set_consensus(assessment, VOTE, 3)
        statutes = folder / "statuts.pdf"
        statutes.write_bytes(b"%PDF-1.4 statutes " + bytes(range(256)))
        workspace.add_evidence(assessment, VOTE, statutes)
    whole = folder / f"workshop{SUFFIX}"
    run("bundle", "export", "--db", trainer_url, assessment, "-o", str(whole))
    laptops = folder / f"for-laptops{SUFFIX}"
    run("bundle", "workshop", "--db", trainer_url, assessment, "-o", str(laptops))

    first_sends: list[Path] = []
    resends: list[Path] = []
    final_answers: dict[str, dict[str, Answer]] = {}
    for number in range(LAPTOPS):
        name = f"Participant {number:02d}"
        laptop_url = url_of(folder / f"laptop{number:02d}.db")
        role = ROLES[number % len(ROLES)]
        if number % 2:  # joins the workshop as a person...
            run("bundle", "join", "--db", laptop_url, str(laptops), "--name", name, "--role", role)
        else:  # ...or takes the workshop, and says who it is when sending the first time
            run("bundle", "import", "--db", laptop_url, str(laptops))
        with Workspace.open(laptop_url) as laptop:
            _answer_randomly(laptop, assessment, rng)
            if number % 7 == 0:
                note = folder / f"minutes{number}.txt"
                note.write_text(f"minutes of meeting {number}", encoding="utf-8")
                laptop.add_evidence(assessment, ASSEMBLY, note)
        first = folder / f"p{number:02d}-1{SUFFIX}"
        export = ["bundle", "export", "--db", laptop_url, assessment, "-o", str(first)]
        run(*export, "--participant", name, "--role", role)
        first_sends.append(first)
        with Workspace.open(laptop_url) as laptop:
            if number < RESENDERS:  # thinks again, and sends again
                _answer_randomly(laptop, assessment, rng)
                again = folder / f"p{number:02d}-2{SUFFIX}"
                export[-1] = str(again)
                run(*export, "--participant", name)
                resends.append(again)
            final_answers[name] = laptop.answers(assessment)
    yield Workshop(folder, trainer, assessment, whole, laptops, first_sends, resends, final_answers)


def test_any_order_of_import_gives_the_same_database(
    workshop: Workshop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = workshop.files
    shuffled = list(files)
    random.Random(1).shuffle(shuffled)
    orders = {
        "as sent": files,
        "newest first": list(reversed(files)),  # second sends first, the workshop last
        "shuffled": shuffled,
    }
    dumps = {}
    for name, order in orders.items():
        database = tmp_path / f"{name}.db"
        # The whole workshop after the file for the laptops adds a consensus to a workshop
        # already here: applied only as accepted.
        run("bundle", "import", "--db", url_of(database), "--accept-changes", *map(str, order))
        dumps[name] = dump(database)
    capsys.readouterr()
    first = dumps["as sent"]
    assert dumps["newest first"] == first
    assert dumps["shuffled"] == first
    assert len(first["participants"]) == LAPTOPS
    assert len(first["organizations"]) == len(first["assessments"]) == 1
    # The trainer's own computer ends with the same content too.
    run("bundle", "import", "--db", url_of(workshop.trainer), *map(str, shuffled))
    assert dump(workshop.trainer) == first


def test_the_consensus_of_a_whole_file_waits_for_approval(
    workshop: Workshop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A workshop already here (from the file for the laptops) gets no consensus unasked."""
    url = url_of(tmp_path / "here.db")
    run("bundle", "import", "--db", url, str(workshop.laptops))
    capsys.readouterr()
    assert main(["bundle", "import", "--db", url, str(workshop.whole)]) == 2
    _out, err = capsys.readouterr()
    assert f"{workshop.whole}: waiting for your approval" in err
    assert "1.1 (consensus): no answer → 3" in err.replace("democratic", "") or "→ 3" in err
    assert "--accept-changes" in err
    with Workspace.open(url) as here:
        assert here.answers(workshop.assessment) == {}
    run("bundle", "import", "--db", url, "--accept-changes", str(workshop.whole))
    with Workspace.open(url) as here:
        assert here.answers(workshop.assessment)[VOTE].level == 3


def test_each_participant_keeps_their_latest_answers(workshop: Workshop, tmp_path: Path) -> None:
    for order in (workshop.files, list(reversed(workshop.files))):
        database = tmp_path / f"{len(order)}-{order[0].stem}.db"
        with Workspace.open(url_of(database)) as trainer:
            report = collect(trainer, order, accept=True)
            assert not report.refused
            view = trainer.workshop(workshop.assessment)
            names = {p.uuid: p.display_name for p in view.participants}
            got = {names[uuid]: answers for uuid, answers in view.answers.items()}
            assert got == workshop.final_answers
            roles = {p.display_name: p.role for p in view.participants}
            assert roles["Participant 03"] == ROLES[3]
            consensus = trainer.answers(workshop.assessment)
            assert consensus[VOTE].level == 3
            [statutes] = trainer.evidence(workshop.assessment)[VOTE]
            assert statutes.file_name == "statuts.pdf"
    laptop_evidence = [
        answer
        for answer in read_bundle(workshop.first_sends[0], charter()).answers
        if answer.evidence
    ]
    # The laptops never received the consensus, nor its evidence: only what was added there.
    assert {item.file_name for answer in laptop_evidence for item in answer.evidence} == {
        "minutes0.txt"
    }


def test_importing_again_changes_nothing(workshop: Workshop, tmp_path: Path) -> None:
    database = tmp_path / "again.db"
    with Workspace.open(url_of(database)) as trainer:
        first = collect(trainer, workshop.files)
        assert first.count(Outcome.IMPORTED) == 1 + LAPTOPS
        assert first.count(Outcome.UPDATED) == RESENDERS
        before = dump(database)
        hashes = {p.uuid: p.source_hash for p in trainer.participants(workshop.assessment)}
        again = collect(trainer, reversed(workshop.files))
        assert again.count(Outcome.UNCHANGED) == len(workshop.files)
        assert dump(database) == before
        after = {p.uuid: p.source_hash for p in trainer.participants(workshop.assessment)}
        assert after == hashes


def test_a_resend_replaces_the_earlier_answers_whatever_the_order(
    workshop: Workshop, tmp_path: Path
) -> None:
    newer, older = workshop.resends[0], workshop.first_sends[0]
    name = "Participant 00"
    for order, statuses in (
        ([older, newer], [Outcome.IMPORTED, Outcome.UPDATED]),
        ([newer, older], [Outcome.IMPORTED, Outcome.UNCHANGED]),
    ):
        database = tmp_path / f"{order[0].stem}.db"
        with Workspace.open(url_of(database)) as trainer:
            report = collect(trainer, [workshop.laptops, *order])
            assert [outcome.status for outcome in report.outcomes][1:] == statuses
            [participant] = trainer.participants(workshop.assessment)
            assert participant.display_name == name
            answers = trainer.participant_answers(workshop.assessment)
            assert answers[participant.uuid] == workshop.final_answers[name]
            assert participant.source_hash == read_bundle(newer, charter()).content_hash
    assert "newer answers of Participant 00 are already here" in report.outcomes[2].message()


def test_sending_unchanged_answers_again_writes_the_same_file(
    workshop: Workshop, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop_url = url_of(workshop.folder / "laptop10.db")
    again = workshop.folder / "p10-again.sseassess"
    run(
        "bundle",
        "export",
        "--db",
        laptop_url,
        workshop.assessment,
        "-o",
        str(again),
        "--participant",
        "participant 10",  # found whatever the case
    )
    assert "answers written to" in capsys.readouterr().out
    assert again.read_bytes() == workshop.first_sends[10].read_bytes()


def test_two_laptops_with_the_same_name_are_two_participants(
    workshop: Workshop, tmp_path: Path
) -> None:
    sent = []
    for number in range(2):
        laptop_url = url_of(tmp_path / f"same{number}.db")
        with Workspace.open(laptop_url) as laptop:
            join_workshop(laptop, workshop.laptops, "Maria")
            laptop.save_answer(workshop.assessment, Answer(ASSEMBLY, number))
            target = tmp_path / f"maria{number}{SUFFIX}"
            export_bundle(laptop, workshop.assessment, target, "Maria")
            sent.append(target)
    with Workspace.open(url_of(tmp_path / "trainer.db")) as trainer:
        assert collect(trainer, [workshop.laptops, *sent]).count(Outcome.IMPORTED) == 3
        participants = trainer.participants(workshop.assessment)
        assert [p.display_name for p in participants] == ["Maria", "Maria"]


def test_the_trainer_sends_a_participants_answers_on(workshop: Workshop, tmp_path: Path) -> None:
    """On a computer where the participant has answers, those are what is sent, unchanged."""
    database = tmp_path / "relay.db"
    with Workspace.open(url_of(database)) as relay:
        collect(relay, [workshop.whole, workshop.first_sends[12]])
        target = tmp_path / f"relay{SUFFIX}"
        export_bundle(relay, workshop.assessment, target, "Participant 12")
    assert target.read_bytes() == workshop.first_sends[12].read_bytes()


def test_the_newest_consensus_wins_whatever_the_order(workshop: Workshop, tmp_path: Path) -> None:
    trainer_url = url_of(tmp_path / "trainer.db")
    with Workspace.open(trainer_url) as trainer:
        collect(trainer, [workshop.whole])
        trainer.set_consensus(workshop.assessment, VOTE, 1)
        trainer.set_consensus(workshop.assessment, ASSEMBLY, 2)
        newer = tmp_path / f"newer{SUFFIX}"
        export_bundle(trainer, workshop.assessment, newer)
    results = []
    for order in ([workshop.whole, newer], [newer, workshop.whole]):
        database = tmp_path / f"{order[0].stem}.db"
        with Workspace.open(url_of(database)) as elsewhere:
            # The second file would change the consensus the first one brought: not unasked.
            report = collect(elsewhere, order)
            if order[0] == workshop.whole:
                assert [o.status for o in report.outcomes][1] == Outcome.PENDING
                assert {c.indicator_id for c in report.changes} == {VOTE, ASSEMBLY}
            else:  # the older consensus changes nothing
                assert [o.status for o in report.outcomes][1] == Outcome.UNCHANGED
            assert elsewhere.answers(workshop.assessment) == elsewhere_first(order)
            report = collect(elsewhere, order, accept=True)
            consensus = elsewhere.answers(workshop.assessment)
            assert (consensus[VOTE].level, consensus[ASSEMBLY].level) == (1, 2)
        results.append(dump(database))
    assert results[0] == results[1]


def elsewhere_first(order: list[Path]) -> dict[str, Answer]:
    """The consensus the first file of ``order`` brings on its own."""
    return {
        stamped.answer.indicator_id: stamped.answer for stamped in read_bundle(order[0]).answers
    }


def test_a_laptop_keeps_its_answers_when_the_workshop_file_comes_again(
    workshop: Workshop, tmp_path: Path
) -> None:
    """The whole workshop, with a consensus, reaching a participant's laptop: the consensus
    never takes the place of the participant's own answers."""
    with Workspace.open(url_of(tmp_path / "laptop.db")) as laptop:
        join_workshop(laptop, workshop.laptops, "Jean")
        laptop.save_answer(workshop.assessment, Answer(VOTE, 0))
        report = collect(laptop, [workshop.whole])
        assert report.count(Outcome.UNCHANGED) == 1
        assert laptop.answers(workshop.assessment) == {VOTE: Answer(VOTE, 0)}
        report = collect(laptop, [workshop.whole], accept=True)
        assert laptop.answers(workshop.assessment) == {VOTE: Answer(VOTE, 0)}


def test_another_framework_version_comes_with_its_own_snapshot(tmp_path: Path) -> None:
    variant = tmp_path / "network-variant.toml"
    text = builtin_path().read_text(encoding="utf-8")
    assert text.count('version = "1.0.1"') == 1
    variant.write_text(text.replace('version = "1.0.1"', 'version = "1.1.0"'), encoding="utf-8")
    with Workspace.open(url_of(tmp_path / "network.db"), variant) as network:
        organization = network.add_organization(OrganizationProfile(name="Mutuelle"))
        assessment = network.start_assessment(organization)
        network.save_answer(assessment, Answer(VOTE, 4))
        bundle = export_bundle(network, assessment, tmp_path / f"variant{SUFFIX}")
    with Workspace.open(url_of(tmp_path / "here.db")) as here:
        here.start_assessment(here.add_organization(OrganizationProfile(name="Ici")))
        assert collect(here, [tmp_path / f"variant{SUFFIX}"]).count(Outcome.IMPORTED) == 1
        record = here.assessment(assessment)
        assert record.framework_hash == bundle.framework.content_hash
        assert here.framework_of(record).version == "1.1.0"
        assert here.answers(assessment)[VOTE].level == 4
        hashes = {row.framework_hash for row in here.assessments()}
        assert len(hashes) == 2


def test_a_finished_workshop_takes_no_new_answers(workshop: Workshop, tmp_path: Path) -> None:
    with Workspace.open(url_of(tmp_path / "done.db")) as trainer:
        collect(trainer, [workshop.whole, workshop.first_sends[1]])
        trainer.finish(workshop.assessment)
        report = collect(trainer, [workshop.first_sends[1], workshop.first_sends[2]])
        assert [outcome.status for outcome in report.outcomes] == [Outcome.UNCHANGED, "refused"]
        assert "finished" in report.outcomes[1].message()
        assert len(trainer.participants(workshop.assessment)) == 1


def test_cli_progress_and_one_line_per_file(
    workshop: Workshop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / f"broken{SUFFIX}"
    broken.write_bytes(workshop.whole.read_bytes()[:500])
    files = [str(workshop.whole), str(broken), str(workshop.first_sends[3])]
    code = main(["bundle", "import", "--db", url_of(tmp_path / "t.db"), "--progress", *files])
    assert code == 2
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f"{files[0]}: imported: the assessment of Coopérative des Tisserands, new here",
        f"{files[2]}: imported: the answers of Participant 03, new in the workshop of "
        "Coopérative des Tisserands",
    ]
    assert f"{files[1]}: refused: This file is cut short" in err
    assert "0/3 imported" in err and "3/3 imported" in err


def test_cli_export_errors(
    workshop: Workshop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = url_of(tmp_path / "trainer.db")
    run("bundle", "import", "--db", url, str(workshop.whole), str(workshop.first_sends[4]))
    target = tmp_path / "x.sseassess"
    export = ["bundle", "export", "--db", url, workshop.assessment, "-o", str(target)]
    capsys.readouterr()
    assert main([*export, "--role", "board"]) == 2
    assert "--role goes with --participant" in capsys.readouterr().err
    assert main([*export, "--participant", "Zoé"]) == 2
    assert "Zoé has no answers of their own" in capsys.readouterr().err
    assert main([*export[:-3], "nope", "-o", str(target), "--participant", "Zoé"]) == 2
    assert "No assessment 'nope'" in capsys.readouterr().err
    assert not target.exists()


def test_a_laptop_importing_its_own_files_changes_nothing(
    workshop: Workshop, tmp_path: Path
) -> None:
    """Its identity row already holds the latest file sent from there: same or older."""
    laptop = workshop.folder / "laptop00.db"
    copy = tmp_path / "laptop.db"
    copy.write_bytes(laptop.read_bytes())
    before = dump(copy)
    with Workspace.open(url_of(copy)) as again:
        report = collect(again, [workshop.resends[0], workshop.first_sends[0], workshop.whole])
        assert [outcome.status for outcome in report.outcomes] == [Outcome.UNCHANGED] * 3
    assert dump(copy) == before
