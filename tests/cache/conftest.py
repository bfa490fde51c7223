"""Shared fixtures of the cache suite: real profiles on disk, real PDFs, real child processes, a real small disk."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from client.cache.keys import KdfParams
from client.cache.profile import OpenProfile, Profiles, UnitInfo
from client.cache.records import DocumentRecord
from client.cache.textfold import sort_key
from sync.protocol.domain import UnitLevel
from tests.pdfs import write_pdf

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "Mật khẩu xã 2025"
COMMUNE = UnitInfo("unit-hoa-binh", "XHB", "Đảng ủy xã Hòa Bình", UnitLevel.COMMUNE)
PROVINCE = UnitInfo("unit-tinh", "TUY", "Tỉnh ủy", UnitLevel.PROVINCE)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cache_at(profiles: Profiles, revision: str) -> tuple[Engine, Path, bytes]:
    """A new profile "lan.nt" whose cache stands at an old migration `revision`, as a PC that last ran an older
    release has it: its engine (the caller writes the old rows, then disposes of it), its folder and data key.
    Opening the profile afterwards migrates it the way a user's start does."""
    from alembic import command

    from client.cache.database import _alembic, create_encrypted_engine
    from client.cache.keys import unwrap_key
    from client.cache.profile import DATABASE_FILE

    created = profiles.create("lan.nt", PASSWORD, COMMUNE)
    folder, info = created.folder, created.info
    created.close()
    data_key = unwrap_key(info.wrapped_key, PASSWORD, info.profile_id)
    (folder / DATABASE_FILE).unlink()
    engine = create_encrypted_engine(folder / DATABASE_FILE, data_key)
    config, _head = _alembic()
    with engine.execution_options(write=True).begin() as connection:
        config.attributes["connection"] = connection
        try:
            command.upgrade(config, revision)
        finally:
            config.attributes.pop("connection", None)
    return engine, folder, data_key


def document(**fields: object) -> DocumentRecord:
    """A valid incoming document; keyword arguments override its fields."""
    values: dict[str, object] = {"kind": "incoming", "doc_type": "Công văn", "summary": "Về việc tổ chức họp"}
    values.update(fields)
    return DocumentRecord.model_validate(values)


def in_list_order(rows: list[dict[str, Any]], order_by: str, descending: bool) -> list[dict[str, Any]]:
    """The rows as a list shows them, worked out in Python: by the sort's value (Vietnamese text by `sort_key`), ties
    by row in the same direction, and the blank values (None, or text of white space alone) last either way."""
    def value(row: dict[str, Any]) -> Any:
        return sort_key(row[order_by]) if order_by in ("summary", "issuing_body") else row[order_by]

    def is_blank(row: dict[str, Any]) -> bool:
        return row[order_by] is None or (isinstance(row[order_by], str) and not row[order_by].strip())

    valued = sorted((r for r in rows if not is_blank(r)), key=lambda r: (value(r), r["rid"]), reverse=descending)
    # the blank ones in their index order: NULL, then the blank texts by their key (descending: the other way)
    blanks = sorted((r for r in rows if is_blank(r)),
                    key=lambda r: (0, r["rid"]) if value(r) is None else (1, value(r), r["rid"]), reverse=descending)
    return valued + blanks


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "profiles"


@pytest.fixture
def profiles(home: Path) -> Profiles:
    """Profiles with weak, fast Argon2 parameters: every other part (SQLCipher, vault, lock) is the real one."""
    return Profiles(home, kdf=KdfParams.fast_for_tests())


@pytest.fixture
def opened(profiles: Profiles) -> Iterator[OpenProfile]:
    """A commune clerk's freshly created profile, open for writing."""
    profile = profiles.create("lan.nt", PASSWORD, COMMUNE, display_name="Nguyễn Thị Lan")
    try:
        yield profile
    finally:
        profile.close()


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    """Write a real PDF whose text layer holds the given lines (Vietnamese needs a Unicode font)."""
    folder = tmp_path / "pdfs"
    folder.mkdir()

    def make(name: str, *lines: str) -> Path:
        return write_pdf(folder / name, *lines)

    return make


def child_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a child process: this checkout importable, the test's profile folder, no real keyring."""
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(REPO),
        COMMUNE_OFFICE_HOME=str(home),
        PYTHON_KEYRING_BACKEND=os.environ.get("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring"),
        PYTHONUTF8="1",
    )
    env.pop("COMMUNE_OFFICE_PASSWORD", None)
    env.update(extra)
    return env


def run_cli(
    home: Path,
    *args: str,
    password: str | None = PASSWORD,
    stdin: str | None = None,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the real `commune-office` command in a child process."""
    extra = dict(env or {})
    if password is not None:
        extra["COMMUNE_OFFICE_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "client.cli", *args],
        env=child_env(home, **extra),
        cwd=REPO,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """Mount real, tiny tmpfs file systems (root only); each is unmounted at the end whatever happens."""
    mounted: list[Path] = []

    def mount(size: str) -> Path:
        if os.name != "posix" or os.geteuid() != 0:
            pytest.skip("mounting a small tmpfs needs root")
        target = tmp_path / f"disk{len(mounted)}"
        target.mkdir()
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target)], capture_output=True, text=True
        )
        if result.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip() or result.returncode}")
        mounted.append(target)
        return target

    try:
        yield mount
    finally:
        for target in reversed(mounted):
            if subprocess.run(["umount", str(target)], capture_output=True).returncode != 0:
                subprocess.run(["umount", "-l", str(target)], capture_output=True)
