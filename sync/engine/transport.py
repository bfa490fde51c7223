"""HTTP to the central platform: one `requests` session, verified TLS, time-outs, gzip, backoff, token refresh.

Every call is bounded: a connect and a read time-out, a total deadline for the call and a budget for the run
(`deadline.py` cuts a trickling answer short), a cap on the answer's (decompressed) size, and a cap on attempts.
The transport talks to its one server only: it follows no redirect (a 307 would re-send a password or a refresh
token wherever it points), and it refuses a plain `http://` server on the network unless the machine
configuration allows it for a pilot.

Transient failures (connection drops, stalls, truncated answers, 5xx, 429) are retried with exponential backoff
and full jitter, waiting at least what a Retry-After header asks. The retry loop is ours rather than
urllib3's because a truncated body only shows up after urllib3 has returned, and because a cancel must cut a
long wait short; urllib3's Retry still parses Retry-After for us.
"""

from __future__ import annotations

import gzip
import json
import random
import ssl
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import requests
import urllib3
from urllib3.util import Retry

from sync.engine import product
from sync.engine.deadline import RequestWatch, mount
from sync.engine.errors import (
    DeadlineError,
    DeviceRevokedError,
    OfflineError,
    PlainHttpRefusedError,
    ProtocolError,
    RedirectRefusedError,
    RequestRejectedError,
    ServerBusyError,
    SignInRequiredError,
    UntrustedServerError,
)
from sync.engine.progress import CancelToken
from sync.engine.token_store import TokenStore
from sync.protocol import plain_http
from sync.protocol.wire import API_PREFIX, PROBLEM_BASE, TokenResponse

_TRANSIENT = (
    requests.ConnectionError,
    requests.Timeout,
    requests.exceptions.ChunkedEncodingError,
    requests.exceptions.ContentDecodingError,
    urllib3.exceptions.HTTPError,
)
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_GZIP_FROM = 1024  # smaller bodies are not worth the CPU; the server accepts both
# Plain http to these names never leaves the computer (the demo's server, the tests' servers): no network risk.
RUN = "this sync run"  # what a DeadlineError names when the run's budget, not one call's deadline, ran out


class BodySink(Protocol):
    """Receives a download's body as it arrives, so a dropped link loses only the piece in flight."""

    def start(self, status: int, headers: requests.structures.CaseInsensitiveDict[str]) -> None:
        """A new answer begins (each retry starts one)."""
        ...

    def write(self, piece: bytes) -> None:
        """The next piece of the body."""
        ...


@dataclass(frozen=True)
class TransportConfig:
    """Where the server is and how patient to be with it."""

    base_url: str
    ca_cert: Path | None = None  # a private CA named in the machine configuration; None: the system's CAs
    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    max_attempts: int = 6
    backoff_base: float = 0.5
    backoff_cap: float = 30.0
    retry_after_cap: float = 300.0
    max_response_bytes: int = 64 * 1024 * 1024
    user_agent: str = field(default_factory=product.user_agent)  # the server records which version each PC runs
    request_deadline: float = 300.0  # one call, all its attempts and waits included (downloads: see Downloader)
    run_budget: float = 3600.0  # one sync run; what was stored stays and the next run continues
    allow_plain_http: bool = False  # http:// beyond loopback: only when the machine configuration says so


@dataclass(frozen=True)
class Answer:
    """A successful (2xx) answer, fully read within the size limit."""

    status: int
    headers: requests.structures.CaseInsensitiveDict[str]
    body: bytes

    def json(self) -> Any:
        """The body as JSON, or ProtocolError."""
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError) as error:
            raise ProtocolError(f"the answer is not valid JSON ({error})") from error
        except RecursionError as error:
            # Python's parser recurses per level; no answer of ours nests more than a few levels.
            raise ProtocolError("the answer's JSON is nested too deeply") from error


class Transport:
    """Requests to one server, with retries, bounded answers and automatic token refresh."""

    def __init__(
        self,
        config: TransportConfig,
        tokens: TokenStore | None = None,
        *,
        cancel: CancelToken | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.config = config
        self.tokens = tokens
        self.cancel = cancel or CancelToken()
        self.clock = clock
        self.session = requests.Session()
        # Passed with every request, not set on the session: requests lets REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE
        # override a session-level bundle, and the CA an admin named must not be silently replaced.
        self._verify: str | bool = str(config.ca_cert) if config.ca_cert else True
        # Keep the headers of every request short: the nothing-new sync should fit in one small round trip.
        self.session.headers.clear()
        self.session.headers.update({"User-Agent": config.user_agent, "Accept-Encoding": "gzip"})
        self.round_trips = 0
        self._sunk = 0  # body bytes handed to a sink in the current attempt
        self._retry_after = Retry()
        mount(self.session)
        self._run_ends: float | None = None  # time.monotonic() at which the current run's budget is spent
        self._watch: RequestWatch | None = None
        self._watch_what: tuple[str, float] = ("", 0.0)

    def begin_run(self) -> None:
        """Start the budget of a sync run: every call of the run ends by then."""
        self._run_ends = time.monotonic() + self.config.run_budget

    def end_run(self) -> None:
        """The run is over: calls outside a run (a file opened on demand) have only their own deadline."""
        self._run_ends = None

    def close(self) -> None:
        """Close the connections."""
        self.session.close()

    # -- the calls ---------------------------------------------------------------------------------------------

    def get_json(self, path: str, params: dict[str, Any] | None = None) -> Any:
        """GET a JSON document."""
        return self.request("GET", path, params=params).json()

    def post_json(self, path: str, body: Any, *, auth: bool = True) -> Any:
        """POST a JSON body (gzip-compressed when worth it) and return the JSON answer."""
        raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
        headers = {"Content-Type": "application/json"}
        if len(raw) >= _GZIP_FROM:
            raw = gzip.compress(raw, compresslevel=5)
            headers["Content-Encoding"] = "gzip"
        return self.request("POST", path, data=raw, headers=headers, auth=auth).json()

    def health(self, timeout: float = 3.0) -> bool:
        """One cheap, unauthenticated probe of `/v1/health`: True when the server answers 200.

        It goes through this session, so it trusts exactly the CA the admin named (a bare `requests.get` would
        use the system's store and never see a server with a private CA come back).
        """
        try:
            self._check_server_url()
            # A probe that trickles must not hold the scheduler's thread: it gets twice its time-out in all.
            # Its own token: a cancelled run's token must not cut the probes that follow it.
            with RequestWatch(time.monotonic() + 2 * timeout, CancelToken()):
                response = self.session.get(self.config.base_url.rstrip("/") + "/v1/health",
                                            timeout=(min(timeout, self.config.connect_timeout), timeout),
                                            verify=self._verify, allow_redirects=False)
                response.close()
        except (requests.RequestException, PlainHttpRefusedError):
            return False
        return response.status_code == 200

    def login(self, username: str, password: str, device_name: str, device_id: str | None = None) -> TokenResponse:
        """Sign in online with user name and password; returns the tokens, the user and the unit."""
        body: dict[str, Any] = {"username": username, "password": password, "device_name": device_name}
        if device_id:
            body["device_id"] = device_id
        try:
            data = self.post_json(f"{API_PREFIX}/auth/login", body, auth=False)
        except RequestRejectedError as error:
            if error.status == 401:
                raise SignInRequiredError(error.detail) from error
            raise
        return _token_response(data)

    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        data: bytes | None = None,
        headers: dict[str, str] | Callable[[], dict[str, str]] | None = None,
        auth: bool = True,
        expect: tuple[int, ...] = (200,),
        sink: BodySink | None = None,
        deadline: float | None = None,
    ) -> Answer:
        """One call with retries; `sink` receives the body piece by piece instead of it being kept (downloads).

        `headers` may be a function, asked again before each attempt (a resumed download's Range moves on).
        `deadline` (seconds) replaces the configured request deadline for this call (a large download).
        """
        self._check_server_url()
        with self._bounded(method, path, deadline):
            return self._attempts(method, path, params=params, data=data, headers=headers, auth=auth,
                                  expect=expect, sink=sink)

    def _attempts(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None,
        data: bytes | None,
        headers: dict[str, str] | Callable[[], dict[str, str]] | None,
        auth: bool,
        expect: tuple[int, ...],
        sink: BodySink | None,
    ) -> Answer:
        refreshed = False
        attempt = 0
        while True:
            self.cancel.check()
            self._check_deadline()
            attempt += 1
            self._sunk = 0
            call_headers = dict((headers() if callable(headers) else headers) or {})
            if auth:
                call_headers["Authorization"] = f"Bearer {self._access_token()}"
            try:
                self.round_trips += 1
                response = self.session.request(
                    method, self.config.base_url.rstrip("/") + path, params=params, data=data,
                    headers=call_headers, timeout=(self.config.connect_timeout, self.config.read_timeout),
                    stream=True, verify=self._verify, allow_redirects=False,
                )
            except requests.exceptions.SSLError as error:
                if _certificate_refused(error):
                    # A certificate that does not verify is not a flaky link: say so at once instead of "offline".
                    raise UntrustedServerError(str(error.__context__ or error)[:200]) from error
                # A handshake cut by a dropping link (EOF, reset) is the link, not the certificate: retry it.
                self._wait_before_retry(attempt, None, OfflineError(type(error).__name__))
                continue
            except _TRANSIENT as error:
                self._wait_before_retry(attempt, None, OfflineError(type(error).__name__))
                continue
            try:
                if response.status_code in expect:
                    body = self._read_body(response, sink)
                    return Answer(response.status_code, response.headers, body)
                _refuse_redirect(response)
                if response.status_code == 401 and auth:
                    problem = _problem(response, self.config.max_response_bytes)
                    if problem.get("wipe") is True or str(problem.get("type", "")).endswith("device-revoked"):
                        raise DeviceRevokedError
                    if refreshed or self.tokens is None:
                        raise SignInRequiredError(str(problem.get("detail", "")))
                    self.refresh()
                    refreshed = True
                    attempt -= 1  # a refresh is not a failed attempt
                    continue
                if response.status_code in _RETRY_STATUS:
                    wait = self._parse_retry_after(response.headers.get("Retry-After"))
                    response.close()
                    self._wait_before_retry(attempt, wait, ServerBusyError(response.status_code))
                    continue
                problem = _problem(response, self.config.max_response_bytes)
                raise RequestRejectedError(response.status_code, str(problem.get("type", "")),
                                           str(problem.get("detail", "")))
            except _TRANSIENT as error:
                if self._sunk:
                    attempt = 0  # the download moved forward: a flaky link is not a dead one
                self._wait_before_retry(attempt, None, OfflineError(f"answer cut off: {type(error).__name__}"))
                continue
            finally:
                response.close()

    def refresh(self) -> None:
        """Exchange the refresh token for a new pair and keep it (inside the cache) before using it."""
        if self.tokens is None:
            raise SignInRequiredError
        _access, _expires, refresh_token = self.tokens.load_tokens()
        if not refresh_token:
            raise SignInRequiredError("no saved session")
        try:
            data = self.post_json(f"{API_PREFIX}/auth/refresh", {"refresh_token": refresh_token}, auth=False)
        except RequestRejectedError as error:
            if error.status == 401:
                if error.problem_type.endswith("device-revoked"):
                    raise DeviceRevokedError from error
                raise SignInRequiredError(error.detail) from error
            raise
        answer = _token_response(data)
        self.tokens.save_tokens(answer.access_token, self.clock() + answer.expires_in, answer.refresh_token)

    # -- internals ---------------------------------------------------------------------------------------------

    def _access_token(self) -> str:
        if self.tokens is None:
            raise SignInRequiredError("not signed in")
        access, expires_at, _refresh = self.tokens.load_tokens()
        # Refresh a little early: a token that expires in flight costs a 401 and a second round trip.
        if not access or expires_at - 30 <= self.clock():
            self.refresh()
            access, _expires, _refresh = self.tokens.load_tokens()
        assert access is not None
        return access

    def _read_body(self, response: requests.Response, sink: BodySink | None) -> bytes:
        limit = self.config.max_response_bytes
        declared = response.headers.get("Content-Length")
        if sink is None and declared and declared.isdigit() and int(declared) > limit:
            raise ProtocolError(f"an answer of {int(declared)} bytes, above the limit of {limit}")
        parts: list[bytes] = []
        total = 0
        self._sunk = 0
        if sink is not None:
            sink.start(response.status_code, response.headers)
        for piece in response.iter_content(chunk_size=256 * 1024):
            self.cancel.check()
            if sink is not None:
                sink.write(piece)
                self._sunk += len(piece)
                continue
            total += len(piece)
            if total > limit:
                raise ProtocolError(f"an answer larger than the limit of {limit} bytes")
            parts.append(piece)
        return b"".join(parts)

    def _parse_retry_after(self, value: str | None) -> float | None:
        if not value:
            return None
        try:
            return min(self._retry_after.parse_retry_after(value), self.config.retry_after_cap)
        except urllib3.exceptions.InvalidHeader:
            return None

    def _wait_before_retry(self, attempt: int, retry_after: float | None, give_up: Exception) -> None:
        self.cancel.check()  # a cancel cuts the connection: that failure is the cancel, not the link
        self._check_deadline()
        if attempt >= self.config.max_attempts:
            raise give_up
        # Full jitter keeps a hundred communes coming back online at once from hammering the server together.
        delay = random.uniform(0, min(self.config.backoff_cap, self.config.backoff_base * 2 ** (attempt - 1)))
        if retry_after is not None:
            delay = max(delay, retry_after)
        watch = self._watch
        if watch is not None and delay >= watch.remaining:
            self.cancel.sleep(watch.remaining)  # no point waiting past the deadline to try once more
            self._check_deadline()
        self.cancel.sleep(delay)

    # -- bounds: the server it talks to, and how long ------------------------------------------------------------

    def _check_server_url(self) -> None:
        scheme = urlsplit(self.config.base_url).scheme
        if scheme == "https":
            return
        if scheme == "http" and (self.config.allow_plain_http or not plain_http.needs_permission(self.config.base_url)):
            return
        raise PlainHttpRefusedError(self.config.base_url)

    @contextmanager
    def _bounded(self, method: str, path: str, deadline: float | None) -> Iterator[None]:
        """Run one call under its total deadline (and the run's budget), cut short by cancel."""
        seconds = self.config.request_deadline if deadline is None else deadline
        ends = time.monotonic() + seconds
        what, limit = f"{method} {path}", seconds
        if self._run_ends is not None and self._run_ends < ends:
            ends, what, limit = self._run_ends, RUN, self.config.run_budget
        outer, outer_what = self._watch, self._watch_what
        with RequestWatch(ends, self.cancel) as watch:
            self._watch = watch
            self._watch_what = (what, limit)
            try:
                yield
            except _TRANSIENT as error:
                self.cancel.check()
                if watch.expired:
                    raise DeadlineError(what, limit, run_budget=what == RUN) from error
                raise
            finally:
                self._watch, self._watch_what = outer, outer_what
            # A head cut short by the watch reads as a complete answer without a body: never hand that on.
            self.cancel.check()
            if watch.expired:
                raise DeadlineError(what, limit, run_budget=what == RUN)

    def _check_deadline(self) -> None:
        """Raise DeadlineError once the call's deadline has passed (a cut answer must not be retried)."""
        watch = self._watch
        if watch is not None and (watch.expired or watch.remaining <= 0):
            what, limit = self._watch_what
            raise DeadlineError(what, limit, run_budget=what == RUN)


def _refuse_redirect(response: requests.Response) -> None:
    """Any 3xx is refused, naming where it pointed: the client talks to the server it was given and nowhere else."""
    if 300 <= response.status_code < 400:
        raise RedirectRefusedError(response.status_code, response.headers.get("Location", "")[:300])


def _certificate_refused(error: BaseException) -> bool:
    """Whether an SSL failure is the server's certificate failing verification (not a handshake cut short)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        for arg in getattr(current, "args", ()):
            if isinstance(arg, BaseException) and _certificate_refused_arg(arg):
                return True
        current = current.__cause__ or current.__context__
    return False


def _certificate_refused_arg(error: BaseException) -> bool:
    # urllib3 wraps the ssl error in MaxRetryError(reason=SSLError(SSLCertVerificationError)) inside the args.
    reason = getattr(error, "reason", None)
    inner = [error, reason, *(a for a in getattr(reason, "args", ()) if isinstance(a, BaseException))]
    return any(isinstance(e, ssl.SSLCertVerificationError) for e in inner)


def _problem(response: requests.Response, limit: int) -> dict[str, Any]:
    """The problem+json body of an error answer, or an empty dict when it has none we can read."""
    try:
        raw = response.raw.read(min(limit, 64 * 1024), decode_content=True)
        data = json.loads(raw)
    except (ValueError, *_TRANSIENT):
        return {}
    if not isinstance(data, dict):
        return {}
    kind = str(data.get("type", ""))
    if kind.startswith(PROBLEM_BASE):
        data["type"] = kind[len(PROBLEM_BASE):]
    return data


def _token_response(data: Any) -> TokenResponse:
    try:
        return TokenResponse.model_validate(data)
    except ValueError as error:
        raise ProtocolError("a sign-in answer without the expected fields") from error

