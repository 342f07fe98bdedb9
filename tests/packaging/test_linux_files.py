"""The Linux desktop files (menu entry, AppStream metainfo, file type) and the .deb's
layout, checked without building: one app id everywhere, translated, this release's notes."""

from __future__ import annotations

import configparser
import gzip
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from build_packages import INSTALL_DIR, LINTIAN_OVERRIDES, control, stage
from desktop_files import catalogs, write_all
from icons import SIZES

from sseassess import APP_ID, APP_NAME, __version__
from sseassess.app.about import FILE_TYPE, MEDIA_TYPE, SUMMARY

ROOT = Path(__file__).resolve().parent.parent.parent
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("linux")
    return {path.name: path for path in write_all(folder)}


def test_one_app_id_names_every_file(rendered: dict[str, Path]) -> None:
    assert sorted(rendered) == sorted(
        [f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", f"{APP_ID}.xml"]
    )


def test_the_desktop_entry(rendered: dict[str, Path]) -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(rendered[f"{APP_ID}.desktop"], encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Icon"] == APP_ID
    assert desktop["Exec"] == f"{APP_NAME} %f"
    assert desktop["MimeType"] == f"{MEDIA_TYPE};"
    assert desktop["Comment"] == SUMMARY
    translate = catalogs()
    for language in ("fr", "es"):
        assert desktop[f"Comment[{language}]"] == translate(language, SUMMARY) != SUMMARY
        assert f"GenericName[{language}]" in desktop


def test_the_metainfo(rendered: dict[str, Path]) -> None:
    component = ET.parse(rendered[f"{APP_ID}.metainfo.xml"]).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    assert component.findtext("icon") == APP_ID
    summaries = {s.get(XML_LANG): s.text for s in component.findall("summary")}
    assert set(summaries) == {None, "fr", "es"}
    paragraphs = component.findall("description/p")
    assert {p.get(XML_LANG) for p in paragraphs} == {None, "fr", "es"}
    assert component.find("provides/mediatype").text == MEDIA_TYPE  # type: ignore[union-attr]


def test_the_metainfo_has_this_release_first(rendered: dict[str, Path]) -> None:
    component = ET.parse(rendered[f"{APP_ID}.metainfo.xml"]).getroot()
    releases = component.findall("releases/release")
    assert releases[0].get("version") == __version__
    assert releases[0].find("description") is not None  # release notes


def test_the_screenshots_are_committed_pngs(rendered: dict[str, Path]) -> None:
    component = ET.parse(rendered[f"{APP_ID}.metainfo.xml"]).getroot()
    screenshots = component.findall("screenshots/screenshot")
    assert [s.get("type") for s in screenshots].count("default") == 1
    for screenshot in screenshots:
        image = screenshot.find("image")
        assert image is not None and image.text and image.text.startswith("https://")
        file = ROOT / "packaging" / "screenshots" / image.text.rsplit("/", 1)[1]
        data = file.read_bytes()
        assert data.startswith(b"\x89PNG")
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert (str(width), str(height)) == (image.get("width"), image.get("height"))
        assert len(data) < 300_000  # small


def test_the_file_type(rendered: dict[str, Path]) -> None:
    info = ET.parse(rendered[f"{APP_ID}.xml"]).getroot()
    [kind] = info.findall(f"{MIME}mime-type")
    assert kind.get("type") == MEDIA_TYPE
    assert kind.find(f"{MIME}glob").get("pattern") == "*.sseassess"  # type: ignore[union-attr]
    comments = {c.get(XML_LANG): c.text for c in kind.findall(f"{MIME}comment")}
    assert comments[None] == FILE_TYPE and set(comments) == {None, "fr", "es"}


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_file_validate_accepts_the_entry(rendered: dict[str, Path]) -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(rendered[f"{APP_ID}.desktop"])],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_appstreamcli_accepts_the_metainfo(rendered: dict[str, Path]) -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(rendered[f"{APP_ID}.metainfo.xml"])],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_the_package_installs_everything_in_its_place(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / APP_NAME).write_bytes(b"\x7fELF program")
    (bundle / "_internal" / "libexample.so.1").write_bytes(b"\x7fELF library")
    root = tmp_path / "root"
    stage(bundle, root)
    launcher = root / "usr/bin" / APP_NAME
    assert launcher.is_symlink()
    assert (launcher.parent / os.readlink(launcher)).resolve() == (root / INSTALL_DIR / APP_NAME)
    assert os.access(root / INSTALL_DIR / APP_NAME, os.X_OK)
    assert not os.access(root / INSTALL_DIR / "_internal/libexample.so.1", os.X_OK)
    share = root / "usr/share"
    for path in (
        f"applications/{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml",
        f"mime/packages/{APP_ID}.xml",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
        *(f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png" for size in SIZES),
        f"doc/{APP_NAME}/copyright",
        f"lintian/overrides/{APP_NAME}",
    ):
        assert (share / path).is_file(), path
    manual = gzip.decompress((share / f"man/man1/{APP_NAME}.1.gz").read_bytes()).decode()
    assert f"sseassess {__version__}" in manual
    assert gzip.decompress((share / f"doc/{APP_NAME}/changelog.gz").read_bytes()).startswith(
        f"{APP_NAME} ({__version__})".encode()
    )
    assert (share / f"lintian/overrides/{APP_NAME}").read_text() == LINTIAN_OVERRIDES


def test_the_control_file() -> None:
    text = control(1234, ["libc6 (>= 2.36)", "libgl1"])
    fields = dict(line.split(": ", 1) for line in text.splitlines() if not line.startswith(" "))
    assert fields["Package"] == APP_NAME and fields["Version"] == __version__
    assert fields["Architecture"] == "amd64" and fields["Installed-Size"] == "1234"
    assert fields["Depends"] == "libc6 (>= 2.36), libgl1"
    body = [line for line in text.splitlines() if line.startswith(" ")]
    assert body and all(len(line) <= 80 for line in body) and " ." in body
