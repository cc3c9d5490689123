"""Wrap the one-folder Linux build in a .deb that a double-click installs.

    python packaging/linux/build_deb.py [--dist dist] [--out dist]

On Debian, Ubuntu and their relatives, opening the .deb from the file manager hands it to the
software centre, which installs it like any other app: no terminal needed. Layout:

    /usr/lib/workbook/                  the PyInstaller folder (workbook + _internal/, with
                                        the licence texts in _internal/licenses/)
    /usr/bin/workbook                   a link to /usr/lib/workbook/workbook
    /usr/share/applications/            org.workbook.Workbook.desktop ("Workbook" in the menu)
    /usr/share/metainfo/                the AppStream metadata the software centre shows
    /usr/share/icons/hicolor/…/apps/    the icon, PNG sizes and the SVG
    /usr/share/doc/workbook/copyright   machine-readable (DEP-5): Workbook's and every bundled
                                        component's licence

Nothing goes to /opt (the package would own it) and no path of the machine that built it is
written into the package's own files.

Uses only dpkg-deb (Debian package dpkg), present on every Debian-based system.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import freeze_config as cfg  # noqa: E402  (packaging/freeze_config.py)

PACKAGE = "workbook"
APP_DIR = f"usr/lib/{PACKAGE}"  # the app's folder inside the package, without the leading /
ARCHITECTURES = {"x86_64": "amd64", "aarch64": "arm64"}


def glibc_floor() -> str:
    """The C library the build was linked on: the oldest the bundled binaries can rely on."""
    name, _, version = (os.confstr("CS_GNU_LIBC_VERSION") or "glibc 2.31").partition(" ")
    return version if name == "glibc" else "2.31"


def control(version: str, installed_kib: int) -> str:
    arch = ARCHITECTURES.get(platform.machine(), platform.machine())
    return "\n".join(
        [
            f"Package: {PACKAGE}",
            f"Version: {version}",
            f"Architecture: {arch}",
            "Maintainer: The Workbook authors <workbook@example.org>",
            f"Installed-Size: {installed_kib}",
            # Python, Qt and every library the app loads are inside /usr/lib/workbook; only the
            # system's C library and OpenGL/EGL (which must match the graphics driver) are not.
            f"Depends: libc6 (>= {glibc_floor()}), libgl1, libegl1",
            "Section: misc",
            "Priority: optional",
            "Description: private, offline workbook for your plans and notes",
            " Workbook walks you through a personal plan one page at a time and saves",
            " every change at once. Everything stays on this computer, locked with your",
            " own passphrase, and it prints a clear PDF.",
            "",
        ]
    )


def copyright_file(app: Path) -> str:
    """DEP-5 copyright for Workbook and the components whose licence texts the build
    collected into the app's _internal/licenses/ (packaging/workbook.spec)."""
    components = cfg.read_licenses(app / "_internal" / cfg.LICENSE_FOLDER)
    return cfg.debian_copyright(components, APP_DIR)


def build_deb(dist: Path, out: Path) -> Path:
    app = dist / cfg.EXE_NAME
    if not (app / cfg.EXE_NAME).is_file():
        raise SystemExit(f"No Linux build in {app}: run `make package` first.")
    version = cfg.project_version()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "root"
        target = root / APP_DIR
        shutil.copytree(app, target, symlinks=True, ignore=shutil.ignore_patterns("share"))
        share = root / "usr" / "share"
        shutil.copytree(app / "share", share, symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / cfg.EXE_NAME).symlink_to(f"/{APP_DIR}/{cfg.EXE_NAME}")
        doc = share / "doc" / PACKAGE
        doc.mkdir(parents=True)
        (doc / "copyright").write_text(copyright_file(target), encoding="utf-8")
        for path in root.rglob("*"):
            if path.is_symlink():
                continue
            executable = path.is_dir() or os.access(path, os.X_OK)
            path.chmod(0o755 if executable else 0o644)
        size = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir())
        debian = root / "DEBIAN"
        debian.mkdir()
        (debian / "control").write_text(control(version, size // 1024 + 1), encoding="utf-8")
        arch = ARCHITECTURES.get(platform.machine(), platform.machine())
        deb = out / f"{PACKAGE}_{version}_{arch}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(deb)],
            check=True,
            capture_output=True,
        )
    return deb


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    repo = HERE.parent.parent
    parser.add_argument("--dist", type=Path, default=repo / "dist")
    parser.add_argument("--out", type=Path, default=repo / "dist")
    args = parser.parse_args(argv)
    if shutil.which("dpkg-deb") is None:
        print("dpkg-deb is not installed (Debian package dpkg): no .deb made.", file=sys.stderr)
        return 1
    print(build_deb(args.dist, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
