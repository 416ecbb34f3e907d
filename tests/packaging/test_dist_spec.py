"""The standalone build's spec, checked without building (`make dist` takes minutes): the
shipped files land where `lvs_desktop.resource_files` looks, the same place as in the wheel,
and the Qt filter keeps what the program loads and drops the rest."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import lvs_desktop
from lvs_desktop import resource_files

CHECKOUT = Path(lvs_desktop.__file__).resolve().parents[1]
SPEC = CHECKOUT / "lvs-desktop.spec"
SHIPPED = f"{resource_files.PACKAGE}/{resource_files.FOLDER}"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    """The spec's settings: its text up to the Analysis, run as PyInstaller would."""
    pytest.importorskip("PyInstaller")
    text = SPEC.read_text(encoding="utf-8")
    namespace: dict[str, Any] = {"SPECPATH": str(CHECKOUT)}
    exec(compile(text[: text.index("a = Analysis(")], str(SPEC), "exec"), namespace)
    namespace["text"] = text
    return namespace


def test_resources_and_migrations_go_where_the_package_reads_them(spec: dict[str, Any]) -> None:
    pyproject = tomllib.loads((CHECKOUT / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert wheel["force-include"] == {"resources": SHIPPED}
    assert f'(str(ROOT / "resources"), "{SHIPPED}")' in spec["text"]
    migrations = 'collect_data_files("lvs_desktop.store.migrations", include_py_files=True)'
    assert migrations in spec["text"]
    assert 'collect_submodules("lvs_desktop")' in spec["text"]


def test_the_rest_of_qt_and_the_development_tools_stay_out(spec: dict[str, Any]) -> None:
    excludes = set(spec["EXCLUDES"])
    for module in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia"):
        assert f"PySide6.{module}" in excludes
    for used in ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtCharts"):
        assert f"PySide6.{used}" not in excludes
    assert {"pytest", "mypy", "PyInstaller"} <= excludes


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqminimal.so", True),
        ("PySide6/Qt/plugins/platforms/libqminimalegl.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),  # the Windows layout
        ("PySide6/plugins/platforms/qdirect2d.dll", False),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", False),
        ("PySide6/Qt6Qml.dll", False),
        ("PySide6/Qt/translations/qtbase_nl.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/qml/QtQuick/Controls/qmldir", False),
        ("lvs_desktop/resources/letters/fonts/LiberationSans-Regular.ttf", True),
        ("sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so", True),
    ],
)
def test_the_qt_filter(spec: dict[str, Any], dest: str, kept: bool) -> None:
    wanted: Callable[[str], bool] = spec["wanted"]
    assert wanted(dest) is kept


def test_make_dist_builds_from_the_spec_and_make_test_does_not() -> None:
    makefile = (CHECKOUT / "Makefile").read_text(encoding="utf-8")
    assert "pyinstaller --noconfirm --clean --log-level WARN lvs-desktop.spec" in makefile
    test_target = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "dist" not in test_target
