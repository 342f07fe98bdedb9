"""The icon: an SVG drawing and its PNG sizes, and the .ico and .icns made from them."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

from icons import SIZES, icns_bytes, ico_bytes, png_file, png_size, svg_file

from sseassess import APP_ID


def test_the_drawing_is_named_for_the_app_id() -> None:
    assert svg_file().name == f"{APP_ID}.svg"
    assert ET.parse(svg_file()).getroot().tag == "{http://www.w3.org/2000/svg}svg"


def test_every_size_is_rendered() -> None:
    for size in SIZES:
        assert png_size(png_file(size).read_bytes()) == (size, size)


def test_the_windows_icon_holds_the_pngs() -> None:
    images = [png_file(size).read_bytes() for size in (16, 32, 256)]
    data = ico_bytes(images)
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, 3)
    for number, image in enumerate(images):
        width, _h, _c, _r, _p, _b, size, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * number : 22 + 16 * number]
        )
        assert width == png_size(image)[0] % 256  # 256 is written as 0
        assert data[offset : offset + size] == image


def test_the_macos_icon_holds_the_pngs() -> None:
    images = [png_file(size).read_bytes() for size in (16, 128, 256)]
    data = icns_bytes(images)
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    position, kinds = 8, []
    while position < len(data):
        kinds.append(data[position : position + 4])
        position += struct.unpack(">I", data[position + 4 : position + 8])[0]
    assert kinds == [b"icp4", b"ic07", b"ic08"]
