"""This installation's signing key and the certificate it signs an organization's exports with.

The key is made on first use and kept in the user's data folder, readable by its owner
only. Each organization gets a self-signed certificate for that key naming it and
sseassess as "self-declared, not audited": a signature proves which installation exported
a file and that its bytes did not change since, never that anyone else checked it.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

from sseassess.domain.text import N_, InputError
from sseassess.trust.keys import (
    SELF_DECLARED_UNIT,
    Identity,
    PrivateKey,
    UnreadableKeyError,
    certificate_pem,
    common_name,
    fitted_name,
    key_pem,
    load_certificate,
    load_key,
    matches,
    new_key,
    self_signed,
    write_private,
)

_lock = threading.Lock()
_keys: dict[Path, PrivateKey] = {}
_identities: dict[tuple[Path, str], Identity] = {}


def signing_folder() -> Path:
    """Where the installation's key and certificates live (the user's data folder)."""
    from platformdirs import user_data_path

    return user_data_path("sseassess", appauthor=False) / "signing"


def _installation_key(folder: Path) -> PrivateKey:
    """The installation's key, made on first use and loaded once per process."""
    key = _keys.get(folder)
    if key is not None:
        return key
    path = folder / "installation-key.pem"
    try:
        if path.exists():
            key = load_key(path.read_bytes(), None)
        else:
            key = new_key()
            write_private(path, key_pem(key, None))
    except (OSError, UnreadableKeyError) as error:
        raise InputError(
            N_("The signing key in {folder} cannot be used: {detail}"),
            folder=str(folder),
            detail=str(error),
        ) from error
    _keys[folder] = key
    return key


def installation_identity(organization: str, folder: Path | None = None) -> Identity:
    """The identity that signs ``organization``'s exports on this installation.

    Its certificate is made once per organization name and kept beside the key.
    """
    folder = folder or signing_folder()
    with _lock:
        cached = _identities.get((folder, organization))
        if cached is not None:
            return cached
        key = _installation_key(folder)
        name = hashlib.sha256(organization.encode("utf-8")).hexdigest()[:16]
        path = folder / "certificates" / f"{name}.pem"
        certificate = None
        try:
            if path.exists():
                certificate = load_certificate(path.read_bytes())
        except (OSError, ValueError):
            certificate = None
        if (
            certificate is None
            or not matches(key, certificate)
            or common_name(certificate) != fitted_name(organization)
        ):
            certificate = self_signed(key, organization, unit=SELF_DECLARED_UNIT, authority=False)
            try:
                write_private(path, certificate_pem(certificate))
            except OSError as error:
                raise InputError(
                    N_("The signing certificate cannot be written to {folder}: {detail}"),
                    folder=str(path.parent),
                    detail=error.strerror or str(error),
                ) from error
        identity = Identity(key, certificate)
        _identities[(folder, organization)] = identity
        return identity
