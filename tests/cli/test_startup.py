"""The command line starts at once (issue 17): what `--help` and `status` import, in fresh child processes.

Each command runs in a new interpreter, as a script or Task Scheduler starts it, and reports the modules it
imported (`sys.modules` after `main`). Speed itself is measured in bench/bench_startup.py, never asserted here.
"""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

import client.office
import sync.engine
from client.cache import schema_revision
from client.cache.database import create_encrypted_engine
from client.cache.keys import KdfParams, unwrap_key
from client.cache.profile import DATABASE_FILE, Profiles
from tests.cache.conftest import COMMUNE, PASSWORD, REPO, child_env

USER = "lan.nt"
MARK = "\nMODULES "
# Run the real main() and then say which modules it imported (on stderr, after whatever the command printed).
PROBE = f"""
import gc, json, sys
from client.cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as stop:
    code = stop.code
if not gc.isenabled():  # paused while the command's modules load; never left off for the work itself
    code = 99
sys.stderr.write({MARK!r} + json.dumps(sorted(sys.modules)) + "\\n")
sys.exit(code)
"""
# What no command that stays offline needs: the migration tool, the HTTP stack, PDF text, the write models, the
# writers of registers and reports, signing, the update channel, the GUI, other databases' dialects.
NEVER_OFFLINE = ("alembic", "requests", "urllib3", "pypdf", "pydantic", "fpdf", "openpyxl", "pyhanko", "pkcs11",
                 "tuf", "PySide6", "shiboken6", "sqlalchemy.dialects.postgresql", "sqlalchemy.dialects.mysql",
                 "sqlalchemy.dialects.mssql", "sqlalchemy.dialects.oracle", "sync.engine.transport",
                 "sync.engine.runner", "sync.engine.pull", "sync.engine.push", "sync.engine.attachments",
                 "sync.engine.inbound")


def run_probe(home: Path, *args: str, **env: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], env=child_env(home, **env), cwd=REPO,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    printed, _mark, modules = done.stderr.rpartition(MARK)
    assert modules, f"the probe did not finish: {done.stderr[-3000:]}"
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout, printed), set(json.loads(modules))


def loaded(modules: set[str], *names: str) -> list[str]:
    """The modules among `modules` that are one of `names` or inside one of them."""
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


@pytest.fixture
def profiles(tmp_path: Path) -> Profiles:
    return Profiles(tmp_path / "profiles", kdf=KdfParams.fast_for_tests())


def test_help_imports_neither_the_cache_nor_the_engine_nor_the_gui(tmp_path: Path) -> None:
    done, modules = run_probe(tmp_path / "profiles", "--help")

    assert done.returncode == 0, done.stderr
    assert "status" in done.stdout and "sync" in done.stdout  # the whole command list is still there
    assert loaded(modules, *NEVER_OFFLINE) == []
    # --help opens no profile: no SQLAlchemy at all, no key handling, no cache module but its errors
    assert loaded(modules, "sqlalchemy", "sqlcipher3", "keyring", "argon2", "cryptography") == []
    assert loaded(modules, "client.cache") == ["client.cache", "client.cache.errors"]
    assert loaded(modules, "sync.engine") == ["sync.engine", "sync.engine.errors"]


def test_status_with_stay_signed_in_takes_the_key_from_the_keyring_and_loads_no_online_part(
        profiles: Profiles, file_keyring: Path) -> None:
    profiles.create(USER, PASSWORD, COMMUNE, remember=True).close()

    done, modules = run_probe(profiles.home, "status", "-u", USER, "--json")  # no password given: the keyring

    assert done.returncode == 0, done.stderr
    status: dict[str, Any] = json.loads(done.stdout)
    assert status["online"] is None and status["pending_changes"] == 0
    assert loaded(modules, *NEVER_OFFLINE) == []
    assert "keyring" in modules and "sqlalchemy.dialects.sqlite" in modules


def test_status_under_a_cp1252_console_still_prints(profiles: Profiles) -> None:
    profiles.create(USER, PASSWORD, COMMUNE).close()

    done, modules = run_probe(profiles.home, "status", "-u", USER, COMMUNE_OFFICE_PASSWORD=PASSWORD,
                              PYTHONIOENCODING="cp1252", PYTHONUTF8="0")

    assert done.returncode == 0, done.stderr
    assert "change(s) waiting" in done.stdout
    assert loaded(modules, "alembic", "requests") == []


def _cache_one_revision_behind(profiles: Profiles) -> str:
    """A profile whose cache file was made by the previous schema revision (as an older version left it)."""
    created = profiles.create(USER, PASSWORD, COMMUNE)
    folder, info = created.folder, created.info
    created.close()
    (folder / DATABASE_FILE).unlink()
    config = Config()
    config.set_main_option("script_location", str(schema_revision.MIGRATIONS))
    scripts = ScriptDirectory.from_config(config)
    head = scripts.get_current_head()
    assert head is not None
    previous = scripts.get_revision(head).down_revision
    assert isinstance(previous, str)
    engine = create_encrypted_engine(folder / DATABASE_FILE, unwrap_key(info.wrapped_key, PASSWORD,
                                                                        info.profile_id))
    try:
        with engine.execution_options(write=True).begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, previous)
        with engine.connect() as connection:
            assert schema_revision.stored_revision(connection) == previous
    finally:
        engine.dispose()
    return head


def test_a_cache_behind_the_newest_schema_is_still_migrated_with_alembic(profiles: Profiles) -> None:
    head = _cache_one_revision_behind(profiles)

    # Opening for writing migrates (a read-only opening never changes the file).
    migrated, modules = run_probe(profiles.home, "signin", "-u", USER, "--json", COMMUNE_OFFICE_PASSWORD=PASSWORD)

    assert migrated.returncode == 0, migrated.stderr
    assert "alembic" in modules  # imported because an upgrade was needed
    with profiles.open(USER, PASSWORD, write=False) as opened, opened.engine.connect() as connection:
        assert schema_revision.stored_revision(connection) == head
    again, modules = run_probe(profiles.home, "signin", "-u", USER, "--json", COMMUNE_OFFICE_PASSWORD=PASSWORD)
    assert again.returncode == 0, again.stderr
    assert "alembic" not in modules  # and only then


# -- the pieces the quick path stands on -------------------------------------------------------------------------


def test_the_head_read_from_the_migration_files_is_alembics() -> None:
    config = Config()
    config.set_main_option("script_location", str(schema_revision.MIGRATIONS))
    assert schema_revision.head_revision() == ScriptDirectory.from_config(config).get_current_head()


def _versions(folder: Path, *files: tuple[str, str]) -> Path:
    (folder / "versions").mkdir(parents=True)
    for name, text in files:
        (folder / "versions" / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(("files", "head"), [
    pytest.param([("a.py", 'revision = "0001"\ndown_revision = None\n'),
                  ("b.py", 'revision: str = "0002"\ndown_revision: str | None = "0001"\n')], "0002",
                 id="a plain line of revisions, annotated or not"),
    pytest.param([("a.py", 'revision = "0001"\ndown_revision = None\n'),
                  ("b.py", 'revision = "0002"\ndown_revision = "0001"\n'),
                  ("c.py", 'revision = "0003"\ndown_revision = "0001"\n')], None, id="two heads"),
    pytest.param([("a.py", 'revision = "0001"\ndown_revision = None\n'),
                  ("m.py", 'revision = "0002"\ndown_revision = ("0001", "0000")\n')], None, id="a merge"),
    pytest.param([("a.py", 'revision = "0001"\ndown_revision = None\n'),
                  ("b.py", 'revision = "0002"\ndown_revision = "0009"\n')], None, id="a missing parent"),
    pytest.param([("a.py", 'revision = "0001"\ndown_revision = None\n'),
                  ("b.py", 'revision = make_id()\ndown_revision = "0001"\n')], None, id="an id it cannot read"),
])
def test_migration_files_it_cannot_read_plainly_give_no_head_so_alembic_decides(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: list[tuple[str, str]], head: str | None) -> None:
    monkeypatch.setattr(schema_revision, "MIGRATIONS", _versions(tmp_path / "migrations", *files))
    schema_revision.head_revision.cache_clear()
    try:
        assert schema_revision.head_revision() == head
    finally:
        schema_revision.head_revision.cache_clear()


@pytest.mark.parametrize("package", [client.office, sync.engine], ids=lambda p: p.__name__)
def test_each_lazily_exported_name_is_declared_once_for_type_checkers_and_is_its_homes(package: Any) -> None:
    source = Path(package.__file__).read_text(encoding="utf-8")
    declared: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            declared |= {alias.asname or alias.name for stmt in node.body if isinstance(stmt, ast.ImportFrom)
                         for alias in stmt.names}
    assert declared == set(package._HOMES) == set(package.__all__)
    for name, home in package._HOMES.items():
        module, attribute = home if isinstance(home, tuple) else (f"{package.__name__}.{home}", name)
        assert getattr(package, name) is getattr(importlib.import_module(module), attribute)
    with pytest.raises(AttributeError):
        package.no_such_name  # noqa: B018 (the attribute access is the test)
