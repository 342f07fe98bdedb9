"""Embedding the assessment data in a rendered PDF, and reading it back (pypdf)."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter

#: The document-information key holding the verification code recorded at export.
CODE_KEY = "/SseassessVerificationCode"


class UnreadablePdfError(Exception):
    """The file is not a PDF that can be read."""


@dataclass(frozen=True, slots=True)
class PdfContents:
    """What ``verify`` needs from a PDF: its embedded data, recorded code and printed text."""

    attachment: bytes | None
    recorded_code: str | None
    text: str


def embed(pdf: bytes, *, name: str, data: bytes, code: str) -> bytes:
    """``pdf`` with ``data`` attached as the file ``name`` and ``code`` in its metadata."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_attachment(name, data)
    writer.add_metadata({CODE_KEY: code})
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def read(pdf: bytes, *, name: str) -> PdfContents:
    """The attachment called ``name`` (``None`` if absent), the recorded code and all text.

    Several attachments with that name are returned joined, so that they cannot hash to the
    recorded code. Raises :class:`UnreadablePdfError` for anything pypdf cannot read.
    """
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)  # damaged files are reported by us, not by pypdf's warnings
    try:
        reader = PdfReader(io.BytesIO(pdf), strict=False)
        found = reader.attachments.get(name)
        attachment = b"\n".join(found) if found else None
        info = reader.metadata
        recorded = info.get(CODE_KEY) if info is not None else None
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except Exception as error:  # pypdf raises many kinds of errors on damaged input
        raise UnreadablePdfError(str(error) or type(error).__name__) from error
    finally:
        logger.setLevel(level)
    return PdfContents(attachment, str(recorded) if recorded is not None else None, text)
