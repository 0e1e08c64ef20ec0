"""bill_sdk: sessions and policy over the generated BILL client (`bill_v3`).

Sign in once, pass `session.client` to any `bill_v3.api` function, and the session keeps itself alive.
"""

from ._clock import Clock, ManualClock, SystemClock
from ._results import expect
from .errors import (
    AuthenticationFailed,
    BillApiError,
    BillError,
    Forbidden,
    InvalidRequest,
    NotFound,
    RateLimited,
    ServerError,
    SessionInvalid,
    SessionScopeError,
    UnexpectedResponse,
)
from .sessions import PRODUCTION_URL, SANDBOX_URL, OrgSession, PartnerSession

__all__ = [
    "PRODUCTION_URL",
    "SANDBOX_URL",
    "AuthenticationFailed",
    "BillApiError",
    "BillError",
    "Clock",
    "Forbidden",
    "InvalidRequest",
    "ManualClock",
    "NotFound",
    "OrgSession",
    "PartnerSession",
    "RateLimited",
    "ServerError",
    "SessionInvalid",
    "SessionScopeError",
    "SystemClock",
    "UnexpectedResponse",
    "expect",
]
