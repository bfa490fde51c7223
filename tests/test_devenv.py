"""`python devenv.py run` passes a request to stop on to the app it started (a service manager or a script that
stopped it used to leave the app and its demo server running). Real processes and real signals."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP = """
import pathlib, signal, sys, time
state = pathlib.Path(sys.argv[1])
def stop(signum, _frame):
    state.write_text(f"stopped by {signum}")
    sys.exit(3)
signal.signal(signal.SIGTERM, stop)
state.write_text("running")
time.sleep(60)
state.write_text("never stopped")
"""


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="SIGTERM and SIGHUP as POSIX sends them")
@pytest.mark.parametrize("sent", ["SIGTERM", "SIGHUP"])
def test_a_stop_sent_to_devenv_run_reaches_the_app(tmp_path: Path, sent: str) -> None:
    app, state = tmp_path / "app.py", tmp_path / "state"
    app.write_text(APP, encoding="utf-8")
    runner = subprocess.Popen([sys.executable, "-c", (
        f"import sys; sys.path.insert(0, {str(ROOT)!r}); import devenv; "
        f"sys.exit(devenv.call_passing_stop([sys.executable, {str(app)!r}, {str(state)!r}]))")])
    try:
        deadline = time.monotonic() + 30
        while not (state.exists() and state.read_text() == "running"):
            assert time.monotonic() < deadline, "the stand-in app did not start"
            time.sleep(0.05)
        runner.send_signal(getattr(signal, sent))
        assert runner.wait(30) == 3  # the app's own exit code, passed back
        assert state.read_text() == f"stopped by {int(signal.SIGTERM)}"
    finally:
        if runner.poll() is None:
            runner.kill()
