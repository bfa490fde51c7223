"""PySide6 looks at the source of every module imported after it; look without keeping every source line in memory.

PySide6's feature hook (`shibokensupport.feature`, PYSIDE-2029) asks of each module imported after Qt whether its
source mentions "PySide6", through `inspect.getsource`. That reads the file through `linecache`, which keeps every
line of it for good: at the app's first list, 533 files and about 250,000 lines, some 20 MiB of a 170 MiB process
run from source (issue 17). The question is answered here from the file's bytes, read and let go. A frozen build
ships no sources (the hook's own answer is then "no" and nothing is kept), so this matters wherever the app runs from
source or a pip install: developers, the tests, bench/bench_gui.py.
"""

from __future__ import annotations

import linecache
import os
import sys
from collections.abc import Callable
from types import ModuleType

_installed: list[Callable[[ModuleType], bool]] = []


def read_sources_without_keeping() -> None:
    """Answer PySide6's question from the file's bytes, and drop the lines it kept of modules imported before."""
    import PySide6  # noqa: F401 - creates the feature hook this replaces

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or original in _installed:
        return  # another PySide6 than the one this was written for, or already done: leave it as it is

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    _installed.append(uses_pyside)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    # A file still on disk is read again if a traceback ever needs its lines; entries of code with no file stay.
    for name, entry in list(linecache.cache.items()):
        if len(entry) == 4 and os.path.isfile(name):
            linecache.cache.pop(name, None)
