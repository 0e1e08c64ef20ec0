"""The package's surface: what it exports, how it starts, and what it must never import."""

from __future__ import annotations

import subprocess
import sys

import bill_mock
import bill_spec
from bill_mock.handlers import HANDLERS


def test_public_api() -> None:
    assert sorted(bill_mock.__all__) == ["MockClock", "create_app", "running"]
    mock = bill_mock.create_app().state.mock
    for attribute in ("store", "clock", "journal", "sandbox", "reset"):
        assert hasattr(mock, attribute)


def test_every_spec_operation_has_a_handler() -> None:
    assert set(HANDLERS) == {operation.operation_id for operation in bill_spec.v3_index()}


def test_the_mock_never_imports_the_client_policy_layer() -> None:
    code = "import sys, bill_mock.app, bill_mock.cli; sys.exit(any(m.startswith('bill_sdk') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0  # noqa: S603 - our own code


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bill_mock", "--help"], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0
    assert "--port" in done.stdout
