"""What ``verify`` found, in plain words for a reviewer: shared by the CLI and the window."""

from __future__ import annotations

from collections.abc import Callable

from sseassess.app.verify import Outcome, Verification
from sseassess.domain.verification import DocumentKind
from sseassess.trust.keys import short_fingerprint

Gettext = Callable[[str], str]


def describe(verification: Verification, _: Gettext) -> str:
    """What the document is: "a self-assessment certificate", "a charter certificate"…"""
    kind = verification.kind
    if kind == DocumentKind.SELF_CERTIFICATE:
        return _("a self-assessment certificate")
    if kind == DocumentKind.SELF_REPORT:
        return _("a self-assessment report")
    if kind == DocumentKind.CHARTER:
        return _("a charter certificate")
    if kind == DocumentKind.QUESTIONNAIRE:
        return _("a blank questionnaire")
    return _("a document")


def short_key(verification: Verification) -> str:
    """The signer's key as a reader compares it: the first four groups of its fingerprint."""
    return short_fingerprint(verification.signer_fingerprint)


def headline(verification: Verification, file: str, _: Gettext) -> str:
    """One sentence: the verdict, what the document is and who signed it."""
    key = short_key(verification)
    values = {
        "file": file,
        "what": describe(verification, _),
        "organization": verification.organization or "–",
        "date": verification.assessed_on or "–",
        "signer": verification.signer or "–",
        "key": key or "–",
        "number": verification.number,
        "issuer": verification.issuer,
        "until": verification.valid_until,
    }
    outcome = verification.outcome
    if outcome == Outcome.TRUSTED:
        template = _(
            "valid: charter certificate No. {number} issued by {issuer} to {organization}, "
            "valid until {until}; intact since it was signed."
        )
    elif outcome == Outcome.SELF_DECLARED:
        if verification.organization:
            template = _(
                "self-declared: {what} of {organization} (assessment of {date}), signed by "
                "the sseassess installation that exported it (“{signer}”, key {key}). It is "
                "intact since export, but nobody else checked it."
            )
        else:
            template = _(
                "self-declared: {what} signed by the sseassess installation that exported it "
                "(“{signer}”, key {key}); intact since export."
            )
    elif outcome == Outcome.UNTRUSTED:
        template = _(
            "not trusted here: {what} No. {number} for {organization}, signed by “{signer}” "
            "(key {key}), an issuer you have not trusted (--trust ISSUER.pem), or not valid "
            "today. It is intact since it was signed."
        )
    else:
        template = _("altered: {file} was changed after it was signed, forged, or revoked:")
    return template.format(**values)


def details(verification: Verification, _: Gettext) -> list[str]:
    """What was wrong (for an altered file), then what the reviewer should know."""
    lines = [problem.message(_) for problem in verification.problems]
    lines += [problem.message(_) for problem in verification.notes]
    if verification.code and verification.outcome != Outcome.ALTERED:
        lines.append(_("verification code {code}").format(code=verification.code))
    return lines
