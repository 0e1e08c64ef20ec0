"""BILL-shaped identifiers from a seeded generator, so a reset hands out the same ids again."""

from __future__ import annotations

import random
import string

__all__ = ["ALPHANUMERIC", "PREFIX_ORGANIZATION", "PREFIX_ROLE", "PREFIX_USER", "IdFactory"]

ALPHANUMERIC = string.digits + string.ascii_uppercase + string.ascii_lowercase

PREFIX_ORGANIZATION = "008"
PREFIX_USER = "006"
PREFIX_ROLE = "0po"


class IdFactory:
    """Object ids (prefix + "02" + 15 alphanumerics) and opaque secrets, each from its own stream.

    Two streams keep object ids independent of how many sessions were opened in between.
    """

    def __init__(self, seed: int) -> None:
        self._objects = random.Random(seed)  # noqa: S311 - reproducible on purpose, not a secret source
        self._secrets = random.Random(seed ^ 0x5EC2E7)  # noqa: S311 - the mock's secrets are test data
        self._issued: set[str] = set()

    def object_id(self, prefix: str) -> str:
        """A fresh 20-character id such as 00602ABCDEFGHIJKLMNO."""
        if len(prefix) != 3:
            raise ValueError(f"BILL id prefixes have 3 characters, not {prefix!r}")
        while True:
            candidate = prefix + "02" + "".join(self._objects.choices(ALPHANUMERIC, k=15))
            if candidate not in self._issued:
                self._issued.add(candidate)
                return candidate

    def secret(self, length: int = 32) -> str:
        """An opaque token: session ids, MFA setup and challenge ids, remember-me ids."""
        return "".join(self._secrets.choices(ALPHANUMERIC, k=length))
