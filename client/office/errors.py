"""Errors of the office layer: a code and its values, never a sentence the screens must show as it is.

The GUI words a code with `tr()` (client/ui/error_text.py); the command line prints `str(error)`, plain English.
Errors raised below this layer (cache, engine) carry a code too (their class's `code`), so that `problem_of`
turns any of them into the same shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class OfficeError(Exception):
    """An action or query that cannot be done; `code` names the case, `params` its values."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


class NotBoundError(OfficeError):
    """The profile never signed in online: it has no server to sync with."""

    def __init__(self) -> None:
        super().__init__("not_bound", "this profile is not bound to a server: sign in online first "
                                      "(signin --server URL)")


@dataclass(frozen=True)
class Problem:
    """An error as the screens receive it: a code, its values, and the English text for logs and the CLI."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    text: str = ""


def problem_of(error: BaseException) -> Problem:
    """The code and values of any error the core raises; unknown errors become "unexpected" with their text."""
    code = getattr(error, "code", None)
    params = dict(getattr(error, "params", None) or {})
    if not isinstance(code, str):
        code = "unexpected"
    return Problem(code, params, str(error))
