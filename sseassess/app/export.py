"""Exporting the PDF certificate and report, and verifying an exported PDF (no Qt)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sseassess.app.report_data import canonical, document_data, gather
from sseassess.app.workspace import Workspace
from sseassess.domain.text import N_, InputError, Problem
from sseassess.domain.verification import (
    ATTACHMENT_NAME,
    Verdict,
    printed_codes,
    verification_code,
    verify,
)
from sseassess.files import check_writable_folder, write_atomically

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def export_documents(
    workspace: Workspace,
    assessment_uuid: str,
    *,
    certificate: Path | None,
    report: Path | None,
    language: str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[Path]:
    """Render the certificate and/or the report of an assessment in ``language``.

    Every document is rendered before any file is written, then each is written to a
    temporary file in its folder and renamed over the target: no half-written file, ever.
    Returns the files written; an empty list when ``cancelled()`` turned true (then nothing
    was written). Raises :class:`InputError` for a missing folder or a file that cannot be
    written. Safe to run in a worker thread: it touches no GUI.
    """
    from sseassess.reports.certificate import CertificateRenderer
    from sseassess.reports.pdf_embed import embed
    from sseassess.reports.report import ReportRenderer

    wanted = [
        (kind, path)
        for kind, path in (("certificate", certificate), ("report", report))
        if path is not None
    ]
    if not wanted:
        raise InputError(N_("Choose a file for the certificate, the report, or both."))
    if certificate is not None and report is not None and _same(certificate, report):
        raise InputError(N_("The certificate and the report need two different files."))
    for _kind, path in wanted:
        check_writable_folder(path)

    total = 1 + len(wanted) + 1
    step = 0

    def advance() -> bool:
        nonlocal step
        step += 1
        if progress is not None:
            progress(step, total)
        return cancelled is not None and cancelled()

    facts = gather(workspace, assessment_uuid)
    data_bytes = canonical(facts)
    code = verification_code(data_bytes)
    data = document_data(facts, language, code)
    if advance():
        return []
    rendered: list[tuple[Path, bytes]] = []
    for kind, path in wanted:
        renderer = CertificateRenderer(data) if kind == "certificate" else ReportRenderer(data)
        pdf = embed(renderer.render(), name=ATTACHMENT_NAME, data=data_bytes, code=code)
        rendered.append((path, pdf))
        if advance():
            return []
    written = []
    for path, pdf in rendered:
        write_atomically(path, pdf)
        written.append(path)
    advance()
    return written


def _same(first: Path, second: Path) -> bool:
    return first.expanduser().resolve() == second.expanduser().resolve()


def verify_document(path: Path) -> Verdict:
    """Check an exported PDF: its embedded data, its printed code and its printed scores.

    Raises :class:`InputError` when the file cannot be read or was not made by sseassess
    (not a PDF, no sseassess data inside); otherwise the verdict says intact or what differs.
    """
    from sseassess.reports.pdf_embed import UnreadablePdfError, read

    try:
        content = path.read_bytes()
    except OSError as error:
        raise InputError(
            N_("{file} cannot be read: {detail}"),
            file=str(path),
            detail=error.strerror or str(error),
        ) from error
    try:
        contents = read(content, name=ATTACHMENT_NAME)
    except UnreadablePdfError as error:
        raise InputError(
            N_("{file} is not a PDF that can be read ({detail})."),
            file=str(path),
            detail=str(error),
        ) from error
    if contents.attachment is None:
        if contents.recorded_code is None and not printed_codes(contents.text):
            raise InputError(
                N_("{file} was not made by sseassess: it carries no assessment data."),
                file=str(path),
            )
        # An sseassess document (its code is recorded or printed) whose data were taken out.
        removed = Problem("data", N_("the embedded assessment data were removed"))
        return Verdict(contents.recorded_code or "", "", "", (removed,))
    verdict = verify(contents.attachment, contents.recorded_code, contents.text)
    if not verdict.readable:
        raise InputError(
            N_("{file} was not made by sseassess: the data it carries are not sseassess data."),
            file=str(path),
        )
    return verdict
