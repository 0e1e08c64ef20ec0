"""BILL v2's wire: credentials put into the form, and the {response_status, response_message, response_data}
envelope read back, where errors arrive with HTTP 200."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx

from ._secrets import Redactor
from .errors import ErrorItem, UnexpectedResponse, error_class

__all__ = ["CREDENTIAL_FIELDS", "envelope_error", "raise_for_envelope", "raise_for_error", "with_fields"]

CREDENTIAL_FIELDS = ("devKey", "sessionId")
FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"
MULTIPART_MEDIA_TYPE = "multipart/form-data"
_BOUNDARY = re.compile(r'boundary="?([^";]+)"?')


def with_fields(request: httpx.Request, fields: Mapping[str, str]) -> httpx.Request:
    """A copy of a form request whose credential fields are exactly `fields` (others dropped, these set).

    The generated client encodes the whole form before any auth runs, so credentials are written into the
    encoded body: url-encoded forms are re-encoded, multipart forms have those parts replaced or added.
    """
    media_type = request.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    if media_type == FORM_MEDIA_TYPE or not request.content:
        pairs = [
            (name, value)
            for name, value in parse_qsl(request.content.decode("utf-8"), keep_blank_values=True)
            if name not in CREDENTIAL_FIELDS
        ]
        content = urlencode([*fields.items(), *pairs]).encode("ascii")
        headers = {"Content-Type": FORM_MEDIA_TYPE}
    elif media_type == MULTIPART_MEDIA_TYPE:
        boundary = _BOUNDARY.search(request.headers["Content-Type"])
        if boundary is None:
            raise ValueError("a multipart request without a boundary")
        content = _multipart_with_fields(request.content, boundary.group(1).encode("ascii"), fields)
        headers = {"Content-Type": request.headers["Content-Type"]}
    else:
        raise ValueError(f"BILL v2 takes form posts, not {media_type or 'an untyped body'}")
    kept = {
        name: value for name, value in request.headers.items() if name.lower() not in {"content-length", "content-type"}
    }
    return httpx.Request(
        request.method, request.url, headers={**kept, **headers}, content=content, extensions=request.extensions
    )


def _multipart_with_fields(content: bytes, boundary: bytes, fields: Mapping[str, str]) -> bytes:
    delimiter = b"--" + boundary
    parts = content.split(delimiter)
    # parts[0]: the preamble (empty); parts[-1]: the closing "--\r\n"; others: "\r\n<headers>\r\n\r\n<body>\r\n".
    kept = [part for part in parts[1:-1] if _part_name(part) not in CREDENTIAL_FIELDS]
    added = [
        f'\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    return delimiter + delimiter.join([*added, *kept]) + delimiter + parts[-1]


def _part_name(part: bytes) -> str | None:
    head = part.split(b"\r\n\r\n", 1)[0]
    found = re.search(rb'name="([^"]*)"', head)
    return found.group(1).decode("utf-8", "replace") if found else None


def envelope_error(response: httpx.Response, operation: str) -> ErrorItem | None:
    """The error BILL reported in the envelope, or None on success; UnexpectedResponse for anything else.

    BILL v2 answers 200 to everything it understood, errors included; only an unknown endpoint gets a 404.
    """
    status = response.status_code
    if status not in (200, 404):
        raise UnexpectedResponse("BILL v2 does not answer with this status", operation=operation, status=status)
    try:
        body: Any = json.loads(response.content)
    except ValueError as exc:
        raise UnexpectedResponse("the answer is not JSON", operation=operation, status=status) from exc
    if not isinstance(body, Mapping) or body.get("response_status") not in (0, 1) or "response_data" not in body:
        raise UnexpectedResponse("the answer is not BILL's v2 envelope", operation=operation, status=status)
    if body["response_status"] == 0:
        if status != 200:
            raise UnexpectedResponse("a success envelope with an error status", operation=operation, status=status)
        return None
    data = body["response_data"]
    code = data.get("error_code") if isinstance(data, Mapping) else None
    message = data.get("error_message") if isinstance(data, Mapping) else None
    if not isinstance(code, str) or not isinstance(message, str):
        raise UnexpectedResponse(
            "an error envelope without error_code and error_message", operation=operation, status=status
        )
    return ErrorItem(code=code, message=message, severity=None, category=None, timestamp=None)


def raise_for_envelope(response: httpx.Response, operation: str, redactor: Redactor) -> None:
    """Raise the typed error (the same family as v3's, chosen by BDC code) for an error envelope."""
    raise_for_error(envelope_error(response, operation), response, operation, redactor)


def raise_for_error(error: ErrorItem | None, response: httpx.Response, operation: str, redactor: Redactor) -> None:
    """Raise the typed error for an envelope's error already read (nothing for None), its message scrubbed."""
    if error is None:
        return
    scrubbed = ErrorItem(error.code, redactor.scrub(error.message), None, None, None)
    raise error_class(response.status_code, error.code)(
        operation=operation, status=response.status_code, errors=[scrubbed]
    )
