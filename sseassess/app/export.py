"""Exporting the signed PDF self-assessment certificate and report (no Qt)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sseassess.app.report_data import AssessmentFacts, canonical, document_data, gather
from sseassess.app.signing import sign_document
from sseassess.app.workspace import Workspace
from sseassess.domain.text import N_
from sseassess.domain.verification import DocumentKind, canonical_json, verification_code
from sseassess.files import Cancelled, Progress, Steps, chosen_targets, make_and_write


def export_documents(
    workspace: Workspace,
    assessment_uuid: str,
    *,
    certificate: Path | None,
    report: Path | None,
    language: str,
    include_notes: bool = False,
    sign: bool = True,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[Path]:
    """Render the self-assessment certificate and/or the report of an assessment.

    Each PDF embeds what it prints plus the answers' levels (the internal notes and
    evidence file names only with ``include_notes``) and is signed with this
    installation's key (``sign=False`` only for the benchmark's floor). Every document is
    rendered before any file is written, then each is written to a temporary file in its
    folder and renamed over the target: no half-written file, ever. Returns the files
    written; an empty list when ``cancelled()`` turned true (then nothing was written).
    Raises :class:`InputError` for a missing folder or a file that cannot be written.
    Safe to run in a worker thread: it touches no GUI.
    """
    from sseassess.reports.certificate import CertificateRenderer
    from sseassess.reports.report import ReportRenderer

    chosen = chosen_targets(
        [certificate, report],
        none=N_("Choose a file for the certificate, the report, or both."),
        clash=N_("The certificate and the report need two different files."),
    )
    steps = Steps(len(chosen) + 2, progress, cancelled)
    facts = gather(workspace, assessment_uuid, language)
    if steps.advance():
        return []
    makers = []
    if certificate is not None:
        makers.append(
            (
                certificate,
                _maker(facts, language, DocumentKind.SELF_CERTIFICATE, CertificateRenderer, sign),
            )
        )
    if report is not None:
        makers.append(
            (
                report,
                _maker(
                    facts,
                    language,
                    DocumentKind.SELF_REPORT,
                    ReportRenderer,
                    sign,
                    notes=include_notes,
                ),
            )
        )
    return make_and_write(makers, steps)


def _maker(
    facts: AssessmentFacts,
    language: str,
    kind: DocumentKind,
    renderer: Callable[[Any], Any],
    sign: bool,
    notes: bool = False,
) -> Callable[[], bytes]:
    """What makes one document's bytes: its data, code, rendering and signature."""

    def make() -> bytes:
        data = canonical(facts, report=kind == DocumentKind.SELF_REPORT, notes=notes)
        code = verification_code(canonical_json(data))
        pdf: bytes = renderer(document_data(facts, language, code, notes=notes)).render()
        if not sign:
            from sseassess.domain.verification import ATTACHMENT_NAME, envelope
            from sseassess.reports.pdf_embed import embed

            return embed(
                pdf, name=ATTACHMENT_NAME, data=envelope(kind, language, 0, data), code=code
            )
        return sign_document(
            pdf, organization=facts.profile.name, kind=kind, language=language, data=data
        )

    return make
