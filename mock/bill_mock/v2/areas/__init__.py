"""v2's API areas, one module each, registering their handlers with handles_v2 or register_entity.

Importing this package's load_all imports every module in it, as v3's areas do: a new area is a new file.
"""

from __future__ import annotations

import importlib
import pkgutil

__all__ = ["load_all"]


def load_all() -> list[str]:
    """Imports every v2 area module (once); returns their names, for the app's start-up log and tests."""
    names = sorted(info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_"))
    for name in names:
        importlib.import_module(f"{__name__}.{name}")
    return names
