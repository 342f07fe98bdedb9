"""Where the data files that ship with sseassess are: frameworks, the demo, fonts, icons.

They live in the repository's top-level ``resources/`` folder, which an install maps into
the package as ``sseassess.resources`` (see ``setup.py``) and the frozen application
collects under the same name. A plain checkout, with nothing installed, has no such
package: the folder is then found beside the ``sseassess/`` source folder, so that
``python -m bench`` or ``python -m sseassess`` run from a checkout too.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

#: The package the data files are installed as.
PACKAGE = "sseassess.resources"
#: The checkout's folder that holds them (the layout of the repository).
CHECKOUT_FOLDER = Path(__file__).resolve().parent.parent / "resources"


@cache
def resources_folder() -> Path:
    """The folder of the shipped data files: the installed (or frozen) package's, else the
    checkout's ``resources/``."""
    from importlib.util import find_spec

    try:
        spec = find_spec(PACKAGE)
    except ModuleNotFoundError:
        spec = None
    if spec is not None and spec.origin:
        return Path(spec.origin).parent
    return CHECKOUT_FOLDER


def resource_path(*parts: str) -> Path:
    """A shipped data file or folder, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_folder().joinpath(*parts)
