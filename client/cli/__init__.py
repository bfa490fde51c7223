"""The `commune-office` command line: profiles, import, list, show and search, for admins and scripts."""

from client.cli.main import main

__all__ = ["main"]
