"""Errors of signing and of the trust configuration, each with a code and values for the GUI to word."""

from __future__ import annotations

from typing import Any


class SignatureError(Exception):
    """A signing or configuration failure; str() is plain English for the command line."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params
