"""Whatever a client sends, v2 answers an envelope and never the mock's 500: bad input is BILL's error."""

from __future__ import annotations

import functools
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.applications import Starlette

from bill_mock import create_app
from tests.mock.support import Client
from tests.mock.v2.support import V2

APP: Starlette = create_app()
CLIENT = Client(APP)
V2_HELPER = V2(CLIENT)
ENDPOINTS = [
    "Login.json",
    "ListOrgs.json",
    "GetSessionInfo.json",
    "MFAAuthenticate.json",
    "Crud/Create/Vendor.json",
    "Crud/Update/Vendor.json",
    "List/Vendor.json",
    "Bulk/Crud/Create/Vendor.json",
    "Bulk/Crud/Delete/Vendor.json",
    "UploadAttachment.json",
]
CONTENT_TYPES = [
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=xyz",
    "multipart/form-data",
    "application/json",
    "multipart/form-data; boundary=\udcff",
    "",
]
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@functools.cache
def _session() -> dict[str, str]:
    """One user session for the whole run: the mock clock never moves here, so it stays live."""
    return V2_HELPER.session()


def _assert_envelope(status: int, body: Any) -> None:
    assert status in (200, 404, 501), body
    assert body["response_status"] in (0, 1)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(ENDPOINTS), st.sampled_from(CONTENT_TYPES), st.binary(max_size=200))
def test_any_body_gets_an_envelope(endpoint: str, content_type: str, body: bytes) -> None:
    headers = {"Content-Type": content_type.encode("utf-8", "surrogateescape")}
    response = CLIENT.post("/api/v2/" + endpoint, content=body, headers=headers)
    _assert_envelope(response.status_code, response.json())


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(ENDPOINTS), JSON_VALUES, st.booleans())
def test_any_data_gets_an_envelope(endpoint: str, data: Any, wrap_obj: bool) -> None:
    fields = _session()
    document = {"obj": {"entity": "Vendor", **data}} if wrap_obj and isinstance(data, dict) else data
    response = CLIENT.post("/api/v2/" + endpoint, data={**fields, "data": json.dumps(document)})
    _assert_envelope(response.status_code, response.json())
