"""Reads untrusted bundle bytes into a ``Bundle``: every check a file must pass, each with
its own translatable message. Nothing in a file is ever executed: JSON only, with sizes,
nesting, types, keys, hashes and every value checked before anything is stored.

Longer than our other modules on purpose: it is the one reader of one untrusted format, and
keeping every rule of the format in one file (each check a few lines) makes it possible to
review the whole attack surface at once.
"""

from __future__ import annotations

import binascii
import hashlib
import json
import re
import uuid as uuid_module
from base64 import b64decode
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeGuard

from sseassess.domain.answers import Answer
from sseassess.domain.framework import MAX_LEVEL, Framework
from sseassess.domain.framework_loader import FrameworkError, build_framework, canonical_json
from sseassess.domain.merge import EvidenceFile, FileRole, ParticipantAnswers, StampedAnswer
from sseassess.domain.names import clean_name
from sseassess.domain.names import file_name as clean_file_name
from sseassess.domain.records import (
    KINDS,
    MAX_NAME_LENGTH,
    MAX_PARTICIPANT_NAME,
    ROLES,
    STATUSES,
    AssessmentKind,
    AssessmentRecord,
    AssessmentStatus,
    OrganizationProfile,
    OrganizationRecord,
    ParticipantRecord,
    SnapshotContent,
    validate_profile,
)
from sseassess.domain.text import N_, InputError, Problem, Translate
from sseassess.domain.workshop import ANONYMITY_MINIMUMS
from sseassess.exchange.bundle import (
    FORMAT,
    MAX_BUNDLE_BYTES,
    MAX_EVIDENCE_BYTES,
    MAX_EVIDENCE_PER_ANSWER,
    MAX_FRAMEWORK_BYTES,
    MAX_TEXT_LENGTH,
    SCHEMA_VERSION,
    Bundle,
    hash_payload,
)

#: Times more than this after the clock of this computer are refused: a file dated in
#: the year 9999 would otherwise win over every later file for good.
FUTURE_TOLERANCE = timedelta(days=1)


class FrameworkCache:
    """Frameworks already checked in this run, by content hash, and where to find the
    framework of a file that refers to it by hash (``stored``: the snapshots here)."""

    def __init__(self, stored: Callable[[str], SnapshotContent | None] | None = None) -> None:
        self._checked: dict[str, tuple[str, Framework]] = {}
        self._stored = stored

    def checked(self, snapshot: SnapshotContent) -> Framework:
        """The framework of ``snapshot``, checked once per content."""
        cached = self._checked.get(snapshot.content_hash)
        if cached is not None and cached[0] == snapshot.content:
            return cached[1]
        framework = _check_framework(snapshot)
        self._checked[snapshot.content_hash] = (snapshot.content, framework)
        return framework

    def by_hash(self, content_hash: str) -> tuple[SnapshotContent, Framework] | None:
        """A framework known here by its hash (checked in this run, or stored)."""
        cached = self._checked.get(content_hash)
        if cached is not None:
            content, framework = cached
            return SnapshotContent(
                framework.id, framework.version, content_hash, content
            ), framework
        snapshot = self._stored(content_hash) if self._stored is not None else None
        if snapshot is None:
            return None
        return snapshot, self.checked(snapshot)


_ENVELOPE = ("format", "schema_version", "generator", "content_hash", "payload")
_PAYLOAD = (
    "role",
    "organization",
    "framework",
    "assessment",
    "participant",
    "answers",
    "participants",
)
_ROLES = tuple(FileRole)
_ORGANIZATION = (
    "uuid",
    "name",
    "legal_form",
    "country",
    "sector",
    "members",
    "employees",
    "founded_year",
    "signatory_category",
)
_FRAMEWORK = ("id", "version", "content_hash", "content")
_ASSESSMENT = ("uuid", "kind", "status", "assessed_on", "anonymity_minimum")
_PARTICIPANT = ("uuid", "display_name", "role", "answered_at")
_PARTICIPANT_WITH_HASH = (*_PARTICIPANT, "source_hash")
_PERSON_ANSWERS = ("participant", "answers")
_ANSWER = (
    "indicator",
    "level",
    "not_applicable",
    "reason",
    "note",
    "for_discussion",
    "changed_at",
    "evidence",
)
_EVIDENCE = ("file_name", "media_type", "size", "sha256", "data")

#: Files that are something else, told by their first bytes.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (
        b"PK\x03\x04",
        N_(
            "This is a ZIP archive (for example an Excel, Word or OpenDocument file), "
            "not an sseassess bundle."
        ),
    ),
    (b"PK\x05\x06", N_("This is an empty ZIP archive, not an sseassess bundle.")),
    (b"%PDF-", N_("This is a PDF document, not an sseassess bundle.")),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        N_("This is an old Microsoft Office document, not an sseassess bundle."),
    ),
    (
        b"\x1f\x8b",
        N_(
            "This is a compressed archive, not an sseassess bundle; "
            "extract the .sseassess file from it first."
        ),
    ),
    (
        b"7z\xbc\xaf\x27\x1c",
        N_(
            "This is a compressed archive, not an sseassess bundle; "
            "extract the .sseassess file from it first."
        ),
    ),
    (
        b"Rar!",
        N_(
            "This is a compressed archive, not an sseassess bundle; "
            "extract the .sseassess file from it first."
        ),
    ),
    (b"SQLite format 3\x00", N_("This is a database file, not an sseassess bundle.")),
    (b"\x89PNG", N_("This is an image, not an sseassess bundle.")),
    (b"\xff\xd8\xff", N_("This is an image, not an sseassess bundle.")),
)

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_MEDIA_TYPE = re.compile(r"^[A-Za-z0-9][\w.+-]*/[A-Za-z0-9][\w.+-]*$", re.ASCII)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_FILE_NAME_LENGTH = 255
_MEDIA_TYPE_LENGTH = 127
_SHORT_TEXT = 64


class BundleError(InputError):
    """A bundle file that cannot be imported; the message says what is wrong, and where."""

    def message(self, translate: Translate | None = None) -> str:
        text = super().message(translate)
        details = [
            f"{problem.location}: {problem.message(translate)}"
            if problem.location
            else problem.message(translate)
            for problem in self.problems
        ]
        return f"{text} {'; '.join(details)}" if details else text


class UnknownFramework(BundleError):
    """A participant's file refers to a framework this computer does not have (yet)."""


def read_bundle(
    path: Path, frameworks: FrameworkCache | None = None, now: datetime | None = None
) -> Bundle:
    """The checked bundle in the file at ``path``; ``BundleError`` says why it is not one."""
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE_BYTES:
            raise _too_large(size)
        with path.open("rb") as handle:
            data = handle.read(MAX_BUNDLE_BYTES + 1)
    except OSError as error:
        raise BundleError(
            N_("The file cannot be read: {detail}"), detail=error.strerror or str(error)
        ) from error
    if len(data) > MAX_BUNDLE_BYTES:
        raise _too_large(len(data))
    return parse_bundle(data, frameworks, now)


def parse_bundle(
    data: bytes, frameworks: FrameworkCache | None = None, now: datetime | None = None
) -> Bundle:
    """The checked bundle in ``data``; ``BundleError`` on the first problem found."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise _too_large(len(data))
    document = _load_json(_decode(data))
    if isinstance(document, list):
        raise BundleError(N_("This is not an sseassess bundle: it holds a JSON array."))
    if not isinstance(document, dict):
        raise BundleError(N_("This is not an sseassess bundle: it holds a single JSON value."))
    if document.get("format") != FORMAT:
        raise BundleError(
            N_('This is not an sseassess bundle: it does not say "format": "{format}".'),
            format=FORMAT,
        )
    version = document.get("schema_version")
    if not _is_integer(version):
        raise BundleError(N_("{where} must be a whole number."), where="bundle.schema_version")
    if version > SCHEMA_VERSION:
        raise BundleError(
            N_(
                "This bundle was written by a newer version of sseassess (bundle format "
                "{version}; this version reads format {supported}). Install the newer "
                "version to import it."
            ),
            version=version,
            supported=SCHEMA_VERSION,
        )
    if version == 1:
        raise BundleError(
            N_(
                "This file was written by an earlier version of sseassess, before files had "
                "roles; ask for the file to be written again with this version."
            )
        )
    if version != SCHEMA_VERSION:
        raise BundleError(
            N_("This bundle has an unknown format version {version}."), version=version
        )
    envelope = _object(document, "bundle", _ENVELOPE)
    _string(envelope, "generator", "bundle", 200, nullable=True)
    declared = _sha256(envelope, "content_hash", "bundle")
    try:
        actual = hash_payload(envelope["payload"])
    except UnicodeEncodeError as error:
        raise BundleError(
            N_("This file holds text that is not valid Unicode, so it cannot be imported.")
        ) from error
    if actual != declared:
        raise BundleError(
            N_(
                "This file was changed or damaged after it was written: its content does not "
                "match its content hash."
            )
        )
    now = now or datetime.now(UTC).replace(tzinfo=None)
    return _Reader(now, frameworks or FrameworkCache()).bundle(envelope["payload"], declared)


# --------------------------------------------------------------------------- bytes and JSON


def _too_large(size: int) -> BundleError:
    return BundleError(
        N_("This file is too large ({size} MB); a bundle can be up to {limit} MB."),
        size=round(size / 1_000_000, 1),
        limit=MAX_BUNDLE_BYTES // 1_000_000,
    )


def _decode(data: bytes) -> str:
    if not data.strip():
        raise BundleError(N_("This file is empty."))
    for magic, template in _MAGIC:
        if data.startswith(magic):
            raise BundleError(template)
    if data.startswith(b"\xef\xbb\xbf"):  # a byte-order mark, as some Windows editors write
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BundleError(
            N_("This is not an sseassess bundle: it is not UTF-8 text (byte {offset})."),
            offset=error.start,
        ) from error


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _Constant(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise _Constant(name)


def _load_json(text: str) -> Any:
    """Parse JSON text: no duplicate keys, no NaN or Infinity; nesting is bounded by the
    json module itself, which raises ``RecursionError`` instead of exhausting the stack."""
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except _DuplicateKey as error:
        raise BundleError(
            N_("This file repeats the key {key!r} in one object, so it is not a valid bundle."),
            key=_short(error.key),
        ) from error
    except _Constant as error:
        raise BundleError(
            N_("This file holds the value {value}, which bundles never contain."),
            value=error.name,
        ) from error
    except json.JSONDecodeError as error:
        if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string"):
            raise BundleError(
                N_(
                    "This file is cut short (it ends at line {line}); it was probably not "
                    "copied completely."
                ),
                line=error.lineno,
            ) from error
        raise BundleError(
            N_(
                "This is not an sseassess bundle: it is not valid JSON ({detail}: line "
                "{line}, column {column})."
            ),
            detail=error.msg,
            line=error.lineno,
            column=error.colno,
        ) from error
    except RecursionError as error:
        raise BundleError(
            N_("This file is nested too deeply to be an sseassess bundle.")
        ) from error
    except ValueError as error:  # e.g. an integer of thousands of digits
        raise BundleError(
            N_("This file holds a value that cannot be read: {detail}"), detail=_short(str(error))
        ) from error


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


# --------------------------------------------------------------------------- values


def _object(value: Any, where: str, keys: Sequence[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BundleError(N_("{where} must be a JSON object."), where=where)
    for key in keys:
        if key not in value:
            raise BundleError(N_("{where} lacks the key {key!r}."), where=where, key=key)
    for key in value:
        if key not in keys:
            raise BundleError(
                N_("{where} has the key {key!r}, which bundles do not have."),
                where=where,
                key=_short(key),
            )
    return value


def _string(
    table: Mapping[str, Any],
    key: str,
    where: str,
    maximum: int,
    nullable: bool = False,
    required: bool = False,
) -> str | None:
    value = table[key]
    place = f"{where}.{key}"
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        raise BundleError(N_("{where} must be text."), where=place)
    if len(value) > maximum:
        raise BundleError(
            N_("{where} is too long ({length} characters; at most {maximum})."),
            where=place,
            length=len(value),
            maximum=maximum,
        )
    if "\x00" in value:
        raise BundleError(N_("{where} contains a NUL character."), where=place)
    if required and not value.strip():
        raise BundleError(N_("{where} must not be empty."), where=place)
    return value


def _text(table: Mapping[str, Any], key: str, where: str, maximum: int) -> str:
    value = _string(table, key, where, maximum, required=True)
    assert value is not None
    return value


def _clean(text: str | None) -> str | None:
    return None if text is None else clean_name(text) or None


def _name(table: Mapping[str, Any], key: str, where: str, maximum: int) -> str:
    """A name as sseassess keeps names (see :mod:`sseassess.domain.names`): control,
    escape, bidi and invisible characters taken out; refused when nothing is left."""
    name = clean_name(_text(table, key, where, maximum))
    if not name:
        raise BundleError(N_("{where} must not be empty."), where=f"{where}.{key}")
    return name


def _is_integer(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _integer(
    table: Mapping[str, Any], key: str, where: str, minimum: int, maximum: int
) -> int | None:
    value = table[key]
    place = f"{where}.{key}"
    if value is None:
        return None
    if not _is_integer(value):
        raise BundleError(N_("{where} must be a whole number."), where=place)
    if not minimum <= value <= maximum:
        raise BundleError(
            N_("{where} must be between {minimum} and {maximum}, not {value}."),
            where=place,
            minimum=minimum,
            maximum=maximum,
            value=value,
        )
    return int(value)


def _flag(table: Mapping[str, Any], key: str, where: str) -> bool:
    value = table[key]
    if not isinstance(value, bool):
        raise BundleError(N_("{where} must be true or false."), where=f"{where}.{key}")
    return value


def _choice(
    table: Mapping[str, Any], key: str, where: str, choices: Sequence[str], nullable: bool = False
) -> str | None:
    value = _string(table, key, where, _SHORT_TEXT, nullable=nullable)
    if value is not None and value not in choices:
        raise BundleError(
            N_("{where} must be one of {choices}, not {value!r}."),
            where=f"{where}.{key}",
            choices=", ".join(choices),
            value=value,
        )
    return value


def _uuid(table: Mapping[str, Any], key: str, where: str) -> str:
    value = _string(table, key, where, 36)
    try:
        valid = value is not None and str(uuid_module.UUID(value)) == value
    except ValueError:
        valid = False
    if not valid:
        raise BundleError(
            N_("{where} must be a UUID written in lower case, with hyphens."),
            where=f"{where}.{key}",
        )
    assert value is not None
    return value


def _sha256(table: Mapping[str, Any], key: str, where: str) -> str:
    value = _string(table, key, where, 64)
    if value is None or not _SHA256.match(value):
        raise BundleError(
            N_("{where} must be a SHA-256 written as 64 lower-case hexadecimal digits."),
            where=f"{where}.{key}",
        )
    return value


def _date(table: Mapping[str, Any], key: str, where: str) -> date:
    value = _string(table, key, where, 10)
    try:
        if value is None or not _DATE.match(value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError as error:
        raise BundleError(
            N_("{where} must be a date written YYYY-MM-DD."), where=f"{where}.{key}"
        ) from error


def _time(table: Mapping[str, Any], key: str, where: str, now: datetime) -> datetime | None:
    value = _string(table, key, where, 30, nullable=True)
    if value is None:
        return None
    try:
        if not _TIME.match(value):
            raise ValueError(value)
        moment = datetime.fromisoformat(value[:-1])
    except ValueError as error:
        raise BundleError(
            N_("{where} must be a UTC time written YYYY-MM-DDTHH:MM:SS.ffffffZ."),
            where=f"{where}.{key}",
        ) from error
    if moment > now + FUTURE_TOLERANCE:
        raise BundleError(
            N_(
                "{where} says {time}, more than a day after the clock of this computer; "
                "check the date and time of the computer that wrote the file, and write it "
                "again."
            ),
            where=f"{where}.{key}",
            time=value,
        )
    return moment


def _list(table: Mapping[str, Any], key: str, where: str, maximum: int) -> list[Any]:
    value = table[key]
    place = f"{where}.{key}"
    if not isinstance(value, list):
        raise BundleError(N_("{where} must be a list."), where=place)
    if len(value) > maximum:
        raise BundleError(
            N_("{where} has too many items ({count}; at most {maximum})."),
            where=place,
            count=len(value),
            maximum=maximum,
        )
    return value


# --------------------------------------------------------------------------- the payload


class _Reader:
    """Checks a payload against the clock of this computer and the frameworks known here."""

    def __init__(self, now: datetime, frameworks: FrameworkCache) -> None:
        self.now = now
        self.frameworks = frameworks

    def bundle(self, payload: Any, content_hash: str) -> Bundle:
        payload = _object(payload, "payload", _PAYLOAD)
        role = FileRole(_choice(payload, "role", "payload", _ROLES) or "")
        snapshot, framework = self.framework(payload["framework"], role)
        organization = _organization(payload["organization"], framework, self.now.date())
        section = _object(payload["assessment"], "assessment", _ASSESSMENT)
        assessment = AssessmentRecord(
            uuid=_uuid(section, "uuid", "assessment"),
            organization_uuid=organization.uuid,
            organization_name=organization.profile.name,
            framework_id=snapshot.framework_id,
            framework_version=snapshot.version,
            framework_hash=snapshot.content_hash,
            kind=AssessmentKind(_choice(section, "kind", "assessment", KINDS) or ""),
            status=AssessmentStatus(_choice(section, "status", "assessment", STATUSES) or ""),
            assessed_on=_date(section, "assessed_on", "assessment"),
        )
        minimum = _integer(
            section,
            "anonymity_minimum",
            "assessment",
            ANONYMITY_MINIMUMS.start,
            ANONYMITY_MINIMUMS.stop - 1,
        )
        if minimum is None:
            raise BundleError(
                N_("{where} must be a whole number."), where="assessment.anonymity_minimum"
            )
        participant = None
        if payload["participant"] is not None:
            participant = self.participant(payload["participant"], "participant", content_hash)
        people = _list(payload, "participants", "payload", 100_000)
        workshop = assessment.kind == AssessmentKind.WORKSHOP
        if role is FileRole.WORKSHOP and not workshop:
            raise BundleError(N_("This workshop file holds an assessment that is not a workshop."))
        if role is FileRole.WORKSHOP and (payload["answers"] or people):
            raise BundleError(
                N_("This workshop file holds answers; workshop files for laptops never do.")
            )
        if role is FileRole.PARTICIPANT and participant is None:
            raise BundleError(N_("This participant's file does not say whose answers it holds."))
        if role is FileRole.PARTICIPANT and not workshop:
            raise BundleError(
                N_(
                    "This file holds a participant's answers for an assessment that is not "
                    "a workshop."
                )
            )
        if role is not FileRole.ASSESSMENT and people:
            raise BundleError(N_("Only a whole-assessment file holds several participants."))
        if role is FileRole.ASSESSMENT and participant is not None:
            raise BundleError(N_("A whole-assessment file is nobody's in particular."))
        if people and not workshop:
            raise BundleError(
                N_("This file holds participants for an assessment that is not a workshop.")
            )
        participants = tuple(
            self.person_answers(item, f"participants[{n}]", framework)
            for n, item in enumerate(people)
        )
        uuids = [organization.uuid, assessment.uuid]
        uuids += [participant.uuid] if participant else []
        uuids += [item.participant.uuid for item in participants]
        for position, value in enumerate(uuids):
            if value in uuids[:position]:
                raise BundleError(
                    N_("The file uses the same UUID {uuid} for two different things."),
                    uuid=value,
                )
        answers = self.answers(payload, "payload", framework, stamped=role is FileRole.ASSESSMENT)
        return Bundle(
            role,
            organization,
            snapshot,
            assessment,
            participant,
            answers,
            content_hash,
            participants,
            minimum,
        )

    def framework(self, value: Any, role: FileRole) -> tuple[SnapshotContent, Framework]:
        section = _object(value, "framework", _FRAMEWORK)
        framework_id = _text(section, "id", "framework", 100)
        version = _text(section, "version", "framework", 50)
        declared = _sha256(section, "content_hash", "framework")
        if section["content"] is None and role is FileRole.PARTICIPANT:
            known = self.frameworks.by_hash(declared)
            if known is None:
                raise UnknownFramework(
                    N_(
                        "This file refers to the framework {framework} (version {version}, "
                        "{hash}), which this computer does not have yet. Import the "
                        "workshop file for laptops first, then this file again."
                    ),
                    framework=_short(framework_id),
                    version=_short(version),
                    hash=declared[:8],
                )
            snapshot, framework = known
        else:
            content = _text(section, "content", "framework", MAX_FRAMEWORK_BYTES)
            snapshot = SnapshotContent(framework_id, version, declared, content)
            framework = self.frameworks.checked(snapshot)
        if (framework.id, framework.version) != (framework_id, version):
            raise BundleError(
                N_(
                    "The framework in this file says it is {declared}, but its content is {actual}."
                ),
                declared=f"{_short(framework_id)} {_short(version)}",
                actual=f"{framework.id} {framework.version}",
            )
        return SnapshotContent(framework_id, version, declared, snapshot.content), framework

    def participant(self, value: Any, where: str, content_hash: str | None) -> ParticipantRecord:
        section = _object(value, where, _PARTICIPANT if content_hash else _PARTICIPANT_WITH_HASH)
        source_hash = content_hash
        if content_hash is None:
            source_hash = (
                None if section["source_hash"] is None else _sha256(section, "source_hash", where)
            )
        return ParticipantRecord(
            uuid=_uuid(section, "uuid", where),
            display_name=_name(section, "display_name", where, MAX_PARTICIPANT_NAME),
            role=_choice(section, "role", where, ROLES, nullable=True),
            answered_at=_time(section, "answered_at", where, self.now),
            source_hash=source_hash,
        )

    def person_answers(self, value: Any, where: str, framework: Framework) -> ParticipantAnswers:
        section = _object(value, where, _PERSON_ANSWERS)
        person = self.participant(section["participant"], f"{where}.participant", None)
        return ParticipantAnswers(person, self.answers(section, where, framework, stamped=False))

    def answers(
        self, payload: Mapping[str, Any], where: str, framework: Framework, stamped: bool
    ) -> tuple[StampedAnswer, ...]:
        return _answers(payload, where, framework, stamped, self.now)


def _check_framework(snapshot: SnapshotContent) -> Framework:
    damaged = BundleError(
        N_(
            "The framework in this file was changed or damaged: its content does not "
            "match its hash."
        )
    )
    try:
        actual = hashlib.sha256(snapshot.content.encode("utf-8")).hexdigest()
    except UnicodeEncodeError as error:
        raise damaged from error
    if actual != snapshot.content_hash:
        raise damaged
    data = _load_json(snapshot.content)
    if not isinstance(data, dict) or canonical_json(data) != snapshot.content:
        raise BundleError(
            N_(
                "The framework in this file is not written the way sseassess keeps frameworks "
                "(canonical JSON)."
            )
        )
    try:
        return build_framework(data, "framework")
    except FrameworkError as error:
        raise BundleError(
            N_("The framework in this file is not valid."), problems=error.problems[:5]
        ) from error


def _organization(value: Any, framework: Framework, today: date) -> OrganizationRecord:
    where = "organization"
    section = _object(value, where, _ORGANIZATION)
    huge = 2**31 - 1
    profile = OrganizationProfile(
        name=_name(section, "name", where, MAX_NAME_LENGTH),
        legal_form=_string(section, "legal_form", where, _SHORT_TEXT, nullable=True),
        country=_string(section, "country", where, _SHORT_TEXT, nullable=True),
        sector=_clean(_string(section, "sector", where, 200, nullable=True)),
        members=_integer(section, "members", where, -huge, huge),
        employees=_integer(section, "employees", where, -huge, huge),
        founded_year=_integer(section, "founded_year", where, -huge, huge),
        signatory_category=_string(
            section, "signatory_category", where, _SHORT_TEXT, nullable=True
        ),
    )
    record = OrganizationRecord(_uuid(section, "uuid", where), profile)
    problems = [
        Problem(f"{where}.{problem.location}", problem.template, problem.params)
        for problem in validate_profile(profile, framework, today.year)
    ]
    if problems:
        raise BundleError(N_("The organization profile in this file has problems."), problems)
    return record


def _answers(
    payload: Mapping[str, Any], place: str, framework: Framework, whole: bool, now: datetime
) -> tuple[StampedAnswer, ...]:
    items = _list(payload, "answers", place, framework.indicator_count)
    seen: set[str] = set()
    answers: list[StampedAnswer] = []
    prefix = "" if place == "payload" else f"{place}."
    for position, item in enumerate(items):
        where = f"{prefix}answers[{position}]"
        section = _object(item, where, _ANSWER)
        indicator_id = _text(section, "indicator", where, 200)
        if not framework.has_indicator(indicator_id):
            raise BundleError(
                N_("{where}: the indicator {indicator!r} is not in this file's framework."),
                where=where,
                indicator=_short(indicator_id),
            )
        if indicator_id in seen:
            raise BundleError(
                N_("{where}: the indicator {indicator!r} is answered twice."),
                where=where,
                indicator=indicator_id,
            )
        seen.add(indicator_id)
        level = _integer(section, "level", where, 0, MAX_LEVEL)
        not_applicable = _flag(section, "not_applicable", where)
        reason = _string(section, "reason", where, MAX_TEXT_LENGTH) or ""
        if level is not None and not_applicable:
            raise BundleError(
                N_("{where} is both a level and not applicable; an answer is one or the other."),
                where=where,
            )
        if not_applicable and not framework.indicator(indicator_id).na_allowed:
            raise BundleError(
                N_("{where}: the indicator {indicator!r} cannot be marked not applicable."),
                where=where,
                indicator=indicator_id,
            )
        if not_applicable and not reason.strip():
            raise BundleError(
                N_("{where}: an answer marked not applicable needs a reason."), where=where
            )
        changed_at = _time(section, "changed_at", where, now)
        if whole and changed_at is None:
            raise BundleError(
                N_("{where}.changed_at must say when the answer last changed."), where=where
            )
        answer = Answer(
            indicator_id=indicator_id,
            level=level,
            not_applicable=not_applicable,
            reason=reason,
            note=_string(section, "note", where, MAX_TEXT_LENGTH) or "",
            for_discussion=_flag(section, "for_discussion", where),
        )
        files = _list(section, "evidence", where, MAX_EVIDENCE_PER_ANSWER)
        evidence = tuple(
            _evidence(entry, f"{where}.evidence[{number}]") for number, entry in enumerate(files)
        )
        answers.append(StampedAnswer(answer, changed_at, evidence))
    return tuple(answers)


def _evidence(value: Any, where: str) -> EvidenceFile:
    section = _object(value, where, _EVIDENCE)
    file_name = _text(section, "file_name", where, _FILE_NAME_LENGTH)
    if (
        _CONTROL.search(file_name)
        or "/" in file_name
        or "\\" in file_name
        or file_name in (".", "..")
    ):
        raise BundleError(N_("{where} is not a plain file name."), where=f"{where}.file_name")
    file_name = clean_file_name(file_name)
    media_type = _text(section, "media_type", where, _MEDIA_TYPE_LENGTH)
    if not _MEDIA_TYPE.match(media_type):
        raise BundleError(
            N_("{where} is not a media type such as application/pdf."),
            where=f"{where}.media_type",
        )

    def too_large(size: float) -> BundleError:
        return BundleError(
            N_(
                "{where}: the evidence file {file} is too large ({size} MB); evidence files "
                "can be up to {limit} MB."
            ),
            where=where,
            file=file_name,
            size=round(size / 1_000_000, 1),
            limit=MAX_EVIDENCE_BYTES // 1_000_000,
        )

    size = section["size"]
    if _is_integer(size) and size > MAX_EVIDENCE_BYTES:
        raise too_large(size)
    size = _integer(section, "size", where, 0, MAX_EVIDENCE_BYTES)
    sha256 = _sha256(section, "sha256", where)
    encoded = section["data"]
    if not isinstance(encoded, str):
        raise BundleError(N_("{where} must be text."), where=f"{where}.data")
    if len(encoded) > 4 * -(-MAX_EVIDENCE_BYTES // 3):  # the base64 length of the limit
        raise too_large(len(encoded) * 3 / 4)
    try:
        data = b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as error:
        raise BundleError(
            N_("{where}: the evidence file {file} is not valid base64."),
            where=where,
            file=file_name,
        ) from error
    if len(data) != size:
        raise BundleError(
            N_("{where}: the evidence file {file} is {actual} bytes long, not {size} as stated."),
            where=where,
            file=file_name,
            actual=len(data),
            size=size,
        )
    if hashlib.sha256(data).hexdigest() != sha256:
        raise BundleError(
            N_("{where}: the evidence file {file} is damaged: its SHA-256 does not match."),
            where=where,
            file=file_name,
        )
    return EvidenceFile(file_name, media_type, sha256, data)
