"""Where a signed PDF's revocation data lives (the CRL URLs its certificates name) and what a fetched CRL must be.

Fetching is the caller's (client/office, with bounded HTTP); this module reads certificates and checks that what
came back is a CRL, so a captive portal's HTML page or a truncated download is never kept as revocation data.
"""

from __future__ import annotations

import io

from asn1crypto import crl, x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader

from client.signatures.errors import SignatureError

MAX_CRL_BYTES = 10 * 1024 * 1024  # a national CA's CRL is a few MB at most


def crl_urls(data: bytes) -> list[str]:
    """The HTTP(S) CRL distribution points of every certificate the PDF's signatures carry, in order, once each."""
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypted:
            return []
        signatures = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, TypeError):
        return []
    found: dict[str, None] = {}
    for signature in signatures:
        try:
            certs = signature.signed_data["certificates"]
        except (KeyError, ValueError, TypeError):
            continue
        for choice in certs or ():
            cert = choice.chosen
            if isinstance(cert, x509.Certificate):
                for url in _urls(cert):
                    found.setdefault(url, None)
    return list(found)


def _urls(cert: x509.Certificate) -> list[str]:
    try:
        points = cert.crl_distribution_points
    except ValueError:
        return []
    urls = []
    for point in points or ():
        url = point.url
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            urls.append(url)
    return urls


def checked_crl(url: str, der: bytes) -> bytes:
    """The bytes, if they are one parseable CRL; else a clear error naming the URL."""
    if len(der) > MAX_CRL_BYTES:
        raise SignatureError("bad_crl", f"The CRL at {url} is larger than {MAX_CRL_BYTES} bytes.", url=url)
    try:
        crl.CertificateList.load(der).native  # noqa: B018 - parses the whole structure
    except (ValueError, TypeError) as error:
        raise SignatureError("bad_crl", f"{url} did not return a CRL: {error}.", url=url) from error
    return der
