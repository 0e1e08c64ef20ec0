"""Fixtures for the v2 tests: the shared app, clock and client of tests/mock, and a v2 helper over them."""

from __future__ import annotations

import pytest

from tests.mock.support import Client
from tests.mock.v2.support import V2


@pytest.fixture
def v2(client: Client) -> V2:
    return V2(client)
