"""What a PDF holds, read defensively: its signatures, data, text, pages and active content.

Runs in a child process (:mod:`sseassess.trust.sandbox`) on files that may be hostile; it
returns plain facts and judges nothing: the application layer decides what they mean.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from typing import Any

#: Actions and keys that make a PDF do something when opened or clicked.
_ACTIVE_ACTIONS = {
    "/JavaScript",
    "/Launch",
    "/SubmitForm",
    "/ImportData",
    "/GoToE",
    "/GoToR",
    "/Rendition",
    "/Sound",
    "/Movie",
    "/RichMediaExecute",
}
_ACTIVE_KEYS = ("/JS", "/OpenAction", "/AA", "/XFA", "/RichMedia")
#: Beyond this many objects a file is not one of ours (sseassess PDFs have a few hundred).
MAX_OBJECTS = 200_000


class NotAPdfError(Exception):
    """The bytes are not a PDF that can be parsed."""


@dataclass(frozen=True, slots=True)
class SignatureFacts:
    """One signature of the file, as pyHanko validated it against the trusted certificates."""

    field: str
    signer: str
    certificate: bytes
    intact: bool
    valid: bool
    trusted: bool
    anchor: bytes
    whole_file: bool
    certified: bool
    signed_at: str
    error: str


@dataclass(frozen=True, slots=True)
class PdfFacts:
    """Everything ``verify`` needs from a PDF, read in one pass."""

    signatures: tuple[SignatureFacts, ...]
    revisions: int
    attachments: tuple[tuple[str, bytes], ...]
    text: str
    pages: int
    annotations: tuple[str, ...]
    active_content: tuple[str, ...]

    def attachment(self, name: str) -> bytes | None:
        """The embedded file called ``name``; several are joined, so they never pass."""
        found = [data for found_name, data in self.attachments if found_name == name]
        return b"\n".join(found) if found else None


def inspect_pdf(content: bytes, trusted: tuple[bytes, ...]) -> PdfFacts:
    """Read ``content`` (PDF bytes); ``trusted`` are DER certificates of trusted issuers.

    Raises :class:`NotAPdfError` for bytes that cannot be parsed as a PDF.
    """
    for name in ("pypdf", "pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)  # hostile files are our report
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(content), strict=False)
        pages = len(reader.pages)
        attachments = tuple(
            (name, data) for name, items in reader.attachments.items() for data in items
        )
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
        annotations = tuple(_annotations(reader))
        active = tuple(sorted(_active_content(reader)))
    except Exception as error:
        raise NotAPdfError(f"{type(error).__name__}: {error}") from error
    signatures, revisions = _signatures(content, trusted)
    return PdfFacts(signatures, revisions, attachments, text, pages, annotations, active)


def _annotations(reader: Any) -> list[str]:
    """The subtype of every annotation that is not a signature field's widget."""
    found = []
    for page in reader.pages:
        for reference in page.get("/Annots") or []:
            annotation = reference.get_object()
            subtype = str(annotation.get("/Subtype", "?"))
            if subtype == "/Widget" and str(annotation.get("/FT", "")) == "/Sig":
                continue
            found.append(subtype)
    return found


def _active_content(reader: Any) -> set[str]:
    """Scripts, launch and submit actions, open actions anywhere among the file's objects."""
    from pypdf.generic import DictionaryObject, IndirectObject

    found: set[str] = set()
    numbers = {
        (number, generation) for generation, table in reader.xref.items() for number in table
    }
    numbers |= {(number, 0) for number in reader.xref_objStm}
    if len(numbers) > MAX_OBJECTS:
        raise ValueError("too many objects")
    names = reader.root_object.get("/Names")
    if names is not None and "/JavaScript" in names.get_object():
        found.add("/JavaScript")
    for number, generation in sorted(numbers):
        try:
            value = IndirectObject(number, generation, reader).get_object()
        except Exception:
            continue  # a damaged object is caught by the signature, not here
        if not isinstance(value, DictionaryObject):
            continue
        found.update(key for key in _ACTIVE_KEYS if key in value)
        action = value.get("/S")
        if action is not None and str(action) in _ACTIVE_ACTIONS:
            found.add(str(action))
    return found


def _signatures(
    content: bytes, trusted: tuple[bytes, ...]
) -> tuple[tuple[SignatureFacts, ...], int]:
    """Every signature validated (digest, signature, trust, coverage) and the revisions."""
    from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped]
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import MDPPerm
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(content), strict=False)
        embedded = reader.embedded_signatures
        revisions = reader.xrefs.total_revisions
    except Exception as error:
        raise NotAPdfError(f"{type(error).__name__}: {error}") from error
    roots = [asn1_x509.Certificate.load(der) for der in trusted]
    facts = []
    for signature in embedded:
        context = ValidationContext(trust_roots=roots, allow_fetching=False)
        certificate = b""
        signer = ""
        try:
            certificate = signature.signer_cert.dump()
            signer = signature.signer_cert.subject.native.get("common_name", "")
            status = validate_pdf_signature(signature, context, skip_diff=True)
        except Exception as error:
            facts.append(
                SignatureFacts(
                    signature.field_name,
                    signer,
                    certificate,
                    False,
                    False,
                    False,
                    b"",
                    False,
                    False,
                    "",
                    f"{type(error).__name__}: {error}",
                )
            )
            continue
        path = status.validation_path
        anchor = path[0].dump() if status.trusted and path is not None else b""
        facts.append(
            SignatureFacts(
                field=signature.field_name,
                signer=str(signer),
                certificate=certificate,
                intact=bool(status.intact),
                valid=bool(status.valid),
                trusted=bool(status.trusted),
                anchor=anchor,
                whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
                certified=signature.docmdp_level == MDPPerm.NO_CHANGES,
                signed_at=(
                    status.signer_reported_dt.isoformat() if status.signer_reported_dt else ""
                ),
                error="",
            )
        )
    return tuple(facts), revisions
