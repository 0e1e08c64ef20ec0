"""`python -m conformance [--report-only] [--collection PATH]`."""

import sys

from conformance.runner import main

sys.exit(main())
