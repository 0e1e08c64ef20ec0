"""A local BILL: a stateful fake of BILL's v3 API that keeps to the project's OpenAPI spec.

app = create_app()                      # Starlette app; app.state.mock holds store, clock, journal
with running(app) as base_url:          # real loopback port for clients that need one
    ...                                 # v3 under {base_url}/connect, credentials at /_mock/sandbox
"""

from bill_mock.app import create_app
from bill_mock.clock import MockClock
from bill_mock.server import running

__all__ = ["MockClock", "create_app", "running"]
