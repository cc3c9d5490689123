"""Render the app icon's PNG, ICO and ICNS files from resources/icons/workbook.svg.

The SVG is the only drawn source; everything else is made from it, so the icon never drifts
between platforms. Usage:

    python packaging/make_icons.py --out build/icons

writes into the output folder:

    png/workbook-<N>.png      N in 16 24 32 48 64 128 256 512 (Linux hicolor theme, window icon)
    workbook.ico              16…256, for the Windows executable and installer
    workbook.icns             16…1024, for the macOS bundle
    hicolor/<N>x<N>/apps/<app-id>.png and hicolor/scalable/apps/<app-id>.svg (Linux install tree)

Qt's own SVG renderer (PySide6.QtSvg, part of PySide6-Essentials) draws every size directly
from the vector source — no downscaling of one big bitmap, so small sizes stay crisp. Pillow
writes the ICO and ICNS containers, each size from its own rendering.
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "org.workbook.Workbook"
REPO = Path(__file__).resolve().parent.parent
SVG = REPO / "resources" / "icons" / "workbook.svg"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


class IconError(Exception):
    """The SVG could not be read or rendered."""


def render(svg: Path, size: int) -> Image.Image:
    """Draw the SVG into a transparent size×size RGBA image."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise IconError(f"{svg} is not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    with Image.open(io.BytesIO(bytes(data.data()))) as png:
        return png.convert("RGBA")


def make_icons(out: Path, svg: Path = SVG) -> dict[str, Path]:
    """Write every icon file into ``out``; returns the important paths by name."""
    out.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    images = {size: render(svg, size) for size in sizes}

    png_dir = out / "png"
    png_dir.mkdir(exist_ok=True)
    for size in PNG_SIZES:
        images[size].save(png_dir / f"workbook-{size}.png", optimize=True)
        theme_dir = out / "hicolor" / f"{size}x{size}" / "apps"
        theme_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png_dir / f"workbook-{size}.png", theme_dir / f"{APP_ID}.png")
    scalable = out / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable / f"{APP_ID}.svg")

    ico = out / "workbook.ico"
    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )

    icns = out / "workbook.icns"
    largest_icns = images[max(ICNS_SIZES)]
    largest_icns.save(
        icns,
        format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    return {"png": png_dir, "ico": ico, "icns": icns, "hicolor": out / "hicolor"}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "build" / "icons")
    parser.add_argument("--svg", type=Path, default=SVG)
    args = parser.parse_args(argv)
    try:
        made = make_icons(args.out, args.svg)
    except IconError as error:
        print(error, file=sys.stderr)
        return 1
    for name, path in made.items():
        print(f"{name}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
