"""Signing keys and X.509 certificates: made, written owner-only, read back (cryptography).

An installation's key signs what it exports: its certificate is self-signed and names the
organization and sseassess, so it proves who exported a file, never that anyone checked it.
An issuer's key is a root certificate (a CA) that reviewers trust by its public file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

#: What every certificate sseassess makes says of itself (the ``OU`` of its subject).
SELF_DECLARED_UNIT = "sseassess self-assessment (self-declared, not audited)"
ISSUER_UNIT = "sseassess charter certificate issuer"

PrivateKey = ec.EllipticCurvePrivateKey


class UnreadableKeyError(Exception):
    """A key file that cannot be read: wrong passphrase, damaged or not a key."""


@dataclass(frozen=True)
class Identity:
    """A private key with its certificate: what signs a PDF."""

    key: PrivateKey
    certificate: x509.Certificate
    #: Signers built from this identity, kept so that a key is converted once (pyHanko).
    cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.certificate)

    @property
    def name(self) -> str:
        return common_name(self.certificate)


def new_key() -> PrivateKey:
    """A new ECDSA P-256 key: small signatures, fast to make and to use."""
    return ec.generate_private_key(ec.SECP256R1())


#: The most UTF-8 bytes a certificate's common name may hold (as ``cryptography`` counts).
NAME_BYTES = 64


def fitted_name(text: str) -> str:
    """``text`` (NFC) cut to the 64 bytes a certificate's name may hold, between two
    characters as a reader sees them: never inside a letter's accent (a combining mark),
    a joined emoji or a flag."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    end = 0
    size = 0
    for position, character in enumerate(text):
        size += len(character.encode("utf-8"))
        if size > NAME_BYTES:
            break
        if not _continues(text, position):
            end = position + 1
    return text[:end].strip() or "-"


def _continues(text: str, position: int) -> bool:
    """Whether the character at ``position`` is followed by one that belongs with it."""
    if position + 1 >= len(text):
        return False
    following = text[position + 1]
    joined = text[position] == "\u200d" or following in ("\u200d", "\ufe0f", "\ufe0e")
    return (
        joined
        or unicodedata.combining(following) != 0
        or unicodedata.category(following) in ("Mn", "Me")
        or "\U0001f3fb" <= following <= "\U0001f3ff"  # skin tone
        or _regional_pair_open(text, position)
    )


def _regional(character: str) -> bool:
    return "\U0001f1e6" <= character <= "\U0001f1ff"


def _regional_pair_open(text: str, position: int) -> bool:
    """A flag is two regional indicators: the first of a pair continues into the second."""
    run = 0
    while position - run >= 0 and _regional(text[position - run]):
        run += 1
    return run % 2 == 1 and _regional(text[position + 1])


def _name(common: str, unit: str) -> x509.Name:
    common = fitted_name(common)
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, common),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit),
        ]
    )


def self_signed(
    key: PrivateKey,
    common: str,
    *,
    unit: str,
    authority: bool,
    years: int = 10,
    now: dt.datetime | None = None,
) -> x509.Certificate:
    """A self-signed certificate for ``key`` naming ``common`` (an organization or an issuer).

    ``authority`` makes it a root that may sign certificates (an issuer); an installation's
    certificate may not. Both may sign documents (digital signature, non-repudiation).
    """
    start = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(minutes=5)
    name = _name(common, unit)
    public = key.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=authority, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=authority,
                crl_sign=authority,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )


def fingerprint(certificate: x509.Certificate) -> str:
    """The SHA-256 of the certificate, as "AB12 CD34 …" (16 groups)."""
    digest = certificate.fingerprint(hashes.SHA256()).hex().upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def short_fingerprint(value: str) -> str:
    """The first four groups of a fingerprint: enough to tell keys apart when reading."""
    return " ".join(value.split()[:4])


def common_name(certificate: x509.Certificate) -> str:
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    value = names[0].value if names else ""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def certificate_pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


def load_certificate(content: bytes) -> x509.Certificate:
    """A certificate from PEM or DER bytes; ``ValueError`` when it is not one."""
    if b"-----BEGIN" in content:
        return x509.load_pem_x509_certificate(content)
    return x509.load_der_x509_certificate(content)


def write_private(path: Path, content: bytes) -> None:
    """Write a secret readable by its owner only (0600 in a 0700 folder, on POSIX).

    On Windows the permissions are those of the user's profile folder, which other
    ordinary users cannot read.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # a folder we do not own keeps its permissions
        os.chmod(path.parent, 0o700)
    temporary = path.with_name(f".{path.name}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def key_pem(key: PrivateKey, passphrase: bytes | None) -> bytes:
    """The key as PKCS#8 PEM, encrypted with ``passphrase`` when one is given."""
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )


def load_key(content: bytes, passphrase: bytes | None) -> PrivateKey:
    """A private key from PEM; :class:`UnreadableKeyError` for a wrong passphrase or a
    key of another type."""
    try:
        key = serialization.load_pem_private_key(content, password=passphrase or None)
    except (ValueError, TypeError) as error:
        raise UnreadableKeyError(str(error)) from error
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise UnreadableKeyError("not an elliptic-curve key")
    return key


def matches(key: PrivateKey, certificate: x509.Certificate) -> bool:
    """Whether ``certificate`` is the certificate of ``key``."""
    public = certificate.public_key()
    return isinstance(public, ec.EllipticCurvePublicKey) and public.public_numbers() == (
        key.public_key().public_numbers()
    )


def digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()
