"""`python -m bill_spec bundle bill-v3.yaml OUT`: write the merged spec for codegen.sh."""

from __future__ import annotations

import sys
from pathlib import Path

from bill_spec import SpecError, bundle


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] != "bundle":
        print("usage: python -m bill_spec bundle SPEC_NAME OUT_FILE", file=sys.stderr)
        return 2
    try:
        text = bundle(argv[1])
    except (SpecError, OSError) as exc:
        print(f"bill_spec: {exc}", file=sys.stderr)
        return 1
    Path(argv[2]).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
