"""Narrowing the generated functions' return unions to the success model."""

from __future__ import annotations

from typing import TypeVar

from .errors import UnexpectedResponse

T = TypeVar("T")


def expect(answer: object, kind: type[T], operation: str | None = None) -> T:
    """`answer` as a `kind`, for a generated `sync()`/`asyncio()` result.

    Generated functions return `Model | list[ErrorDetail] | None`. Through a session, error answers are
    raised before parsing, so anything but the model means the server broke the contract.
    """
    if not isinstance(answer, kind):
        raise UnexpectedResponse(
            f"expected a {kind.__name__}, got {type(answer).__name__}",
            operation=operation or kind.__name__,
            status=200,
        )
    return answer
