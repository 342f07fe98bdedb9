"""The strict check of a PDF: who signed it, whether anything changed, and what it proves.

The outcome is one of four, each with its exit code in ``sseassess verify``:

* TRUSTED (0): a charter certificate signed by an issuer trusted here, intact, valid today,
  not revoked in the registry given;
* SELF_DECLARED (3): intact, but an organization's own document: nobody else checked it;
* UNTRUSTED (3): intact, but signed by an issuer not trusted here (or expired);
* ALTERED (1): a byte, revision, annotation, page or script added after signing, no
  signature, printed facts that differ from the embedded data, embedded data that do not
  re-score to what they claim, a modified framework, a look-alike issuer, or revoked.

Files that are not sseassess PDFs, or cannot be read in bounded time, raise InputError (2).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from sseassess.app.frameworks import FrameworkStatus, framework_status, official_frameworks
from sseassess.app.printed import PrintedFact, Wording, expected_print, long_date
from sseassess.domain.framework import Framework
from sseassess.domain.scoring import score
from sseassess.domain.text import N_, InputError, Problem
from sseassess.domain.verification import (
    ASSESSMENT_KINDS,
    ATTACHMENT_NAME,
    DocumentKind,
    Envelope,
    answers_from_data,
    expected_score_layouts,
    printed_codes,
    printed_forms,
    printed_scores,
    read_envelope,
    rescore_problems,
    score_differences,
    verification_code,
)
from sseassess.trust.keys import common_name, fingerprint, load_certificate

#: A PDF larger than this is not one sseassess made (a report is well under 2 MB).
MAX_PDF_BYTES = 50 * 2**20
#: How long the parse of one file may take, and how much memory, before it is given up.
PARSE_SECONDS = 5.0
PARSE_MEMORY = 1536 * 2**20


class Outcome(Enum):
    """What ``verify`` concluded, with the exit code of ``sseassess verify``."""

    TRUSTED = 0
    ALTERED = 1
    SELF_DECLARED = 3
    UNTRUSTED = 4  # exit code 3 as well; told apart in the words

    @property
    def exit_code(self) -> int:
        return 3 if self in (Outcome.SELF_DECLARED, Outcome.UNTRUSTED) else self.value


@dataclass(frozen=True)
class TrustedIssuer:
    """A reviewer's trusted issuer: its certificate (PEM or DER file)."""

    name: str
    fingerprint: str
    der: bytes

    @classmethod
    def from_bytes(cls, content: bytes) -> TrustedIssuer:
        from cryptography.hazmat.primitives import serialization

        certificate = load_certificate(content)
        return cls(
            common_name(certificate),
            fingerprint(certificate),
            certificate.public_bytes(serialization.Encoding.DER),
        )


@dataclass(frozen=True)
class Verification:
    """Everything ``verify`` says about one file."""

    outcome: Outcome
    kind: DocumentKind | None = None
    signer: str = ""
    signer_fingerprint: str = ""
    organization: str = ""
    assessed_on: str = ""
    code: str = ""
    number: str = ""
    issuer: str = ""
    valid_until: str = ""
    problems: tuple[Problem, ...] = ()
    notes: tuple[Problem, ...] = field(default=())
    #: The embedded data (an issuer re-scores them); never printed as such.
    data: dict[str, Any] | None = field(default=None, compare=False, repr=False)


def read_trusted(paths: Sequence[Path]) -> list[TrustedIssuer]:
    """The issuer certificates a reviewer trusts; InputError for one that cannot be read."""
    issuers = []
    for path in paths:
        try:
            issuers.append(TrustedIssuer.from_bytes(_read(path)))
        except ValueError as error:
            raise InputError(
                N_("{file} is not an issuer's certificate (issuer.pem)."), file=str(path)
            ) from error
    return issuers


def verify_file(
    path: Path,
    trusted: Sequence[TrustedIssuer] = (),
    registry: Path | None = None,
    today: date | None = None,
) -> Verification:
    """Check the PDF at ``path`` against the ``trusted`` issuers and an issuer's registry."""
    return verify_bytes(_read(path), str(path), trusted, registry, today)


def _read(path: Path) -> bytes:
    """The file's bytes; InputError when it cannot be read or is larger than any of ours."""
    from sseassess.files import read_bounded

    return read_bounded(path, MAX_PDF_BYTES, N_("{file} is too large to be an sseassess PDF."))


def inspect(content: bytes, name: str, trusted: Sequence[TrustedIssuer]) -> Any:
    """The facts of the PDF, parsed in a child process with a time and memory limit."""
    from sseassess.trust.inspect import NotAPdfError, inspect_pdf
    from sseassess.trust.sandbox import ChildFailedError, LimitExceededError, run_limited

    if not content.lstrip()[:5].startswith(b"%PDF"):
        raise InputError(
            N_("{file} is not a PDF that can be read ({detail})."),
            file=name,
            detail="no PDF header",
        )
    try:
        return run_limited(
            inspect_pdf,
            content,
            tuple(issuer.der for issuer in trusted),
            seconds=PARSE_SECONDS,
            memory=PARSE_MEMORY,
        )
    except LimitExceededError as error:
        raise InputError(
            N_(
                "{file} could not be read within the limits ({detail}): it is not a PDF sseassess "
                "made."
            ),
            file=name,
            detail=str(error),
        ) from error
    except (ChildFailedError, NotAPdfError) as error:
        raise InputError(
            N_("{file} is not a PDF that can be read ({detail})."), file=name, detail=str(error)
        ) from error


def verify_bytes(
    content: bytes,
    name: str,
    trusted: Sequence[TrustedIssuer] = (),
    registry: Path | None = None,
    today: date | None = None,
) -> Verification:
    facts = inspect(content, name, trusted)
    embedded = facts.attachment(ATTACHMENT_NAME)
    sseassess_signature = [s for s in facts.signatures if s.field == "sseassess"]
    if embedded is None:
        if not sseassess_signature and not printed_codes(facts.text):
            raise InputError(
                N_("{file} was not made by sseassess: it carries no sseassess data."), file=name
            )
        return Verification(
            Outcome.ALTERED,
            problems=(Problem("data", N_("the embedded data were removed")),),
        )
    envelope = read_envelope(embedded)
    if envelope is None:
        if not sseassess_signature:
            raise InputError(
                N_("{file} was not made by sseassess: the data it carries are not sseassess data."),
                file=name,
            )
        return Verification(
            Outcome.ALTERED, problems=(Problem("data", N_("the embedded data are not readable")),)
        )
    checker = _Checker(facts, envelope, trusted, today or date.today())
    return checker.run(registry)


class _Checker:
    """The checks of one readable sseassess PDF, gathering problems and notes."""

    def __init__(
        self, facts: Any, envelope: Envelope, trusted: Sequence[TrustedIssuer], today: date
    ) -> None:
        self.facts, self.envelope, self.trusted, self.today = facts, envelope, trusted, today
        self.problems: list[Problem] = []
        self.notes: list[Problem] = []
        self.info: dict[str, str] = {}

    def problem(self, field_: str, template: str, **params: Any) -> None:
        self.problems.append(Problem(field_, template, params))

    def run(self, registry: Path | None) -> Verification:
        signature = self.check_signature()
        self.check_structure()
        kind = self.envelope.kind
        charter: dict[str, Any] = {}
        if kind in ASSESSMENT_KINDS and self.envelope.data is not None:
            charter = self.check_assessment(self.envelope.data)
        outcome = Outcome.SELF_DECLARED
        if signature is not None and kind == DocumentKind.CHARTER:
            outcome = self.check_issuer(signature, charter, registry)
        if self.problems:
            outcome = Outcome.ALTERED
        return Verification(
            outcome,
            kind=kind,
            signer=signature.signer if signature is not None else "",
            signer_fingerprint=(
                fingerprint(load_certificate(signature.certificate))
                if signature is not None
                else ""
            ),
            problems=tuple(self.problems),
            notes=tuple(self.notes),
            data=self.envelope.data,
            **self.info,
        )

    # -- the signature and the file's structure

    def check_signature(self) -> Any:
        signatures = self.facts.signatures
        if not signatures:
            self.problem(
                "signature",
                N_(
                    "it is not signed: sseassess signs every PDF it exports, so the signature was "
                    "removed"
                ),
            )
            return None
        if len(signatures) > 1:
            self.problem(
                "signature",
                N_("it carries {count} signatures; sseassess signs once"),
                count=len(signatures),
            )
        signature = signatures[-1]
        if signature.error:
            self.problem(
                "signature",
                N_("its signature cannot be checked ({detail})"),
                detail=signature.error,
            )
        elif not signature.intact:
            self.problem(
                "signature", N_("bytes were changed after signing: the signature no longer matches")
            )
        elif not signature.valid:
            self.problem("signature", N_("the signature is not valid for the signer's key"))
        if not signature.error and not signature.whole_file:
            self.problem(
                "signature",
                N_(
                    "something was added after signing (a revision, annotation, page or script): "
                    "the signature does not cover the whole file"
                ),
            )
        return signature

    def check_structure(self) -> None:
        facts = self.facts
        if facts.revisions > 2:  # ReportLab's file, then the signed revision
            self.problem(
                "revisions",
                N_("the file has {count} revisions; an exported PDF has two"),
                count=facts.revisions,
            )
        if facts.annotations:
            self.problem(
                "annotations",
                N_("it carries annotations drawn over the page ({kinds})"),
                kinds=", ".join(sorted({a.lstrip("/") for a in facts.annotations})),
            )
        if facts.active_content:
            self.problem(
                "scripts",
                N_("it carries scripts or actions ({kinds})"),
                kinds=", ".join(a.lstrip("/") for a in facts.active_content),
            )
        expected = self.envelope.pages
        if expected and facts.pages != expected:
            self.problem(
                "pages",
                N_("it has {pages} pages; it was exported with {expected}"),
                pages=facts.pages,
                expected=expected,
            )
        if len([n for n, _data in facts.attachments if n == ATTACHMENT_NAME]) > 1:
            self.problem("data", N_("it carries its data more than once"))

    # -- the data: framework, re-scoring, and the print

    def check_assessment(self, data: dict[str, Any]) -> dict[str, Any]:
        envelope = self.envelope
        code = verification_code(envelope.data_bytes)
        organization = str(data["organization"]["name"])
        assessed_on = date.fromisoformat(str(data["assessment"]["date"]))
        language = envelope.language
        self.info.update(
            organization=organization, assessed_on=long_date(assessed_on, language), code=code
        )
        framework = self.framework(data["framework"])
        printed = set(printed_codes(self.facts.text))
        if printed != {code}:
            self.problem(
                "code",
                N_(
                    "the printed verification code does not match the embedded data (printed: "
                    "{printed}; data: {actual})"
                ),
                printed=", ".join(sorted(printed)) or "–",
                actual=code,
            )
        layouts = expected_score_layouts(data)
        found = printed_scores(self.facts.text)
        if found not in layouts:
            self.problems.extend(score_differences(found, layouts, data))
        charter = data.get("charter") if envelope.kind == DocumentKind.CHARTER else None
        charter_lines: list[PrintedFact] = []
        if isinstance(charter, dict):
            charter_lines = self.charter_lines(charter, language)
        elif envelope.kind == DocumentKind.CHARTER:
            self.problem("data", N_("a charter certificate without its issuer's data"))
        if framework is None:
            return charter or {}
        self.problems.extend(rescore_problems(data, framework))
        result = score(framework, answers_from_data(data))
        expected = expected_print(
            envelope.kind,
            language,
            organization=organization,
            assessed_on=assessed_on,
            result=result,
            title=self.report_title(data, language),
            charter=charter_lines,
        )
        self.check_print(expected.required, expected.forbidden)
        return charter or {}

    def framework(self, named: dict[str, Any]) -> Framework | None:
        status = framework_status(
            str(named["id"]), str(named["version"]), str(named["content_hash"])
        )
        if status == FrameworkStatus.MODIFIED:
            self.problem(
                "framework",
                N_(
                    "it was made with a MODIFIED framework that calls itself {framework} "
                    "{version}: its rules are not the official ones"
                ),
                framework=named["id"],
                version=named["version"],
            )
            return None
        if status == FrameworkStatus.OTHER:
            self.notes.append(
                Problem(
                    "framework",
                    N_(
                        "made with {framework} {version}, which is not an official framework: its "
                        "scores were not re-computed"
                    ),
                    {"framework": named["id"], "version": named["version"]},
                )
            )
            return None
        return official_frameworks()[str(named["content_hash"])]

    def report_title(self, data: dict[str, Any], language: str) -> str:
        if self.envelope.kind != DocumentKind.SELF_REPORT:
            return ""
        from sseassess.i18n import translation

        _ = translation(language).gettext
        if data["assessment"].get("kind") == "workshop":
            return _("Workshop assessment report")
        return _("Self-assessment report")

    def check_print(
        self, required: Sequence[PrintedFact], forbidden: Sequence[PrintedFact]
    ) -> None:
        text = " ".join(self.facts.text.split())
        for fact in required:
            if not any(form in text for form in printed_forms(fact.text)):
                self.problem(
                    "print",
                    N_("the printed {fact} is not what the data say (expected “{expected}”)"),
                    fact=fact.fact,
                    expected=fact.text,
                )
        for fact in forbidden:
            if any(form in text for form in printed_forms(fact.text)):
                self.problem(
                    "print",
                    N_("it prints “{text}”, which its data do not support ({fact})"),
                    text=fact.text,
                    fact=fact.fact,
                )

    # -- charter certificates: the issuer, the dates, the registry

    def charter_lines(self, charter: dict[str, Any], language: str) -> list[PrintedFact]:
        wording = Wording(language)
        try:
            number = str(charter["number"])
            issuer = str(charter["issuer"]["name"])
            valid_from = date.fromisoformat(str(charter["valid_from"]))
            valid_until = date.fromisoformat(str(charter["valid_until"]))
        except (KeyError, TypeError, ValueError):
            self.problem("data", N_("a charter certificate without its issuer's data"))
            return []
        self.info.update(number=number, issuer=issuer, valid_until=long_date(valid_until, language))
        return [
            PrintedFact("number", wording.number(number)),
            PrintedFact("issuer", wording.issued_by(issuer)),
            PrintedFact("validity", wording.validity(valid_from, valid_until)),
        ]

    def check_issuer(
        self, signature: Any, charter: dict[str, Any], registry: Path | None
    ) -> Outcome:
        signer = fingerprint(load_certificate(signature.certificate))
        claimed = charter.get("issuer", {}) if isinstance(charter, dict) else {}
        if claimed.get("fingerprint") != signer:
            self.problem("issuer", N_("the issuer named in its data is not the one who signed it"))
        if not signature.certified:
            self.problem(
                "signature",
                N_("it is not certified: a charter certificate forbids every change (DocMDP)"),
            )
        if not signature.trusted:
            same_name = [issuer for issuer in self.trusted if issuer.name == signature.signer]
            if same_name:
                self.problem(
                    "issuer",
                    N_(
                        "it claims to come from {issuer}, but was signed with another key than "
                        "the trusted issuer of that name (key {key})"
                    ),
                    issuer=signature.signer,
                    key=" ".join(signer.split()[:4]),
                )
            return Outcome.UNTRUSTED
        valid_from = date.fromisoformat(str(charter.get("valid_from")))
        valid_until = date.fromisoformat(str(charter.get("valid_until")))
        if not valid_from <= self.today <= valid_until:
            self.notes.append(
                Problem(
                    "validity",
                    N_("it is not valid today: valid from {start} to {end}"),
                    {"start": valid_from.isoformat(), "end": valid_until.isoformat()},
                )
            )
            return Outcome.UNTRUSTED
        if registry is None:
            self.notes.append(
                Problem(
                    "registry", N_("revocation not checked: no registry of the issuer was given")
                )
            )
            return Outcome.TRUSTED
        return self.check_registry(
            registry, signer, str(charter.get("number")), str(charter.get("issued_on", ""))
        )

    def check_registry(self, path: Path, signer: str, number: str, issued_on: str) -> Outcome:
        from sseassess.trust.registry import RegistryError, read_registry

        try:
            checked = read_registry(_read(path))
        except RegistryError as error:
            raise InputError(
                N_(
                    "{file} is not a registry signed by an issuer, or it was changed after "
                    "signing ({detail})."
                ),
                file=str(path),
                detail=str(error),
            ) from error
        if fingerprint(checked.issuer) != signer:
            raise InputError(
                N_("{file} is the registry of another issuer ({issuer})."),
                file=str(path),
                issuer=common_name(checked.issuer),
            )
        entry = checked.entries.get(number)
        if entry is None:
            if issued_on and issued_on > checked.published[:10]:
                self.notes.append(
                    Problem(
                        "registry",
                        N_(
                            "issued after the registry given was published ({date}): revocation "
                            "not checked"
                        ),
                        {"date": checked.published[:10]},
                    )
                )
                return Outcome.TRUSTED
            self.problem(
                "registry", N_("its number {number} is not in its issuer's registry"), number=number
            )
            return Outcome.ALTERED
        if entry.status == "revoked":
            self.problem(
                "revoked",
                N_("it was revoked by its issuer on {date}"),
                date=entry.revoked_on or "?",
            )
            return Outcome.ALTERED
        return Outcome.TRUSTED
