"""bill_sdk: sessions and policy over the generated BILL client (`bill_v3`).

Sign in once, pass `session.client` to any `bill_v3.api` function, and the session keeps itself alive.
Before each call the session's permission table (`bill_sdk.permissions`) decides whether its kind may
make it; a denial raises PermissionDenied and nothing is sent.
"""

from ._clock import Clock, ManualClock, SystemClock
from ._limits import NO_RETRY, SHARED_LIMITER, InFlightLimiter, RetryPolicy
from ._results import expect
from .errors import (
    AuthenticationFailed,
    BillApiError,
    BillError,
    Forbidden,
    InvalidRequest,
    NotFound,
    PermissionDenied,
    PermissionTableError,
    RateLimited,
    ServerError,
    SessionInvalid,
    SessionScopeError,
    UnexpectedResponse,
)
from .pagination import AsyncPaginator, Paginator, apaginate, paginate
from .permissions import FROM_TABLE, Decision, PermissionTable, load_permissions
from .sessions import PRODUCTION_URL, SANDBOX_URL, OrgSession, PartnerSession

__all__ = [
    "FROM_TABLE",
    "NO_RETRY",
    "PRODUCTION_URL",
    "SANDBOX_URL",
    "SHARED_LIMITER",
    "AsyncPaginator",
    "AuthenticationFailed",
    "BillApiError",
    "BillError",
    "Clock",
    "Decision",
    "Forbidden",
    "InFlightLimiter",
    "InvalidRequest",
    "ManualClock",
    "NotFound",
    "OrgSession",
    "Paginator",
    "PartnerSession",
    "PermissionDenied",
    "PermissionTable",
    "PermissionTableError",
    "RateLimited",
    "RetryPolicy",
    "ServerError",
    "SessionInvalid",
    "SessionScopeError",
    "SystemClock",
    "UnexpectedResponse",
    "apaginate",
    "expect",
    "load_permissions",
    "paginate",
]
