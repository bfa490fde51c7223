"""Running the real `commune-office` command against a demo server, as the end-to-end CLI tests do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from client.ui.demo_server import DEMO_PASSWORD, DemoServer

ROOT = Path(__file__).resolve().parents[2]


def co(home: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """One command in a child process, with the profile home and the demo password; checked unless told not to."""
    env = {**os.environ, "COMMUNE_OFFICE_HOME": str(home), "COMMUNE_OFFICE_PASSWORD": DEMO_PASSWORD,
           "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    env.pop("COMMUNE_OFFICE_MACHINE_CONFIG", None)
    done = subprocess.run([sys.executable, "-m", "client.cli", *args], env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=120)
    if check:
        assert done.returncode == 0, done.stderr
    return done


def co_json(home: Path, *args: str) -> Any:
    """A command's --json output."""
    return json.loads(co(home, *args, "--json").stdout)


def sign_in_and_sync(home: Path, server: DemoServer, user: str) -> None:
    """A person's first minute on a new PC: the online sign-in, then a sync."""
    co(home, "signin", "-u", user, "--server", server.url)
    co(home, "sync", "-u", user)
