"""The PyInstaller spec, read without PyInstaller: the same files on every platform, the
executables and the macOS bundle each platform gets, what is left out."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest
from bundle_contents import DATA, data_files, is_dropped, kept

from sseassess import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent.parent
SPEC = ROOT / "packaging" / "sseassess.spec"


class Recorder:
    """Stands for PyInstaller's Analysis, PYZ, EXE, COLLECT and BUNDLE: keeps its arguments."""

    def __init__(self, kind: str, calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]):
        self.kind, self.calls = kind, calls

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.append((self.kind, args, kwargs))
        return types.SimpleNamespace(datas=[], binaries=[], pure=[], scripts=[])


def run_spec(platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Execute the spec as PyInstaller would on ``platform``; the build steps it asked for."""
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
    fake_bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    fake_bindepend.get_imports = lambda _binary: []  # type: ignore[attr-defined]
    fake_hooks = types.ModuleType("PyInstaller.utils.hooks")
    fake_hooks.collect_submodules = lambda package: [package]  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.depend", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", fake_bindepend)
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", fake_hooks)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(sys, "platform", platform)
    namespace = {
        "SPECPATH": str(SPEC.parent),
        "workpath": str(tmp_path / platform),
        "__file__": str(SPEC),
        **{kind: Recorder(kind, calls) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return calls


def _of(calls: list[Any], kind: str) -> list[dict[str, Any]]:
    return [kwargs for called, _args, kwargs in calls if called == kind]


@pytest.fixture
def specs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Any]]:
    return {
        platform: run_spec(platform, tmp_path, monkeypatch)
        for platform in ("linux", "win32", "darwin")
    }


def test_every_platform_bundles_the_same_files(specs: dict[str, list[Any]]) -> None:
    analyses = {platform: _of(calls, "Analysis") for platform, calls in specs.items()}
    assert all(len(found) == 1 for found in analyses.values())
    linux = analyses["linux"][0]
    for platform in ("win32", "darwin"):
        other = analyses[platform][0]
        for key in ("datas", "hiddenimports", "excludes"):
            assert other[key] == linux[key], (platform, key)
    assert linux["datas"] == data_files(ROOT)
    assert "reportlab.graphics.barcode" in linux["hiddenimports"]
    assert "PySide6.QtWebEngineCore" in linux["excludes"]


def test_each_platform_gets_its_programs(specs: dict[str, list[Any]]) -> None:
    programs = {
        platform: [(exe["name"], exe["console"]) for exe in _of(calls, "EXE")]
        for platform, calls in specs.items()
    }
    assert programs["linux"] == [(APP_NAME, True)]
    assert programs["darwin"] == [(APP_NAME, False)]
    # The desktop program has no console on Windows; the CLI needs one to print.
    assert programs["win32"] == [(APP_NAME, False), (f"{APP_NAME}-cli", True)]
    for calls in specs.values():
        [collect] = _of(calls, "COLLECT")
        assert collect["name"] == APP_NAME


def test_macos_bundle_carries_the_app_id_and_the_file_type(specs: dict[str, list[Any]]) -> None:
    assert _of(specs["linux"], "BUNDLE") == _of(specs["win32"], "BUNDLE") == []
    [bundle] = _of(specs["darwin"], "BUNDLE")
    assert bundle["bundle_identifier"] == APP_ID
    assert bundle["version"] == __version__
    plist = bundle["info_plist"]
    [document] = plist["CFBundleDocumentTypes"]
    [declared] = plist["UTExportedTypeDeclarations"]
    assert document["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
    assert declared["UTTypeTagSpecification"]["public.filename-extension"] == ["sseassess"]
    assert Path(bundle["icon"]).read_bytes().startswith(b"icns")


def test_the_data_files_are_what_the_code_reads_at_run_time() -> None:
    names = {f"{target}/{Path(source).name}" for source, target in data_files(ROOT)}
    migrations = ROOT / "sseassess" / "storage" / "migrations"
    for script in (migrations / "versions").glob("*.py"):
        assert f"sseassess/storage/migrations/versions/{script.name}" in names
    for expected in (
        "sseassess/storage/migrations/env.py",
        "sseassess/storage/migrations/script.py.mako",
        "sseassess/resources/frameworks/icsse-charter.toml",
        "sseassess/resources/demo/demo-organization.toml",
        "sseassess/resources/fonts/DejaVuSans.ttf",
        f"sseassess/resources/icons/{APP_ID}.svg",
        "sseassess/i18n/locale/sseassess_fr.qm",
        "sseassess/i18n/locale/es/LC_MESSAGES/sseassess.mo",
    ):
        assert expected in names


def test_a_missing_data_file_stops_the_build(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=DATA[0][1]):
        data_files(tmp_path)


@pytest.mark.parametrize(
    ("path", "dropped"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", False),
        ("PySide6/Qt6Gui.dll", False),
        ("PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore", False),
        ("PySide6/Qt/translations/qtbase_fr.qm", False),
        ("PySide6/translations/qtbase_es.qm", False),
        ("babel/locale-data/root.dat", False),
        ("babel/locale-data/fr_CA.dat", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", True),
        ("PySide6/Qt6QmlModels.dll", True),
        ("PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork", True),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", True),
        ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6\\plugins\\tls\\qschannelbackend.dll", True),
        ("PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so", True),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtdeclarative_fr.qm", True),
        ("babel/locale-data/de.dat", True),
    ],
)
def test_what_is_left_out(path: str, dropped: bool) -> None:
    assert is_dropped(path) is dropped


def test_libraries_only_dropped_files_needed_go_too() -> None:
    """The GTK theme plugin goes, and cairo (which only it links to) with it; fontconfig,
    which the kept xcb plugin links to as well, stays."""
    links = {
        "/src/libqgtk3.so": ["libcairo.so.2", "libfontconfig.so.1"],
        "/src/libcairo.so.2": ["libpixman-1.so.0"],
        "/src/libqxcb.so": ["libfontconfig.so.1"],
        "/src/libfontconfig.so.1": [],
        "/src/libpixman-1.so.0": [],
        "/src/libpython3.11.so.1.0": [],
    }
    entries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/src/libpixman-1.so.0", "BINARY"),
        ("libfontconfig.so.1", "/src/libfontconfig.so.1", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),  # nothing links it
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
    ]
    names = [name for name, _source, _kind in kept(entries, lambda binary: links[binary])]
    assert names == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libfontconfig.so.1",
        "libpython3.11.so.1.0",
    ]
