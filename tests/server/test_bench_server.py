"""bench/bench_server.py: its help, and figures written where it is told, never over bench/README.md."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from server.devcluster import find_pg_binary

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "bench" / "README.md"


def _bench(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bench.bench_server", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


@pytest.mark.parametrize("args", [("--help",), ("flood", "--help")])
def test_help_explains_the_arguments_instead_of_crashing(args: tuple[str, ...]) -> None:
    result = _bench(*args)
    assert result.returncode == 0, result.stderr
    assert "usage: python -m bench.bench_server" in result.stdout and "--out FILE" in result.stdout


def test_a_bad_argument_is_named_not_a_traceback() -> None:
    result = _bench("many")
    assert result.returncode == 2 and "invalid int value: 'many'" in result.stderr and "Traceback" not in result.stderr
    result = _bench("2", "10", "3")
    assert result.returncode == 2 and "3 clients need at least 3 communes" in result.stderr


@pytest.mark.skipif(find_pg_binary("pg_ctl") is None, reason="PostgreSQL binaries not installed")
def test_a_run_writes_its_figures_to_out_and_leaves_the_readme_alone(tmp_path: Path) -> None:
    before = README.read_bytes()
    out = tmp_path / "figures.md"
    result = _bench("2", "5", "2", "0.3", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert README.read_bytes() == before
    figures = out.read_text(encoding="utf-8")
    for row in ("GET /v1/health (baseline)", "empty incremental pull", "pull of a 500-change page (gzip)",
                "first snapshot page, 500 records (gzip)"):
        assert row in figures and row in result.stdout
    assert "load average" in figures and figures.startswith("## Server\n")
