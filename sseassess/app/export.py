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
from sseassess.files import Cancelled, Progress, Steps, chosen_targets, make_and_write


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

    chosen = chosen_targets(
        [certificate, report],
        none=N_("Choose a file for the certificate, the report, or both."),
        clash=N_("The certificate and the report need two different files."),
    )
    steps = Steps(len(chosen) + 2, progress, cancelled)
    facts = gather(workspace, assessment_uuid, language)
    data_bytes = canonical(facts)
    code = verification_code(data_bytes)
    data = document_data(facts, language, code)
    if steps.advance():
        return []

    def pdf(renderer: CertificateRenderer | ReportRenderer) -> Callable[[], bytes]:
        return lambda: embed(renderer.render(), name=ATTACHMENT_NAME, data=data_bytes, code=code)

    makers = []
    if certificate is not None:
        makers.append((certificate, pdf(CertificateRenderer(data))))
    if report is not None:
        makers.append((report, pdf(ReportRenderer(data))))
    return make_and_write(makers, steps)


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
