"""The Vietnamese OCR model the frozen app ships, pinned by SHA-256: `python installer/ocr_model.py fetch FOLDER`.

The Linux build takes `vie.traineddata` from Debian's `tesseract-ocr-vie` (1:4.1.0-2 packages tessdata_fast as
of its 4.1.0 release, commit 6572757); Windows has no such package, so its workflow fetches the same file from
the tessdata_fast repository into a folder and names it in COMMUNE_OFFICE_TESSDATA for `commune_office.spec`.
Both builds must ship the same bytes: the spec checks whichever file it takes against `SHA256`, so a moved tag,
a proxy's error page or another Debian model stops the build instead of shipping an unknown model.

    fetch FOLDER    download URL into FOLDER/vie.traineddata unless it is already there with the pinned checksum
    check FILE      exit 1 unless FILE has the pinned size and checksum
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import urllib.request
from collections.abc import Sequence
from pathlib import Path

# A release tag, not a branch: tessdata_fast's main branch moves. The checksum is the real pin.
URL = "https://raw.githubusercontent.com/tesseract-ocr/tessdata_fast/4.1.0/vie.traineddata"
SHA256 = "79df64caf7bcfb2a27df5042ecb6121e196eada34da774956995747636d5bfa1"
SIZE = 531_275
FILE_NAME = "vie.traineddata"  # client/ocr/tessdata.py looks for f"{LANGUAGE}.traineddata"
BUNDLE_FOLDER = "tessdata"  # under the frozen app's _internal (sys._MEIPASS): client/ocr/tessdata.bundled_folder
ENVIRONMENT = "COMMUNE_OFFICE_TESSDATA"  # the folder the spec takes the model from before Debian's
TIMEOUT = 60  # seconds without a byte before a download is given up


class ModelError(Exception):
    """The model file is not the pinned one, or could not be fetched."""


def digest(path: Path) -> str:
    """The SHA-256 of a file, hex."""
    sha = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 16), b""):
            sha.update(chunk)
    return sha.hexdigest()


def check(path: Path) -> Path:
    """`path` when it is the pinned model; ModelError naming what differs otherwise."""
    if not path.is_file():
        raise ModelError(f"{path} does not exist")
    size = path.stat().st_size
    if size != SIZE:
        raise ModelError(f"{path} has {size} bytes, the pinned {FILE_NAME} has {SIZE}")
    found = digest(path)
    if found != SHA256:
        raise ModelError(f"{path} has SHA-256 {found}, the pinned {FILE_NAME} has {SHA256}")
    return path


def fetch(folder: Path, url: str = URL) -> Path:
    """FOLDER/vie.traineddata, downloaded from `url` and checked against the pin; a file already there with the
    pinned checksum is kept. The bytes go to a `.part` file first and are renamed only once checked, so a
    failed or wrong download never leaves a file the spec could take."""
    target = folder / FILE_NAME
    try:
        return check(target)
    except ModelError:
        pass
    folder.mkdir(parents=True, exist_ok=True)
    part = target.with_name(FILE_NAME + ".part")
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as answer, part.open("wb") as out:
            # Read one byte past the pinned size: a bigger answer is refused without being held whole.
            out.write(answer.read(SIZE + 1))
        check(part)
    except (OSError, ModelError) as error:
        part.unlink(missing_ok=True)
        raise ModelError(f"could not fetch {FILE_NAME} from {url}: {error}") from error
    os.replace(part, target)
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="installer/ocr_model.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    steps = parser.add_subparsers(dest="step", required=True)
    steps.add_parser("fetch").add_argument("folder", type=Path)
    steps.add_parser("check").add_argument("file", type=Path)
    args = parser.parse_args(argv)
    try:
        found = fetch(args.folder) if args.step == "fetch" else check(args.file)
    except ModelError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"{found}: {FILE_NAME} SHA-256 {SHA256}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
