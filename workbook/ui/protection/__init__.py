"""Protection: set-up and unlock screens, auto-lock, quick exit, no traces, wipe.

Design and threat model: docs/security.md. The app uses:

* `startup.open_protected(app, folder, open_repository)` instead of opening the repository;
* `layer.ProtectionLayer.quick_exit_button()` on every window;
* `panel.ProtectionPanel(layer)` on the Welcome page;
* `traces.forget_file_dialog(dialog)` after every file dialog, `traces.copy_secret(text)` for
  anything put on the clipboard.
"""
