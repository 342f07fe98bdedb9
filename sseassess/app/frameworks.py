"""Where frameworks come from: the built-in files and the snapshots assessments keep."""

from __future__ import annotations

import json
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from sseassess.domain.framework import Framework
from sseassess.domain.framework_loader import (
    build_framework,
    canonical_json,
    read_framework_data,
)

DEFAULT_FRAMEWORK = "icsse-charter"


def builtin_path(framework_id: str = DEFAULT_FRAMEWORK) -> Path:
    """The file of a framework that ships with sseassess."""
    from importlib import resources

    return Path(str(resources.files("sseassess.resources") / "frameworks" / f"{framework_id}.toml"))


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
    """The frameworks that ship with sseassess, by content hash."""
    from importlib import resources

    folder = resources.files("sseassess.resources") / "frameworks"
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if entry.name.endswith(".toml"):
            framework, _content = load_framework(Path(str(entry)))
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
