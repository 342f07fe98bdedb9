"""The issuer's registry of certificate numbers and their status: a JSON file it signs.

The signature (ECDSA over the canonical JSON of everything else in the file) and the
issuer's certificate travel inside the file; a reviewer checks it against the issuer
certificate they trust, so an edited, truncated or re-signed registry is detected.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from sseassess.trust.keys import PrivateKey, certificate_pem, load_certificate

FORMAT = "sseassess-registry"
FORMAT_VERSION = 1
#: A registry larger than this is not read (ten thousand certificates take about 1 MB).
MAX_BYTES = 20 * 2**20


class RegistryError(Exception):
    """The file is not a registry, or its signature does not hold."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One issued certificate: its number, status and dates (ISO)."""

    number: str
    status: str
    valid_until: str
    revoked_on: str | None


@dataclass(frozen=True, slots=True)
class Registry:
    """A checked registry: who signed it, when, and the certificates it lists."""

    issuer: x509.Certificate
    published: str
    entries: dict[str, Entry]


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def signed_registry(
    key: PrivateKey, certificate: x509.Certificate, published: str, entries: list[Entry]
) -> bytes:
    """The registry file: the entries, the issuer's certificate and the signature."""
    body = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "published": published,
        "issuer_certificate": certificate_pem(certificate).decode("ascii"),
        "certificates": [
            {
                "number": entry.number,
                "status": entry.status,
                "valid_until": entry.valid_until,
                "revoked_on": entry.revoked_on,
            }
            for entry in entries
        ],
    }
    signature = key.sign(_canonical(body), ec.ECDSA(hashes.SHA256()))
    body["signature"] = base64.b64encode(signature).decode("ascii")
    return json.dumps(body, sort_keys=True, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"


def read_registry(content: bytes) -> Registry:
    """Parse and check a registry file; :class:`RegistryError` says what is wrong."""
    if len(content) > MAX_BYTES:
        raise RegistryError("too large")
    try:
        body = json.loads(content.decode("utf-8"))
        if body.get("format") != FORMAT or body.get("format_version") != FORMAT_VERSION:
            raise RegistryError("not a registry")
        signature = base64.b64decode(body.pop("signature"), validate=True)
        issuer = load_certificate(body["issuer_certificate"].encode("ascii"))
        published = str(body["published"])
        entries = {
            str(item["number"]): Entry(
                str(item["number"]),
                str(item["status"]),
                str(item["valid_until"]),
                None if item["revoked_on"] is None else str(item["revoked_on"]),
            )
            for item in body["certificates"]
        }
    except RegistryError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise RegistryError("not a registry") from error
    public = issuer.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey):
        raise RegistryError("not a registry")
    try:
        public.verify(signature, _canonical(body), ec.ECDSA(hashes.SHA256()))
    except InvalidSignature as error:
        raise RegistryError("signature") from error
    return Registry(issuer, published, entries)
