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
