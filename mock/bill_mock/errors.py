"""BILL's error model: one exception for every refusal, rendered as BILL's JSON error array."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from bill_mock.clock import format_timestamp

__all__ = [
    "SECRET_FIELDS",
    "BillError",
    "api_not_supported",
    "bad_key",
    "bad_login",
    "invalid_field",
    "invalid_parameter",
    "missing_field",
    "missing_parameter",
    "not_found",
    "not_json",
    "session_invalid",
    "wrong_scope",
]

SECRET_FIELDS = frozenset(
    {
        "password",
        "consoletoken",
        "consoleapitoken",
        "token",
        "sessionid",
        "devkey",
        "appkey",
        "remembermeid",
        "bankaccount",
        "accountnumber",
        "taxid",
    }
)
"""Field names (lower-cased) whose values never appear in a message."""

_MAX_VALUE_CHARS = 40


class BillError(Exception):
    """A request BILL refuses: the HTTP status plus one entry of BILL's error list."""

    def __init__(self, status: int, code: str, message: str, category: str = "REQUEST") -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.category = category

    def to_wire(self, now: datetime) -> list[dict[str, Any]]:
        """The body BILL sends: always a list, the first entry explains the failure."""
        return [
            {
                "timestamp": format_timestamp(now),
                "code": self.code,
                "severity": "ERROR",
                "category": self.category,
                "message": self.message,
            }
        ]


def shown_value(field: str, value: object) -> str:
    """A value as it may appear in a message: secrets hidden, long values cut, control characters escaped."""
    if field.rsplit(".", 1)[-1].lower() in SECRET_FIELDS:
        return "[hidden]"
    text = value if isinstance(value, str) else json.dumps(value, default=repr)
    text = text.encode("unicode_escape", "backslashreplace").decode("ascii")
    return text if len(text) <= _MAX_VALUE_CHARS else text[: _MAX_VALUE_CHARS - 3] + "..."


def session_invalid(detail: str = "Session is invalid. Please log in.") -> BillError:
    return BillError(401, "BDC_1109", detail)


def bad_login() -> BillError:
    return BillError(401, "BDC_1101", "The user name or password does not match our records.")


def bad_key(header: str) -> BillError:
    return BillError(401, "BDC_1102", f"The {header} is missing or not a valid key.")


def wrong_scope(message: str) -> BillError:
    return BillError(403, "BDC_1145", message)


def not_json(message: str = "The request body must be a JSON object sent as application/json.") -> BillError:
    return BillError(400, "BDC_1122", message)


def missing_field(field: str) -> BillError:
    return BillError(400, "BDC_1117", f"Missing required data for: {field}")


def invalid_field(field: str, value: object) -> BillError:
    return BillError(400, "BDC_1119", f"Invalid field,value: {field}, {shown_value(field, value)}")


def missing_parameter(name: str) -> BillError:
    return BillError(400, "BDC_1108", f"Missing parameter value for parameter: {name}")


def invalid_parameter(name: str) -> BillError:
    return BillError(400, "BDC_1129", f"Invalid value for parameter: {name}")


def not_found(what: str, object_id: str) -> BillError:
    return BillError(404, "BDC_1205", f"No {what} was found for id {shown_value('id', object_id)}.")


def api_not_supported() -> BillError:
    return BillError(404, "BDC_1121", "API not supported.")
