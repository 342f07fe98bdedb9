"""What the built application holds besides code, the same on every platform.

``packaging/sseassess.spec`` asks this module for the data files, the modules to leave out
and the files of its dependencies to drop; the tests check these lists without building.
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from build_translations import LANGUAGES as TRANSLATED

#: Languages whose catalogs ship (ours, Qt's own and Babel's locale data): English, the
#: source, and every language with a catalog in ``translations/``.
LANGUAGES = ("en", *TRANSLATED)
#: Their base languages (``pt`` for ``pt_BR``), for Babel's locale data.
_BASES = {language.split("_")[0] for language in LANGUAGES}

#: (folder in the checkout, files in it, folder in the bundle): the files the code reads
#: at run time, each at the same place under the bundle's folder as under the checkout's.
#: Every pattern must match at least one file, or the build stops.
DATA = (
    ("resources", "__init__.py", "sseassess/resources"),
    ("resources/frameworks", "*.toml", "sseassess/resources/frameworks"),
    # Earlier releases: documents made with them stay official (app/frameworks.py).
    ("resources/frameworks/released", "*.toml", "sseassess/resources/frameworks/released"),
    ("resources/demo", "*.toml", "sseassess/resources/demo"),
    ("resources/fonts", "*", "sseassess/resources/fonts"),
    ("resources/icons", "*", "sseassess/resources/icons"),
    # Alembic reads its scripts as files, never from the frozen archive.
    ("sseassess/storage/migrations", "env.py", "sseassess/storage/migrations"),
    ("sseassess/storage/migrations", "script.py.mako", "sseassess/storage/migrations"),
    ("sseassess/storage/migrations/versions", "*.py", "sseassess/storage/migrations/versions"),
    # Compiled by packaging/build_translations.py before the build.
    ("sseassess/i18n/locale", "sseassess_*.qm", "sseassess/i18n/locale"),
    *(
        ("sseassess/i18n/locale", f"{language}/LC_MESSAGES/sseassess.mo", "sseassess/i18n/locale")
        for language in TRANSLATED
    ),
)

#: Modules imported by name at run time, which the analysis cannot see.
HIDDEN_IMPORTS = (
    "sseassess.app.workspace",  # ui.application imports it on a worker thread
    "sqlalchemy.dialects.sqlite",
)
#: Packages whose every submodule is imported by name at run time (the QR code widget
#: imports each barcode module by name).
HIDDEN_PACKAGES = ("reportlab.graphics.barcode",)

#: Modules the application never uses (Qt modules beyond Core, Gui and Widgets above all).
EXCLUDED_MODULES = (
    "tkinter",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtMultimedia",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtPdf",
    "PySide6.QtDBus",
    # Pillow (ReportLab reads images through it): only its core; no Tk, AVIF, WebP, ICC.
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "PIL.ImageCms",
    "PIL.AvifImagePlugin",
    "PIL.WebPImagePlugin",
)

#: PyInstaller's run-time hooks left out: each imports a module at every start (Qt, the
#: multiprocessing machinery, inspect, pkgutil) for a use the application never has (it
#: starts no process through multiprocessing, reads no source code, lists no modules),
#: and together they made the built app answer ``--version`` half again as slowly as the
#: venv. ``packaging/rthook_qt.py`` keeps the part of the PySide6 hook that matters.
DROPPED_RUNTIME_HOOKS = (
    "pyi_rth_pyside6",
    "pyi_rth_multiprocessing",
    "pyi_rth_inspect",
    "pyi_rth_pkgutil",
)

#: Files of the dependencies that the application never reads, as glob patterns of their
#: path in the bundle, written for the layout of Qt in PySide6 on Windows
#: (``PySide6/plugins``); Linux and macOS put ``Qt/`` in between (``PySide6/Qt/plugins``),
#: which :func:`is_dropped` takes out before matching. Of Qt's plugins stay: the platforms
#: xcb, offscreen, windows and cocoa, the styles, the SVG, ICO, JPEG and GIF image
#: formats, the input methods (compose, ibus) and the XDG portal theme. Wayland desktops
#: run the X11 platform through XWayland; the GTK theme would bring GTK's own libraries.
DROPPED = (
    "PySide6/plugins/wayland-*",
    "PySide6/plugins/platforms/*wayland*",
    "PySide6/plugins/platforms/*eglfs*",
    "PySide6/plugins/platforms/*vnc*",
    "PySide6/plugins/platforms/*minimal*",
    "PySide6/plugins/platforms/*linuxfb*",
    "PySide6/plugins/platforms/*vkkhrdisplay*",
    "PySide6/plugins/platforms/*direct2d*",
    "PySide6/plugins/platformthemes/*gtk*",
    "PySide6/plugins/generic/*",
    "PySide6/plugins/imageformats/*tiff*",
    "PySide6/plugins/imageformats/*webp*",
    "PySide6/plugins/imageformats/*tga*",
    "PySide6/plugins/imageformats/*wbmp*",
    "PySide6/plugins/imageformats/*icns*",
    "PySide6/plugins/imageformats/*pdf*",
    "PySide6/plugins/egldeviceintegrations/*",
    "PySide6/plugins/networkinformation/*",
    "PySide6/plugins/tls/*",
    "PySide6/plugins/qmltooling/*",
    "PySide6/plugins/sqldrivers/*",
    "PySide6/plugins/designer/*",
    "PySide6/plugins/vectorimageformats/*",
    "PySide6/qml/*",
)
#: Qt libraries left out, by module: ``libQt6Quick.so.6``, ``Qt6Quick.dll``,
#: ``QtQuick.framework`` and the modules whose names go on (``Qt6QuickControls2``).
DROPPED_QT_LIBRARIES = ("Quick", "Qml", "Network", "OpenGL", "Wayland", "Wl", "EglFS", "EglFs")

_QT_LIBRARY = re.compile(
    rf"(^|/)(lib)?Qt6?({'|'.join(DROPPED_QT_LIBRARIES)})[A-Za-z0-9]*(\.so|\.dll|\.framework|\.dylib|$)"
)
_QT_TRANSLATIONS = "PySide6/translations/"
_BABEL_LOCALES = "babel/locale-data/"


def data_files(root: Path) -> list[tuple[str, str]]:
    """``(file, folder in the bundle)`` for every data file, in a stable order.

    Raises ``FileNotFoundError`` naming a pattern that matches nothing (translations not
    compiled, a folder renamed): a bundle missing them would fail only at run time.
    """
    found: list[tuple[str, str]] = []
    for folder, pattern, target in DATA:
        matches = sorted(path for path in (root / folder).glob(pattern) if path.is_file())
        if not matches:
            raise FileNotFoundError(f"no file matches {folder}/{pattern}")
        for path in matches:
            below = path.parent.relative_to(root / folder).as_posix()
            found.append((str(path), PurePosixPath(target, below).as_posix()))
    return found


Entry = tuple[str, str, str]  # PyInstaller's (path in the bundle, source, kind)


def kept(entries: list[Entry], linked: Callable[[str], list[str]] | None = None) -> list[Entry]:
    """The entries of a PyInstaller table of contents that stay.

    Dropped are the files :func:`is_dropped` names, links pointing to them and, given
    ``linked`` (the file names a binary links to), the libraries that only dropped files
    linked to: the GTK theme plugin, say, brings cairo and pango, which nothing else needs.
    """
    stay, gone = [], []
    for name, source, kind in entries:
        path = name.replace("\\", "/")
        if kind == "SYMLINK":  # source: where the link points, from the link's folder
            path = posixpath.normpath(posixpath.join(posixpath.dirname(path), source))
        (gone if is_dropped(path) else stay).append((name, source, kind))
    if linked is None:
        return stay
    return _without_orphans(stay, gone, linked)


def _file_name(entry: Entry) -> str:
    return PurePosixPath(entry[0].replace("\\", "/")).name


def _without_orphans(
    stay: list[Entry], gone: list[Entry], linked: Callable[[str], list[str]]
) -> list[Entry]:
    """``stay`` less the libraries that dropped files link to and nothing else needs."""
    by_name = {_file_name(entry): entry for entry in stay if entry[2] != "SYMLINK"}

    def reached(roots: list[Entry]) -> set[str]:
        seen: set[str] = set()
        todo = [source for _, source, kind in roots if kind != "SYMLINK"]
        while todo:
            for library in linked(todo.pop()):
                if library in by_name and library not in seen:
                    seen.add(library)
                    todo.append(by_name[library][1])
        return seen

    candidates = reached(gone)
    needed = reached([entry for entry in stay if _file_name(entry) not in candidates])
    orphans = candidates - needed
    return [entry for entry in stay if _file_name(entry) not in orphans]


def is_dropped(bundle_path: str) -> bool:
    """Whether a file of a dependency, by its path in the bundle, is left out."""
    path = PurePosixPath(bundle_path.replace("\\", "/")).as_posix()
    path = path.replace("PySide6/Qt/", "PySide6/", 1)  # the Linux and macOS layout
    if any(fnmatch.fnmatch(path, pattern) for pattern in DROPPED):
        return True
    if path.startswith("PySide6/") and _QT_LIBRARY.search(path):
        return True
    if path.startswith(_QT_TRANSLATIONS):  # qtbase_fr.qm: Qt's own dialogs, translated
        name = path.removeprefix(_QT_TRANSLATIONS)
        return name not in {f"qtbase_{code}.qm" for code in (*LANGUAGES, *_BASES)}
    if path.startswith(_BABEL_LOCALES):  # fr.dat, fr_CA.dat, root.dat
        name = path.removeprefix(_BABEL_LOCALES).removesuffix(".dat")
        return name != "root" and name.split("_")[0] not in _BASES
    return False
