"""One module per API area (vendors and bills, invoices, classifications, ...), each registering its handlers.

Importing this package imports every module in it, so a new area is a new file and nothing else: its
tables live in a dataclass reached through `Store.area()`, its handlers register with `handles()`.
"""

from __future__ import annotations

import importlib
import pkgutil

__all__ = ["load_all"]


def load_all() -> list[str]:
    """Imports every area module (once); returns their names, for the app's start-up log and tests."""
    names = sorted(info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_"))
    for name in names:
        importlib.import_module(f"{__name__}.{name}")
    return names
