"""How long `commune-office` takes to start, beside a bare interpreter and `import sqlalchemy` in the same run.

Run: python -m bench.bench_startup [--runs N] [--out FILE] [--before DIR]

With --before, the same two commands also run from DIR, a copy of the code before a change (for example
`git archive BASE | tar -x -C DIR`), in the same run, as the "(before)" rows.

Each command is a fresh process, as a script or Task Scheduler starts it; the commands take turns, run after run,
so that other work on this 2-core machine weighs on all of them alike, and each figure is the median of N runs.
Ratios are to `python -c pass` (what any Python program pays) and to `python -c "import sqlalchemy"` (what any
command that opens the cache must pay, since the cache is read through SQLAlchemy). `status --json` runs on a real
profile made here with the production Argon2id parameters: once with "stay signed in" (the data key from the
keyring, keyrings.alt's file backend standing in for Windows Credential Manager) and once with the password (an
Argon2id derivation, t=3 and 64 MiB, which is real work the command must do). The modules column counts what each
command imports (`-X importtime`).

Beside the wall time, the CPU time of each child (user + system, median) is reported: on a loaded machine the wall
time is mostly waiting for a core, the CPU time much less so. The children write their bytecode (into a temporary
`PYTHONPYCACHEPREFIX`, even where PYTHONDONTWRITEBYTECODE is set) during a warm-up run, as an installed copy has
it compiled: otherwise every run would compile the project's modules from source.

The figures go to standard output and, with --out, to that file; bench/README.md is written by hand.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.out_option import out_file

REPO = Path(__file__).resolve().parents[1]
PASSWORD = "Mật khẩu bench 2026"
USER = "lan.nt"
GOALS_MS = {"--help": 200.0, "status --json (stay signed in)": 400.0}


def _environment(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(REPO),
        COMMUNE_OFFICE_HOME=str(root / "profiles"),
        PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
        XDG_DATA_HOME=str(root / "xdg-data"),
        PYTHONUTF8="1",
        PYTHONPYCACHEPREFIX=str(root / "pycache"),
    )
    env.pop("COMMUNE_OFFICE_PASSWORD", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _commands(before: Path | None) -> dict[str, tuple[list[str], dict[str, str]]]:
    """Name -> (argument list, extra settings: BENCH_STDIN what to type, BENCH_CODE which code tree runs)."""
    cli = [sys.executable, "-m", "client.cli"]
    commands = {
        "python -c pass": ([sys.executable, "-c", "pass"], {}),
        "python -c 'import sqlalchemy'": ([sys.executable, "-c", "import sqlalchemy"], {}),
        "--help": ([*cli, "--help"], {}),
        "status --json (stay signed in)": ([*cli, "status", "-u", USER, "--json"], {}),
        "status --json (password)": ([*cli, "status", "-u", USER, "--json", "--password-stdin"],
                                     {"BENCH_STDIN": PASSWORD}),
    }
    if before is not None:
        for name in ("--help", "status --json (stay signed in)"):
            argv, extra = commands[name]
            commands[f"{name} (before)"] = (argv, {**extra, "BENCH_CODE": str(before)})
    return commands


def _children_cpu() -> float:
    """CPU seconds of the finished children so far (0 where the system does not count them, e.g. Windows)."""
    times = os.times()
    return times.children_user + times.children_system


def _run(argv: list[str], env: dict[str, str], extra: dict[str, str]) -> tuple[float, float, str]:
    """Wall and CPU seconds of one run, and its standard error."""
    stdin = extra.get("BENCH_STDIN")
    code = extra.get("BENCH_CODE", str(REPO))
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(argv, env={**env, "PYTHONPATH": code}, cwd=code, input=f"{stdin}\n" if stdin else None,
                          capture_output=True, text=True, encoding="utf-8", check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv[1:])} failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed, _children_cpu() - cpu, done.stderr


def _make_profile(env: dict[str, str]) -> None:
    """A profile made through the command line itself, with "stay signed in" (its key in the keyring)."""
    argv = [sys.executable, "-m", "client.cli", "profile", "create", "-u", USER, "--unit-code", "XHB",
            "--unit-name", "Đảng ủy xã Hòa Bình", "--display-name", "Nguyễn Thị Lan", "--remember",
            "--password-stdin"]
    _run(argv, env, {"BENCH_STDIN": PASSWORD})


def _modules(argv: list[str], env: dict[str, str], extra: dict[str, str]) -> int:
    """How many modules the command imports."""
    _wall, _cpu, stderr = _run([argv[0], "-X", "importtime", *argv[1:]], env, extra)
    return sum(1 for line in stderr.splitlines() if line.startswith("import time:") and "|" in line) - 1


class Figures:
    """Per command: median wall and CPU milliseconds, and how many modules it imports."""

    def __init__(self, wall: dict[str, float], cpu: dict[str, float], modules: dict[str, int]) -> None:
        self.wall, self.cpu, self.modules = wall, cpu, modules


def measure(runs: int, before: Path | None = None) -> Figures:
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        env = _environment(Path(folder))
        _make_profile(env)
        commands = _commands(before)
        wall: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for argv, extra in commands.values():  # a warm-up each: files read from disk once, bytecode written
            _run(argv, env, extra)
        for _ in range(runs):
            for name, (argv, extra) in commands.items():
                seconds, cpu_seconds, _stderr = _run(argv, env, extra)
                wall[name].append(seconds)
                cpu[name].append(cpu_seconds)
        modules = {name: _modules(argv, env, extra) for name, (argv, extra) in commands.items()}
    return Figures({name: 1000 * statistics.median(values) for name, values in wall.items()},
                   {name: 1000 * statistics.median(values) for name, values in cpu.items()}, modules)


def _ratio(value: float, base: float) -> str:
    return f"{value / base:.2f}" if base else "—"


def report(figures: Figures, runs: int) -> str:
    wall, cpu = figures.wall, figures.cpu
    bare, sqlalchemy = "python -c pass", "python -c 'import sqlalchemy'"
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"
    lines = [
        f"Start-up, median of {runs} runs, {time.strftime('%Y-%m-%d %H:%M')}, load average {load} "
        f"({os.cpu_count()} cores)",
        "",
        "| command | wall ms | × pass | × sqlalchemy | CPU ms | × pass | × sqlalchemy | modules | goal (wall) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for name, ms in wall.items():
        goal = GOALS_MS.get(name)
        verdict = f"< {goal:.0f} ms: {'met' if ms < goal else 'NOT met'}" if goal else ""
        lines.append(f"| {name} | {ms:,.1f} | {_ratio(ms, wall[bare])} | {_ratio(ms, wall[sqlalchemy])} | "
                     f"{cpu[name]:,.1f} | {_ratio(cpu[name], cpu[bare])} | {_ratio(cpu[name], cpu[sqlalchemy])} | "
                     f"{figures.modules[name]} | {verdict} |")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=11, help="runs of each command; the median is reported")
    parser.add_argument("--out", type=Path, help="also write the figures to this file")
    parser.add_argument("--before", type=Path, help="a copy of the code before the change, run beside it")
    args = parser.parse_args(argv)
    args.out = out_file(parser, args)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if args.before is not None and not (args.before / "client" / "cli").is_dir():
        parser.error(f"--before {args.before}: not a copy of this project's code (no client/cli in it)")
    text = report(measure(args.runs, args.before), args.runs)
    sys.stdout.write(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
