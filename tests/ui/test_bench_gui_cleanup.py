"""bench_gui's temporary folder (a seeded server and a 100,000-document cache, 117 MB) never stays behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bench.bench_gui import scratch_folder

ROOT = Path(__file__).resolve().parents[2]

# A run that fills its folder, says where it is, and waits to be stopped.
_RUN = """
import sys, time
from bench.bench_gui import scratch_folder
with scratch_folder(prefix="bench-gui-test-") as folder:
    (folder / "profiles").mkdir()
    (folder / "profiles" / "cache.db").write_bytes(b"x" * 4096)
    print(folder, flush=True)
    time.sleep(60)
"""


def test_the_folder_and_all_it_holds_are_removed_when_the_run_ends_or_fails() -> None:
    with scratch_folder() as folder:
        (folder / "server" / "data").mkdir(parents=True)
        (folder / "server" / "data" / "central.db").write_bytes(b"x" * 4096)
    assert not folder.exists()

    with pytest.raises(RuntimeError), scratch_folder() as failed:
        (failed / "partial.db").write_bytes(b"x")
        raise RuntimeError("the child did not paint its window")
    assert not failed.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_the_folder_is_removed_when_the_run_is_interrupted(stop: signal.Signals) -> None:
    run = subprocess.Popen([sys.executable, "-c", _RUN], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert run.stdout is not None
        folder = Path(run.stdout.readline().strip())
        assert (folder / "profiles" / "cache.db").exists()
        run.send_signal(stop)
        assert run.wait(timeout=30) != 0  # stopped, not finished
    finally:
        run.kill()
    assert not folder.exists()
