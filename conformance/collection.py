"""Reading a Postman collection (format v2.1): the requests of the folders in scope, what each one's examples
document, which variables it uses and which its test script sets.

Only the parts the conformance run needs are read; the collection itself is never changed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "Collection",
    "CollectionError",
    "Request",
    "load",
    "referenced_variables",
    "script_text",
    "variables_set_by",
]

SEPARATOR = "/"
"""Joins folder and request names into a key such as "AP & AR/vendors/Create a vendor"."""

_VARIABLE = re.compile(r"\{\{\s*([^{}\s]+)\s*\}\}")
_ENVIRONMENT_SET = re.compile(r"""\bpm\.environment\.set\(\s*(["'])([^"']+)\1""")


class CollectionError(ValueError):
    """The file is not a Postman collection this runner can read; the message says what is wrong."""


@dataclass(frozen=True, slots=True)
class Request:
    """One request of the collection, with what the conformance report needs to know about it."""

    key: str
    """Folder names and the request name joined by '/', unique within the collection."""
    method: str
    url: str
    """The URL as the collection writes it, variables unresolved."""
    documented: frozenset[int]
    """The status codes of the request's example responses."""
    references: frozenset[str]
    """The {{variables}} the request sends (URL, enabled query parameters and headers, body)."""
    sets: tuple[str, ...]
    """The variables its test script sets with pm.environment.set, in script order."""
    item: Mapping[str, Any] = field(repr=False, compare=False)
    """The Postman item, with the events and auth it inherits from its folders added."""

    @property
    def folder(self) -> str:
        return self.key.rpartition(SEPARATOR)[0]

    @property
    def name(self) -> str:
        return self.key.rpartition(SEPARATOR)[2]


@dataclass(frozen=True, slots=True)
class Collection:
    """The collection's top-level settings and its requests in collection order."""

    info: Mapping[str, Any]
    settings: Mapping[str, Any]
    """Collection-level `event`, `auth` and `variable`, carried over to the run's copy."""
    requests: tuple[Request, ...]

    def in_folders(self, folders: Iterable[str]) -> list[Request]:
        """The requests under the given top-level folders, in collection order."""
        wanted = set(folders)
        return [request for request in self.requests if request.key.split(SEPARATOR, 1)[0] in wanted]

    def top_level_folders(self) -> list[str]:
        return list(dict.fromkeys(request.key.split(SEPARATOR, 1)[0] for request in self.requests))


def load(path: Path) -> Collection:
    """Parses the collection file; a file that is not one raises CollectionError naming the file."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise CollectionError(f"{path}: cannot read a JSON collection: {exc}") from exc
    if not isinstance(document, dict) or not isinstance(document.get("item"), list):
        raise CollectionError(f"{path}: not a Postman collection (no top-level 'item' list)")
    settings = {key: document[key] for key in ("event", "auth", "variable") if key in document}
    requests = tuple(_requests(document["item"], (), events=(), auth=None))
    return Collection(info=dict(document.get("info") or {}), settings=settings, requests=requests)


def _requests(items: Sequence[Any], folders: tuple[str, ...], events: tuple[Any, ...], auth: Any) -> Iterator[Request]:
    """Walks folder -> subfolder -> request; folder events run before the request's own, as in Postman."""
    seen: dict[str, int] = {}
    for item in items:
        if not isinstance(item, dict):
            continue
        name = str(item.get("name", ""))
        inherited_events = (*events, *(item.get("event") or ()))
        inherited_auth = item.get("auth", auth)
        if isinstance(item.get("item"), list):
            yield from _requests(item["item"], (*folders, name), inherited_events, inherited_auth)
            continue
        request = item.get("request")
        if not isinstance(request, dict):
            continue
        seen[name] = seen.get(name, 0) + 1
        label = name if seen[name] == 1 else f"{name} #{seen[name]}"
        full_item = {**item, "event": list(inherited_events)}
        if inherited_auth is not None and "auth" not in request:
            full_item["request"] = {**request, "auth": inherited_auth}
        yield Request(
            key=SEPARATOR.join((*folders, label)),
            method=str(request.get("method", "GET")).upper(),
            url=_raw_url(request.get("url")),
            documented=frozenset(
                example["code"]
                for example in item.get("response") or ()
                if isinstance(example, dict) and isinstance(example.get("code"), int)
            ),
            references=frozenset(referenced_variables(request)),
            sets=variables_set_by(script_text(full_item, "test")),
            item=full_item,
        )


def _raw_url(url: Any) -> str:
    if isinstance(url, str):
        return url
    if isinstance(url, dict):
        return str(url.get("raw", ""))
    return ""


def referenced_variables(node: Any) -> set[str]:
    """Every {{name}} in the strings of a request, skipping disabled parameters and headers and descriptions.

    Postman's dynamic variables ({{$guid}} and the like) are its own, so they are left out.
    """
    found: set[str] = set()
    if isinstance(node, str):
        found.update(name for name in _VARIABLE.findall(node) if not name.startswith("$"))
    elif isinstance(node, list):
        for element in node:
            found |= referenced_variables(element)
    elif isinstance(node, dict) and node.get("disabled") is not True:
        for key, value in node.items():
            if key != "description":
                found |= referenced_variables(value)
    return found


def script_text(item: Mapping[str, Any], listen: str) -> str:
    """The source of an item's scripts for one event ("test" or "prerequest"), joined in run order."""
    parts: list[str] = []
    for event in item.get("event") or ():
        if not isinstance(event, dict) or event.get("listen") != listen:
            continue
        source = (event.get("script") or {}).get("exec", "")
        parts.append("\n".join(source) if isinstance(source, list) else str(source))
    return "\n".join(parts)


def variables_set_by(script: str) -> tuple[str, ...]:
    """The names a script passes to pm.environment.set as string literals, first occurrence first."""
    return tuple(dict.fromkeys(match.group(2) for match in _ENVIRONMENT_SET.finditer(script)))
