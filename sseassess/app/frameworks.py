"""Where frameworks come from: the built-in files and the snapshots assessments keep."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from sseassess.domain.framework import Framework
from sseassess.domain.framework_loader import (
    build_framework,
    canonical_json,
    content_hash,
    read_framework_data,
)
from sseassess.resource_files import resource_path

#: The keys whose values are texts by language: two frameworks that differ only there (and
#: in their languages and version) have the same rules and structure.
_TEXT_KEYS = frozenset({"name", "description", "source", "question", "help", "levels", "actions"})
_NOT_RULES = _TEXT_KEYS | {"languages", "version"}

DEFAULT_FRAMEWORK = "icsse-charter"


def builtin_path(framework_id: str = DEFAULT_FRAMEWORK) -> Path:
    """The file of a framework that ships with sseassess."""
    return resource_path("frameworks", f"{framework_id}.toml")


@lru_cache(maxsize=8)
def load_framework(path: Path) -> tuple[Framework, str]:
    """A validated framework and its canonical content (for snapshots), cached per file."""
    data = read_framework_data(path)
    framework = build_framework(data, str(path))
    return framework, canonical_json(data)


def builtin_framework(framework_id: str = DEFAULT_FRAMEWORK) -> tuple[Framework, str]:
    return load_framework(builtin_path(framework_id))


def framework_from_snapshot(content: str, content_hash: str) -> Framework:
    """The framework an assessment was made with, rebuilt from its stored snapshot."""
    data: dict[str, Any] = json.loads(content)
    return build_framework(data, f"snapshot {content_hash[:12]}")


class FrameworkStatus(StrEnum):
    """Whether a framework is one that sseassess ships, by content hash."""

    OFFICIAL = "official"
    #: Same id and version as an official framework, other content: never passes for it.
    MODIFIED = "modified"
    #: Another framework (a network's own variant).
    OTHER = "other"


@lru_cache(maxsize=1)
def official_frameworks() -> dict[str, Framework]:
    """The official frameworks by content hash: those that ship with sseassess, and every
    earlier release of them (``frameworks/released/``), so that a document made before an
    update stays official, re-scored with the rules it was made with."""
    found = {}
    for folder in (resource_path("frameworks"), resource_path("frameworks", "released")):
        for path in sorted(folder.glob("*.toml")):
            framework, _content = load_framework(path)
            found[framework.content_hash] = framework
    return found


def framework_status(framework_id: str, version: str, content_hash: str) -> FrameworkStatus:
    """Official when its content hash is a shipped framework's; modified when it claims the
    id and version of one with other content."""
    official = official_frameworks()
    if content_hash in official:
        return FrameworkStatus.OFFICIAL
    if any((f.id, f.version) == (framework_id, version) for f in official.values()):
        return FrameworkStatus.MODIFIED
    return FrameworkStatus.OTHER


def rules_hash(data: Mapping[str, Any]) -> str:
    """SHA-256 of a framework's rules and structure: ids, weights, minimums, flags, bands,
    scoring parameters; not its texts, its languages or its version."""

    def rules(value: Any) -> Any:
        if isinstance(value, Mapping):
            return {key: rules(item) for key, item in value.items() if key not in _NOT_RULES}
        if isinstance(value, list):
            return [rules(item) for item in value]
        return value

    return content_hash(rules(data))


def _with_texts(snapshot: Any, current: Any) -> Any:
    """``snapshot`` with the texts of ``current`` in the languages it lacks (the two have
    the same structure)."""
    if isinstance(snapshot, Mapping) and isinstance(current, Mapping):
        merged: dict[str, Any] = {}
        for key, value in snapshot.items():
            other = current.get(key)
            if key in _TEXT_KEYS and isinstance(value, Mapping) and isinstance(other, Mapping):
                merged[key] = {**other, **value}
            elif key == "languages" and isinstance(other, list):
                merged[key] = [*value, *(language for language in other if language not in value)]
            else:
                merged[key] = _with_texts(value, other)
        return merged
    if isinstance(snapshot, list) and isinstance(current, list) and len(snapshot) == len(current):
        return [_with_texts(a, b) for a, b in zip(snapshot, current, strict=True)]
    return snapshot


def in_language(
    framework: Framework, content: str, language: str, current: tuple[Framework, str]
) -> Framework:
    """The framework an assessment was made with (``framework``, from its snapshot
    ``content``), able to speak the reader's ``language``: the language of a document is
    the reader's.

    When the snapshot lacks the language but the ``current`` framework has it with the same
    rules and structure (same :func:`rules_hash`), its texts are borrowed: the result keeps
    the snapshot's identity, version and content hash, so scores and verification code do
    not change. Otherwise the snapshot itself: its texts show in English, marked "[EN]".
    """
    current_framework, current_content = current
    if framework.speaks(language) or not current_framework.speaks(language):
        return framework
    snapshot_data = json.loads(content)
    current_data = json.loads(current_content)
    if rules_hash(snapshot_data) != rules_hash(current_data):
        return framework
    merged = build_framework(_with_texts(snapshot_data, current_data), "merged")
    return dataclasses.replace(merged, content_hash=framework.content_hash, warnings=())
