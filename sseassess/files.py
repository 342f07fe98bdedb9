"""Writing a file the user chose: the folder checked first, then the file written whole.

Shared by the exports (``app/``) and the workshop bundles (``exchange/``); standard library
only, with the problems the user can act on raised as translated :class:`InputError`.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from sseassess.domain.text import N_, InputError


def check_writable_folder(path: Path) -> None:
    """Refuse, with a clear message, a target whose folder is missing or not writable."""
    folder = path.expanduser().parent
    if not folder.is_dir():
        raise InputError(N_("The folder {folder} does not exist."), folder=str(folder))
    if path.is_dir():
        raise InputError(N_("{file} is a folder, not a file."), file=str(path))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(N_("The folder {folder} cannot be written to."), folder=str(folder))


def write_atomically(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path`` through a temporary file in the same folder.

    Readers see the old file or the complete new one; a failure (disk full, permissions)
    leaves no temporary file behind and raises :class:`InputError`.
    """
    path = path.expanduser()
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    except OSError as error:
        raise InputError(
            N_("{file} cannot be written: {detail}"),
            file=str(path),
            detail=error.strerror or str(error),
        ) from error
