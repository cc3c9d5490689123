"""Runtime assets (icons, translations) installed as the package `workbook_resources`."""
