"""`bill-mock`: serve the local BILL on a port until interrupted."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

import uvicorn

from bill_mock.app import API_PREFIX, create_app
from bill_mock.control import PREFIX as CONTROL_PREFIX

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="bill-mock",
        description="A local, stateful fake of BILL's v3 API, checked against the project's OpenAPI spec.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8080, help="port to listen on (default: %(default)s)")
    parser.add_argument(
        "--log-level",
        default="warning",
        choices=["critical", "error", "warning", "info", "debug"],
        help="uvicorn's log level (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    base = f"http://{args.host}:{args.port}"
    print(f"BILL mock: base URL {base}{API_PREFIX}")
    print(f"Sandbox credentials: GET {base}{CONTROL_PREFIX}/sandbox")
    uvicorn.run(create_app(), host=args.host, port=args.port, log_level=args.log_level)
    return 0
