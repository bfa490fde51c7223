"""Fixtures every layer uses: no test touches the real user's keyring or profile folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import keyrings.alt.file
import pytest


@pytest.fixture(autouse=True)
def no_keyring_by_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Start every test with no keyring (as on a locked-down PC) and a private profile folder."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("COMMUNE_OFFICE_HOME", str(tmp_path / "profiles"))
    monkeypatch.delenv("COMMUNE_OFFICE_PASSWORD", raising=False)
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A real keyring backend (keyrings.alt's file keyring) chosen explicitly, with its file in tmp_path.

    Child processes started by the test get the same backend through PYTHON_KEYRING_BACKEND and XDG_DATA_HOME.
    """
    data_home = tmp_path / "xdg-data"
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    backend = keyrings.alt.file.PlaintextKeyring()
    # file_path is a non-data property: an instance attribute overrides the per-user default location.
    backend.file_path = str(data_home / "python_keyring" / "keyring_pass.cfg")  # type: ignore[misc]
    keyring.set_keyring(backend)
    return Path(backend.file_path)


@pytest.fixture
def search_children(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """A snapshot's search index child (client/cache/search_builder.py) started from 10 stored documents instead of
    20,000; the list holds each `SearchBuilder` started, to look at after the sync."""
    from client.cache import search_builder

    builders: list[search_builder.SearchBuilder] = []
    start = search_builder.SearchBuilder.start.__func__  # type: ignore[attr-defined]

    def watched(cls: type[search_builder.SearchBuilder], *args: Any) -> search_builder.SearchBuilder:
        builders.append(start(cls, *args))
        return builders[-1]

    monkeypatch.setattr(search_builder, "START_AT", 10)
    monkeypatch.setattr(search_builder.SearchBuilder, "start", classmethod(watched))
    yield builders
