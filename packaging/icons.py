"""The application icon in every form a platform wants, from ``resources/icons``.

``resources/icons/APP_ID.svg`` is the drawing; the PNG sizes beside it are rendered from
it by ``python packaging/icons.py render`` (run it after changing the drawing, then commit
the PNGs: the window icon and the Linux packages use them as they are). The Windows
``.ico`` and the macOS ``.icns`` are written at build time from the PNGs, with nothing but
the standard library: both formats are a small index in front of PNG images.
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "icons"
#: The sizes rendered, in pixels (hicolor's usual ones).
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
#: The .icns types that hold a PNG of a given size.
_ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08"}


def app_id() -> str:
    sys.path.insert(0, str(ROOT))
    from sseassess import APP_ID

    return APP_ID


def svg_file() -> Path:
    return FOLDER / f"{app_id()}.svg"


def png_file(size: int) -> Path:
    return FOLDER / f"{app_id()}-{size}.png"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ico_bytes(images: list[bytes]) -> bytes:
    """A Windows .ico holding the given PNG images (Windows Vista and later read them)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for data in images:
        width, height = png_size(data)
        entries += struct.pack(
            "<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(data), offset + len(blobs)
        )
        blobs += data
    return header + entries + blobs


def icns_bytes(images: list[bytes]) -> bytes:
    """A macOS .icns holding the given PNG images (their sizes must have an icns type)."""
    body = b""
    for data in images:
        kind = _ICNS_TYPES[png_size(data)[0]]
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_platform_icons(folder: Path) -> tuple[Path, Path]:
    """``sseassess.ico`` and ``sseassess.icns`` in ``folder``, from the committed PNGs."""
    folder.mkdir(parents=True, exist_ok=True)
    ico, icns = folder / "sseassess.ico", folder / "sseassess.icns"
    ico.write_bytes(ico_bytes([png_file(size).read_bytes() for size in (16, 24, 32, 48, 256)]))
    icns.write_bytes(icns_bytes([png_file(size).read_bytes() for size in _ICNS_TYPES]))
    return ico, icns


def render() -> list[Path]:
    """Render every PNG size from the SVG drawing (needs PySide6)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["render"])
    renderer = QSvgRenderer(str(svg_file()))
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(png_file(size))):
            raise OSError(f"cannot write {png_file(size)}")
        written.append(png_file(size))
    del app
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("render", "platform"))
    parser.add_argument("--to", type=Path, default=ROOT / "build" / "icons")
    options = parser.parse_args()
    if options.action == "render":
        for path in render():
            print(path.relative_to(ROOT))
    else:
        for path in write_platform_icons(options.to):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
