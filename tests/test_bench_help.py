"""Every benchmark answers `--help` with its usage, without measuring anything (and without a traceback)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = sorted(path.stem for path in (ROOT / "bench").glob("bench_*.py"))


def test_benchmarks_are_found() -> None:
    assert BENCHMARKS, f"no bench/bench_*.py under {ROOT}"


@pytest.mark.parametrize("name", BENCHMARKS)
def test_help(name: str) -> None:
    result = subprocess.run([sys.executable, "-m", f"bench.{name}", "--help"], cwd=ROOT, capture_output=True,
                            text=True, encoding="utf-8", errors="replace", timeout=120, check=False)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage:"), result.stdout


# What each benchmark needs besides `--out` to get as far as reading it (its required arguments).
_REQUIRED = {"bench_sync_ab": ["--base", "HEAD"]}


@pytest.mark.parametrize("name", BENCHMARKS)
def test_no_benchmark_writes_over_its_readme(name: str) -> None:
    """bench/README.md is written by hand: `--out bench/README.md` is a usage error, before anything is measured
    (bench_server rewrote it on every run; six benchmarks still took it as their file until session 11)."""
    readme = ROOT / "bench" / "README.md"
    before = readme.read_bytes()
    for command in ([], ["flood"]) if name == "bench_server" else ([],):
        result = subprocess.run([sys.executable, "-m", f"bench.{name}", *command, *_REQUIRED.get(name, []),
                                 "--out", str(readme)], cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                                errors="replace", timeout=120, check=False)
        assert result.returncode == 2, (result.stdout, result.stderr)
        assert "written by hand" in result.stderr, result.stderr
    assert readme.read_bytes() == before
