"""The SDK's exceptions: one family, keyed by BILL's `BDC_` code first and the HTTP status second.

Every error says which operation failed and what to do next. None carries a credential: messages from
BILL pass through the session's redactor before they are stored.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

__all__ = [
    "AuthenticationFailed",
    "BillApiError",
    "BillError",
    "ErrorItem",
    "Forbidden",
    "InvalidRequest",
    "NotFound",
    "PermissionDenied",
    "PermissionTableError",
    "RateLimited",
    "ServerError",
    "SessionInvalid",
    "SessionScopeError",
    "UnexpectedResponse",
]


class BillError(Exception):
    """Base of every exception the SDK raises on purpose."""


class SessionScopeError(BillError):
    """The operation cannot be made with this kind of session; raised before anything is sent."""

    def __init__(self, message: str, *, operation: str, session_kind: str) -> None:
        super().__init__(message)
        self.operation = operation
        self.session_kind = session_kind


class PermissionDenied(SessionScopeError):
    """The permission table denies this kind of session the operation; raised before anything is sent.

    It says which rule of which table decided (`table`, `line`, `entry`) and, in `reason`, what to do instead.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        session_kind: str,
        api: str,
        bill_object: str,
        action: str,
        entry: str,
        table: str,
        line: int | None,
        reason: str,
        mfa_required: bool = False,
    ) -> None:
        super().__init__(message, operation=operation, session_kind=session_kind)
        self.api = api
        self.bill_object = bill_object
        self.action = action
        self.entry = entry
        self.table = table
        self.line = line
        self.reason = reason
        self.mfa_required = mfa_required


class PermissionTableError(BillError, ValueError):
    """A permission table that cannot be used; nothing of it was loaded. The message names file, line and fix."""

    def __init__(self, *, source: str, line: int | None, problem: str, fix: str) -> None:
        where = f"{source}, line {line}" if line is not None else source
        super().__init__(f"{where}: {problem}. Fix: {fix}.")
        self.source = source
        self.line = line
        self.problem = problem
        self.fix = fix


class UnexpectedResponse(BillError):
    """BILL (or whatever answered) broke the contract: an undocumented status or an unreadable body."""

    def __init__(self, detail: str, *, operation: str, status: int) -> None:
        super().__init__(
            f"{operation}: unexpected answer (HTTP {status}): {detail}. "
            "Check that the base URL points at BILL's /connect gateway; if it does, BILL changed its "
            "answer and the SDK's spec needs updating."
        )
        self.operation = operation
        self.status = status
        self.detail = detail


@dataclass(frozen=True, slots=True)
class ErrorItem:
    """One entry of BILL's error list."""

    code: str
    message: str
    severity: str | None = None
    category: str | None = None
    timestamp: str | None = None


class BillApiError(BillError):
    """BILL refused the call with an error list; `code` is the first entry's BDC code."""

    hint: ClassVar[str] = "See BILL's error code list for what the code means."

    def __init__(self, *, operation: str, status: int, errors: Sequence[ErrorItem]) -> None:
        first = errors[0] if errors else ErrorItem(code="BDC_UNKNOWN", message="no error details")
        self.operation = operation
        self.status = status
        self.code = first.code
        self.message = first.message
        self.errors = tuple(errors)
        super().__init__(f"{operation}: BILL answered HTTP {status} {first.code}: {first.message} {self.hint}")


class InvalidRequest(BillApiError):
    hint = "Fix the field BILL names and send the request again."


class AuthenticationFailed(BillApiError):
    hint = "Check the username, password and developer or app key; they are not retried automatically."


class SessionInvalid(BillApiError):
    hint = (
        "The SDK signed in again and replayed the call once, and BILL still refused the session; "
        "check that the user is active and the credentials are still valid."
    )


class Forbidden(BillApiError):
    hint = "This session may not make this call; use a session of the kind or role BILL requires."


class NotFound(BillApiError):
    hint = "Check the id, and that the object belongs to this session's organization."


class RateLimited(BillApiError):
    hint = (
        "Slow down: BILL allows 3 requests in flight per developer key and organization and "
        "20,000 requests an hour per developer key; wait and retry with backoff."
    )


class ServerError(BillApiError):
    hint = "BILL failed on its side; retry later with backoff."


_BY_CODE: Mapping[str, type[BillApiError]] = {
    "BDC_1109": SessionInvalid,
    "BDC_1101": AuthenticationFailed,
    "BDC_1102": AuthenticationFailed,
    "BDC_1103": AuthenticationFailed,
    "BDC_1104": AuthenticationFailed,
    "BDC_1107": AuthenticationFailed,
    "BDC_1110": AuthenticationFailed,
    "BDC_1111": AuthenticationFailed,
    "BDC_1145": Forbidden,
    "BDC_1144": RateLimited,
    "BDC_1322": RateLimited,
    "BDC_1205": NotFound,
    "BDC_1121": NotFound,
}

_BY_STATUS: Mapping[int, type[BillApiError]] = {
    401: AuthenticationFailed,
    403: Forbidden,
    404: NotFound,
    429: RateLimited,
}


def error_class(status: int, code: str) -> type[BillApiError]:
    """The exception class for an error answer: the BDC code decides, the HTTP status breaks ties."""
    if code in _BY_CODE:
        return _BY_CODE[code]
    if status >= 500:
        return ServerError
    return _BY_STATUS.get(status, InvalidRequest)


def parse_error_items(body: Any) -> list[ErrorItem] | None:
    """BILL's error list as ErrorItems, or None when the body is not one (a contract breach)."""
    entries = [body] if isinstance(body, Mapping) else body
    if not isinstance(entries, list) or not entries:
        return None
    items: list[ErrorItem] = []
    for entry in entries:
        if not isinstance(entry, Mapping):
            return None
        code, message = entry.get("code"), entry.get("message")
        if not isinstance(code, str) or not isinstance(message, str):
            return None
        items.append(
            ErrorItem(
                code=code,
                message=message,
                severity=_optional_str(entry.get("severity")),
                category=_optional_str(entry.get("category")),
                timestamp=_optional_str(entry.get("timestamp")),
            )
        )
    return items


def _optional_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None
