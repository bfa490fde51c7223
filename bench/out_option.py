"""The `--out FILE` option of the benchmarks: the figures go to that file as well as to stdout, never over
bench/README.md, which is written by hand from them."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path

README = Path(__file__).parent / "README.md"


def add_out_option(parser: argparse.ArgumentParser, what: str = "the figures") -> None:
    parser.add_argument("--out", type=Path, metavar="FILE",
                        help=f"also write {what} to this file (never bench/README.md)")


def out_file(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Path | None:
    """The file `--out` named, refused (a usage error) when it is bench/README.md."""
    out: Path | None = args.out
    if out is not None and out.resolve() == README.resolve():
        parser.error("bench/README.md is written by hand; write the figures to another file")
    return out


def print_lines(lines: Iterable[str], out: Path | None) -> None:
    """Each line to stdout as it comes (a long benchmark shows its progress) and to `out` too."""
    handle = out.open("w", encoding="utf-8") if out is not None else None
    try:
        for line in lines:
            print(line, flush=True)
            if handle is not None:
                handle.write(line + "\n")
                handle.flush()
    finally:
        if handle is not None:
            handle.close()
