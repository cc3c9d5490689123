"""Everything the PyInstaller spec decides, kept as plain functions so tests can check it.

packaging/workbook.spec imports this module (PyInstaller puts nothing of ours on sys.path, so
the spec adds packaging/ itself). No PyInstaller import here: the fast tests load this file
without the build machinery.

The module is deliberately not named after the folder: a top-level ``packaging`` would shadow
the ``packaging`` library that pip and PyInstaller use.
"""

from __future__ import annotations

import dataclasses
import importlib.metadata
import json
import re
import tomllib
from dataclasses import dataclass
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


# --- licences of what the app bundles ------------------------------------------------------------
# The frozen app and the .deb carry the licence of every component they bundle: Workbook's own
# (LICENSE), Python's, Qt's (LGPL-3.0, from packaging/licenses/: the PySide6 wheels ship no
# licence file) and each Python distribution the app needs at run time (the licence files in
# its dist-info). They are written to licenses/<component>/ with an index, README.txt.

LICENSE_FOLDER = "licenses"
LICENSE_INDEX = "index.json"  # the components, for packaging/linux/build_deb.py
QT_DISTRIBUTIONS = {"pyside6-essentials", "pyside6", "shiboken6"}
_LICENSE_FILE = re.compile(r"(licen[cs]e|copying|notice|authors|copyright)", re.IGNORECASE)


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = "workbook") -> list[importlib.metadata.Distribution]:
    """`root` and every distribution it needs at run time (no extras), sorted by name."""
    from packaging.requirements import Requirement  # pip's and PyInstaller's own dependency

    found: dict[str, importlib.metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        if _key(name) in found:
            continue
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        found[_key(name)] = dist
        for text in dist.requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return [found[key] for key in sorted(found)]


def license_expression(dist: importlib.metadata.Distribution) -> str:
    """The SPDX expression, else the trove classifiers, else the License field's first line."""
    meta = dist.metadata
    expression = meta.get("License-Expression") or ""
    if expression:
        return expression
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    if classifiers:
        return " OR ".join(classifiers)
    return (meta.get("License") or "").strip().splitlines()[0:1][0] if meta.get("License") else ""


def code_paths(dist: importlib.metadata.Distribution) -> list[str]:
    """The top-level modules and folders a distribution installs (as bundled by the app)."""
    tops = {
        PurePosixPath(str(file)).parts[0]
        for file in dist.files or []
        if not PurePosixPath(str(file)).parts[0].endswith((".dist-info", ".data", ".pth"))
        and PurePosixPath(str(file)).parts[0] not in {"..", "__pycache__", "bin"}
    }
    return sorted(tops)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    license: str
    files: tuple[str, ...]  # relative to the licenses folder
    code: tuple[str, ...] = ()  # top-level modules and folders, relative to the app's folder


def write_licenses(target: Path) -> list[Component]:
    """Write every bundled component's licence texts into `target` (see above)."""
    import shutil
    import sysconfig

    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    components: list[Component] = []

    def add(
        name: str,
        version: str,
        license: str,
        sources: list[tuple[str, bytes]],
        code: list[str],
    ) -> None:
        folder = target / _key(name)
        folder.mkdir()
        written = []
        for file_name, data in sources:
            (folder / file_name).write_bytes(data)
            written.append(f"{_key(name)}/{file_name}")
        components.append(Component(name, version, license, tuple(written), tuple(code)))

    python_license = Path(sysconfig.get_path("stdlib")) / "LICENSE.txt"
    add(
        "Python",
        sysconfig.get_python_version(),
        "PSF-2.0",
        [("LICENSE.txt", python_license.read_bytes())] if python_license.is_file() else [],
        ["libpython*", "base_library.zip", "lib-dynload"],
    )
    for dist in runtime_distributions():
        name = dist.metadata["Name"]
        if _key(name) == "workbook":
            sources = [("LICENSE", (REPO / "LICENSE").read_bytes())]
        elif _key(name) in QT_DISTRIBUTIONS:
            lgpl = REPO / "packaging" / LICENSE_FOLDER / "LGPL-3.0.txt"
            sources = [
                ("LGPL-3.0.txt", lgpl.read_bytes()),
                ("GPL-3.0.txt", (REPO / "LICENSE").read_bytes()),
            ]
        else:
            sources = []
            for file in dist.files or []:
                parts = PurePosixPath(str(file)).parts
                if parts[0].endswith(".dist-info") and _LICENSE_FILE.search(parts[-1]):
                    flat = "-".join(parts[1:]).removeprefix("licenses-")
                    sources.append((flat, Path(str(file.locate())).read_bytes()))
        add(name, dist.version, license_expression(dist), sources, code_paths(dist))
    lines = [
        "Workbook and the components it bundles, with their licences. Each folder here holds",
        "the licence texts of one component.",
        "",
    ]
    lines += [f"{c.name} {c.version}: {c.license}  ({_key(c.name)}/)" for c in components]
    lines += [
        "",
        "Qt (PySide6, shiboken6) is used under the GNU LGPL version 3; its libraries are",
        "separate files in this folder's parent, so they can be replaced. Qt's source code:",
        "https://download.qt.io/official_releases/qt/ and https://code.qt.io/",
    ]
    (target / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    index = [dataclasses.asdict(component) for component in components]
    (target / LICENSE_INDEX).write_text(json.dumps(index, indent=1) + "\n", encoding="utf-8")
    return components


def read_licenses(folder: Path) -> list[Component]:
    """The components recorded by write_licenses in `folder`."""
    index = json.loads((folder / LICENSE_INDEX).read_text(encoding="utf-8"))
    return [
        Component(
            name=entry["name"],
            version=entry["version"],
            license=entry["license"],
            files=tuple(entry["files"]),
            code=tuple(entry["code"]),
        )
        for entry in index
    ]


# Licences Debian ships in /usr/share/common-licenses, referenced instead of repeated.
_DEBIAN_COMMON: dict[str, tuple[str, dict[str, str]]] = {
    "GPL-3.0-or-later": ("GPL-3+", {"GPL-3+": "GPL-3"}),
    "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only": (
        "LGPL-3 or GPL-2 or GPL-3",
        {"LGPL-3": "LGPL-3", "GPL-2": "GPL-2", "GPL-3": "GPL-3"},
    ),
    "Apache-2.0": ("Apache-2.0", {"Apache-2.0": "Apache-2.0"}),
    "MPL-2.0": ("MPL-2.0", {"MPL-2.0": "MPL-2.0"}),
}


def debian_copyright(components: list[Component], app_dir: str) -> str:
    """A machine-readable copyright file (DEP-5) for the .deb: everything under the GPL
    (Workbook's own files), then one paragraph per bundled component for its files (the app
    folder's `_internal/<module>`), naming where its licence texts are installed."""
    internal = f"{app_dir}/_internal"
    texts_dir = f"{internal}/{LICENSE_FOLDER}"
    paragraphs = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: Workbook\n"
        "Comment: Workbook bundles Python, Qt and other libraries. Each paragraph below names\n"
        f" one of them; the licence texts of all of them are installed in {texts_dir}.",
        "Files: *\nCopyright: The Workbook authors\nLicense: GPL-3+",
    ]
    used: dict[str, str] = {"GPL-3+": "GPL-3"}
    for component in components:
        if _key(component.name) == "workbook":
            continue
        texts = " ".join(f"{texts_dir}/{file}" for file in component.files)
        if component.license in _DEBIAN_COMMON:
            license_field, common = _DEBIAN_COMMON[component.license]
            used.update(common)
        else:
            spdx = component.license.replace(" OR ", " or ").replace(" AND ", " and ")
            license_field = re.sub(r"[^A-Za-z0-9.+ -]+", "-", spdx).strip(" -") or "other"
            license_field += (
                f"\n The full text is in: {texts or '(no licence file ships with this component)'}"
            )
        files = " ".join(f"{internal}/{path}" for path in component.code) or f"{texts_dir}/*"
        paragraphs.append(
            f"Files: {files}\n"
            f"Copyright: The {component.name} authors ({component.name} {component.version})\n"
            f"License: {license_field}"
        )
    for short, common in used.items():
        paragraphs.append(
            f"License: {short}\n On Debian systems, the full text of this licence is in "
            f"/usr/share/common-licenses/{common}."
        )
    return "\n\n".join(paragraphs) + "\n"
