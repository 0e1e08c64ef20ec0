"""Keeping credentials out of reprs, logs and exception messages."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

MASK: Final = "***"
_MIN_SCRUB_LENGTH: Final = 4  # shorter values would mask innocent text


class Secret:
    """A credential that shows itself only when asked to by name."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str) or not value:
            raise ValueError("a credential must be a non-empty string")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({MASK!r})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> str:
        raise TypeError("credentials are not picklable")


class Redactor:
    """Replaces every known secret value in a text with a mask."""

    def __init__(self, secrets: Iterable[Secret | str | None] = ()) -> None:
        self._values: set[str] = set()
        self.add(*secrets)

    def add(self, *secrets: Secret | str | None) -> None:
        for secret in secrets:
            value = secret.reveal() if isinstance(secret, Secret) else secret
            if value and len(value) >= _MIN_SCRUB_LENGTH:
                self._values.add(value)

    def scrub(self, text: str) -> str:
        for value in sorted(self._values, key=len, reverse=True):
            text = text.replace(value, MASK)
        return text
