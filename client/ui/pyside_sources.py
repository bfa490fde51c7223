"""PySide6 looks at the source of every module imported after it; look without keeping every source line in memory.

PySide6's feature hook (`shibokensupport.feature`, PYSIDE-2029) asks of each module imported after Qt whether its
source mentions "PySide6", through `inspect.getsource`. That reads the file through `linecache`, which keeps every
line of it for good: at the app's first list, 533 files and about 250,000 lines, some 20 MiB of Python strings (11
MiB resident) in a 153 MiB process run from source (issue 17). PySide6 still answers its question its own way; the
lines it read are dropped right after. A frozen build ships no sources (the hook's answer is then "no" and nothing
is kept), so this matters wherever the app runs from source or a pip install: developers, the tests,
bench/bench_gui.py.
"""

from __future__ import annotations

import linecache
import os
import sys
from collections.abc import Callable
from types import ModuleType

_installed: list[Callable[[ModuleType], bool]] = []


def read_sources_without_keeping() -> None:
    """Let PySide6's hook keep no source lines, and drop those it kept of modules imported before this ran."""
    import PySide6  # noqa: F401 - creates the feature hook this wraps

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or original in _installed:
        return  # another PySide6 than the one this was written for, or already done: leave it as it is

    def uses_pyside(module: ModuleType) -> bool:
        # PySide6's own answer, so that its choice of features per module stays exactly what it was; then the
        # lines it read are let go.
        answer = bool(original(module))
        path = getattr(module, "__file__", None)
        if isinstance(path, str):
            linecache.cache.pop(path, None)
        return answer

    _installed.append(uses_pyside)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    # A file still on disk is read again if a traceback ever needs its lines; entries of code with no file stay.
    for name, entry in list(linecache.cache.items()):
        if len(entry) == 4 and os.path.isfile(name):
            linecache.cache.pop(name, None)
