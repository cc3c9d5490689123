"""Put the protection controls on the app's windows.

Every window gets a Quick exit button: the wizard in its button row (bottom left, on every
page), a main window in a fixed top bar (right). The wizard's Welcome page gets the
protection settings panel, which also documents the quick-exit key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QToolBar, QWidget, QWizard

from workbook.ui.protection.layer import ProtectionLayer, QuickExitButton
from workbook.ui.protection.panel import ProtectionPanel

_DONE = "workbookProtectionInstalled"

WIZARD_BUTTONS = [
    QWizard.WizardButton.CustomButton2,  # Quick exit
    QWizard.WizardButton.Stretch,
    QWizard.WizardButton.CustomButton1,
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
]


def decorate_window(window: QWidget, layer: ProtectionLayer) -> None:
    if window.property(_DONE):
        return
    window.setProperty(_DONE, True)
    if isinstance(window, QWizard):
        _decorate_wizard(window, layer)
    elif isinstance(window, QMainWindow):
        _decorate_main_window(window, layer)


def _decorate_wizard(wizard: QWizard, layer: ProtectionLayer) -> None:
    button = QuickExitButton(layer, wizard)
    wizard.setButton(QWizard.WizardButton.CustomButton2, button)
    wizard.setOption(QWizard.WizardOption.HaveCustomButton2, True)
    wizard.setButtonLayout(WIZARD_BUTTONS)
    welcome = getattr(wizard, "welcome_page", None)
    add = getattr(welcome, "add_protection_widget", None)
    if callable(add):
        add(ProtectionPanel(layer))


def _decorate_main_window(window: QMainWindow, layer: ProtectionLayer) -> None:
    bar = QToolBar("Quick exit", window)
    bar.setObjectName("quick-exit-bar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setEnabled(False)  # the bar cannot be hidden by accident
    spacer = QWidget(bar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    bar.addWidget(QuickExitButton(layer, bar))
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
