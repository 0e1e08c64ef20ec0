"""Fixtures for the mock's own tests: a fresh app per test, its clock, and a client into it."""

from __future__ import annotations

import pytest
from starlette.applications import Starlette

from bill_mock import MockClock, create_app
from bill_mock.mock import Mock
from tests.mock.support import Bill, Client


@pytest.fixture
def clock() -> MockClock:
    return MockClock()


@pytest.fixture
def app(clock: MockClock) -> Starlette:
    return create_app(clock)


@pytest.fixture
def mock(app: Starlette) -> Mock:
    state: Mock = app.state.mock
    return state


@pytest.fixture
def client(app: Starlette) -> Client:
    return Client(app)


@pytest.fixture
def bill(client: Client) -> Bill:
    return Bill(client)
