"""Reading a file the user gave, bounded; writing a file the user chose: the folder checked
first, then the file written whole.

Shared by the exports (``app/``) and the workshop bundles (``exchange/``); standard library
only, with the problems the user can act on raised as translated :class:`InputError`.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Sequence
from pathlib import Path

from sseassess.domain.text import N_, InputError


def read_bounded(path: Path, limit: int, too_large: str) -> bytes:
    """The bytes of ``path``, never more than ``limit`` read: InputError when it cannot be
    read, and ``too_large`` (a message with ``{file}``) when it holds more."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as error:
        raise InputError(
            N_("{file} cannot be read: {detail}"),
            file=str(path),
            detail=error.strerror or str(error),
        ) from error
    if len(raw) > limit:
        raise InputError(too_large, file=str(path))
    return raw


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


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def chosen_targets(paths: Sequence[Path | None], *, none: str, clash: str) -> list[Path]:
    """The files the user chose among ``paths`` (None: not wanted), each checked.

    Raises :class:`InputError` with the message ``none`` when no file is chosen, ``clash``
    when two are the same file, and the folder's own message when one cannot be written.
    """
    chosen = [path for path in paths if path is not None]
    if not chosen:
        raise InputError(none)
    if len({path.expanduser().resolve() for path in chosen}) != len(chosen):
        raise InputError(clash)
    for path in chosen:
        check_writable_folder(path)
    return chosen


class Steps:
    """Progress over ``total`` steps for a caller's ``progress`` and ``cancelled``."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.total, self.done = total, 0
        self._progress, self._cancelled = progress, cancelled

    def advance(self) -> bool:
        """One step done (reported); whether the caller asked to stop."""
        self.done += 1
        if self._progress is not None:
            self._progress(self.done, self.total)
        return self._cancelled is not None and self._cancelled()


def make_and_write(makers: Sequence[tuple[Path, Callable[[], bytes]]], steps: Steps) -> list[Path]:
    """Make every file's content (a step each), then write them all, then a last step.

    Nothing is written when ``steps`` says to stop while making (returns ``[]``), and each
    file is written whole (:func:`write_atomically`). Returns the files written.
    """
    made = []
    for path, make in makers:
        made.append((path, make()))
        if steps.advance():
            return []
    for path, content in made:
        write_atomically(path, content)
    steps.advance()
    return [path for path, _content in made]
