"""The issuer's commands: ``issuer create|list|revoke|registry`` and ``issue`` (no Qt).

Kept apart from ``cli.py`` so that it moves as one command-group module into the ``cli/``
package; the passphrase comes from ``SSEASSESS_ISSUER_PASSPHRASE`` or the terminal.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, Protocol

Gettext = Callable[[str], str]


class Output(Protocol):
    language: str
    gettext: Gettext

    def line(self, text: str = "") -> None: ...
    def error(self, text: str) -> None: ...


def add_parsers(commands: Any, common: argparse.ArgumentParser, _: Gettext) -> None:
    """The issuer's commands, added to the top-level sub-commands."""
    issuer = commands.add_parser(
        "issuer", help=_("an issuer's key, register and registry"), parents=[common]
    )
    actions = issuer.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser(
        "create",
        help=_("make an issuer's key and root certificate (DIR/issuer.pem is public)"),
        parents=[common],
    )
    create.add_argument("--name", required=True, metavar="NAME", help=_("the issuer's name"))
    create.add_argument("--dir", required=True, type=Path, metavar="DIR", dest="folder")
    create.add_argument(
        "--url", default="", metavar="URL", help=_("an https:// address the QR codes point to")
    )
    listing = actions.add_parser(
        "list", help=_("the charter certificates issued here"), parents=[common]
    )
    listing.add_argument("--issuer", type=Path, metavar="DIR", help=_("only this issuer's"))
    listing.add_argument("--json", action="store_true", help=_("print JSON"))
    revoke = actions.add_parser("revoke", help=_("revoke a charter certificate"), parents=[common])
    revoke.add_argument("number", metavar="NUMBER")
    revoke.add_argument("--issuer", type=Path, required=True, metavar="DIR")
    registry = actions.add_parser(
        "registry",
        help=_("write the issuer's signed registry of numbers and their status"),
        parents=[common],
    )
    registry.add_argument("--issuer", type=Path, required=True, metavar="DIR")
    registry.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")

    issue = commands.add_parser(
        "issue",
        help=_(
            "check a member's self-assessment (PDF or .sseassess) and write its numbered "
            "charter certificate; the number is the first line of the output"
        ),
        parents=[common],
    )
    issue.add_argument("submission", type=Path, metavar="SUBMISSION")
    issue.add_argument("--issuer", type=Path, required=True, metavar="DIR")
    issue.add_argument("--out", type=Path, required=True, metavar="CERT.pdf")
    issue.add_argument(
        "--valid-until",
        type=date.fromisoformat,
        metavar="DATE",
        help=_("last day of validity, YYYY-MM-DD (default: two years)"),
    )


def _create(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.issuer import create_issuer, passphrase

    issuer = create_issuer(options.folder, options.name, passphrase(confirm=True), options.url)
    out.line(str(issuer.folder / "issuer.pem"))
    out.line(out.gettext("key fingerprint: {fingerprint}").format(fingerprint=issuer.fingerprint))
    return 0


def _issue(options: argparse.Namespace, out: Output, workspace: Any) -> int:
    from sseassess.app.issuer import issue, open_issuer, passphrase

    issuer = open_issuer(options.issuer)
    record = issue(
        workspace,
        options.submission,
        issuer,
        passphrase(),
        options.out,
        language=out.language,
        valid_until=options.valid_until,
    )
    out.line(record.number)
    out.line(str(options.out))
    return 0


def _list(options: argparse.Namespace, out: Output, workspace: Any) -> int:
    from sseassess.app.issuer import open_issuer

    fingerprint = open_issuer(options.issuer).fingerprint if options.issuer else None
    records = workspace.issued_certificates(fingerprint)
    _ = out.gettext
    if options.json:
        out.line(
            json.dumps(
                [
                    {
                        "number": r.number,
                        "issuer": r.issuer_name,
                        "organization": r.organization,
                        "issued_at": r.issued_at.isoformat(),
                        "valid_until": r.valid_until.isoformat(),
                        "status": "revoked" if r.revoked else "valid",
                    }
                    for r in records
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for r in records:
        status = _("revoked") if r.revoked else _("valid")
        out.line(
            f"{r.number}\t{status}\t{r.valid_until.isoformat()}\t{r.organization}\t{r.issuer_name}"
        )
    return 0


def _revoke(options: argparse.Namespace, out: Output, workspace: Any) -> int:
    from sseassess.app.issuer import open_issuer, revoke

    record = revoke(workspace, open_issuer(options.issuer), options.number)
    assert record.revoked_at is not None
    out.line(
        out.gettext("{number} revoked on {date}").format(
            number=record.number, date=record.revoked_at.date().isoformat()
        )
    )
    return 0


def _registry(options: argparse.Namespace, out: Output, workspace: Any) -> int:
    from sseassess.app.issuer import open_issuer, passphrase, write_registry

    count = write_registry(workspace, open_issuer(options.issuer), passphrase(), options.output)
    out.line(str(options.output))
    out.line(out.gettext("{count} certificates listed").format(count=count))
    return 0


#: (command, action) -> handler and whether it needs the workspace.
HANDLERS: dict[tuple[str, str | None], tuple[Callable[..., int], bool]] = {
    ("issuer", "create"): (_create, False),
    ("issuer", "list"): (_list, True),
    ("issuer", "revoke"): (_revoke, True),
    ("issuer", "registry"): (_registry, True),
    ("issue", None): (_issue, True),
}
