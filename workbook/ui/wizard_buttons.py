"""The wizard's button row, written once for the wizard and the protection layer.

Left to right: `WIZARD_BUTTONS`. The protection layer puts its Quick exit button, in the
`WIZARD_QUICK_EXIT` slot, in front of them (ui/protection/install.py); the wizard keeps Help
now after Quick exit, or first (wizard.PlanWizard.setButtonLayout). A module of its own, loaded
with the wizard: QWizard's enum types need not load before the first window.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

WIZARD_QUICK_EXIT = QWizard.WizardButton.CustomButton2
WIZARD_BUTTONS: tuple[QWizard.WizardButton, ...] = (
    QWizard.WizardButton.Stretch,
    QWizard.WizardButton.CustomButton1,
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
)
