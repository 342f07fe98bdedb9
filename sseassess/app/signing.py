"""Every PDF sseassess exports goes through here: its data embedded, then signed (PAdES).

Certificates, reports, questionnaires and any other PDF the application writes call
:func:`sign_document`; the organization's documents are signed with this installation's
key under a certificate naming the organization (self-declared), a charter certificate
with its issuer's key (certified, no change allowed).
"""

from __future__ import annotations

from sseassess.app.identity import installation_identity
from sseassess.domain.verification import (
    ATTACHMENT_NAME,
    ATTACHMENT_TYPE,
    DocumentKind,
    envelope,
)
from sseassess.i18n import translation
from sseassess.trust.keys import Identity
from sseassess.trust.signing import Attachment, sign_pdf


def sign_document(
    pdf: bytes,
    *,
    organization: str,
    kind: DocumentKind,
    language: str,
    data: dict[str, object] | None = None,
    identity: Identity | None = None,
) -> bytes:
    """``pdf`` (as rendered) with its envelope embedded and its signature.

    ``data`` is the document's canonical data (None for a blank questionnaire); without
    ``identity`` the installation's key signs for ``organization``. A charter certificate
    (``kind`` CHARTER) is certified: any later change breaks it.
    """
    _ = translation(language).gettext
    charter = kind == DocumentKind.CHARTER
    if charter:
        reason = _("Charter certificate issued with sseassess")
    else:
        reason = _("Exported with sseassess by {organization}: self-declared, not audited").format(
            organization=organization
        )

    def attachment(pages: int) -> Attachment:
        return Attachment(
            name=ATTACHMENT_NAME,
            data=envelope(kind, language, pages, data),
            mime_type=ATTACHMENT_TYPE,
            description=_("The document's data, for “sseassess verify”"),
        )

    return sign_pdf(
        pdf,
        identity or installation_identity(organization),
        attachment=attachment,
        reason=reason,
        certify=charter,
    )
