"""Smoke test of a frozen build: `python installer/smoke.py [FOLDER]` (the venv's Python, from the repository).

Against a real reference server process with demo data (started from this Python, on a free loopback port), the
frozen `commune-office` creates an offline profile, signs in online (which creates the bound profile), syncs,
prints `status --json` and lists what arrived; the machine configuration is written with `configure-machine`;
then `commune-office-gui` opens the same profile, syncs once and quits (`--quit-after-sync`). Every step must
exit 0. The same script runs on the Windows runner.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = ROOT / "build" / "installer" / "dist" / "commune-office"
EXE = ".exe" if sys.platform == "win32" else ""
DEMO_USER = "xa01.clerk"


@contextmanager
def demo_server(workdir: Path) -> Iterator[str]:
    """The reference server with seed-demo data as a real process; yields its base URL."""
    sys.path.insert(0, str(ROOT))
    from server.devcluster import free_port

    port = free_port()
    env = {**os.environ, "COMMUNE_DATABASE_URL": f"sqlite:///{workdir / 'central.db'}",
           "COMMUNE_DATA_DIR": str(workdir / "central"), "COMMUNE_SECRET_KEY": "smoke-test-secret",
           "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "server.cli", "seed-demo", "--communes", "2", "--documents", "30"],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    log = open(workdir / "server.log", "wb")  # noqa: SIM115 - closed after the process ends
    process = subprocess.Popen([sys.executable, "-m", "server.cli", "serve", "--port", str(port), "--workers", "1",
                                "--log-level", "warning", "--no-access-log"],
                               cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/v1/health", timeout=1) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the server did not start: {(workdir / 'server.log').read_text()}")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def run(folder: Path, workdir: Path) -> dict[str, object]:
    """Run every step against the frozen folder; return what was measured and seen. Raises on any failure."""
    cli = folder / f"commune-office{EXE}"
    env = {**os.environ, "COMMUNE_OFFICE_HOME": str(workdir / "profiles"),
           "COMMUNE_OFFICE_MACHINE_CONFIG": str(workdir / "machine" / "config.ini"),
           "COMMUNE_OFFICE_PASSWORD": "Demo@2025", "QT_QPA_PLATFORM": "offscreen"}
    # The frozen app must find everything in its own folder, and print Vietnamese in its own UTF-8 mode.
    for name in ("PYTHONPATH", "PYTHONUTF8", "PYTHONIOENCODING"):
        env.pop(name, None)

    def step(*args: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([str(cli), *args], env=env, capture_output=True, text=True, timeout=120,
                                encoding="utf-8")
        if result.returncode != 0:
            raise RuntimeError(f"`commune-office {' '.join(args)}` exited {result.returncode}:\n{result.stderr}")
        return result

    seen: dict[str, object] = {}
    started = time.monotonic()
    step("--help")
    seen["help_seconds"] = round(time.monotonic() - started, 2)
    created = json.loads(step("profile", "create", "-u", "offline.clerk", "--unit-code", "XA-SMOKE",
                              "--unit-name", "Đảng ủy xã Smoke", "--json").stdout)
    seen["offline_profile"] = created["username"]
    with demo_server(workdir) as base:
        configured = json.loads(step("configure-machine", "--server-url", base, "--unit-code", "XA01",
                                     "--sync-interval", "15", "--json").stdout)
        seen["machine_config"] = configured["settings"]
        signed_in = json.loads(step("signin", "--server", base, "-u", DEMO_USER, "--json").stdout)
        seen["unit"] = signed_in["unit"]
        synced = json.loads(step("sync", "-u", DEMO_USER, "--json").stdout)
        seen["synced_records"] = synced["report"]["pulled"]["snapshot_records"]
        status = json.loads(step("status", "-u", DEMO_USER, "--json").stdout)
        seen["status"] = status
        documents = json.loads(step("list", "-u", DEMO_USER, "--json").stdout)
        seen["documents"] = len(documents)
        # The desktop app on the same profile: signs in (password from the environment), opens the window, runs
        # one sync on its worker thread against the server the profile is bound to, and exits 0 if it succeeded.
        started = time.monotonic()
        gui = subprocess.run([str(folder / f"commune-office-gui{EXE}"), "--home", str(workdir / "profiles"),
                              "--settings", str(workdir / "gui.ini"), "-u", DEMO_USER, "--quit-after-sync"],
                             env=env, capture_output=True, text=True, timeout=120, encoding="utf-8")
        seen["gui_sync_seconds"] = round(time.monotonic() - started, 2)
    if not (status["online"] and status["last_error"] is None and documents):
        raise RuntimeError(f"the sync did not bring documents: {status}")
    # A windowed Windows launcher has no console: its output goes to its log file, so only Linux shows the line.
    if gui.returncode != 0 or (not EXE and "sync: ok" not in gui.stdout):
        raise RuntimeError(f"the desktop app exited {gui.returncode}:\n{gui.stdout}\n{gui.stderr}")
    seen["gui_synced"] = True
    return seen


def main(argv: list[str] | None = None) -> int:
    """Smoke-test the frozen folder given (default: build/installer/dist/commune-office)."""
    args = argv if argv is not None else sys.argv[1:]
    folder = Path(args[0]) if args else DEFAULT_FOLDER
    with tempfile.TemporaryDirectory(prefix="commune-smoke-") as workdir:
        seen = run(folder.resolve(), Path(workdir))
    print(json.dumps(seen, ensure_ascii=False, indent=2))
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
