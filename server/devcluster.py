"""A throwaway PostgreSQL cluster in a temporary folder, for the test suite and the benchmark (not production)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def find_pg_binary(name: str) -> str | None:
    """initdb / pg_ctl from PATH or the Debian layout (/usr/lib/postgresql/<version>/bin)."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class MissingPostgres(RuntimeError):
    """No PostgreSQL server binaries on this machine."""


class ThrowawayCluster:
    """initdb + pg_ctl start on a unix socket in a temp folder; as root, run as the `postgres` user."""

    def __init__(self, settings: tuple[str, ...] = ()) -> None:
        initdb, pg_ctl = find_pg_binary("initdb"), find_pg_binary("pg_ctl")
        if not initdb or not pg_ctl:
            raise MissingPostgres("PostgreSQL binaries (initdb, pg_ctl) not found")
        self.pg_ctl = pg_ctl
        self.dir = Path(tempfile.mkdtemp(prefix="commune-pg-"))
        self.data = self.dir / "data"
        self.port = free_port()
        self.prefix: list[str] = []
        # os.geteuid exists only on POSIX; this module must import on Windows (the test suite's conftest loads it).
        if getattr(os, "geteuid", lambda: -1)() == 0:
            # initdb refuses to run as root: hand the folder to the postgres user and run the tools as them.
            shutil.chown(self.dir, "postgres", "postgres")
            self.prefix = ["runuser", "-u", "postgres", "--"]
        subprocess.run([*self.prefix, initdb, "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                        "--no-sync"], check=True, capture_output=True)
        options = [f"-p {self.port}", f"-k {self.dir}", "-c listen_addresses=''", "-c max_connections=200",
                   *(f"-c {s}" for s in settings)]
        subprocess.run([*self.prefix, pg_ctl, "-D", str(self.data), "-o", " ".join(options),
                        "-l", str(self.dir / "log"), "-w", "start"], check=True, capture_output=True)

    def url(self, database: str = "postgres") -> str:
        """SQLAlchemy URL of a database in this cluster."""
        return f"postgresql+psycopg://postgres@/{database}?host={self.dir}&port={self.port}"

    def create_database(self, name: str) -> str:
        """Create a database and return its URL."""
        import psycopg

        with psycopg.connect(host=str(self.dir), port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        """Stop the server and delete the folder."""
        subprocess.run([*self.prefix, self.pg_ctl, "-D", str(self.data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)
