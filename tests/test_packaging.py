"""packaging/: desktop metadata, icons, the PyInstaller spec's decisions and the built app.

The fast tests run in `make test`. The one marked slow builds the app with PyInstaller (about
half a minute here) and drives the built binary end to end; `make package-test` runs it.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import plistlib
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
SPEC = PACKAGING / "workbook.spec"


def _load(name: str) -> ModuleType:
    # packaging/ is no Python package (it would shadow the `packaging` library), so its helper
    # modules are loaded by path.
    spec = importlib.util.spec_from_file_location(f"_wb_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


cfg = _load("freeze_config")
DESKTOP = PACKAGING / "linux" / f"{cfg.APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{cfg.APP_ID}.metainfo.xml"
ISS = PACKAGING / "windows" / "workbook.iss"


# --- Linux desktop integration -------------------------------------------------------------------


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_shows_a_neutral_name_and_starts_the_workbook_command() -> None:
    entry = _desktop_entry()
    assert entry["Name"] == "Workbook"
    assert entry["Icon"] == cfg.APP_ID
    assert entry["Exec"].split()[0] == cfg.EXE_NAME
    assert entry["Terminal"] == "false"
    shown = " ".join(entry.get(key, "") for key in ("Name", "GenericName", "Comment", "Keywords"))
    for word in ("abuse", "safety", "violence", "contact", "escape", "narciss"):
        assert word not in shown.lower(), f"the launcher would show {word!r} to anyone"


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils"
)
def test_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # no warnings either


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="needs appstream (appstreamcli)")
def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Infos (such as older appstream not knowing <developer>) are fine; warnings and errors not.
    assert not re.search(r"^[WE]: ", result.stdout, re.MULTILINE), result.stdout


def test_metainfo_matches_the_desktop_file_and_the_project_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == cfg.APP_ID
    assert root.findtext("name") == "Workbook"
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == cfg.EXE_NAME
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    releases = [release.get("version") for release in root.iter("release")]
    assert releases, "the metainfo lists no release"
    assert releases[0] == cfg.project_version(), "add the new version to <releases>"


# --- the icon ------------------------------------------------------------------------------------


def test_make_icons_renders_every_size_from_the_svg(tmp_path: Path) -> None:
    from PIL import Image

    make_icons = _load("make_icons")
    made = make_icons.make_icons(tmp_path)

    for size in make_icons.PNG_SIZES:
        png = made["png"] / f"workbook-{size}.png"
        with Image.open(png) as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"
            rgba = image.convert("RGBA")
            # transparent corner (no square background), solid middle (the notebook's cover)
            assert rgba.getpixel((0, 0))[3] == 0
            assert rgba.getpixel((size // 2, size // 2))[3] == 255
        themed = made["hicolor"] / f"{size}x{size}" / "apps" / f"{cfg.APP_ID}.png"
        assert themed.read_bytes() == png.read_bytes()
    assert (made["hicolor"] / "scalable" / "apps" / f"{cfg.APP_ID}.svg").is_file()

    with Image.open(made["ico"]) as ico:
        assert ico.format == "ICO"
        assert {(s, s) for s in make_icons.ICO_SIZES} <= set(ico.info["sizes"])
    with Image.open(made["icns"]) as icns:
        assert icns.format == "ICNS"
        assert {s for s, _, _ in icns.info["sizes"]} >= {16, 32, 128, 256, 512}


def test_make_icons_refuses_a_file_that_is_not_svg(tmp_path: Path) -> None:
    make_icons = _load("make_icons")
    broken = tmp_path / "broken.svg"
    broken.write_text("this is not an SVG", encoding="utf-8")
    assert make_icons.main(["--svg", str(broken), "--out", str(tmp_path / "out")]) == 1


# --- what the spec decides -----------------------------------------------------------------------


def test_qt_modules_the_code_uses_are_never_excluded() -> None:
    excluded = {name.removeprefix("PySide6.") for name in cfg.unused_qt_modules()}
    source = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "workbook").rglob("*.py"))
    used = set(re.findall(r"\bQt[A-Za-z0-9]+\b", source))
    assert not excluded & used
    assert not excluded & {"QtCore", "QtGui", "QtWidgets", "QtSvg"}
    assert {"QtNetwork", "QtQml", "QtQuick", "QtWebEngineCore"} <= excluded | used


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/styles/libqmodernwindowsstyle.so", True),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("workbook_resources/icons/workbook.svg", True),
    ],
)
def test_qt_plugin_filter(dest: str, kept: bool) -> None:
    assert cfg.keep_qt_plugin(dest) is kept


def test_every_plugin_the_gui_needs_here_exists_in_pyside() -> None:
    """The keep-list names real files, so a rename in a PySide6 release is noticed."""
    import PySide6

    plugins = Path(PySide6.__file__).parent / "Qt" / "plugins"
    if sys.platform.startswith("linux"):
        for folder, name in [
            ("platforms", "libqxcb.so"),
            ("platforms", "libqwayland.so"),
            ("platforms", "libqoffscreen.so"),
            ("imageformats", "libqsvg.so"),
            ("iconengines", "libqsvgicon.so"),
        ]:
            assert (plugins / folder / name).is_file(), f"{folder}/{name}"
            assert cfg.keep_qt_plugin(f"PySide6/Qt/plugins/{folder}/{name}")


def test_version_numbers_for_windows() -> None:
    assert cfg.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert cfg.version_tuple("1.2") == (1, 2, 0, 0)
    assert cfg.version_tuple("2.10.3rc1+local.5") == (2, 10, 3, 0)


def test_windows_version_info_is_a_valid_pyinstaller_version_file() -> None:
    text = cfg.windows_version_info("1.4.2")
    tree = ast.parse(text, mode="eval")  # PyInstaller eval()s this text on Windows
    call = tree.body
    assert isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
    assert call.func.id == "VSVersionInfo"
    assert "filevers=(1, 4, 2, 0)" in text
    strings = dict(re.findall(r"StringStruct\('(\w+)', '([^']*)'\)", text))
    assert strings["ProductName"] == "Workbook"
    assert strings["FileDescription"] == "Workbook"
    assert strings["ProductVersion"] == "1.4.2"
    assert strings["OriginalFilename"] == "Workbook.exe"


def test_macos_bundle_settings() -> None:
    plist = cfg.macos_info_plist("1.4.2")
    assert plist["CFBundleName"] == plist["CFBundleDisplayName"] == "Workbook"
    assert plist["CFBundleIdentifier"] == cfg.APP_ID
    assert plist["LSUIElement"] is False
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleShortVersionString"] == "1.4.2"
    plistlib.dumps(plist)  # every value is something a plist can hold


def test_inno_setup_script_installs_what_the_spec_builds() -> None:
    text = ISS.read_text(encoding="utf-8")
    settings = dict(re.findall(r"^(\w+)=(.*)$", text, re.MULTILINE))
    assert settings["AppName"] == "Workbook"
    assert settings["PrivilegesRequired"] == "lowest"  # no administrator needed
    defines = dict(re.findall(r'^#define (\w+) "(.*)"$', text, re.MULTILINE))
    assert defines["AppExe"] == f"{cfg.APP_NAME}.exe"  # the windowed EXE the spec names
    assert defines["BuildDir"] == f"..\\..\\dist\\{cfg.APP_NAME}"  # the spec's COLLECT folder
    assert 'Source: "{#BuildDir}\\*"' in text  # the whole folder, workbook-cli.exe included
    # The uninstaller must leave the person's workbook alone: no deleting of the data folder.
    assert "[UninstallDelete]" not in text


def test_spec_runs_no_code_from_the_source_tree_at_run_time() -> None:
    """The launcher only imports the installed package; no path into the checkout is baked in."""
    launcher = (PACKAGING / "launcher.py").read_text(encoding="utf-8")
    assert "sys.path" not in launcher
    assert "from workbook.cli import main" in launcher


# --- the built app, end to end (slow) ------------------------------------------------------------


def _built_command(dist: Path) -> Path:
    if sys.platform == "win32":
        return dist / cfg.APP_NAME / f"{cfg.WINDOWS_CLI_NAME}.exe"
    if sys.platform == "darwin":
        return dist / f"{cfg.APP_NAME}.app" / "Contents" / "MacOS" / cfg.EXE_NAME
    return dist / cfg.EXE_NAME / cfg.EXE_NAME


def _clean_env(home: Path) -> dict[str, str]:
    """An environment that points at nothing of this checkout: no PYTHONPATH, no venv, a
    fresh HOME, and a data folder under tmp only through explicit flags."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "WORKBOOK_"))
    }
    env["HOME"] = str(home)
    env["XDG_DATA_HOME"] = str(home / ".local" / "share")
    env["XDG_CONFIG_HOME"] = str(home / ".config")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _run(cmd: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )


def _secret_args(app: Path, env: dict[str, str], cwd: Path, tmp: Path) -> list[str]:
    """--passphrase-file when the CLI has it (the protection work adds it), else nothing."""
    help_text = _run([str(app), "export", "--help"], env, cwd).stdout
    if "--passphrase-file" not in help_text:
        return []
    secret = tmp / "passphrase.txt"
    secret.write_text("correct horse battery staple 0142\n", encoding="utf-8")
    secret.chmod(0o600)
    return ["--passphrase-file", str(secret)]


def _pdf_fonts(pdf: Path) -> set[str]:
    from pypdf import PdfReader

    names: set[str] = set()
    for page in PdfReader(pdf).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.get_object().values():
            base = str(font.get_object()["/BaseFont"])
            names.add(base.split("+", 1)[-1])  # drop the subset tag AAAAAA+
    return names


@pytest.fixture(scope="module")
def built_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One PyInstaller build of packaging/workbook.spec for the slow tests of this module."""
    pytest.importorskip("PyInstaller", reason="pip install -e '.[package]' (make package-test)")
    root = tmp_path_factory.mktemp("pyinstaller")
    dist, work = root / "dist", root / "build"
    started = time.monotonic()
    pyinstaller = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean"]
    where = ["--distpath", str(dist), "--workpath", str(work), "--log-level", "WARN"]
    build = subprocess.run(
        [*pyinstaller, *where, str(SPEC)],
        capture_output=True,
        text=True,
        timeout=1800,
        cwd=root,
        check=False,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    print(f"build took {time.monotonic() - started:.0f} s")
    return dist


@pytest.mark.slow
def test_built_app_runs_version_demo_export_and_opens_its_window(
    built_dist: Path, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from workbook.domain.demo import demo_plan

    app = _built_command(built_dist)
    assert app.is_file()

    home = tmp_path / "home"
    home.mkdir()
    env = _clean_env(home)
    cwd = tmp_path  # not the checkout: nothing can be picked up from the working directory

    version = _run([str(app), "--version"], env, cwd)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"workbook {cfg.project_version()}"

    data = tmp_path / "data"
    secret = _secret_args(app, env, cwd, tmp_path)
    demo = _run([str(app), "demo", "--data-dir", str(data), *secret], env, cwd)
    assert demo.returncode == 0, demo.stderr
    assert (data / "workbook.db").is_file()

    def export_cmd(out: Path) -> list[str]:
        return ["export", "--format", "pdf", "--out", str(out), "--data-dir", str(data), *secret]

    out = tmp_path / "plan.pdf"
    tracer = shutil.which("strace") if sys.platform.startswith("linux") else None
    trace = tmp_path / "open.trace"
    prefix = [tracer, "-f", "-qq", "-e", "trace=open,openat", "-o", str(trace)] if tracer else []
    export = _run([*prefix, str(app), *export_cmd(out)], env, cwd)
    assert export.returncode == 0, export.stderr
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    text = "\n".join(page.extract_text() for page in reader.pages)
    plan = demo_plan()
    for contact in plan.contacts[:2]:
        assert contact.name in text
    assert plan.statements.firm_sentence.strip().split()[0] in text

    if tracer:
        # Every file the frozen export opened: none of them may come from this checkout or a
        # Python environment. (Fonts are the likeliest slip: they are looked up by name.)
        _assert_nothing_from_checkout(trace)

    # The frozen export embeds the same fonts as the source install's: the font packages and
    # resources/fonts made it into the build (a missing one would fall back to a system font).
    source_out = tmp_path / "plan-source.pdf"
    source_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    source = subprocess.run(
        [sys.executable, "-m", "workbook", *export_cmd(source_out)],
        env=source_env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert source.returncode == 0, source.stderr
    assert _pdf_fonts(out) == _pdf_fonts(source_out)

    # The window: Qt's platform, image and icon plugins load from the bundle, the app unlocks
    # nothing by itself and keeps running until it is stopped (offscreen: no display needed).
    stopper = shutil.which("timeout")
    if stopper is None:  # not coreutils: watch it by hand, without tracing
        gui = subprocess.Popen(
            [str(app), "--data-dir", str(data)],
            env=env,
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            time.sleep(6)
            assert gui.poll() is None, gui.communicate()[1][-4000:]
        finally:
            gui.terminate()
            _, errors = gui.communicate(timeout=30)
    else:
        gui_trace = tmp_path / "gui.trace"
        prefix = (
            [tracer, "-f", "-qq", "-e", "trace=open,openat", "-o", str(gui_trace)] if tracer else []
        )
        window = _run([*prefix, stopper, "6", str(app), "--data-dir", str(data)], env, cwd)
        errors = window.stderr
        assert window.returncode == 124, (
            f"the window closed by itself ({window.returncode}): {errors[-4000:]}"
        )
        if tracer:
            _assert_nothing_from_checkout(gui_trace)
    assert "Could not load the Qt platform plugin" not in errors
    assert "Traceback" not in errors, errors[-4000:]

    # Everything in workbook_resources (icons, fonts, translations) is in the bundle, where
    # importlib.resources finds it, and Qt's own translations for its dialogs came along.
    internal = (
        app.parent / "_internal" if sys.platform != "darwin" else app.parent.parent / "Frameworks"
    )
    resources = REPO / "resources"
    for path in resources.rglob("*"):
        if (
            path.is_file()
            and path.suffix not in {".py", ".pyc"}
            and "__pycache__" not in path.parts
        ):
            bundled = internal / "workbook_resources" / path.relative_to(resources)
            assert bundled.read_bytes() == path.read_bytes(), bundled
    assert list((internal / "PySide6" / "Qt" / "translations").glob("qtbase_de.qm"))


def _assert_nothing_from_checkout(trace: Path) -> None:
    """No file the traced process opened lies in this checkout or a Python environment."""
    opened = re.findall(r'open(?:at)?\([^"]*"([^"]+)"', trace.read_text(encoding="utf-8"))
    assert opened, "strace recorded no file at all"
    from_source = [p for p in opened if p.startswith(str(REPO))]
    from_python = [p for p in opened if "site-packages" in p or p.startswith(sys.prefix)]
    assert not from_source, from_source[:10]
    assert not from_python, from_python[:10]


@pytest.mark.slow
@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None,
    reason="the .deb is built on Linux with dpkg-deb",
)
def test_deb_installs_the_app_the_launcher_entry_and_the_icon(
    built_dist: Path, tmp_path: Path
) -> None:
    build_deb = subprocess.run(
        [sys.executable, str(PACKAGING / "linux" / "build_deb.py"), "--dist", str(built_dist),
         "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert build_deb.returncode == 0, build_deb.stderr
    deb = Path(build_deb.stdout.strip())
    assert deb.name == f"workbook_{cfg.project_version()}_{_deb_arch()}.deb"

    info = subprocess.run(["dpkg-deb", "--field", str(deb)], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    fields = dict(line.split(": ", 1) for line in info.splitlines() if ": " in line)
    assert fields["Package"] == "workbook"
    assert fields["Version"] == cfg.project_version()

    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    assert os.readlink(root / "usr" / "bin" / "workbook") == "/usr/lib/workbook/workbook"
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout  # fmt: skip
    assert " ./opt" not in listing  # the package owns no /opt
    copyright_file = root / "usr" / "share" / "doc" / "workbook" / "copyright"
    assert copyright_file.read_text(encoding="utf-8").startswith(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
    )
    licenses = root / "usr" / "lib" / "workbook" / "_internal" / "licenses"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (
        licenses / "pyside6-essentials" / "LGPL-3.0.txt"
    ).read_text(encoding="utf-8")
    for line in copyright_file.read_text(encoding="utf-8").splitlines():
        for path in re.findall(r"usr/lib/workbook/_internal/licenses/\S+", line):
            assert (root / path).is_file(), path
    _assert_no_builder_paths(root, [tmp_path, built_dist.parent])
    if shutil.which("lintian"):
        lint = subprocess.run(["lintian", "--no-tag-display-limit", str(deb)],
                              capture_output=True, text=True, check=False)  # fmt: skip
        assert "no-copyright-file" not in lint.stdout, lint.stdout
        assert "dir-or-file-in-opt" not in lint.stdout, lint.stdout
    desktop = root / "usr" / "share" / "applications" / f"{cfg.APP_ID}.desktop"
    assert desktop.read_bytes() == DESKTOP.read_bytes()
    assert (root / "usr" / "share" / "metainfo" / METAINFO.name).is_file()
    for size in ("16x16", "48x48", "256x256"):
        assert (root / "usr/share/icons/hicolor" / size / "apps" / f"{cfg.APP_ID}.png").is_file()
    assert (root / "usr/share/icons/hicolor/scalable/apps" / f"{cfg.APP_ID}.svg").is_file()

    home = tmp_path / "home"
    home.mkdir()
    version = _run([str(root / "usr" / "lib" / "workbook" / "workbook"), "--version"],
                   _clean_env(home), tmp_path)  # fmt: skip
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"workbook {cfg.project_version()}"


def _assert_no_builder_paths(root: Path, build_folders: list[Path]) -> None:
    """No file of the package names the checkout, the build folders or the builder's
    Python installation (strings in every file, binaries included)."""
    leaks = [str(REPO), sys.prefix, *map(str, build_folders)]
    found = []
    for path in root.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        data = path.read_bytes()
        found += [f"{path.relative_to(root)}: {leak}" for leak in leaks if leak.encode() in data]
    assert found == [], found[:20]


def _deb_arch() -> str:
    import platform

    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


# --- licences and the source package ----------------------------------------------------------


def test_every_bundled_component_brings_its_licence(tmp_path: Path) -> None:
    components = {c.name.lower(): c for c in cfg.write_licenses(tmp_path / "licenses")}
    folder = tmp_path / "licenses"
    assert (folder / "workbook" / "LICENSE").read_bytes() == (REPO / "LICENSE").read_bytes()
    assert "GNU GENERAL PUBLIC LICENSE" in (REPO / "LICENSE").read_text(encoding="utf-8")
    for qt in ("pyside6-essentials", "shiboken6"):
        text = (folder / qt / "LGPL-3.0.txt").read_text(encoding="utf-8")
        assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3" in text
    for name in ("python", "sqlalchemy", "sqlcipher3", "reportlab", "pikepdf", "cryptography"):
        assert components[name].files, name
        assert all((folder / file).stat().st_size > 0 for file in components[name].files)
    runtime = {cfg._key(d.metadata["Name"]) for d in cfg.runtime_distributions()}
    assert runtime <= {cfg._key(name) for name in components}
    assert "pytest" not in runtime and "pyinstaller" not in runtime  # extras stay out
    assert cfg.read_licenses(folder) == list(cfg.write_licenses(tmp_path / "again"))


def test_the_debian_copyright_file_is_machine_readable(tmp_path: Path) -> None:
    components = cfg.write_licenses(tmp_path / "licenses")
    text = cfg.debian_copyright(components, "usr/lib/workbook")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    header = dict(line.split(": ", 1) for line in paragraphs[0].splitlines() if ": " in line)
    assert header["Format"] == "https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
    files = [p for p in paragraphs if p.startswith("Files: ")]
    assert files[0] == "Files: *\nCopyright: The Workbook authors\nLicense: GPL-3+"
    standalone = {p.splitlines()[0].removeprefix("License: ") for p in paragraphs
                  if p.startswith("License: ")}  # fmt: skip
    for paragraph in files:
        fields = {line.split(": ", 1)[0] for line in paragraph.splitlines() if ": " in line}
        assert {"Files", "Copyright", "License"} <= fields, paragraph
        license_lines = [line for line in paragraph.splitlines() if line.startswith("License: ")]
        names = re.split(r" or | and ", license_lines[0].removeprefix("License: "))
        has_text = len(paragraph.splitlines()) > paragraph.splitlines().index(license_lines[0]) + 1
        assert has_text or all(name in standalone for name in names), paragraph
    assert "/usr/share/common-licenses/LGPL-3" in text
    assert str(REPO) not in text and str(tmp_path) not in text


def test_the_project_declares_its_licence_file_and_the_sdist_carries_what_its_tests_need() -> None:
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "GPL-3.0-or-later"
    assert project["license-files"] == ["LICENSE"]
    assert any(c.startswith("Programming Language :: Python :: 3") for c in project["classifiers"])
    manifest = (REPO / "MANIFEST.in").read_text(encoding="utf-8")
    for line in ("graft docs", "graft packaging", "graft tests", "graft bench"):
        assert line in manifest.splitlines()
    assert "Makefile" in manifest and "LICENSE" in manifest


@pytest.mark.slow
def test_sdist_and_wheel_carry_the_licence_and_the_project(tmp_path: Path) -> None:
    pytest.importorskip("build", reason="pip install -e '.[package]' (make package-test)")
    import tarfile
    import zipfile

    out = tmp_path / "out"
    made = subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(out), str(REPO)],
        capture_output=True, text=True, timeout=900, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr[-3000:]
    (sdist,) = out.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    needed = [
        "LICENSE",
        "Makefile",
        "pyproject.toml",
        "packaging/workbook.spec",
        "docs",
        "packaging/licenses/LGPL-3.0.txt",
        "tests/conftest.py",
        "bench/__main__.py",
    ]
    assert [name for name in needed if name not in names] == []
    (wheel,) = out.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        licence = [n for n in archive.namelist() if n.endswith(".dist-info/licenses/LICENSE")]
        assert licence and archive.read(licence[0]) == (REPO / "LICENSE").read_bytes()
        metadata = archive.read(next(n for n in archive.namelist() if n.endswith("/METADATA")))
    assert b"License-Expression: GPL-3.0-or-later" in metadata
    assert b"License-File: LICENSE" in metadata
