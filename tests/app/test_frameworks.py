"""The language of a document is the reader's: an assessment whose framework snapshot lacks
a language is exported in it with the current framework's texts when the rules are the same,
and in English marked "[EN]" otherwise; scores and verification code never change."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from sseassess.app.export import export_documents
from sseassess.app.frameworks import rules_hash
from sseassess.app.report_data import canonical, gather
from sseassess.app.verify import Outcome, verify_file
from sseassess.app.workspace import Workspace
from sseassess.domain.answers import Answer
from sseassess.domain.records import OrganizationProfile

MINIMAL = Path(__file__).parents[1] / "data" / "frameworks" / "minimal.toml"
TEXT_KEYS = {"name", "description", "source", "question", "help", "levels", "actions"}


def with_portuguese(value: Any) -> Any:
    """Framework data with a Portuguese text ("PT ...") beside every English one."""
    if isinstance(value, dict):
        result = {key: with_portuguese(item) for key, item in value.items()}
        for key in TEXT_KEYS & value.keys():
            english = value[key]["en"]
            result[key]["pt"] = (
                [f"PT {text}" for text in english] if isinstance(english, list) else f"PT {english}"
            )
        return result
    if isinstance(value, list):
        return [with_portuguese(item) for item in value]
    return value


def write(tmp_path: Path, name: str, data: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_rules_hash_ignores_texts_languages_and_version() -> None:
    data = tomllib.loads(MINIMAL.read_text(encoding="utf-8"))
    translated = with_portuguese(data)
    translated["languages"] = [*data["languages"], "pt"]
    translated["version"] = "0.2.0"
    assert rules_hash(translated) == rules_hash(data)
    translated["characteristics"][0]["weight"] = 3.0
    assert rules_hash(translated) != rules_hash(data)


def test_an_old_snapshot_is_exported_in_the_readers_language(
    database_url: str, tmp_path: Path
) -> None:
    data = tomllib.loads(MINIMAL.read_text(encoding="utf-8"))
    with Workspace.open(database_url, framework_path=MINIMAL) as old:
        organization = old.add_organization(OrganizationProfile(name="Cooperativa Tecelã"))
        assessment = old.start_assessment(organization)
        framework = old.current_framework()[0]
        old.save_answers(assessment, [Answer(i.id, 3) for i in framework.indicators()])
        before = canonical(gather(old, assessment))
        alpha = framework.characteristics[0].name.get("en")

    translated = with_portuguese(data) | {"languages": ["en", "fr", "pt"], "version": "0.2.0"}
    with Workspace.open(database_url, framework_path=write(tmp_path, "pt.json", translated)) as new:
        facts = gather(new, assessment, "pt")
        assert facts.framework.characteristics[0].name.get("pt") == f"PT {alpha}"
        assert canonical(facts) == before, "same scores, same snapshot hash, same code"
        certificate, report = tmp_path / "c.pdf", tmp_path / "r.pdf"
        export_documents(new, assessment, certificate=certificate, report=report, language="pt")
        assert verify_file(report).outcome == Outcome.SELF_DECLARED  # intact, re-read
        text = " ".join(page.extract_text() for page in PdfReader(report).pages)
        assert f"PT {alpha}" in text and f"[EN] {alpha}" not in text

    changed = json.loads(json.dumps(translated))
    changed["characteristics"][0]["weight"] = 5.0
    with Workspace.open(database_url, framework_path=write(tmp_path, "other.json", changed)) as new:
        facts = gather(new, assessment, "pt")
        assert facts.framework.characteristics[0].name.get("pt") == f"[EN] {alpha}"
        assert canonical(facts) == before


def test_assessments_of_the_charter_before_its_new_texts_keep_their_snapshot(
    database_url: str, tmp_path: Path
) -> None:
    """Charter 1.0.1 only rewords texts of 1.0.0 (French and Spanish terms): same rules, so
    an assessment made with 1.0.0 keeps its snapshot, version, scores and code."""
    from sseassess.app.frameworks import builtin_path

    text = builtin_path().read_text(encoding="utf-8")
    assert 'version = "1.0.1"' in text
    older = tmp_path / "icsse-charter-1.0.0.toml"
    older.write_text(
        text.replace('version = "1.0.1"', 'version = "1.0.0"').replace(
            "personas asociadas", "personas socias"
        ),
        encoding="utf-8",
    )
    assert rules_hash(tomllib.loads(older.read_text(encoding="utf-8"))) == rules_hash(
        tomllib.loads(text)
    )
    with Workspace.open(database_url, framework_path=older) as old:
        organization = old.add_organization(OrganizationProfile(name="Cooperativa"))
        assessment = old.start_assessment(organization)
        framework = old.current_framework()[0]
        old.save_answers(assessment, [Answer(i.id, 2) for i in framework.indicators()])
        before = canonical(gather(old, assessment, "es"))
    with Workspace.open(database_url) as new:
        assert new.current_framework()[0].version == "1.0.1"
        facts = gather(new, assessment, "es")
        assert facts.framework.version == "1.0.0"
        assert canonical(facts) == before
