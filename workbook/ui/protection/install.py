"""Put the protection controls on the app's windows.

Every window gets a Quick exit button: the wizard in its button row (bottom left, on every
page), the overview at its top right (`add_corner_widget`). The wizard's Welcome page gets the
protection settings panel, which also documents the quick-exit key.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from workbook.ui.protection.layer import ProtectionLayer, QuickExitButton
from workbook.ui.protection.panel import ProtectionPanel
from workbook.ui.wizard_buttons import WIZARD_BUTTONS, WIZARD_QUICK_EXIT

_DONE = "workbookProtectionInstalled"


def decorate_window(window: QWidget, layer: ProtectionLayer) -> None:
    if window.property(_DONE):
        return
    window.setProperty(_DONE, True)
    if isinstance(window, QWizard):
        _decorate_wizard(window, layer)
    elif callable(add := getattr(window, "add_corner_widget", None)):
        add(QuickExitButton(layer, window))


def _decorate_wizard(wizard: QWizard, layer: ProtectionLayer) -> None:
    button = QuickExitButton(layer, wizard)
    wizard.setButton(WIZARD_QUICK_EXIT, button)
    wizard.setOption(QWizard.WizardOption.HaveCustomButton2, True)
    wizard.setButtonLayout([WIZARD_QUICK_EXIT, *WIZARD_BUTTONS])  # Quick exit first, bottom left
    welcome = getattr(wizard, "welcome_page", None)
    add = getattr(welcome, "add_protection_widget", None)
    if callable(add):
        add(ProtectionPanel(layer))
