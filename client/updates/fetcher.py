"""TUF's network hook, answered by the sync transport: bounded deadlines, the admin's CA, no redirects.

python-tuf fetches through a `FetcherInterface`; its default (urllib3) would trust the system's CAs and follow
redirects. Routing its calls through `sync.engine.transport.Transport` gives the update channel the same rules as
the sync: a total deadline per call, a size cap on every answer, retries with backoff, TLS checked against the CA
named in the machine configuration, and no redirect to anywhere else.
"""

from __future__ import annotations

from collections.abc import Iterator

from tuf.api import exceptions
from tuf.ngclient.fetcher import FetcherInterface

from sync.engine.errors import RequestRejectedError, SyncError
from sync.engine.transport import Transport


class TransportFetcher(FetcherInterface):
    """Fetches the channel's metadata through one `Transport` whose base URL is the channel."""

    def __init__(self, transport: Transport) -> None:
        self.transport = transport
        self.base = transport.config.base_url.rstrip("/") + "/"

    def _fetch(self, url: str) -> Iterator[bytes]:
        if not url.startswith(self.base):
            # TUF builds every URL from the channel's own address; anything else is not ours to fetch.
            raise exceptions.DownloadError(f"{url} is outside the update channel {self.base}")
        try:
            answer = self.transport.request("GET", "/" + url[len(self.base):], auth=False)
        except RequestRejectedError as error:
            # TUF reads a 404 on the next root version as "no newer root": it must arrive as an HTTP error.
            raise exceptions.DownloadHTTPError(f"{url}: HTTP {error.status}", error.status) from error
        except SyncError as error:
            raise exceptions.DownloadError(f"{url}: {error}") from error
        return iter((answer.body,))
