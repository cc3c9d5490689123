"""Entry point of the frozen app: the same `workbook` command that pip installs.

PyInstaller needs a script file; this one only hands over to workbook.cli.main, so the frozen
app and the source install behave the same way.
"""

import sys

from workbook.cli import main

if __name__ == "__main__":
    sys.exit(main())
