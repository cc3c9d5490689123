"""Workbook: a private, offline No Contact safety-plan workbook."""

APP_NAME = "Workbook"


def __getattr__(name: str) -> str:
    # importlib.metadata costs ~25 ms at start-up and only --version and exports need the
    # version, so it is looked up on first use (PEP 562).
    if name != "__version__":
        raise AttributeError(f"module 'workbook' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("workbook")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found
