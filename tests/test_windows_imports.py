"""Everything the Windows build freezes, and everything the test suite loads, imports without POSIX-only modules.

`pwd`, `fcntl`, `grp`, `resource` and `termios` do not exist on Windows. An import of one at module level stopped
`py devenv.py test` at conftest there (server/devcluster.py) and the Windows workflow's smoke step
(installer/smoke.py). This test runs a fresh interpreter in which those modules cannot be found, as on Windows, and
imports every module of our packages, the installer's scripts and the test suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PROBE = r'''
import importlib, importlib.abc, importlib.util, pkgutil, sys, warnings
from pathlib import Path

POSIX_ONLY = {"pwd", "fcntl", "grp", "resource", "termios"}


class AsOnWindows(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in POSIX_ONLY:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


for name in POSIX_ONLY:
    sys.modules.pop(name, None)
sys.meta_path.insert(0, AsOnWindows())
warnings.simplefilter("ignore")  # filelock says it falls back to a soft lock without fcntl; Windows has msvcrt
root = Path(sys.argv[1])
failed = []
for package in ("client", "sync", "server", "tests"):
    module = importlib.import_module(package)
    for info in pkgutil.walk_packages(module.__path__, package + "."):
        if ".migrations." in info.name or info.name.endswith("__main__"):
            continue  # migration scripts load through Alembic; __main__ runs the program
        try:
            importlib.import_module(info.name)
        except Exception as error:  # noqa: BLE001 - every failure is reported, not only the first
            failed.append(f"{info.name}: {error!r}")
for script in sorted((root / "installer").glob("*.py")):
    spec = importlib.util.spec_from_file_location(f"installer_{script.stem}", script)
    try:
        spec.loader.exec_module(importlib.util.module_from_spec(spec))
    except Exception as error:  # noqa: BLE001
        failed.append(f"installer/{script.name}: {error!r}")
print("\n".join(failed) or "all imported")
'''


def test_every_module_imports_without_posix_only_modules() -> None:
    result = subprocess.run([sys.executable, "-c", _PROBE, str(ROOT)], cwd=ROOT, capture_output=True, text=True,
                            timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "all imported", result.stdout

