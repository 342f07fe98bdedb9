"""Fixtures of the interface tests: reaching a widget by its object name."""

from __future__ import annotations

from typing import Protocol, TypeVar

import pytest
from PySide6.QtCore import QObject

_Object = TypeVar("_Object", bound=QObject)


class FindChild(Protocol):
    """``child(page, QPushButton, "continue")``: the page's Continue button."""

    def __call__(self, parent: QObject, kind: type[_Object], name: str) -> _Object: ...


def _find_child(parent: QObject, kind: type[_Object], name: str) -> _Object:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} called {name!r}"
    return found


@pytest.fixture
def child() -> FindChild:
    """Finds a widget by its object name: tests reach widgets as a user would name them,
    never through private attributes."""
    return _find_child
