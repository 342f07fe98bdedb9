"""The issuer: numbered charter certificates, refusals, the look-alike, revocation, registry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sseassess.cli import main


def run(capsys: pytest.CaptureFixture[str], *arguments: object) -> tuple[int, str, str]:
    code = main([str(argument) for argument in arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_issue_verify_revoke(
    capsys: pytest.CaptureFixture[str],
    met_certificate: Path,
    issuer_folder: Path,
    lookalike_folder: Path,
    passphrase: str,
    tmp_path: Path,
) -> None:
    charter = tmp_path / "charter.pdf"
    code, out, err = run(
        capsys, "issue", met_certificate, "--issuer", issuer_folder, "--out", charter
    )
    assert code == 0, err
    number = out.splitlines()[0]
    assert number.endswith("-00001")
    trust = issuer_folder / "issuer.pem"
    code, out, _err = run(capsys, "verify", charter, "--trust", trust)
    assert code == 0, out
    assert out.startswith(f"valid: charter certificate No. {number} issued by ICSSE Secretariat")
    code, out, _err = run(capsys, "verify", charter)
    assert code == 3 and out.startswith("not trusted here:")
    code, out, _err = run(capsys, "verify", charter, "--trust", lookalike_folder / "issuer.pem")
    assert code == 1 and "signed with another key than the trusted issuer" in out
    registry = tmp_path / "registry.json"
    assert run(capsys, "issuer", "registry", "--issuer", issuer_folder, "-o", registry)[0] == 0
    code, _out, _err = run(capsys, "verify", charter, "--trust", trust, "--registry", registry)
    assert code == 0
    assert run(capsys, "issuer", "revoke", number, "--issuer", issuer_folder)[0] == 0
    code, out, _err = run(capsys, "issuer", "list")
    assert f"{number}\trevoked" in out
    assert run(capsys, "issuer", "registry", "--issuer", issuer_folder, "-o", registry)[0] == 0
    code, out, _err = run(capsys, "verify", charter, "--trust", trust, "--registry", registry)
    assert code == 1 and "it was revoked by its issuer" in out
    edited = json.loads(registry.read_text(encoding="utf-8"))
    edited["certificates"][0]["status"] = "valid"
    registry.write_text(json.dumps(edited), encoding="utf-8")
    code, _out, err = run(capsys, "verify", charter, "--trust", trust, "--registry", registry)
    assert code == 2 and "changed after signing" in err


def test_a_result_that_does_not_meet_the_rules_is_refused(
    capsys: pytest.CaptureFixture[str],
    exported: dict[str, Path],
    issuer_folder: Path,
    passphrase: str,
    tmp_path: Path,
) -> None:
    target = tmp_path / "charter.pdf"
    code, out, err = run(
        capsys, "issue", exported["certificate"], "--issuer", issuer_folder, "--out", target
    )
    assert code == 2 and not out
    assert "do not meet the certificate rules" in err
    assert not target.exists()


def test_a_modified_framework_is_named_and_never_issued(
    capsys: pytest.CaptureFixture[str],
    workspace: object,
    issuer_folder: Path,
    passphrase: str,
    tmp_path: Path,
) -> None:
    """A framework still labelled icsse-charter 1.0.0 with relaxed rules."""
    from sseassess.app.export import export_documents
    from sseassess.app.frameworks import builtin_path
    from sseassess.app.workspace import Workspace
    from sseassess.domain.answers import Answer
    from sseassess.domain.records import OrganizationProfile

    relaxed = tmp_path / "relaxed.toml"
    text = builtin_path().read_text(encoding="utf-8")
    relaxed.write_text(
        text.replace("overall_minimum = 60", "overall_minimum = 1"), encoding="utf-8"
    )
    assert relaxed.read_text(encoding="utf-8") != text
    with Workspace.open(f"sqlite:///{tmp_path / 'other.db'}", framework_path=relaxed) as workspace:
        organization = workspace.add_organization(OrganizationProfile(name="Relaxed"))
        assessment = workspace.start_assessment(organization)
        framework, _content = workspace.current_framework()
        workspace.save_answers(assessment, [Answer(i.id, 4) for i in framework.indicators()])
        certificate = tmp_path / "relaxed.pdf"
        export_documents(workspace, assessment, certificate=certificate, report=None, language="en")
    code, out, _err = run(capsys, "verify", certificate)
    claimed = f"{framework.id} {framework.version}"  # the official id and version, relaxed
    assert code == 1 and f"MODIFIED framework that calls itself {claimed}" in out
    target = tmp_path / "charter.pdf"
    code, _out, err = run(capsys, "issue", certificate, "--issuer", issuer_folder, "--out", target)
    assert code == 2 and "MODIFIED framework" in err and not target.exists()


def test_no_passphrase_and_no_terminal_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SSEASSESS_ISSUER_PASSPHRASE", raising=False)
    code, _out, err = run(capsys, "issuer", "create", "--name", "X", "--dir", tmp_path / "x")
    assert code == 2 and "SSEASSESS_ISSUER_PASSPHRASE" in err


@pytest.mark.parametrize(
    ("language", "title", "declared"),
    [
        ("en", "Self-assessment certificate", "self-declared, not audited"),
        ("fr", "Certificat d'auto-évaluation", "auto-déclaré, non audité"),
        ("es", "Certificado de autoevaluación", "autodeclarado, no auditado"),
    ],
)
def test_the_self_assessment_wording(
    workspace: object, eligible: str, tmp_path: Path, language: str, title: str, declared: str
) -> None:
    from pypdf import PdfReader

    from sseassess.app.export import export_documents

    path = tmp_path / "c.pdf"
    export_documents(workspace, eligible, certificate=path, report=None, language=language)  # type: ignore[arg-type]
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert title in text and declared in text
    assert "certifies" not in text.lower() and "certifie que" not in text


def test_the_passphrase_is_asked_in_the_user_language_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a terminal (and only there) the passphrase is asked, in the output's language,
    twice for a new issuer; two that differ are refused."""
    import getpass
    import sys

    from sseassess.app.issuer import passphrase
    from sseassess.domain.text import InputError

    monkeypatch.delenv("SSEASSESS_ISSUER_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    prompts: list[str] = []
    answers = iter(["un secret bien long", "un secret bien long"])

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(getpass, "getpass", ask)
    assert passphrase(confirm=True, language="fr") == b"un secret bien long"
    assert len(prompts) == 2 and prompts[0] != "Issuer passphrase: "
    monkeypatch.setattr(getpass, "getpass", lambda _prompt: "un secret bien long")
    assert passphrase(language="es") == b"un secret bien long"
    typed = iter(["un secret bien long", "autre chose"])
    monkeypatch.setattr(getpass, "getpass", lambda _prompt: next(typed))
    with pytest.raises(InputError, match="differ"):
        passphrase(confirm=True)


def test_a_document_made_with_an_earlier_release_stays_official(
    capsys: pytest.CaptureFixture[str],
    workspace: object,
    issuer_folder: Path,
    passphrase: str,
    tmp_path: Path,
) -> None:
    """A member exported with icsse-charter 1.0.0 before the update to 1.0.1: the file is
    re-scored with 1.0.0's rules, and the secretariat issues it."""
    from sseassess.app.export import export_documents
    from sseassess.app.frameworks import builtin_framework, framework_status, resource_path
    from sseassess.app.workspace import Workspace
    from sseassess.domain.answers import Answer
    from sseassess.domain.records import OrganizationProfile

    earlier = resource_path("frameworks", "released", "icsse-charter-1.0.0.toml")
    with Workspace.open(f"sqlite:///{tmp_path / 'old.db'}", framework_path=earlier) as old:
        framework, _content = old.current_framework()
        assert framework.version != builtin_framework()[0].version  # an earlier release
        assert framework_status(framework.id, framework.version, framework.content_hash) == (
            "official"
        )
        organization = old.add_organization(OrganizationProfile(name="Coopérative d'avant"))
        assessment = old.start_assessment(organization)
        old.save_answers(assessment, [Answer(i.id, 4) for i in framework.indicators()])
        submission = tmp_path / "before-the-update.pdf"
        export_documents(old, assessment, certificate=submission, report=None, language="es")
    code, out, _err = run(capsys, "verify", submission)
    assert code == 3 and "not an official framework" not in out, out
    target = tmp_path / "charter.pdf"
    code, out, err = run(capsys, "issue", submission, "--issuer", issuer_folder, "--out", target)
    assert code == 0, err
    assert target.exists()
