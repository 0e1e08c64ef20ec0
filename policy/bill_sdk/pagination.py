"""Every item of a v3 list, page after page, sync or async.

    for vendor in paginate(list_vendors.sync, client=bill.client, filters='name:sw:"Acme"', sort="name:asc"):
        ...

BILL pages with opaque tokens: each answer carries `nextPage` until the last one. The paginator follows
them, keeps only the current page in memory, stops if BILL hands back a token it already followed (a
server loop would otherwise never end), and exposes `checkpoint`: the token of the page being read, to
save and pass back as `page=` to resume later (at worst that page's items are seen again).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, Protocol, TypeVar

from bill_v3.models import ErrorDetail
from bill_v3.types import UNSET, Unset

from .errors import UnexpectedResponse

__all__ = ["AsyncPaginator", "Page", "Paginator", "apaginate", "paginate"]

logger = logging.getLogger("bill_sdk")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

MAX_PAGE_SIZE = 100
"""BILL's largest page; fewer round trips than its default of 20."""
REMEMBERED_TOKENS = 256
"""How many recent tokens are kept to spot a loop; bounded so memory never grows with the list."""


class Page(Protocol[T_co]):
    """What every generated list answer looks like."""

    @property
    def results(self) -> Sequence[T_co] | Unset: ...

    @property
    def next_page(self) -> str | Unset: ...


class _Cursor:
    """The paging state both twins share: the page being read, the next token, recent tokens."""

    def __init__(self, operation: str, page: str | None, max_: int, params: dict[str, Any]) -> None:
        if not 1 <= max_ <= MAX_PAGE_SIZE:
            raise ValueError(f"max_ must be between 1 and {MAX_PAGE_SIZE}, not {max_}")
        self.operation = operation
        self.current = page
        """Token of the page being read; None is the first page."""
        self.pages_read = 0
        self.done = False
        self._next: str | None = None
        self._max = max_
        self._params = {name: value for name, value in params.items() if value is not None}
        self._recent: deque[str] = deque(maxlen=REMEMBERED_TOKENS)
        self._recent_set: set[str] = set()
        if page is not None:
            self._remember(page)

    def arguments(self) -> dict[str, Any]:
        arguments = {**self._params, "max_": self._max}
        if self.current is not None:
            arguments["page"] = self.current
        return arguments

    def read(self, answer: object) -> Sequence[Any]:
        """The items of one answer; notes where the next page is."""
        if answer is None or isinstance(answer, list) or not hasattr(answer, "results"):
            raise UnexpectedResponse("the answer is not a list page", operation=self.operation, status=200)
        self.pages_read += 1
        next_page = getattr(answer, "next_page", UNSET)
        self._next = next_page if isinstance(next_page, str) and next_page else None
        if self._next is not None and self._next in self._recent_set:
            logger.warning("%s: BILL returned a page token already followed; stopping", self.operation)
            self._next = None
        results = answer.results
        return results if isinstance(results, list) else []

    def advance(self) -> None:
        """Move to the next page, or finish: BILL's last page has no nextPage."""
        if self._next is None:
            self.done = True
            return
        self._remember(self._next)
        self.current, self._next = self._next, None

    def _remember(self, token: str) -> None:
        if len(self._recent) == self._recent.maxlen:
            self._recent_set.discard(self._recent[0])
        self._recent.append(token)
        self._recent_set.add(token)


class Paginator(Generic[T]):
    """Iterates the items of a list operation, fetching one page at a time."""

    def __init__(self, fetch: Callable[..., Page[T] | list[ErrorDetail] | None], cursor: _Cursor) -> None:
        self._fetch = fetch
        self._cursor = cursor

    @property
    def checkpoint(self) -> str | None:
        """Pass this as `page=` to resume from the page being read (None: from the start)."""
        return self._cursor.current

    @property
    def done(self) -> bool:
        return self._cursor.done

    @property
    def pages_read(self) -> int:
        return self._cursor.pages_read

    def __iter__(self) -> Iterator[T]:
        cursor = self._cursor
        while not cursor.done:
            yield from cursor.read(self._fetch(**cursor.arguments()))
            cursor.advance()


class AsyncPaginator(Generic[T]):
    """The async twin of Paginator: `async for item in apaginate(list_vendors.asyncio, client=...)`."""

    def __init__(self, fetch: Callable[..., Awaitable[Page[T] | list[ErrorDetail] | None]], cursor: _Cursor) -> None:
        self._fetch = fetch
        self._cursor = cursor

    @property
    def checkpoint(self) -> str | None:
        return self._cursor.current

    @property
    def done(self) -> bool:
        return self._cursor.done

    @property
    def pages_read(self) -> int:
        return self._cursor.pages_read

    async def __aiter__(self) -> AsyncIterator[T]:
        cursor = self._cursor
        while not cursor.done:
            for item in cursor.read(await self._fetch(**cursor.arguments())):
                yield item
            cursor.advance()


def paginate(
    fetch: Callable[..., Page[T] | list[ErrorDetail] | None],
    *,
    page: str | None = None,
    max_: int = MAX_PAGE_SIZE,
    filters: str | None = None,
    sort: str | None = None,
    **params: Any,
) -> Paginator[T]:
    """Every item of the list operation `fetch` (a generated `.sync`), starting at token `page`.

    `params` go to every call unchanged (`client=` among them); `filters` and `sort` use BILL's syntax.
    """
    cursor = _Cursor(_name(fetch), page, max_, {**params, "filters": filters, "sort": sort})
    return Paginator(fetch, cursor)


def apaginate(
    fetch: Callable[..., Awaitable[Page[T] | list[ErrorDetail] | None]],
    *,
    page: str | None = None,
    max_: int = MAX_PAGE_SIZE,
    filters: str | None = None,
    sort: str | None = None,
    **params: Any,
) -> AsyncPaginator[T]:
    """The async twin of `paginate`, for a generated `.asyncio`."""
    cursor = _Cursor(_name(fetch), page, max_, {**params, "filters": filters, "sort": sort})
    return AsyncPaginator(fetch, cursor)


def _name(fetch: Callable[..., Any]) -> str:
    module = getattr(fetch, "__module__", "") or ""
    return module.rsplit(".", 1)[-1] or getattr(fetch, "__name__", "list")
