"""The Linux downloads, from the built folder ``dist/sseassess``: a tarball and a .deb.

    python packaging/linux/build_packages.py [--dist dist]

* ``dist/sseassess-VERSION-linux-x86_64.tar.gz``: the folder as it is, to unpack anywhere
  and start with ``sseassess/sseassess``;
* ``dist/sseassess_VERSION_amd64.deb``: the folder in ``/usr/lib/sseassess``, the command
  ``/usr/bin/sseassess``, the menu entry, the AppStream metainfo, the icons in the hicolor
  theme (SVG and PNG sizes) and the ``.sseassess`` file type. It depends on what the
  folder does not carry: the C library (as new as the newest symbol version the folder
  uses), OpenGL/EGL and libxcb, found by reading what every binary links to, plus what
  Qt opens at run time (D-Bus, fonts, keyboard maps). Built with ``dpkg-deb`` from a
  staged tree, owned by root, with a manual page and the lintian overrides a
  self-contained folder needs (each explained).

Before both, the library search paths that point to the build machine (a ``pyenv``
Python's) are removed from the folder's binaries (``patchelf``).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "packaging"), str(HERE)]

from desktop_files import write_all  # noqa: E402
from icons import SIZES, png_file, svg_file  # noqa: E402

from sseassess import APP_ID, APP_NAME, __version__  # noqa: E402
from sseassess.app import about  # noqa: E402

INSTALL_DIR = f"usr/lib/{APP_NAME}"
MAINTAINER = "sseassess developers <sseassess@internationalcoalitionsse.net>"
#: What Qt and the bundled libraries open at run time rather than link to.
RUN_TIME_DEPENDS = (
    "libdbus-1-3",  # Qt's D-Bus (input methods, portals)
    "fontconfig-config",  # the bundled fontconfig reads /etc/fonts
    "fonts-dejavu-core | fonts-freefont-ttf",  # Qt draws the interface with system fonts
    "xkb-data",  # keyboard maps for the bundled xkbcommon
    "libx11-data",  # compose tables (dead keys: é, ñ)
)
#: Libraries a Linux system always has where PyInstaller expects them (its own exclusions).
_SYSTEM_PACKAGES = {"libc.so.6": "libc6", "libm.so.6": "libc6", "libdl.so.2": "libc6"}


#: Lintian tags that a folder built by PyInstaller raises by its nature, and why they stay.
LINTIAN_OVERRIDES = f"""\
# The folder is a self-contained PyInstaller build: Python, Qt and their libraries ship
# inside it, so that one download runs on every distribution.
{APP_NAME}: embedded-library *
# Python's extension modules resolve their symbols in the Python library already loaded.
{APP_NAME}: shared-library-lacks-prerequisites *
{APP_NAME}: library-not-linked-against-libc *
# The application's own compiled modules (no sources ship), read by the folder's own
# Python: no system Python compiles, uses or cleans them.
{APP_NAME}: package-installs-python-bytecode *
# PyInstaller's prebuilt bootloader.
{APP_NAME}: hardening-no-pie [{INSTALL_DIR}/{APP_NAME}]
# Embedded in every PDF; the same files on Windows and macOS, where there is no package.
{APP_NAME}: duplicate-font-file *
"""


def clean_runpaths(folder: Path) -> list[Path]:
    """Remove the library search paths that point outside the folder (the build machine's
    Python, e.g. ``/root/.pyenv/.../lib``); those relative to the folder (``$ORIGIN``)
    stay. The binaries changed."""
    changed = []
    for binary in elf_files(folder):
        runpath = subprocess.run(
            ["patchelf", "--print-rpath", str(binary)], capture_output=True, text=True
        ).stdout.strip()
        if runpath and not all(part.startswith("$ORIGIN") for part in runpath.split(":")):
            subprocess.run(["patchelf", "--remove-rpath", str(binary)], check=True)
            changed.append(binary)
    return changed


def elf_files(folder: Path) -> list[Path]:
    """Every ELF binary under ``folder`` (links left out)."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _readelf(*arguments: str) -> str:
    return subprocess.run(
        ["readelf", "--wide", *arguments], capture_output=True, text=True, check=True
    ).stdout


def system_libraries(folder: Path) -> tuple[set[str], str]:
    """The libraries the folder's binaries link to but do not carry, and the newest
    ``GLIBC_x.y`` symbol version they need."""
    binaries = elf_files(folder)
    carried = {path.name for path in folder.rglob("*.so*")}
    needed: set[str] = set()
    glibc = "2.17"
    for binary in binaries:
        needed.update(
            re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", _readelf("-d", str(binary)))
        )
        for version in re.findall(r"GLIBC_(\d+\.\d+(?:\.\d+)?)", _readelf("-V", str(binary))):
            if _version_key(version) > _version_key(glibc):
                glibc = version
    return needed - carried, glibc


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def debian_package_of(library: str) -> str:
    """The Debian package that ships a system library (``libGL.so.1`` -> ``libgl1``)."""
    if library in _SYSTEM_PACKAGES or library.startswith(("ld-linux", "libpthread", "librt")):
        return _SYSTEM_PACKAGES.get(library, "libc6")
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    paths = re.findall(rf"^\s*{re.escape(library)} \(libc6,x86-64[^)]*\) => (\S+)$", listing, re.M)
    if not paths:
        raise LookupError(f"{library} is not installed here: cannot name its package")
    owner = subprocess.run(
        ["dpkg-query", "--search", os.path.realpath(paths[0])],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return owner.split(":", 1)[0].split(",")[0].strip()


def depends(folder: Path) -> list[str]:
    libraries, glibc = system_libraries(folder)
    packages = {debian_package_of(library) for library in libraries} - {"libc6"}
    return [f"libc6 (>= {glibc})", *sorted(packages), *RUN_TIME_DEPENDS]


def control(installed_kib: int, depends_on: list[str]) -> str:
    summary = about.SUMMARY[0].lower() + about.SUMMARY[1:]
    paragraphs = ["\n".join(f" {line}" for line in _wrap(text)) for text in about.DESCRIPTION]
    description = "\n .\n".join(paragraphs)
    return (
        f"Package: {APP_NAME}\n"
        f"Version: {__version__}\n"
        "Architecture: amd64\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends_on)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {summary}\n"
        f"{description}\n"
    )


def _wrap(text: str, width: int = 78) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def changelog() -> bytes:
    """The Debian changelog entry of this version, gzip-compressed reproducibly."""
    when = format_datetime(datetime.now(UTC).replace(microsecond=0))
    text = (
        f"{APP_NAME} ({__version__}) stable; urgency=medium\n\n"
        f"  * Release {__version__}.\n\n"
        f" -- {MAINTAINER}  {when}\n"
    )
    return _gzip(text.encode())


def _gzip(data: bytes) -> bytes:
    """Compressed as Debian wants it: best compression, no name or time inside."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="", compresslevel=9) as out:
        out.write(data)
    return buffer.getvalue()


COPYRIGHT = f"""\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: {APP_NAME}

Files: *
Copyright: sseassess developers
License: see the project's repository

Files: {INSTALL_DIR}/_internal/PySide6/*
Copyright: The Qt Company Ltd. and other contributors
License: LGPL-3.0-only

Files: {INSTALL_DIR}/_internal/libpython3*
Copyright: Python Software Foundation
License: PSF-2.0

Files: {INSTALL_DIR}/_internal/sseassess/resources/fonts/*
Copyright: Bitstream, Inc.; DejaVu fonts team
License: Bitstream-Vera and public domain changes, see LICENSE-DejaVu.txt beside the fonts
"""


def stage(bundle: Path, root: Path) -> None:
    """Lay out the package's files under ``root`` as they install."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin" / APP_NAME).symlink_to(f"../lib/{APP_NAME}/{APP_NAME}")
    share = root / "usr/share"
    rendered = write_all(root / "rendered")
    places = {
        f"{APP_ID}.desktop": share / "applications",
        f"{APP_ID}.metainfo.xml": share / "metainfo",
        f"{APP_ID}.xml": share / "mime" / "packages",
    }
    for file in rendered:
        places[file.name].mkdir(parents=True, exist_ok=True)
        shutil.move(file, places[file.name] / file.name)
    (root / "rendered").rmdir()
    icons = share / "icons" / "hicolor"
    for size in SIZES:
        target = icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True)
        shutil.copyfile(png_file(size), target)
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copyfile(svg_file(), icons / "scalable" / "apps" / f"{APP_ID}.svg")
    manual = share / "man" / "man1" / f"{APP_NAME}.1.gz"
    manual.parent.mkdir(parents=True)
    page = (HERE / f"{APP_NAME}.1.in").read_text(encoding="utf-8").replace("@VERSION@", __version__)
    manual.write_bytes(_gzip(page.encode()))
    overrides = share / "lintian" / "overrides" / APP_NAME
    overrides.parent.mkdir(parents=True)
    overrides.write_text(LINTIAN_OVERRIDES, encoding="utf-8")
    doc = share / "doc" / APP_NAME
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    (doc / "changelog.gz").write_bytes(changelog())
    _normalize_modes(root)


def _normalize_modes(root: Path) -> None:
    """Folders 755; programs 755; everything else, shared libraries included, 644."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
            continue
        executable = path.parent == root / INSTALL_DIR and path.name == APP_NAME
        path.chmod(0o755 if executable else 0o644)


def write_debian_folder(root: Path, depends_on: list[str]) -> None:
    files = [p for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink()]
    installed = sum(path.stat().st_size for path in files) // 1024 + 1
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control(installed, depends_on), encoding="utf-8")
    sums = "".join(
        f"{hashlib.md5(path.read_bytes()).hexdigest()}  {path.relative_to(root).as_posix()}\n"
        for path in files
    )
    (debian / "md5sums").write_text(sums, encoding="utf-8")
    for path in debian.iterdir():
        path.chmod(0o644)


def build_deb(bundle: Path, dist: Path, work: Path) -> Path:
    root = work / f"{APP_NAME}_{__version__}_amd64"
    stage(bundle, root)
    write_debian_folder(root, depends(bundle))
    target = dist / f"{APP_NAME}_{__version__}_amd64.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target


def build_tarball(bundle: Path, dist: Path) -> Path:
    target = dist / f"{APP_NAME}-{__version__}-linux-x86_64.tar.gz"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=APP_NAME, filter=owned_by_root)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "deb")
    options = parser.parse_args()
    bundle = options.dist / APP_NAME
    if not (bundle / APP_NAME).exists():
        print(f"{bundle / APP_NAME} does not exist: build it first", file=sys.stderr)
        return 1
    cleaned = clean_runpaths(bundle)
    if cleaned:
        print(f"removed the build machine's library paths from {len(cleaned)} binaries")
    for built in (
        build_tarball(bundle, options.dist),
        build_deb(bundle, options.dist, options.work),
    ):
        print(f"{built}  {built.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
