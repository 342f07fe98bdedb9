"""``@override`` for the widgets' Qt virtual methods, without a start-up cost.

Python 3.12 has ``typing.override``. On 3.11 the type checker takes it from
typing_extensions, but importing that module at run time costs some 6 ms before the
window can first paint, for a decorator that only marks the method; so at run time it is
the identity.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if sys.version_info >= (3, 12):
    from typing import override
elif TYPE_CHECKING:
    from typing_extensions import override
else:
    from collections.abc import Callable
    from typing import TypeVar

    _Method = TypeVar("_Method", bound=Callable[..., object])

    def override(method: _Method) -> _Method:
        """Marks ``method`` as overriding the base class's (checked by mypy)."""
        return method


__all__ = ["override"]
