"""v2's wire format: form bodies in, BILL's envelope out, in v2's own words and timestamps.

Every answer is HTTP 200 with `{response_status, response_message, response_data}`; an error's data is
`{error_code, error_message}`. The exceptions are BILL's 404 for an endpoint it does not have (BDC_1121) and
the mock's own 500 (a bug) and 501 (an operation it does not implement yet), so neither passes for BILL's.
"""

from __future__ import annotations

import email.errors
import email.policy
import email.utils
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from email.parser import BytesParser
from typing import Any
from urllib.parse import parse_qsl

from starlette.responses import JSONResponse

from bill_mock.errors import BillError, shown_value

__all__ = [
    "FORM",
    "MULTIPART",
    "Form",
    "bad_dev_key",
    "bad_json",
    "entity_mismatch",
    "error_response",
    "failure",
    "format_timestamp",
    "missing_data",
    "not_a_form",
    "not_supported",
    "parse_form",
    "session_invalid",
    "success",
    "success_response",
    "v2_message",
]

FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
_MAX_FIELDS = 200

_FIXED_MESSAGES = {
    "BDC_1101": "User name and/or password do not match our records.",
    "BDC_1102": "Developer key is invalid.",
    "BDC_1109": "Session is invalid.  Please log in.",  # two spaces, as BILL's server sends it
}
"""Codes whose v2 text is fixed, whichever shared rule (written for v3's wording) raised them: clients match
these texts (the re-login on "Session is invalid" is common), so they are BILL's to the character."""


# envelopes


def success(payload: Any) -> dict[str, Any]:
    return {"response_status": 0, "response_message": "Success", "response_data": payload}


def failure(code: str, message: str) -> dict[str, Any]:
    data = {"error_code": code, "error_message": message}
    return {"response_status": 1, "response_message": "Error", "response_data": data}


def success_response(payload: Any) -> JSONResponse:
    return JSONResponse(success(payload))


def error_response(error: BillError, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(failure(error.code, v2_message(error)), status_code=http_status(error), headers=headers)


def http_status(error: BillError) -> int:
    """200 for every refusal of BILL's, as v2 does; 404 for an unknown endpoint and 405 for a method other than
    POST on a known one; the mock's own 5xx as they are."""
    if error.code == "BDC_1121" and error.status in (404, 405):
        return error.status
    return error.status if error.status >= 500 else 200


def v2_message(error: BillError) -> str:
    """BILL's fixed text for the codes that have one; otherwise the rule's message, ending in a full stop as
    every v2 message template does (the shared rules write v3's, which has none)."""
    fixed = _FIXED_MESSAGES.get(error.code)
    if fixed is not None:
        return fixed
    message = error.message
    return message if message.endswith((".", "!", "?")) else message + "."


def format_timestamp(moment: datetime) -> str:
    """v2's timestamps: milliseconds and a +hhmm offset, such as 2026-01-01T00:00:00.000+0000."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}+0000"


# v2's refusals (status codes only tell http_status what kind of answer it is)


def not_supported() -> BillError:
    return BillError(404, "BDC_1121", "API not supported.")


def method_not_allowed() -> BillError:
    return BillError(405, "BDC_1121", "API not supported with this method; send a POST.")


def bad_dev_key() -> BillError:
    return BillError(401, "BDC_1102", _FIXED_MESSAGES["BDC_1102"])


def session_invalid() -> BillError:
    return BillError(401, "BDC_1109", _FIXED_MESSAGES["BDC_1109"])


def missing_data(name: str) -> BillError:
    return BillError(400, "BDC_1117", f"Missing required data for: {name}.")


def bad_json() -> BillError:
    return BillError(400, "BDC_1122", "Error Parsing Json Object. Please check your request.")


def not_a_form(advice: str) -> BillError:
    return BillError(400, "BDC_1122", f"The request body is not a form BILL can read. {advice}")


def entity_mismatch(url_entity: str, data_entity: object) -> BillError:
    return BillError(
        400,
        "BDC_1118",
        f"Entity from CRUD operation: {url_entity} does not match the entity specified in the data: "
        f"{shown_value('entity', data_entity)}.",
    )


# forms


@dataclass(frozen=True, slots=True)
class Form:
    """A parsed form: its text fields, and for a multipart upload the file part."""

    fields: dict[str, str] = field(default_factory=dict)
    file: bytes | None = None
    file_name: str | None = None


def parse_form(content_type: str | None, body: bytes, media: str) -> Form:
    """The form in `body`, sent as `media` (the operation's declared form type), or BDC_1122 saying why not.

    An empty body is an empty form, whatever its type, so a bare POST gets the error for its first missing field.
    """
    if not body:
        return Form()
    sent = (content_type or "").split(";", 1)[0].strip().lower()
    if sent != media:
        raise not_a_form(f"Send this operation's fields as {media}.")
    if media == MULTIPART:
        return _multipart(content_type or "", body)
    return Form(_unique(_urlencoded(body)))


def _urlencoded(body: bytes) -> list[tuple[str, str]]:
    try:
        return parse_qsl(
            body.decode("utf-8"),
            keep_blank_values=True,
            strict_parsing=False,
            encoding="utf-8",
            errors="strict",
            max_num_fields=_MAX_FIELDS,
        )
    except (UnicodeError, ValueError):
        raise not_a_form(f"Send at most {_MAX_FIELDS} fields, percent-encoded UTF-8.") from None


def _unique(pairs: list[tuple[str, str]]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for name, value in pairs:
        if name in fields:
            raise not_a_form(f"The field {shown_value('field', name)} is sent twice; send each field once.")
        fields[name] = value
    return fields


def _multipart(content_type: str, body: bytes) -> Form:
    """A multipart/form-data body read with the standard library's MIME parser: each part is a field, the
    one with a filename (or named `file`) is the upload."""
    try:
        header = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
        message = BytesParser(policy=email.policy.HTTP).parsebytes(header + body)
        if not message.is_multipart():
            raise not_a_form("Send a multipart/form-data body with its boundary.")
        pairs: list[tuple[str, str]] = []
        upload: tuple[bytes, str | None] | None = None
        for part in message.iter_parts():
            name, file_name, payload = _part(part)
            if file_name is not None or name == "file":
                if upload is not None:
                    raise not_a_form("Send one file per upload.")
                upload = (payload, file_name)
            else:
                pairs.append((name, payload.decode("utf-8")))
            if len(pairs) > _MAX_FIELDS:
                raise not_a_form(f"Send at most {_MAX_FIELDS} fields.")
    except (UnicodeError, ValueError, TypeError, LookupError, email.errors.MessageError):
        raise not_a_form("Send a multipart/form-data body with one part per field.") from None
    fields = _unique(pairs)
    if upload is None:
        return Form(fields)
    return Form(fields, file=upload[0], file_name=upload[1])


def _part(part: Message) -> tuple[str, str | None, bytes]:
    name: Any = part.get_param("name", header="content-disposition")
    if isinstance(name, tuple):
        name = email.utils.collapse_rfc2231_value(name)
    if not isinstance(name, str) or not name:
        raise not_a_form("Every part needs a Content-Disposition with a name.")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raise not_a_form("A part may not itself be multipart.")
    return name, part.get_filename(), payload
