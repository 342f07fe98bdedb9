"""An issuer (a secretariat, a network): its key, the charter certificates it issues after
checking a member's submission, its register, revocations and its signed registry."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime
from hashlib import sha256
from pathlib import Path
from typing import Any

from sseassess.app.frameworks import FrameworkStatus, framework_status, official_frameworks
from sseassess.app.printed import Wording, long_date
from sseassess.app.report_data import generator
from sseassess.app.signing import sign_document
from sseassess.app.verify import Outcome, verify_file
from sseassess.app.workspace import Workspace
from sseassess.domain.charter import IssuedCertificate, charter_data, next_number
from sseassess.domain.framework import Framework
from sseassess.domain.scoring import ScoreResult, score
from sseassess.domain.text import N_, InputError, Problem
from sseassess.domain.verification import (
    DocumentKind,
    answers_from_data,
    canonical_data,
    canonical_json,
    neutral_text,
    result_data,
    verification_code,
)
from sseassess.files import check_writable_folder, write_atomically
from sseassess.i18n import format_score, translation
from sseassess.trust.keys import (
    ISSUER_UNIT,
    Identity,
    UnreadableKeyError,
    certificate_pem,
    key_pem,
    load_certificate,
    load_key,
    matches,
    new_key,
    self_signed,
    write_private,
)

PASSPHRASE_VARIABLE = "SSEASSESS_ISSUER_PASSPHRASE"
CERTIFICATE_FILE = "issuer.pem"
KEY_FILE = "issuer-key.pem"
SETTINGS_FILE = "issuer.json"
DEFAULT_VALIDITY_DAYS = 365 * 2


def passphrase(confirm: bool = False, language: str = "en") -> bytes:
    """The issuer's passphrase: ``SSEASSESS_ISSUER_PASSPHRASE``, else asked on the terminal.

    Never waits for input that cannot come: without the variable and without a terminal
    (CI, a pipe) it raises :class:`InputError` saying how to give it.
    """
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        return given.encode("utf-8")
    if not sys.stdin or not sys.stdin.isatty():
        raise InputError(
            N_("The issuer's passphrase is needed: set {variable} or run this in a terminal."),
            variable=PASSPHRASE_VARIABLE,
        )
    import getpass

    _ = translation(language).gettext
    first = getpass.getpass(_("Issuer passphrase: "))
    if not confirm:
        return first.encode("utf-8")
    return new_passphrase(first, getpass.getpass(_("The same passphrase again: ")))


def new_passphrase(first: str, again: str) -> bytes:
    """A new issuer's passphrase, typed twice (terminal or window); InputError when the two
    differ or it is too short to protect the key."""
    if again != first:
        raise InputError(N_("The two passphrases differ."))
    if len(first) < 8:
        raise InputError(N_("The passphrase must have at least 8 characters."))
    return first.encode("utf-8")


@dataclass(frozen=True)
class Issuer:
    """An issuer's folder: its public certificate, name, optional URL (key not loaded)."""

    folder: Path
    name: str
    fingerprint: str
    url: str

    def identity(self, secret: bytes) -> Identity:
        """The issuer's key with its certificate; InputError for a wrong passphrase."""
        try:
            certificate = load_certificate((self.folder / CERTIFICATE_FILE).read_bytes())
            key = load_key((self.folder / KEY_FILE).read_bytes(), secret)
        except UnreadableKeyError as error:
            raise InputError(
                N_("The issuer key in {folder} cannot be opened: wrong passphrase?"),
                folder=str(self.folder),
            ) from error
        except (OSError, ValueError) as error:
            raise InputError(
                N_("{folder} is not an issuer folder ({detail})."),
                folder=str(self.folder),
                detail=str(error),
            ) from error
        if not matches(key, certificate):
            raise InputError(
                N_("{folder}: the key is not the certificate's."), folder=str(self.folder)
            )
        return Identity(key, certificate)


def create_issuer(folder: Path, name: str, secret: bytes, url: str = "") -> Issuer:
    """Make an issuer's key and root certificate in ``folder`` (refuses to overwrite one)."""
    name = " ".join(name.split())
    if not name:
        raise InputError(N_("The issuer needs a name."))
    if (folder / KEY_FILE).exists() or (folder / CERTIFICATE_FILE).exists():
        raise InputError(
            N_("{folder} already holds an issuer; it is left as it is."), folder=str(folder)
        )
    if url and not url.startswith("https://"):
        raise InputError(N_("The issuer's address must start with https://."))
    if folder.exists():
        check_writable_folder(folder / CERTIFICATE_FILE)
    key = new_key()
    certificate = self_signed(key, name, unit=ISSUER_UNIT, authority=True, years=20)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_private(folder / KEY_FILE, key_pem(key, secret))
        write_atomically(folder / CERTIFICATE_FILE, certificate_pem(certificate))
        settings = {"name": name, "url": url}
        write_atomically(folder / SETTINGS_FILE, json.dumps(settings, ensure_ascii=False).encode())
    except OSError as error:
        raise InputError(
            N_("{file} cannot be written: {detail}"),
            file=str(folder),
            detail=error.strerror or str(error),
        ) from error
    return open_issuer(folder)


def open_issuer(folder: Path) -> Issuer:
    """The issuer whose folder is ``folder``; InputError when it is not one."""
    from sseassess.trust.keys import common_name, fingerprint

    try:
        certificate = load_certificate((folder / CERTIFICATE_FILE).read_bytes())
        settings = json.loads((folder / SETTINGS_FILE).read_text(encoding="utf-8"))
        url = str(settings.get("url") or "")
    except (OSError, ValueError, AttributeError) as error:
        raise InputError(
            N_("{folder} is not an issuer folder ({detail})."),
            folder=str(folder),
            detail=str(error),
        ) from error
    return Issuer(folder, common_name(certificate), fingerprint(certificate), url)


# -- the submission


@dataclass(frozen=True)
class Submission:
    """A member's assessment as received, checked and scored again with the official rules."""

    data: dict[str, Any]
    framework: Framework
    result: ScoreResult
    code: str


def read_submission(path: Path) -> Submission:
    """A self-assessment PDF or ``.sseassess`` bundle, checked: intact, an official framework
    by content hash, answers re-scored here. InputError says why it cannot be issued."""
    data = _pdf_submission(path) if path.suffix.lower() == ".pdf" else _bundle_submission(path)
    named = data["framework"]
    status = framework_status(str(named["id"]), str(named["version"]), str(named["content_hash"]))
    if status == FrameworkStatus.MODIFIED:
        raise InputError(
            N_(
                "Refused: the submission was made with a MODIFIED framework that calls itself "
                "{framework} {version}; only the official framework can be certified."
            ),
            framework=named["id"],
            version=named["version"],
        )
    if status == FrameworkStatus.OTHER:
        raise InputError(
            N_("Refused: {framework} {version} is not an official framework."),
            framework=named["id"],
            version=named["version"],
        )
    framework = official_frameworks()[str(named["content_hash"])]
    result = score(framework, answers_from_data(data))
    if not result.eligible:
        reasons = _reasons(framework, result)
        raise InputError(
            N_("Refused: the answers, scored again here, do not meet the certificate rules."),
            problems=reasons,
        )
    data = {**data, "result": result_data(result)}
    return Submission(data, framework, result, verification_code(canonical_json(data)))


def _reasons(framework: Framework, result: ScoreResult) -> list[Problem]:
    reasons = []
    if not result.complete:
        reasons.append(Problem("", N_("not every indicator is answered")))
    if not result.overall_met:
        reasons.append(Problem("", N_("the overall score is under the minimum")))
    for item in result.below_minimum:
        reasons.append(Problem(item.characteristic.id, N_("under its minimum")))
    for indicator in result.missing_essentials:
        reasons.append(Problem(indicator.id, N_("essential criterion not met")))
    return reasons


def _pdf_submission(path: Path) -> dict[str, Any]:
    verification = verify_file(path)
    if verification.outcome == Outcome.ALTERED:
        raise InputError(
            N_("Refused: {file} was changed after it was exported, or forged."),
            problems=list(verification.problems),
            file=str(path),
        )
    if verification.kind not in (DocumentKind.SELF_CERTIFICATE, DocumentKind.SELF_REPORT):
        raise InputError(N_("Refused: {file} is not a self-assessment."), file=str(path))
    assert verification.data is not None
    return {key: value for key, value in verification.data.items() if key != "charter"}


def _bundle_submission(path: Path) -> dict[str, Any]:
    from sseassess.app.frameworks import framework_from_snapshot
    from sseassess.exchange.validate import BundleError, read_bundle

    try:
        bundle = read_bundle(path)
    except BundleError as error:
        raise InputError(
            N_("Refused: {file}: {detail}"), file=str(path), detail=error.message()
        ) from error
    if bundle.participant is not None:
        raise InputError(
            N_("Refused: {file} holds one participant's answers, not the assessment."),
            file=str(path),
        )
    snapshot = bundle.framework
    framework = framework_from_snapshot(snapshot.content, snapshot.content_hash)
    answers = {item.answer.indicator_id: item.answer for item in bundle.answers}
    return canonical_data(
        assessment=bundle.assessment,
        profile=bundle.organization.profile,
        framework=framework,
        answers=answers,
        result=score(framework, answers),
        participants=0,
        evidence={},
        generator=generator(),
    )


# -- issuing


def issue(
    workspace: Workspace,
    submission_path: Path,
    issuer: Issuer,
    secret: bytes,
    target: Path,
    *,
    language: str,
    valid_until: date | None = None,
    today: date | None = None,
) -> IssuedCertificate:
    """Check a submission and write its numbered charter certificate, signed and certified.

    Nothing is written, and nothing recorded, when the submission is refused (InputError).
    """
    from sseassess.reports.charter import CharterRenderer

    check_writable_folder(target)
    identity = issuer.identity(secret)
    submission = read_submission(submission_path)
    start = today or date.today()
    until = valid_until or date.fromordinal(start.toordinal() + DEFAULT_VALIDITY_DAYS)
    if until <= start:
        raise InputError(
            N_("The end of validity must come after today ({today})."), today=start.isoformat()
        )
    made: dict[str, bytes] = {}

    def make(taken: int) -> IssuedCertificate:
        number = next_number(start.year, taken)
        data = charter_data(
            submission.data,
            number=number,
            issuer_name=issuer.name,
            issuer_fingerprint=issuer.fingerprint,
            issued_on=start,
            valid_from=start,
            valid_until=until,
            url=issuer.url,
            submission_code=submission.code,
        )
        code = verification_code(canonical_json(data))
        pdf = CharterRenderer(_charter_print(data, submission, language, code)).render()
        made["pdf"] = sign_document(
            pdf,
            organization=str(data["organization"]["name"]),
            kind=DocumentKind.CHARTER,
            language=language,
            data=data,
            identity=identity,
        )
        return IssuedCertificate(
            number=number,
            issuer_fingerprint=issuer.fingerprint,
            issuer_name=issuer.name,
            organization=str(data["organization"]["name"]),
            assessment_uuid=str(data["assessment"]["uuid"]),
            framework=f"{submission.framework.id} {submission.framework.version}",
            overall=submission.data["result"]["overall"],
            issued_at=datetime.now(UTC).replace(tzinfo=None),
            valid_from=start,
            valid_until=until,
            document_sha256=sha256(made["pdf"]).hexdigest(),
        )

    records: list[IssuedCertificate] = []

    def record(taken: int) -> IssuedCertificate:
        records.append(make(taken))
        return records[-1]

    workspace.record_issued(issuer.fingerprint, record)
    try:
        write_atomically(target, made["pdf"])
    except InputError:
        workspace.forget_issued(issuer.fingerprint, records[-1].number)
        raise
    return records[-1]


def _charter_print(data: dict[str, Any], submission: Submission, language: str, code: str) -> Any:
    from sseassess.reports.data import CharterData, Field, ScoreRow

    _ = translation(language).gettext
    wording = Wording(language)
    charter, framework, result = data["charter"], submission.framework, submission.result
    name = str(data["organization"]["name"])
    assessed_on = date.fromisoformat(str(data["assessment"]["date"]))
    framework_text = f"{framework.name.get(language)}, " + _("version {version}").format(
        version=framework.version
    )
    number_text = wording.number(charter["number"])
    valid_until = date.fromisoformat(charter["valid_until"])
    qr = [
        f"{wording.charter_title()} {number_text}",
        wording.issued_by(charter["issuer"]["name"]),
        name,
        f"{wording.decision(True)}: {format_score(result.overall, language)} / 100",
        _("Valid until {date}").format(date=valid_until.isoformat()),
    ]
    if charter.get("url"):
        qr.append(f"{charter['url'].rstrip('/')}/{charter['number']}")
    rows = tuple(
        ScoreRow(
            number=number,
            name=item.characteristic.name.get(language),
            score=item.score,
            score_text=f"{format_score(item.score, language)} / 100",
            minimum=item.minimum,
            minimum_text="",
            below_minimum=item.below_minimum,
            status_text="",
        )
        for number, item in enumerate(result.characteristics, start=1)
    )
    return CharterData(
        language=language,
        title=wording.charter_title(),
        number_text=number_text,
        issued_by=wording.issued_by(charter["issuer"]["name"]),
        validity=wording.validity(date.fromisoformat(charter["valid_from"]), valid_until),
        organization=neutral_text(name),
        statement=_(
            "assessed itself on {date}; its answers were scored again by the issuer with the "
            "official {framework}."
        ).format(date=long_date(assessed_on, language), framework=framework_text),
        decision=wording.decision(True),
        facts=(
            Field(_("Framework"), framework_text),
            Field(_("Band"), result.band.name.get(language) if result.band else "–"),
            Field(_("Issued on"), long_date(date.fromisoformat(charter["issued_on"]), language)),
        ),
        overall_label=_("Overall score"),
        overall_text=f"{format_score(result.overall, language)} / 100",
        band_label=_("Band"),
        band_name=result.band.name.get(language) if result.band else "–",
        characteristics_heading=_("Scores by characteristic"),
        rows=rows,
        verification_label=_("Verification code"),
        verification_code=code,
        signature_note=_(
            "Signed by {issuer} with a certification signature that allows no change. Check "
            "it with “sseassess verify FILE.pdf --trust issuer.pem” or any PDF reader that "
            "trusts the issuer's certificate."
        ).format(issuer=charter["issuer"]["name"]),
        qr_text="\n".join(qr),
        subject=_("Charter certificate of {organization}").format(organization=name),
        generator=_("Made with sseassess {version}").format(version=generator().split()[-1]),
        keywords=("ICSSE", framework.id, charter["number"]),
    )


# -- the register


def revoke(workspace: Workspace, issuer: Issuer, number: str) -> IssuedCertificate:
    return workspace.revoke_issued(issuer.fingerprint, number)


def write_registry(workspace: Workspace, issuer: Issuer, secret: bytes, target: Path) -> int:
    """Write the issuer's signed registry of numbers and statuses; the number of entries."""
    from sseassess.trust.registry import Entry, signed_registry

    check_writable_folder(target)
    identity = issuer.identity(secret)
    entries = [
        Entry(
            item.number,
            "revoked" if item.revoked else "valid",
            item.valid_until.isoformat(),
            item.revoked_at.date().isoformat() if item.revoked_at else None,
        )
        for item in workspace.issued_certificates(issuer.fingerprint)
    ]
    published = datetime.now(UTC).replace(microsecond=0).isoformat()
    write_atomically(
        target, signed_registry(identity.key, identity.certificate, published, entries)
    )
    return len(entries)
