"""``sseassess issuer create|list|revoke|registry`` and ``issue``: what each prints, and bad
input said in one line, exit code 2, nothing written."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

Cli = Callable[..., tuple[int, str, str]]


def issue(
    cli: Cli, submission: Path, issuer: Path, target: Path, until: str
) -> tuple[int, str, str]:
    """``sseassess issue SUBMISSION --issuer DIR --out TARGET --valid-until UNTIL``."""
    arguments = ("--issuer", str(issuer), "--out", str(target), "--valid-until", until)
    return cli("issue", str(submission), *arguments)


def test_create_prints_the_public_certificate_and_the_key(
    cli: Cli, tmp_path: Path, passphrase: str
) -> None:
    folder = tmp_path / "network"
    code, out, err = cli("issuer", "create", "--name", "Réseau Solidaire", "--dir", str(folder))
    assert code == 0, err
    certificate, fingerprint = out.splitlines()
    assert certificate == str(folder / "issuer.pem")
    assert fingerprint.startswith("key fingerprint: ")
    code, _out, err = cli("issuer", "create", "--name", "Again", "--dir", str(folder))
    assert code == 2 and "already holds an issuer; it is left as it is" in err


def test_an_address_that_is_not_https_is_refused(cli: Cli, tmp_path: Path, passphrase: str) -> None:
    folder = tmp_path / "network"
    code, out, err = cli(
        "issuer", "create", "--name", "Réseau", "--dir", str(folder), "--url", "http://x.org"
    )
    assert (code, out) == (2, "") and "must start with https://" in err
    assert not folder.exists()


def test_list_as_json_and_by_issuer(
    cli: Cli, met_certificate: Path, issuer_folder: Path, passphrase: str, tmp_path: Path
) -> None:
    until = (date.today() + timedelta(days=30)).isoformat()
    code, out, err = issue(cli, met_certificate, issuer_folder, tmp_path / "charter.pdf", until)
    assert code == 0, err
    number = out.splitlines()[0]
    code, out, _err = cli("issuer", "list", "--json", "--issuer", str(issuer_folder))
    listed = json.loads(out)
    assert [(item["number"], item["status"], item["valid_until"]) for item in listed] == [
        (number, "valid", until)
    ]
    assert listed[0]["organization"] == "Coopérative Solidaire du Sahel"
    assert listed[0]["issuer"] == "ICSSE Secretariat"


def test_an_end_of_validity_in_the_past_writes_nothing(
    cli: Cli, met_certificate: Path, issuer_folder: Path, passphrase: str, tmp_path: Path
) -> None:
    charter = tmp_path / "charter.pdf"
    code, out, err = issue(cli, met_certificate, issuer_folder, charter, "2020-01-01")
    assert (code, out) == (2, "") and "The end of validity must come after today" in err
    assert not charter.exists()
    assert json.loads(cli("issuer", "list", "--json")[1]) == []


def test_revoking_an_unknown_number_is_bad_input(
    cli: Cli, issuer_folder: Path, workspace: object
) -> None:
    code, _out, err = cli("issuer", "revoke", "2026-99999", "--issuer", str(issuer_folder))
    assert code == 2 and "No certificate No. 2026-99999 in this issuer's register." in err


def test_a_folder_that_is_not_an_issuer(cli: Cli, tmp_path: Path, passphrase: str) -> None:
    code, _out, err = cli("issuer", "registry", "--issuer", str(tmp_path), "-o", "r.json")
    assert code == 2 and "is not an issuer folder" in err
    assert not (tmp_path / "r.json").exists()
