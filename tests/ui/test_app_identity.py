"""The app presents itself neutrally: the name Workbook and its own notebook icon."""

from __future__ import annotations

from workbook.ui.app import make_application


def test_the_app_has_its_neutral_name_and_icon(qtbot: object) -> None:
    app = make_application()
    assert app.applicationName() == "Workbook"
    assert app.applicationDisplayName() == "Workbook"
    pixmap = app.windowIcon().pixmap(64, 64)
    assert not pixmap.isNull()
    image = pixmap.toImage()
    corner, middle = image.pixelColor(0, 0), image.pixelColor(32, 32)
    assert middle.alpha() > 0 and middle != corner  # the notebook is drawn, not a blank
    assert app.desktopFileName() == "org.workbook.Workbook"
