"""Signing a rendered PDF in one incremental update: its data attached, then a PAdES signature.

ReportLab's bytes are parsed once (pyHanko's incremental writer); the attachment, the
document's metadata and the signature are written as one revision, so the signature covers
the whole file and any later byte, annotation, page or revision breaks or escapes it.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import serialization

from sseassess.trust.keys import Identity

#: The name of the signature field every sseassess PDF carries.
SIGNATURE_FIELD = "sseassess"


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file embedded in the PDF (the document's data)."""

    name: str
    data: bytes
    mime_type: str
    description: str


def _signer(identity: Identity) -> Any:
    """pyHanko's signer for ``identity``, made once per identity (the key converted once)."""
    signer = identity.cache.get("pyhanko")
    if signer is None:
        from asn1crypto import keys as asn1_keys  # type: ignore[import-untyped]
        from asn1crypto import x509 as asn1_x509
        from pyhanko.sign.signers import SimpleSigner
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        der = identity.key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        signer = SimpleSigner(
            signing_cert=asn1_x509.Certificate.load(
                identity.certificate.public_bytes(serialization.Encoding.DER)
            ),
            signing_key=asn1_keys.PrivateKeyInfo.load(der),
            cert_registry=SimpleCertificateStore(),  # type: ignore[no-untyped-call]
        )
        identity.cache["pyhanko"] = signer
    return signer


def sign_pdf(
    pdf: bytes,
    identity: Identity,
    *,
    attachment: Callable[[int], Attachment] | None,
    reason: str,
    certify: bool = False,
) -> bytes:
    """``pdf`` with an attachment embedded and signed by ``identity`` (PAdES baseline B).

    ``attachment`` makes the embedded file from the document's page count.

    ``certify`` makes it a certification signature that allows no change at all (DocMDP,
    as a charter certificate is); otherwise an approval signature.
    """
    from pyhanko.pdf_utils import embed, generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
    from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    if attachment is not None:
        made = attachment(int(writer.root["/Pages"]["/Count"]))
        stream = embed.EmbeddedFileObject.from_file_data(
            writer, data=made.data, mime_type=made.mime_type
        )
        embed.embed_file(
            writer,
            embed.FileSpec(
                file_spec_string=made.name,
                file_name=made.name,
                embedded_data=stream,
                description=made.description,
                af_relationship=generic.NameObject("/Data"),
            ),
        )
    metadata = PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        reason=reason,
        name=identity.name,
        certify=certify,
        docmdp_permissions=MDPPerm.NO_CHANGES,
    )
    output = PdfSigner(metadata, signer=_signer(identity)).sign_pdf(
        writer, bytes_reserved=_reserved(identity)
    )
    return bytes(output.getvalue())


#: Room in the signature container beyond the certificate: the signed attributes, an
#: ECDSA P-256 signature and the CMS structure take well under half of it.
_CONTAINER_ROOM = 2048


def _reserved(identity: Identity) -> int:
    """The bytes to reserve for the signature, twice the container's DER size (it is written
    in hexadecimal). Given, not estimated: pyHanko would otherwise sign a dummy first,
    which is half the cost of signing."""
    size = len(identity.certificate.public_bytes(serialization.Encoding.DER))
    return 2 * (size + _CONTAINER_ROOM)
