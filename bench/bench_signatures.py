"""Signature validation and signing time, beside pyHanko doing the same in the same run.

Run: python -m bench.bench_signatures [repeats] [--out FILE]    (default: 5)

Validation: PDFs of 1, 10 and 100 pages, each signed once; our check (`check_pdf_bytes`: coverage, integrity,
diff analysis, chain, revocation from embedded data; twice the chain work when revocation data is present) beside
pyHanko's bare `validate_pdf_signature` with the same trust root (the baseline: what `pyhanko sign validate` runs),
and the bounded check the app uses (`check_many`: a child process per batch, so it includes starting Python and
importing pyHanko once). Signing: on a SoftHSM2 token made in a temporary folder, our `sign_pdf` (log in, PAdES
with the Decree 30 appearance) beside pyHanko's PKCS#11 signer with no appearance. When the `pyhanko` command line
is installed (the `pyhanko-cli` package), its `sign validate` and `sign addsig pkcs11` are timed too.

Figures go to stdout and, with --out FILE, to that file too; bench/README.md is written by hand.
"""

from __future__ import annotations

import argparse
import functools
import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from fpdf import FPDF
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.pkcs11 import PKCS11Signer, TokenCriteria, open_pkcs11_session
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from bench.out_option import add_out_option, out_file, print_lines
from client.signatures.bounded import check_many
from client.signatures.signing import APPROVE, SignRequest, sign_pdf
from client.signatures.token import list_tokens
from client.signatures.validation import check_pdf_bytes
from tests.signatures import softhsm
from tests.signatures.pki import make_pki
from tests.signatures.test_token_signing import SEAL_PNG, SIGNATURE_PNG

PAGES = (1, 10, 100)


def _pdf(pages: int) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for number in range(pages):
        pdf.add_page()
        for line in range(40):
            pdf.cell(0, 6, f"Trang {number + 1}, dong {line + 1}: noi dung van ban de do thoi gian kiem tra chu ky.",
                     new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _best(fn: Callable[[], object], repeats: int) -> float:
    """Median of `repeats` timings in ms (after one warm-up), so a busy neighbour does not stand in for the cost."""
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _cli() -> str | None:
    return shutil.which("pyhanko")


def run(repeats: int = 5) -> Iterator[str]:
    """Measure each row at the median of `repeats` timings; yield the report's lines as they are known."""
    scratch = Path(tempfile.mkdtemp(prefix="bench-signatures-"))
    try:
        pki = make_pki("http://127.0.0.1:9/intermediate.crl")
        files = pki.write(scratch / "pki")
        root = asn1_x509.Certificate.load(pki.root.cert.public_bytes(serialization.Encoding.DER))
        soft = signers.SimpleSigner.load(str(files["signer"].with_name("signer.key.pem")), str(files["signer"]),
                                         ca_chain_files=(str(files["chain"]),))
        rows: list[tuple[str, float, float, str]] = []
        signed_files = {}
        for pages in PAGES:
            out = io.BytesIO()
            signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(_pdf(pages))),
                             signers.PdfSignatureMetadata(field_name="Signature1"), signer=soft, output=out)
            data = signed_files[pages] = out.getvalue()

            def ours(data: bytes = data) -> object:
                return check_pdf_bytes(data, [root])

            def baseline(data: bytes = data) -> object:
                sig = PdfFileReader(io.BytesIO(data)).embedded_signatures[0]
                return validate_pdf_signature(sig, ValidationContext(trust_roots=[root]))

            rows.append((f"validate {pages} page(s), {len(data) // 1024} KiB", _best(ours, repeats),
                         _best(baseline, repeats), "pyHanko validate_pdf_signature"))
            if _cli():
                path = scratch / f"signed-{pages}.pdf"
                path.write_bytes(data)
                cli = [_cli() or "", "sign", "validate", "--trust", str(files["trust"]), str(path)]
                rows.append(("  same file, pyhanko CLI", _best(ours, repeats),
                             _best(functools.partial(subprocess.run, cli, capture_output=True), repeats),
                             "pyhanko sign validate (process)"))
        batch = [signed_files[p] for p in PAGES]
        trust = [pki.root.cert.public_bytes(serialization.Encoding.DER)]
        bounded = _best(lambda: check_many(batch, trust), max(1, repeats // 2))
        in_process = sum(r[1] for r in rows if r[0].startswith("validate"))
        rows.append(("3 files bounded (child process)", bounded, in_process, "the same 3 checks in process"))

        if softhsm.available() is None:
            token = softhsm.make_token(scratch / "hsm", pki)
            cert = next(c for t in list_tokens(token.module) for c in t.certificates if c.label == "signer")
            draft = _pdf(1)

            def ours_sign() -> object:
                return sign_pdf(draft, SignRequest(token.module, cert, token.pin, APPROVE,
                                                   signature_image=SIGNATURE_PNG, seal_image=SEAL_PNG))

            def baseline_sign() -> object:
                session = open_pkcs11_session(str(token.module), token_criteria=TokenCriteria(label=token.label),
                                              user_pin=token.pin)
                try:
                    signer = PKCS11Signer(session, key_id=bytes.fromhex(cert.object_id),
                                          cert_id=bytes.fromhex(cert.object_id))
                    out = io.BytesIO()
                    signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(draft)),
                                     signers.PdfSignatureMetadata(field_name="S"), signer=signer, output=out)
                    return out
                finally:
                    session.close()

            rows.append(("sign 1 page on SoftHSM2 (login + PAdES + appearance)", _best(ours_sign, repeats),
                         _best(baseline_sign, repeats), "pyHanko PKCS11Signer, no appearance"))
        else:
            yield f"signing not measured: {softhsm.available()}"

        width = max(len(r[0]) for r in rows)
        yield f"{'measure':<{width}}  {'ours ms':>9}  {'baseline ms':>11}  {'ratio':>6}  baseline"
        for name, mine, base, what in rows:
            yield f"{name:<{width}}  {mine:>9.1f}  {base:>11.1f}  {mine / base:>6.2f}  {what}"
        if _cli() is None:
            yield "the pyhanko command line is not installed (package pyhanko-cli): its rows are left out"
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    """Print the figures (and write them to --out)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("repeats", nargs="?", type=int, default=5,
                        help="timings of each measure after one warm-up, the median reported; the bounded check "
                             "takes half as many, at least one (default: %(default)s)")
    add_out_option(parser)
    args = parser.parse_args(argv)
    args.out = out_file(parser, args)
    print_lines(run(args.repeats), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
