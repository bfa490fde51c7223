"""Attachment vault throughput against an unencrypted content-addressed store, measured in the same run.

Run: python -m bench.bench_vault [size_mb] [--out FILE]    (default: 256)

Figures go to stdout and, with --out FILE, to that file too; bench/README.md is written by hand.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import sys
import tempfile
import time
from pathlib import Path

from bench.out_option import add_out_option, out_file, print_lines
from client.cache.vault import DEFAULT_CHUNK_SIZE, Vault

_BLOCK = 1 << 20


class _Source(io.RawIOBase):
    """A stream of `size` bytes cycled from a random pool, so neither side reads a pre-filled buffer for free."""

    def __init__(self, size: int, pool: bytes) -> None:
        self._left = size
        self._pool = pool
        self._pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        n = min(len(b), self._left, len(self._pool) - self._pos)
        b[:n] = self._pool[self._pos : self._pos + n]
        self._pos = (self._pos + n) % len(self._pool)
        self._left -= n
        return n


class _Sink(io.RawIOBase):
    """Discards what it is given; the bench measures the store, not a destination."""

    def writable(self) -> bool:
        return True

    def write(self, b: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        return len(b)


def _plain_put(src: io.RawIOBase, root: Path) -> str:
    # What an unencrypted content-addressed store does: hash while copying to a temp file, fsync, rename.
    sha = hashlib.sha256()
    tmp = root / "plain.part"
    with open(tmp, "wb") as out:
        while block := src.read(_BLOCK):
            sha.update(block)
            out.write(block)
        out.flush()
        os.fsync(out.fileno())
    digest = sha.hexdigest()
    os.replace(tmp, root / digest)
    return digest


def _plain_get(root: Path, digest: str) -> None:
    sha = hashlib.sha256()
    with open(root / digest, "rb") as f:
        while block := f.read(_BLOCK):
            sha.update(block)
    if sha.hexdigest() != digest:
        raise RuntimeError("baseline read back different bytes")


def _timed(fn: object, *args: object) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn(*args)  # type: ignore[operator]
    return time.perf_counter() - start, result


def run(size_mb: int = 256, repeat: int = 2) -> dict[str, float]:
    """Measure vault encrypt/decrypt MB/s and the plain-store baseline; return figures and ratios."""
    size = size_mb << 20
    pool = os.urandom(8 << 20)
    best = dict.fromkeys(("plain_write", "plain_read", "vault_put", "vault_read"), float("inf"))
    with tempfile.TemporaryDirectory(prefix="bench-vault-") as tmp:
        plain_root = Path(tmp) / "plain"
        plain_root.mkdir()
        vault = Vault(Path(tmp) / "vault", os.urandom(32))
        for _ in range(repeat):
            t, digest = _timed(_plain_put, _Source(size, pool), plain_root)
            best["plain_write"] = min(best["plain_write"], t)
            t, _ = _timed(_plain_get, plain_root, digest)
            best["plain_read"] = min(best["plain_read"], t)
            (plain_root / str(digest)).unlink()

            t, vdigest = _timed(vault.put_stream, _Source(size, pool))
            best["vault_put"] = min(best["vault_put"], t)
            t, _ = _timed(vault.copy_to, vdigest, _Sink())
            best["vault_read"] = min(best["vault_read"], t)
            if vdigest != digest:
                raise RuntimeError("vault and baseline disagree on the content hash")
            vault.delete(str(vdigest))
    mbps = {k: size_mb / v for k, v in best.items()}
    return {
        "size_mb": size_mb,
        "chunk_size": DEFAULT_CHUNK_SIZE,
        "encrypt_mb_s": mbps["vault_put"],
        "decrypt_mb_s": mbps["vault_read"],
        "baseline_write_mb_s": mbps["plain_write"],
        "baseline_read_mb_s": mbps["plain_read"],
        "encrypt_ratio": mbps["vault_put"] / mbps["plain_write"],
        "decrypt_ratio": mbps["vault_read"] / mbps["plain_read"],
    }


def main(argv: list[str] | None = None) -> int:
    """Print the figures for one run (and write them to --out)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("size_mb", nargs="?", type=int, default=256,
                        help="MiB streamed through the vault and through the baseline store (default: %(default)s)")
    add_out_option(parser)
    args = parser.parse_args(argv)
    args.out = out_file(parser, args)
    size_mb = args.size_mb
    r = run(size_mb)
    lines = [f"vault bench: {size_mb} MiB stream, chunk {int(r['chunk_size']) >> 10} KiB, best of 2 (MiB/s)"]
    rows = [
        ("encrypt (put)", r["encrypt_mb_s"], "baseline write+sha256", r["baseline_write_mb_s"], r["encrypt_ratio"]),
        ("decrypt (read)", r["decrypt_mb_s"], "baseline read+sha256", r["baseline_read_mb_s"], r["decrypt_ratio"]),
    ]
    for label, speed, base_label, base, ratio in rows:
        lines.append(f"  {label:<15} {speed:7.0f}   {base_label:<22} {base:7.0f}   ratio {ratio:.2f}")
    print_lines(lines, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
