"""The dependency rules of docs/architecture.md, checked on every import statement of the code (with `ast`).

client/ui, client/cli -> client/office -> {client/cache, client/signatures, client/updates, sync/engine}
-> sync/protocol <- server.
A rule broken here is a seam broken in the product: a screen that runs SQL, a core that needs a screen, a client
that needs the server's code.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
QT = ("PySide6", "shiboken6")


def imports_of(path: Path) -> Iterator[tuple[int, str]]:
    """Every module an import statement in the file names (absolute; relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = ".".join(path.relative_to(REPO).with_suffix("").parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            yield node.lineno, module
            for alias in node.names:  # `from client import cache` names the module client.cache
                yield node.lineno, f"{module}.{alias.name}"


def files_under(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (REPO / folder).rglob("*.py"))


def names(module: str, *prefixes: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def broken(folders: tuple[str, ...], forbidden: tuple[str, ...], allowed: tuple[str, ...] = ()) -> list[str]:
    found = []
    for path in files_under(*folders):
        for line, module in imports_of(path):
            if names(module, *forbidden) and not names(module, *allowed):
                found.append(f"{path.relative_to(REPO)}:{line} imports {module}")
    return found


RULES = [
    pytest.param(("client/cache", "client/office", "client/signatures", "client/updates", "client/ocr", "sync"), QT, (),
                 id="no Qt in the core"),
    pytest.param(("client/updates",), ("client.cache", "client.office", "client.ui", "client.cli",
                                       "client.signatures"), (),
                 id="the updater sits beside the cache and knows only the channel, the transport and files"),
    pytest.param(("client/signatures",), ("sync.engine", "client.cache", "client.office", "client.ui", "client.cli"),
                 (), id="signatures sit beside the cache and know only files, certificates and tokens"),
    pytest.param(("client/ocr",), ("sync.engine", "client.cache", "client.office", "client.signatures", "client.ui",
                                   "client.cli"), (),
                 id="OCR sits beside the cache and knows only files and pictures"),
    pytest.param(("sync",), ("client",), (), id="sync never imports the client"),
    pytest.param(("server",), ("client", "sync"), ("sync.protocol",), id="the server shares only sync.protocol"),
    pytest.param(("client",), ("server",), (), id="the client never imports the server"),
    pytest.param(("client/ui", "client/cli"), ("client.cache", "sqlalchemy", "sync.engine", "client.models",
                                                "client.signatures", "client.updates", "tuf", "client.ocr"), (),
                 id="screens and commands reach the core only through client.office"),
    pytest.param(("sync/protocol",), ("sync.engine", "sqlalchemy", "requests"), (),
                 id="the protocol is pure vocabulary"),
]


@pytest.mark.parametrize(("folders", "forbidden", "allowed"), RULES)
def test_dependency_rule(folders: tuple[str, ...], forbidden: tuple[str, ...], allowed: tuple[str, ...]) -> None:
    assert broken(folders, forbidden, allowed) == []


def test_the_checker_sees_a_broken_rule(tmp_path: Path) -> None:
    # The walk must find imports inside functions and `from x import y` forms, or every rule above passes vacuously.
    sample = REPO / "client" / "ui" / "_architecture_probe.py"
    sample.write_text("def f():\n    from client.cache import store\n    import sqlalchemy.orm\n", encoding="utf-8")
    try:
        found = broken(("client/ui",), ("client.cache", "sqlalchemy"))
    finally:
        sample.unlink()
    assert found == ["client/ui/_architecture_probe.py:2 imports client.cache",
                     "client/ui/_architecture_probe.py:2 imports client.cache.store",
                     "client/ui/_architecture_probe.py:3 imports sqlalchemy.orm"]


def test_no_module_needs_a_posix_only_library() -> None:
    # Users are on Windows: nothing the app or its tests import may need pwd, fcntl, grp or resource at import.
    posix_only = ("pwd", "fcntl", "grp", "resource")
    top_level = []
    for path in files_under("client", "sync"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # module level only: a guarded import inside a function is a choice, not a crash
            if isinstance(node, ast.Import | ast.ImportFrom):
                for _line, module in imports_of_node(node):
                    if names(module, *posix_only):
                        top_level.append(f"{path.relative_to(REPO)} imports {module}")
    assert top_level == []


def imports_of_node(node: ast.Import | ast.ImportFrom) -> Iterator[tuple[int, str]]:
    if isinstance(node, ast.Import):
        for alias in node.names:
            yield node.lineno, alias.name
    elif node.module:
        yield node.lineno, node.module
