"""OCR on this machine: character error rate and pages per minute on Vietnamese scans made with known text.

Run: python -m bench.bench_ocr [pages] [--out FILE]    (default: 5, each text once)

Each page of known text (a Party resolution's first page and administrative prose) is typeset on A4 and scanned at
200 and 300 dpi, clean and spoiled (rotated 0.8 degree, 0.4% of its pixels flipped). The baseline, in the same run,
is the clean page at the same resolution: the ratio says what crookedness and speckle cost in accuracy and speed.
The last row runs the whole path a clerk's scan takes (an image-only PDF in a real encrypted cache, decoded page by
page, read, each page's text stored, the finished text indexed) against Tesseract alone on the same pictures.

Figures go to stdout and, with --out FILE, to that file too; bench/README.md is written by hand.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from PIL import Image

from bench.out_option import add_out_option, out_file, print_lines
from client.cache.keys import KdfParams
from client.cache.profile import Profiles, UnitInfo
from client.cache.records import DocumentRecord
from client.ocr.recognise import Reader
from client.ocr.tessdata import find_tessdata
from client.office import OfficeSession
from sync.protocol.domain import UnitLevel
from tests.scans import PROSE, RESOLUTION, character_error_rate, image_only_pdf, page_picture

TEXTS = [RESOLUTION, *PROSE]


def _read_all(reader: Reader, pictures: list[Image.Image], texts: list[str]) -> tuple[float, float, float]:
    """(character error rate over all pages, pages per minute, pages per CPU minute of this process)."""
    started, cpu = time.perf_counter(), time.process_time()
    read = [reader.read(picture) for picture in pictures]
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    return (character_error_rate(" ".join(texts), " ".join(read)), 60 * len(pictures) / seconds,
            60 * len(pictures) / cpu_seconds)


def _pipeline(pictures: list[Image.Image], dpi: int, folder: Path) -> tuple[float, float]:
    """Pages per minute (wall, CPU) through the office layer: vault, page decoding, Tesseract, per-page state,
    index."""
    profiles = Profiles(folder / "profiles", kdf=KdfParams.fast_for_tests())
    session = OfficeSession(profiles.create("bench", "mật khẩu bench", UnitInfo("u", "XA", "Xã", UnitLevel.COMMUNE)))
    try:
        scan = image_only_pdf(folder / "scan.pdf", pictures, dpi)
        session.add_document(DocumentRecord.model_validate({"kind": "incoming", "doc_type": "Công văn",
                                                            "summary": "Bản quét"}), [scan])
        started, cpu = time.perf_counter(), time.process_time()
        report, _ = session.recognise_scans()
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
        assert len(report.finished) == 1
        return 60 * len(pictures) / seconds, 60 * len(pictures) / cpu_seconds
    finally:
        session.close()


def run(pages: int = len(TEXTS)) -> Iterator[str]:
    """Measure `pages` pages of known text per row; yield the report's lines (all once the reading is done)."""
    texts = [TEXTS[i % len(TEXTS)] for i in range(pages)]
    rows: list[tuple[str, float, float, float, float, float]] = []
    with Reader(find_tessdata()) as reader:
        reader.read(page_picture("khởi động", 100))  # the model's first use is not a page's cost
        for dpi in (200, 300):
            clean = [page_picture(text, dpi) for text in texts]
            spoiled = [page_picture(text, dpi, angle=0.8 if i % 2 else -0.8, speckle=0.004, seed=i)
                       for i, text in enumerate(texts)]
            base_cer, base_ppm, base_cpu = _read_all(reader, clean, texts)
            cer, ppm, cpu = _read_all(reader, spoiled, texts)
            rows.append((f"{dpi} dpi clean (baseline)", base_cer, base_ppm, base_cpu, 1.0, 1.0))
            rows.append((f"{dpi} dpi rotated 0.8° + speckle", cer, ppm, cpu,
                         cer / base_cer if base_cer else float("inf"), cpu / base_cpu))
        spoiled_300 = [page_picture(text, 300, angle=0.8, speckle=0.004, seed=i) for i, text in enumerate(texts)]
        _cer, _alone_ppm, alone_cpu = _read_all(reader, spoiled_300, texts)
    with tempfile.TemporaryDirectory() as folder:
        pipeline_ppm, pipeline_cpu = _pipeline(spoiled_300, 300, Path(folder))
    yield f"OCR benchmark: {pages} A4 pages per row, Tesseract {find_tessdata()} (vie)"
    yield "speed x is pages per CPU minute against the baseline's: wall-clock pages/min depends on what else runs"
    yield f"{'scan':<34} {'CER %':>7} {'pages/min':>10} {'pages/CPU-min':>14} {'CER x':>7} {'speed x':>8}"
    for name, cer, ppm, cpu, cer_ratio, speed_ratio in rows:
        yield f"{name:<34} {100 * cer:>7.2f} {ppm:>10.1f} {cpu:>14.1f} {cer_ratio:>7.2f} {speed_ratio:>8.2f}"
    yield (f"{'300 dpi spoiled, whole path':<34} {'':>7} {pipeline_ppm:>10.1f} {pipeline_cpu:>14.1f} {'':>7} "
           f"{pipeline_cpu / alone_cpu:>8.2f}  (vs Tesseract alone on the same pictures)")
    spoiled_rate = rows[3][1]
    yield (f"goal: CER under 3% at 300 dpi, spoiled: {'met' if spoiled_rate < 0.03 else 'NOT met'} "
           f"({100 * spoiled_rate:.2f}%)")


def main(argv: list[str] | None = None) -> int:
    """Print the figures (and write them to --out)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="?", type=int, default=len(TEXTS),
                        help="A4 pages of known text read in each row, the texts taken in turn (default: %(default)s, "
                             "each text once)")
    add_out_option(parser)
    args = parser.parse_args(argv)
    args.out = out_file(parser, args)
    print_lines(run(args.pages), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
