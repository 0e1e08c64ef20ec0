"""`python -m bill_mock`, the same as the `bill-mock` command."""

from bill_mock.cli import main

raise SystemExit(main())
