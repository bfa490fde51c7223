"""Frozen build and MSI sizes, and the start time of the frozen app against the same command run from the venv.

Run: python -m bench.bench_installer [--rebuild] [--runs N] [--out FILE]

The frozen folder is build/installer/dist/commune-office (built first when missing or with --rebuild, and the
build timed); the MSI is packed from it with wixl when wixl is installed. Each start command runs once right after
the other side's (so neither profits alone from a warm disk cache), `runs` times; the first run of each is
reported apart. The desktop app runs offscreen against a seed-demo server on loopback (`--quit-after-sync`).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

from bench.out_option import add_out_option, out_file, print_lines

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "Demo@2025"  # what seed-demo gives every account; the bench's own profile uses it too
DEMO_USER = "xa01.clerk"


def _load(name: str) -> ModuleType:
    # installer/ is a folder of scripts, not a package.
    spec = importlib.util.spec_from_file_location(f"installer_{name}", ROOT / "installer" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(label: str, times: dict[str, list[float]], runs: int) -> list[tuple[str, str, str, str]]:
    cold = times["frozen"][0], times["venv"][0]
    warm = statistics.median(times["frozen"][1:]), statistics.median(times["venv"][1:])
    return [(f"{label}, {name}", f"{frozen * 1000:,.0f} ms", f"{venv * 1000:,.0f} ms", f"{frozen / venv:.2f}")
            for name, (frozen, venv) in (("first run", cold), (f"median of {runs - 1}", warm))]


def _time(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    """Print sizes and start times as a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rebuild", action="store_true", help="freeze again even if the folder exists")
    parser.add_argument("--runs", type=int, default=10)
    add_out_option(parser, "the table")
    args = parser.parse_args(argv)
    args.out = out_file(parser, args)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    build = _load("build")
    figures: list[tuple[str, str, str, str]] = []

    folder: Path = build.DIST
    if args.rebuild or not (folder / build.LAUNCHERS[0]).is_file():
        started = time.monotonic()
        build.freeze()
        figures.append(("PyInstaller build (translations + freeze)", f"{time.monotonic() - started:.0f} s", "", ""))
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    figures.append(("frozen folder", f"{build.folder_size(folder) / 2**20:.0f} MiB", f"{len(files)} files", ""))
    if shutil.which("wixl"):
        with tempfile.TemporaryDirectory() as scratch:
            started = time.monotonic()
            msi = build.build_msi(folder, Path(scratch) / "bench.msi", toolset="wixl")
            figures.append(("MSI (wixl, MSZIP cabinet)", f"{msi.stat().st_size / 2**20:.0f} MiB",
                            f"built in {time.monotonic() - started:.0f} s", ""))

    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "COMMUNE_OFFICE_HOME": home, "COMMUNE_OFFICE_PASSWORD": PASSWORD,
               "COMMUNE_OFFICE_MACHINE_CONFIG": str(Path(home) / "none.ini")}
        venv = [sys.executable, "-m", "client.cli"]
        subprocess.run([*venv, "profile", "create", "-u", "bench", "--unit-code", "XA", "--unit-name", "Xã"],
                       env=env, cwd=ROOT, check=True, capture_output=True)
        cli = str(folder / build.LAUNCHERS[0])
        gui = str(folder / build.LAUNCHERS[1])
        with _load("smoke").demo_server(Path(home)) as base:
            subprocess.run([*venv, "signin", "--server", base, "-u", DEMO_USER], env=env, cwd=ROOT, check=True,
                           capture_output=True)
            env["QT_QPA_PLATFORM"] = "offscreen"
            app = ["--home", home, "--settings", str(Path(home) / "gui.ini"), "-u", DEMO_USER, "--quit-after-sync"]
            commands = (
                ("`--help` (imports the whole command line)", [cli, "--help"], [*venv, "--help"]),
                ("`status --json` (opens the encrypted cache)", [cli, "status", "-u", "bench", "--json"],
                 [*venv, "status", "-u", "bench", "--json"]),
                ("desktop app: start, sign in, window, one sync, quit", [gui, *app], [*venv, "gui", *app]),
            )
            for label, frozen_command, venv_command in commands:
                times: dict[str, list[float]] = {"frozen": [], "venv": []}
                for _ in range(args.runs):
                    times["frozen"].append(_time(frozen_command, env))
                    times["venv"].append(_time(venv_command, env))
                figures += _rows(label, times, args.runs)

    print_lines(["| measure | frozen | venv (python -m client.cli) | frozen / venv |", "|---|---:|---:|---:|",
                 *("| " + " | ".join(row) + " |" for row in figures)], args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
