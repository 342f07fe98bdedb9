"""``sseassess issuer create|list|revoke|registry`` and ``issue``: a secretariat's charter
certificates. The passphrase comes from ``SSEASSESS_ISSUER_PASSPHRASE``, else the terminal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sseassess.cli.command import N_, Group, command, open_workspace
from sseassess.cli.output import EXIT_OK, print_json

#: typing.TYPE_CHECKING without importing typing, so that --version starts fast.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from sseassess.cli.command import Translate
    from sseassess.cli.output import Output

ISSUER = Group("issuer", help=N_("an issuer's key, register and registry"))


def _issuer_folder(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument(
        "--issuer",
        type=Path,
        required=True,
        metavar="DIR",
        help=_("the issuer's folder (made by issuer create)"),
    )


def _create_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("--name", required=True, metavar="NAME", help=_("the issuer's name"))
    parser.add_argument(
        "--dir",
        required=True,
        type=Path,
        metavar="DIR",
        dest="folder",
        help=_("a new folder for the issuer's key and certificate"),
    )
    parser.add_argument(
        "--url", default="", metavar="URL", help=_("an https:// address the QR codes point to")
    )


@command(
    "create",
    group=ISSUER,
    help=N_("make an issuer's key and root certificate (DIR/issuer.pem is public)"),
    arguments=_create_arguments,
)
def create(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.issuer import CERTIFICATE_FILE, create_issuer, passphrase

    secret = passphrase(confirm=True, language=out.language)
    issuer = create_issuer(options.folder, options.name, secret, options.url)
    out.line(str(issuer.folder / CERTIFICATE_FILE))
    out.line(out.gettext("key fingerprint: {fingerprint}").format(fingerprint=issuer.fingerprint))
    return EXIT_OK


def _list_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("--issuer", type=Path, metavar="DIR", help=_("only this issuer's"))
    parser.add_argument("--json", action="store_true", help=_("print JSON"))


@command(
    "list",
    group=ISSUER,
    help=N_("the charter certificates issued here"),
    arguments=_list_arguments,
)
def list_issued(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.issuer import open_issuer

    fingerprint = open_issuer(options.issuer).fingerprint if options.issuer else None
    with open_workspace(options) as workspace:
        records = workspace.issued_certificates(fingerprint)
    if options.json:
        print_json([record.summary() for record in records])
        return EXIT_OK
    _ = out.gettext
    for record in records:
        status = _("revoked") if record.revoked else _("valid")
        fields = (record.number, status, record.valid_until.isoformat())
        out.line("\t".join((*fields, record.organization, record.issuer_name)))
    return EXIT_OK


def _revoke_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("number", metavar="NUMBER", help=_("the certificate's number"))
    _issuer_folder(parser, _)


@command(
    "revoke",
    group=ISSUER,
    help=N_("revoke a charter certificate"),
    arguments=_revoke_arguments,
)
def revoke(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.issuer import open_issuer
    from sseassess.app.issuer import revoke as revoke_number

    issuer = open_issuer(options.issuer)
    with open_workspace(options) as workspace:
        record = revoke_number(workspace, issuer, options.number)
    assert record.revoked_at is not None
    out.line(
        out.gettext("{number} revoked on {date}").format(
            number=record.number, date=record.revoked_at.date().isoformat()
        )
    )
    return EXIT_OK


def _registry_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    _issuer_folder(parser, _)
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help=_("the file to write")
    )


@command(
    "registry",
    group=ISSUER,
    help=N_("write the issuer's signed registry of numbers and their status"),
    arguments=_registry_arguments,
)
def registry(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.issuer import open_issuer, passphrase, write_registry

    issuer = open_issuer(options.issuer)
    secret = passphrase(language=out.language)
    with open_workspace(options) as workspace:
        count = write_registry(workspace, issuer, secret, options.output)
    out.line(str(options.output))
    out.line(out.gettext("{count} certificates listed").format(count=count))
    return EXIT_OK


def _issue_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument(
        "submission",
        type=Path,
        metavar="SUBMISSION",
        help=_("a member's self-assessment certificate (PDF) or .sseassess file"),
    )
    _issuer_folder(parser, _)
    parser.add_argument(
        "--out", type=Path, required=True, metavar="CERT.pdf", help=_("the file to write")
    )
    parser.add_argument(
        "--valid-until",
        type=date.fromisoformat,
        metavar="DATE",
        help=_("last day of validity, YYYY-MM-DD (default: two years)"),
    )


@command(
    "issue",
    help=N_(
        "check a member's self-assessment (PDF or .sseassess) and write its numbered "
        "charter certificate; the number is the first line of the output"
    ),
    arguments=_issue_arguments,
)
def issue(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.issuer import issue as issue_certificate
    from sseassess.app.issuer import open_issuer, passphrase

    issuer = open_issuer(options.issuer)
    secret = passphrase(language=out.language)
    with open_workspace(options) as workspace:
        record = issue_certificate(
            workspace,
            options.submission,
            issuer,
            secret,
            options.out,
            language=out.language,
            valid_until=options.valid_until,
        )
    out.line(record.number)
    out.line(str(options.out))
    return EXIT_OK


COMMANDS = (create, list_issued, revoke, registry, issue)
