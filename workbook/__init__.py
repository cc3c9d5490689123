"""Workbook: a private, offline No Contact safety-plan workbook."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("workbook")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Workbook"
