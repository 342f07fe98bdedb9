"""Broken and hostile bundle files: each gets a clear message and changes nothing at all."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import shutil
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from sseassess.app.bundles import collect, export_bundle
from sseassess.app.workspace import Workspace
from sseassess.cli import main
from sseassess.domain.answers import Answer
from sseassess.domain.framework_loader import canonical_json
from sseassess.domain.merge import Outcome
from sseassess.domain.records import OrganizationProfile
from sseassess.exchange.bundle import MAX_BUNDLE_BYTES, SUFFIX, hash_payload
from sseassess.i18n import translation

VOTE = "democratic-control.one-member-one-vote"  # N/A not allowed
ASSEMBLY = "democratic-control.general-assembly"  # N/A allowed
OTHER_UUID = "0b9f7b34-1c9c-4a3f-9c57-0d1c5e0f1a2b"

Document = dict[str, Any]


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


def raw_dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, every column: what "unchanged" means here."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            for table in tables
        }
    finally:
        connection.close()


@dataclass
class Setting:
    """A trainer's database with content, and valid bundles to break."""

    database: Path
    whole: Document  # the workshop, as the trainer sends it to laptops
    participant: Document  # one participant's answers, from their laptop
    workshop: str
    second_workshop: str
    participant_uuid: str


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setting]:
    folder = tmp_path_factory.mktemp("hostile")
    database = folder / "trainer.db"
    with Workspace.open(url_of(database)) as trainer:
        organization = trainer.add_organization(OrganizationProfile(name="Tisserands"))
        workshop = trainer.start_assessment(organization, "workshop")
        second = trainer.start_assessment(organization, "workshop")
        trainer.set_consensus(workshop, VOTE, 2)
        evidence = folder / "statuts.txt"
        evidence.write_text("statuts", encoding="utf-8")
        trainer.add_evidence(workshop, VOTE, evidence)
        export_bundle(trainer, workshop, folder / f"whole{SUFFIX}")
    with Workspace.open(url_of(folder / "laptop.db")) as laptop:
        assert collect(laptop, [folder / f"whole{SUFFIX}"]).count("imported") == 1
        laptop.save_answer(workshop, Answer(ASSEMBLY, 3, note="ok"))
        sent = export_bundle(laptop, workshop, folder / f"ana{SUFFIX}", "Ana", "worker")
        export_bundle(laptop, workshop, folder / f"ana{SUFFIX}", "Ana")
    with Workspace.open(url_of(database)) as trainer:
        assert collect(trainer, [folder / f"ana{SUFFIX}"]).count("imported") == 1
    assert sent.participant is not None
    yield Setting(
        database,
        json.loads((folder / f"whole{SUFFIX}").read_bytes()),
        json.loads((folder / f"ana{SUFFIX}").read_bytes()),
        workshop,
        second,
        sent.participant.uuid,
    )


def sealed(document: Document) -> bytes:
    """The document with its content hash made right again, as a crafted file would be."""
    document["content_hash"] = hash_payload(document["payload"])
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def crafted(base: str, change: Callable[[Document], Any]) -> Callable[[Setting], bytes]:
    """A bundle changed by ``change`` (on its payload), with a matching content hash."""

    def make(setting: Setting) -> bytes:
        document = copy.deepcopy(getattr(setting, base))
        change(document["payload"])
        return sealed(document)

    return make


def answer_of(payload: Document, indicator: str = VOTE) -> Document:
    return next(a for a in payload["answers"] if a["indicator"] == indicator)


def framework_data(payload: Document) -> Document:
    data: Document = json.loads(payload["framework"]["content"])
    return data


def set_framework(payload: Document, data: Document) -> None:
    content = canonical_json(data)
    payload["framework"]["content"] = content
    payload["framework"]["content_hash"] = hashlib.sha256(content.encode()).hexdigest()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _with_evidence(payload: Document, data: str, size: int, sha256: str) -> None:
    answer_of(payload, ASSEMBLY)["evidence"] = [
        {
            "file_name": "minutes.pdf",
            "media_type": "application/pdf",
            "size": size,
            "sha256": sha256,
            "data": data,
        }
    ]


def _oversized_evidence(payload: Document) -> None:
    data = b"\0" * 21_000_000
    import base64

    _with_evidence(
        payload, base64.b64encode(data).decode(), len(data), hashlib.sha256(data).hexdigest()
    )


def _non_canonical_framework(payload: Document) -> None:
    content = json.dumps(framework_data(payload), indent=1)
    payload["framework"]["content"] = content
    payload["framework"]["content_hash"] = hashlib.sha256(content.encode()).hexdigest()


def _invalid_framework(payload: Document) -> None:
    data = framework_data(payload)
    data["characteristics"][0]["indicators"][0]["weight"] = -3
    del data["scoring"]
    set_framework(payload, data)


def _another_framework_version(payload: Document) -> None:
    data = framework_data(payload)
    data["version"] = "9.9.9"
    set_framework(payload, data)
    payload["framework"]["version"] = "9.9.9"


def _mislabelled_framework(payload: Document) -> None:
    payload["framework"]["version"] = "2.0.0"


def _modified_framework(payload: Document) -> None:
    content = payload["framework"]["content"]
    payload["framework"]["content"] = content.replace("democratic", "autocratic", 1)


def _second_workshop_for(setting: Setting) -> bytes:
    document = copy.deepcopy(setting.participant)
    document["payload"]["assessment"]["uuid"] = setting.second_workshop
    return sealed(document)


def _latin1(setting: Setting) -> bytes:
    document = copy.deepcopy(setting.participant)
    document["payload"]["participant"]["display_name"] = "Anaïs"
    sealed(document)
    return json.dumps(document, ensure_ascii=False).encode("latin-1", errors="replace")


def _replace_text(old: str, new: str) -> Callable[[Setting], bytes]:
    def make(setting: Setting) -> bytes:
        text = json.dumps(setting.participant)
        assert old in text
        return text.replace(old, new, 1).encode()

    return make


def _from(data: bytes) -> Callable[[Setting], bytes]:
    return lambda _setting: data


def _nested(setting: Setting) -> bytes:
    return b'{"format": "sseassess-bundle", "schema_version": 1, "payload": ' + b"[" * 200_000


def _damaged_level(setting: Setting) -> bytes:
    document = copy.deepcopy(setting.participant)
    answer_of(document["payload"], ASSEMBLY)["level"] = 4
    return json.dumps(document).encode()  # the content hash is left as it was


def _truncated(setting: Setting) -> bytes:
    data = json.dumps(setting.participant).encode()
    return data[: len(data) * 2 // 3]


def _xlsx() -> bytes:
    return _zip(
        {
            "[Content_Types].xml": b'<?xml version="1.0"?><Types/>',
            "xl/workbook.xml": b"<workbook/>",
        }
    )


def _set(path: str, value: Any) -> Callable[[Document], None]:
    """Set payload[a][b]... = value, for a dotted path with list indexes."""

    def change(payload: Document) -> None:
        *parents, last = path.split(".")
        target: Any = payload
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value

    return change


def _delete(path: str) -> Callable[[Document], None]:
    def change(payload: Document) -> None:
        *parents, last = path.split(".")
        target: Any = payload
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        del target[last]

    return change


def _on_answer(which: str, **values: Any) -> Callable[[Document], None]:
    return lambda payload: answer_of(payload, which).update(values)


#: name -> (how the file is made, what its message says)
CASES: dict[str, tuple[Callable[[Setting], bytes], str]] = {
    "empty file": (_from(b""), "This file is empty."),
    "only spaces": (_from(b"  \n\r\n "), "This file is empty."),
    "truncated": (_truncated, "This file is cut short"),
    "no closing brace": (
        lambda s: json.dumps(s.participant).encode()[:-1],
        "This file is cut short",
    ),
    "content hash does not match": (_damaged_level, "changed or damaged after it was written"),
    "newer schema version": (
        lambda s: sealed({**copy.deepcopy(s.participant), "schema_version": 3}),
        "written by a newer version of sseassess (bundle format 3",
    ),
    "schema version zero": (
        lambda s: sealed({**copy.deepcopy(s.participant), "schema_version": 0}),
        "unknown format version 0",
    ),
    "schema version as text": (
        lambda s: sealed({**copy.deepcopy(s.participant), "schema_version": "1"}),
        "bundle.schema_version must be a whole number.",
    ),
    "not a bundle (other JSON object)": (
        _from(b'{"name": "a spreadsheet export"}'),
        'does not say "format": "sseassess-bundle"',
    ),
    "JSON array at top level": (_from(b'[{"format": "sseassess-bundle"}]'), "JSON array"),
    "JSON number at top level": (_from(b"42"), "single JSON value"),
    "wrong type: level as text": (
        crafted("participant", _on_answer(ASSEMBLY, level="3")),
        "answers[0].level must be a whole number.",
    ),
    "wrong type: flag as number": (
        crafted("participant", _on_answer(ASSEMBLY, not_applicable=0)),
        "answers[0].not_applicable must be true or false.",
    ),
    "wrong type: answers as object": (
        crafted("participant", _set("answers", {})),
        "payload.answers must be a list.",
    ),
    "wrong type: members as float": (
        crafted("participant", _set("organization.members", 12.5)),
        "organization.members must be a whole number.",
    ),
    "missing key": (
        crafted("participant", _delete("answers.0.note")),
        "answers[0] lacks the key 'note'.",
    ),
    "missing section": (
        crafted("participant", _delete("framework")),
        "payload lacks the key 'framework'.",
    ),
    "unknown key": (
        crafted("participant", _set("participant.password", "x")),
        "participant has the key 'password', which bundles do not have.",
    ),
    "10 MB organization name": (
        crafted("participant", _set("organization.name", "N" * 10_000_000)),
        "organization.name is too long (10000000 characters; at most 300).",
    ),
    "10 MB note": (
        crafted("participant", _on_answer(ASSEMBLY, note="n" * 10_000_000)),
        "answers[0].note is too long (10000000 characters; at most 20000).",
    ),
    "oversized evidence": (
        crafted("participant", _oversized_evidence),
        "the evidence file minutes.pdf is too large (21.0 MB); evidence files can be up to 20 MB",
    ),
    "evidence stated size over the limit": (
        crafted(
            "participant",
            lambda p: _with_evidence(p, "AAAA", 900_000_000, "0" * 64),
        ),
        "is too large (900.0 MB)",
    ),
    "evidence whose SHA-256 does not match": (
        crafted("participant", lambda p: _with_evidence(p, "aGVsbG8=", 5, "0" * 64)),
        "the evidence file minutes.pdf is damaged: its SHA-256 does not match.",
    ),
    "evidence that is not base64": (
        crafted("participant", lambda p: _with_evidence(p, "not base64!", 5, "0" * 64)),
        "the evidence file minutes.pdf is not valid base64.",
    ),
    "evidence with a wrong size": (
        crafted(
            "participant",
            lambda p: _with_evidence(p, "aGVsbG8=", 6, hashlib.sha256(b"hello").hexdigest()),
        ),
        "is 5 bytes long, not 6 as stated.",
    ),
    "evidence name with a path": (
        crafted(
            "participant",
            lambda p: (
                _with_evidence(p, "aGVsbG8=", 5, hashlib.sha256(b"hello").hexdigest())
                or answer_of(p, ASSEMBLY)["evidence"][0].update(file_name="../../.bashrc")
            ),
        ),
        "answers[0].evidence[0].file_name is not a plain file name.",
    ),
    "duplicate UUIDs inside the file": (
        crafted(
            "participant",
            lambda p: p["participant"].update(uuid=p["organization"]["uuid"]),
        ),
        "uses the same UUID",
    ),
    "duplicate key inside the file": (
        _replace_text('"display_name": "Ana"', '"display_name": "Ana", "display_name": "Eve"'),
        "repeats the key 'display_name'",
    ),
    "badly written UUID": (
        crafted("participant", _set("participant.uuid", "{NOT-A-UUID}")),
        "participant.uuid must be a UUID",
    ),
    "assessment of another organization here": (
        crafted("whole", _set("organization.uuid", OTHER_UUID)),
        "belongs to another organization here (Tisserands)",
    ),
    "participant of another assessment here": (
        _second_workshop_for,
        "The participant in this file belongs to another assessment here",
    ),
    "same assessment, another framework": (
        crafted("whole", _another_framework_version),
        "uses another framework (icsse-charter 9.9.9",
    ),
    "level out of range": (
        crafted("participant", _on_answer(ASSEMBLY, level=7)),
        "answers[0].level must be between 0 and 4, not 7.",
    ),
    "negative level": (
        crafted("participant", _on_answer(ASSEMBLY, level=-1)),
        "answers[0].level must be between 0 and 4, not -1.",
    ),
    "N/A where not allowed": (
        crafted(
            "participant",
            _on_answer(VOTE, level=None, not_applicable=True, reason="we vote by shares"),
        ),
        f"the indicator '{VOTE}' cannot be marked not applicable.",
    ),
    "N/A without a reason": (
        crafted("participant", _on_answer(ASSEMBLY, level=None, not_applicable=True, reason=" ")),
        "an answer marked not applicable needs a reason.",
    ),
    "level and N/A at once": (
        crafted("participant", _on_answer(ASSEMBLY, not_applicable=True, reason="x")),
        "is both a level and not applicable",
    ),
    "unknown indicator": (
        crafted("participant", _on_answer(ASSEMBLY, indicator="made-up.indicator")),
        "the indicator 'made-up.indicator' is not in this file's framework.",
    ),
    "indicator answered twice": (
        crafted("participant", lambda p: p["answers"].append(copy.deepcopy(p["answers"][0]))),
        "is answered twice.",
    ),
    "framework content does not match its hash": (
        crafted("whole", _modified_framework),
        "The framework in this file was changed or damaged",
    ),
    "invalid framework snapshot": (
        crafted("whole", _invalid_framework),
        "The framework in this file is not valid. scoring: required key is missing",
    ),
    "framework snapshot not canonical": (
        crafted("whole", _non_canonical_framework),
        "not written the way sseassess keeps frameworks",
    ),
    "framework labelled with another version": (
        crafted("whole", _mislabelled_framework),
        "says it is icsse-charter 2.0.0, but its content is icsse-charter 1.0.1",
    ),
    "participant's answers for a self-assessment": (
        crafted("participant", _set("assessment.kind", "self")),
        "participant's answers for an assessment that is not a workshop",
    ),
    "participant without a name": (
        crafted("participant", _set("participant.display_name", "   ")),
        "participant.display_name must not be empty.",
    ),
    "unknown role": (
        crafted("participant", _set("participant.role", "boss")),
        "participant.role must be one of member, worker, board, volunteer, beneficiary",
    ),
    "time in another format": (
        crafted("participant", _set("participant.answered_at", "27/11/2026 10:00")),
        "participant.answered_at must be a UTC time",
    ),
    "impossible date": (
        crafted("participant", _set("assessment.assessed_on", "2026-02-30")),
        "assessment.assessed_on must be a date written YYYY-MM-DD.",
    ),
    "whole assessment without change times": (
        crafted("whole", _on_answer(VOTE, changed_at=None)),
        "must say when the answer last changed.",
    ),
    "invalid organization profile": (
        crafted("participant", _set("organization.country", "France")),
        "The organization profile in this file has problems. organization.country: "
        "The country must be a two-letter code",
    ),
    "text that is not valid Unicode": (
        _replace_text('"display_name": "Ana"', '"display_name": "\\ud800"'),
        "text that is not valid Unicode",
    ),
    "NUL character in a name": (
        crafted("participant", _set("participant.display_name", "A\x00na")),
        "participant.display_name contains a NUL character.",
    ),
    "NaN": (_replace_text('"level": 3', '"level": NaN'), "holds the value NaN"),
    "a number of 5,000 digits": (
        _replace_text('"level": 3', '"level": ' + "9" * 5000),
        "holds a value that cannot be read",
    ),
    "deeply nested JSON": (_nested, "nested too deeply"),
    "real .xlsx (a ZIP)": (_from(_xlsx()), "This is a ZIP archive"),
    "zip bomb": (
        _from(_zip({"bundle.json": b"\0" * 50_000_000})),
        "This is a ZIP archive",
    ),
    "zip with path traversal": (
        _from(_zip({"../../../../tmp/evil.sh": b"rm -rf ~"})),
        "This is a ZIP archive",
    ),
    "PDF": (_from(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"), "PDF document"),
    "gzip archive": (_from(b"\x1f\x8b\x08\x00" + bytes(20)), "compressed archive"),
    "SQLite database": (_from(b"SQLite format 3\x00" + bytes(100)), "database file"),
    "PNG image": (_from(b"\x89PNG\r\n\x1a\n" + bytes(30)), "This is an image"),
    "random bytes": (_from(bytes(range(256)) * 40), "not UTF-8 text (byte 128)"),
    "non-UTF-8 text (Latin-1)": (_latin1, "not UTF-8 text"),
    "UTF-16 text": (
        lambda s: json.dumps(s.participant).encode("utf-16"),
        "not UTF-8 text (byte 0)",
    ),
    "plain text": (_from(b"name,level\nAna,3\n"), "it is not valid JSON"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_bad_file_is_refused_with_a_clear_message_and_changes_nothing(
    case: str, setting: Setting, tmp_path: Path
) -> None:
    database = tmp_path / "trainer.db"
    shutil.copy(setting.database, database)
    make, expected = CASES[case]
    path = tmp_path / f"bad{SUFFIX}"
    path.write_bytes(make(setting))
    before = raw_dump(database)
    with Workspace.open(url_of(database)) as trainer:
        report = collect(trainer, [path])
    [outcome] = report.outcomes
    message = outcome.message()
    assert outcome.status == Outcome.REFUSED, message
    assert expected in message
    assert "\n" not in message and len(message) < 600
    assert raw_dump(database) == before


def test_there_are_many_kinds_of_bad_file() -> None:
    assert len(CASES) >= 40


def test_a_file_over_the_size_limit_is_not_even_read(tmp_path: Path, workspace: Any) -> None:
    path = tmp_path / f"huge{SUFFIX}"
    with path.open("wb") as handle:
        handle.truncate(MAX_BUNDLE_BYTES + 1_000_000)  # sparse: nothing to read anyway
    [outcome] = collect(workspace, [path]).outcomes
    assert outcome.status == Outcome.REFUSED
    assert outcome.message() == "This file is too large (51.0 MB); a bundle can be up to 50 MB."


def test_a_missing_file_or_a_folder_is_refused(tmp_path: Path, workspace: Any) -> None:
    report = collect(workspace, [tmp_path / "nowhere.sseassess", tmp_path])
    assert [o.status for o in report.outcomes] == [Outcome.REFUSED, Outcome.REFUSED]
    assert all(o.message().startswith("The file cannot be read:") for o in report.outcomes)


def test_the_good_files_of_a_batch_are_still_imported(
    setting: Setting, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command line: one line per file, refusals on stderr, exit code 2."""
    files = []
    for number, case in enumerate(("truncated", "PDF", "level out of range")):
        path = tmp_path / f"bad{number}{SUFFIX}"
        path.write_bytes(CASES[case][0](setting))
        files.append(str(path))
    good = tmp_path / f"good{SUFFIX}"
    good.write_bytes(sealed(copy.deepcopy(setting.participant)))
    whole = tmp_path / f"whole{SUFFIX}"
    whole.write_bytes(sealed(copy.deepcopy(setting.whole)))
    url = url_of(tmp_path / "fresh.db")
    command = ["bundle", "import", "--db", url, files[0], str(good), *files[1:], str(whole)]
    assert main(command) == 2
    out, err = capsys.readouterr()
    # The participant's file waits for the framework the whole file brings, then comes in;
    # the outcomes are listed in the order the files were given.
    assert out.splitlines() == [
        f"{good}: imported: the answers of Ana, new in the workshop of Tisserands",
        f"{whole}: imported: the assessment of Tisserands, new here",
    ]
    lines = err.splitlines()
    assert [line.split(": refused: ")[0] for line in lines] == files
    with Workspace.open(url) as fresh:
        assert [p.display_name for p in fresh.participants(setting.workshop)] == ["Ana"]


def test_messages_are_translated(setting: Setting, tmp_path: Path) -> None:
    path = tmp_path / f"bad{SUFFIX}"
    path.write_bytes(CASES["level out of range"][0](setting))
    database = tmp_path / "t.db"
    shutil.copy(setting.database, database)
    with Workspace.open(url_of(database)) as trainer:
        [outcome] = collect(trainer, [path]).outcomes
    french = outcome.message(translation("fr").gettext)
    assert "answers[0].level" in french and "must be between" not in french


def test_a_participants_file_without_its_framework_here_says_what_to_do(
    setting: Setting, tmp_path: Path
) -> None:
    """Participants' files refer to the framework by hash; a computer that lacks it says so
    (and changes nothing)."""
    path = tmp_path / f"ana{SUFFIX}"
    path.write_bytes(sealed(copy.deepcopy(setting.participant)))
    assert json.loads(path.read_bytes())["payload"]["framework"]["content"] is None
    database = tmp_path / "empty.db"
    with Workspace.open(url_of(database)) as empty:
        [outcome] = collect(empty, [path]).outcomes
    before = raw_dump(database)
    assert outcome.status == Outcome.REFUSED
    assert "which this computer does not have yet" in outcome.message()
    assert "Import the workshop file for laptops first" in outcome.message()
    assert raw_dump(database) == before
    assert not before["assessment"]
