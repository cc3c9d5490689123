import sys

from workbook.start import main

sys.exit(main())
