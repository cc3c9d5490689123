"""Everything the PyInstaller spec decides, kept as plain functions so tests can check it.

packaging/workbook.spec imports this module (PyInstaller puts nothing of ours on sys.path, so
the spec adds packaging/ itself). No PyInstaller import here: the fast tests load this file
without the build machinery.

The module is deliberately not named after the folder: a top-level ``packaging`` would shadow
the ``packaging`` library that pip and PyInstaller use.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path, PurePosixPath

REPO = Path(__file__).resolve().parent.parent

APP_NAME = "Workbook"  # what the launcher, Start menu and Dock show: neutral on purpose
APP_ID = "org.workbook.Workbook"  # reverse-DNS id: .desktop, metainfo, macOS bundle id
EXE_NAME = "workbook"  # the command on Linux, the bundle's executable on macOS
WINDOWS_CLI_NAME = "workbook-cli"  # console twin of Workbook.exe so `--version` prints
COPYRIGHT = "The Workbook authors. Licensed under the GNU GPL, version 3 or later."
DESCRIPTION = "Workbook"  # Windows shows this in Task Manager: keep it as plain as the name

# PySide6 modules the app has no use for. Excluding the Python module keeps its shared library,
# plugins and translations out of the build unless the code really imports it (see
# unused_qt_modules: a module named anywhere in workbook/ is never excluded).
QT_EXCLUDE_CANDIDATES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner",
    "QtGraphs", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf",
    "QtPdfWidgets", "QtPositioning", "QtPrintSupport", "QtQml", "QtQuick", "QtQuick3D",
    "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml",
    "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine",
    "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)  # fmt: skip

# Python packages that are installed next to the app for development only.
PYTHON_EXCLUDES = (
    "tkinter", "_tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "mypyc",
    "ruff", "PyInstaller", "setuptools", "pip", "IPython", "numpy", "pydoc_data",
    # fontTools only makes resources/fonts/NotoSans-Bold-Latin.ttf (export/fonts.py,
    # build_bold_subset): a maintainer's tool, 7 MB the app never loads.
    "fontTools",
)  # fmt: skip

# Qt plugins kept per plugin folder; every other plugin in those folders is dropped. Folders not
# listed are kept whole. Names are matched without the lib prefix and the file suffix
# (libqxcb.so, qxcb.dll and libqxcb.dylib all become "qxcb").
QT_PLUGIN_KEEP = {
    # xcb and wayland for desktops, offscreen for headless runs and tests, cocoa and windows
    # for the other two systems; minimal is tiny and helps when diagnosing a broken display.
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qminimal", "qcocoa", "qwindows", "qdirect2d"},
    # the icon is an SVG; ico/jpeg/gif cover whatever a user or Qt's own dialogs show.
    "imageformats": {"qsvg", "qico", "qjpeg", "qgif", "qicns"},
    "iconengines": {"qsvgicon"},
    # input methods matter for people who do not type in a Latin script.
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    # not qgtk3: it needs the system's GTK, and bundling half of GTK next to it mixes library
    # versions; the portal theme still follows the desktop's dark mode and fonts.
    "platformthemes": {"qxdgdesktopportal"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"},
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"bradient", "adwaita"},
    "wayland-graphics-integration-client": {"shm-emulation-server", "qt-plugin-wayland-egl"},
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
}
# Plugin folders dropped whole: embedded-Linux input and display, compositor side of Wayland,
# networking (the app never touches the network), SQL drivers (storage uses sqlcipher3),
# QML tooling and Lottie animations.
QT_PLUGIN_DROP = {
    "egldeviceintegrations", "generic", "wayland-graphics-integration-server",
    "networkinformation", "tls", "sqldrivers", "qmltooling", "qmllint", "designer",
    "vectorimageformats", "multimedia", "position", "canbus", "sensors", "texttospeech",
    "webview", "geoservices", "sceneparsers", "assetimporters", "renderers", "renderplugins",
    "qmlls",
}  # fmt: skip


def project_version(pyproject: Path = REPO / "pyproject.toml") -> str:
    """The version declared in pyproject.toml: the only place the version is written."""
    with pyproject.open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def project_dependencies(pyproject: Path = REPO / "pyproject.toml") -> list[str]:
    """The run-time requirements declared in pyproject.toml."""
    with pyproject.open("rb") as file:
        return [str(item) for item in tomllib.load(file)["project"]["dependencies"]]


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Four numbers for Windows' version resource: 0.1.0rc1 -> (0, 1, 0, 0)."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+", maxsplit=1)[0])[:3]]
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def unused_qt_modules(source_dir: Path = REPO / "workbook") -> list[str]:
    """QT_EXCLUDE_CANDIDATES that no file under ``source_dir`` mentions, as PySide6.X names."""
    text = "\n".join(path.read_text(encoding="utf-8") for path in source_dir.rglob("*.py"))
    used = set(re.findall(r"\bQt[A-Za-z0-9]+\b", text))
    return [f"PySide6.{name}" for name in QT_EXCLUDE_CANDIDATES if name not in used]


def _plugin_stem(filename: str) -> str:
    stem = filename.split(".", maxsplit=1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_qt_plugin(dest: str) -> bool:
    """False for a Qt plugin the build leaves out; True for everything else."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" not in parts:
        return True
    index = parts.index("plugins")
    if index == 0 or parts[index - 1] != "Qt" or len(parts) < index + 3:
        return True
    folder, filename = parts[index + 1], parts[-1]
    if folder in QT_PLUGIN_DROP:
        return False
    keep = QT_PLUGIN_KEEP.get(folder)
    return keep is None or _plugin_stem(filename) in keep


def windows_version_info(version: str) -> str:
    """The text PyInstaller's EXE(version=...) reads: Windows' file properties dialog."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": "The Workbook authors",
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": APP_NAME,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{APP_NAME}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    indent = " " * 10
    rows = ",\n".join(f"{indent}StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# Generated by packaging/freeze_config.py from pyproject.toml's version. Do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{rows}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def macos_info_plist(version: str) -> dict[str, object]:
    """Info.plist keys for the .app bundle, on top of the ones PyInstaller writes itself."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": APP_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundlePackageType": "APPL",
        "LSApplicationCategoryType": "public.app-category.productivity",
        # A normal app with a Dock icon and a menu bar, not a background agent.
        "LSUIElement": False,
        "NSHighResolutionCapable": True,
        # Follow the system's light or dark appearance.
        "NSRequiresAquaSystemAppearance": False,
        "NSSupportsAutomaticGraphicsSwitching": True,
        # Recent Qt 6 releases no longer list macOS 12 as supported: 13 is the safe floor.
        "LSMinimumSystemVersion": "13.0",
        "NSHumanReadableCopyright": COPYRIGHT,
    }
