"""BILL's health check: answers without credentials (BILL's own collection sends none)."""

from __future__ import annotations

from importlib import metadata

from bill_mock.handlers import Call, Reply, handles

__all__ = ["APP_ENV", "APP_ID", "REGION"]

APP_ID = "bill-mock"
APP_ENV = "sandbox"
REGION = "local"
"""The mock runs on the caller's machine, not in one of BILL's regions."""


def _version() -> str:
    try:
        return metadata.version("bill-sdk")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


@handles("getHealthCheck")
def _health(call: Call) -> Reply:
    return Reply(body={"appId": APP_ID, "appEnv": APP_ENV, "appVersion": _version(), "bdcRegion": REGION})
