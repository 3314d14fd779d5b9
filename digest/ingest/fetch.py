"""Guarded HTTP: the only way ingestion talks to the network.

Every request goes through `Fetcher.get`, which enforces, per request:
- the URL policy (`digest.ingest.guard`) on the first URL and on every redirect hop, and the same policy on
  the address actually connected to (a custom httpcore network backend resolves the name, checks each
  address and connects to the checked one; TLS still verifies the certificate against the name);
- one overall deadline covering connect, redirects and the whole body (a slow drip is cut off);
- a size cap on the body after decompression (gzip, deflate and brotli decoded here, bounded);
- a global and a per-host concurrency limit, a clear User-Agent, no proxies from the environment;
- TLS always verified (one shared default context), against the host name, not the connected IP.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
import time
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import anyio.abc
import brotli
import httpcore
import httpx
from httpcore._backends.anyio import AnyIOStream
from httpcore._utils import is_socket_readable

from digest.ingest import polite
from digest.ingest.guard import Blocked, IPAddress, Policy

MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
DNS_TTL = 300.0  # seconds a run reuses a host's addresses (each is checked again on every connect)


class FetchError(Exception):
    """A request that produced no usable body; the message is fit for the feed-health table."""


class BlockedError(FetchError):
    """The guard refused the URL or the address."""


class TooLarge(FetchError):
    pass


class DeadlineExceeded(FetchError):
    pass


class HTTPStatusError(FetchError):
    def __init__(self, status: int, url: str, retry_after: str | None = None, message: str | None = None):
        super().__init__(message or f"HTTP {status} from {url}")
        self.status = status
        self.retry_after = retry_after  # the Retry-After header of a 429 or 503, as sent


class HostWaiting(HTTPStatusError):
    """Not sent: the host answered 429 with Retry-After to an earlier request of this run."""


@dataclass
class FetchResult:
    url: str  # final URL after redirects
    status: int
    headers: dict[str, str]
    body: bytes = b""
    permanent_url: str | None = None  # set when every hop was a permanent redirect
    redirects: list[str] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class _BlockedConnect(httpcore.ConnectError):
    """Raised inside the transport; httpx wraps it, Fetcher unwraps it into BlockedError."""


class _Stream(httpcore.AsyncNetworkStream):
    """A connected stream with its raw socket looked up once.

    httpcore asks every pooled connection `is_readable` on each request; through anyio's typed
    attributes that lookup dominated the CPU time of a 10,000-request run.
    """

    def __init__(self, inner: httpcore.AsyncNetworkStream, sock: socket.socket | None) -> None:
        self.inner = inner
        self.sock = sock

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self.inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self.inner.write(buffer, timeout)

    async def aclose(self) -> None:
        await self.inner.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        return _Stream(await self.inner.start_tls(ssl_context, server_hostname, timeout), self.sock)

    def get_extra_info(self, info: str) -> Any:
        if info == "socket":
            return self.sock
        if info == "is_readable":
            return is_socket_readable(self.sock)
        return self.inner.get_extra_info(info)


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """Resolve, check every address against the policy, connect only to a checked address.

    Connecting to the checked IP (not re-resolving the name) closes the DNS-rebinding gap; the peer
    address of the open socket is checked once more. httpcore passes the URL's host name for SNI and
    certificate checks, so TLS is verified against the name, not the IP.
    """

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.inner = httpcore.AnyIOBackend()
        self._resolved: dict[tuple[str, int], tuple[float, list[str]]] = {}

    async def resolve(self, host: str, port: int) -> list[str]:
        """The addresses of `host`: a literal as is, a name looked up once per `DNS_TTL` for the run.

        Every connection (per host, keep-alive expiry, reconnects) used to cost a lookup in a
        thread; the answer is remembered, and still checked against the policy on each connect.
        """
        try:
            return [str(ipaddress.ip_address(host))]
        except ValueError:
            pass
        now = time.monotonic()
        cached = self._resolved.get((host, port))
        if cached is not None and cached[0] > now:
            return cached[1]
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc.strerror}") from None
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        self._resolved[(host, port)] = (now + DNS_TTL, addresses)
        return addresses

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        refused: list[str] = []
        last_error: Exception | None = None
        for resolved in await self.resolve(host, port):
            address = ipaddress.ip_address(resolved.split("%", 1)[0])
            if not self.policy.allowed_ip(address):
                refused.append(str(address))
                continue
            try:
                stream, sock = await self._open(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last_error = exc
                continue
            peer = sock.getpeername()[0]
            if not self.policy.allowed_ip(ipaddress.ip_address(peer.split("%", 1)[0])):
                await stream.aclose()
                raise _BlockedConnect(f"{host} connected to non-public address {peer}")
            return _Stream(stream, sock)
        if refused and last_error is None:
            raise _BlockedConnect(f"{host} resolves to non-public address {', '.join(refused)}")
        raise last_error or httpcore.ConnectError(f"cannot connect to {host}:{port}")

    @staticmethod
    async def _open(
        address: IPAddress,
        port: int,
        timeout: float | None,
        local_address: str | None,
        socket_options: Iterable[Any] | None,
    ) -> tuple[httpcore.AsyncNetworkStream, socket.socket]:
        """A TCP connection to exactly this (already checked) address.

        Done here rather than by `anyio.connect_tcp`: the address is already resolved and checked,
        so its resolution step and happy-eyeballs task group would be pure overhead.
        """
        family = socket.AF_INET6 if address.version == 6 else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.setblocking(False)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            for option in socket_options or ():
                sock.setsockopt(*option)
            if local_address:
                sock.bind((local_address, 0))
            async with asyncio.timeout(timeout):
                await asyncio.get_running_loop().sock_connect(sock, (str(address), port))
            stream = await anyio.abc.SocketStream.from_socket(sock)
        except TimeoutError:
            sock.close()
            raise httpcore.ConnectTimeout(f"connecting to {address}:{port} timed out") from None
        except OSError as exc:
            sock.close()
            raise httpcore.ConnectError(f"cannot connect to {address}:{port}: {exc.strerror or exc}") from None
        except BaseException:
            sock.close()
            raise
        return AnyIOStream(stream), sock

    async def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        raise _BlockedConnect("unix sockets are refused")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


class _HostTransport(httpx.AsyncHTTPTransport):
    """httpx's transport for one origin, with the guarded network backend (httpx has no public hook).

    `AsyncHTTPTransport.__init__` is skipped on purpose: all it would add is a second pool (and an
    SSL context) that is never used; the transport's methods only use `_pool`, set here. An http
    origin gets no SSL context; an https one the shared, always-verifying one.
    """

    def __init__(self, backend: GuardedBackend, per_host: int, ssl_context: ssl.SSLContext | None) -> None:
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
            max_connections=per_host,
            max_keepalive_connections=per_host,
            keepalive_expiry=15,
            network_backend=backend,
        )

    def idle(self) -> bool:
        return not self._pool._requests and all(c.is_idle() or c.is_closed() for c in self._pool.connections)


class GuardedTransport(httpx.AsyncBaseTransport):
    """One small connection pool per origin, every one guarded.

    httpcore's pool does work quadratic in its number of connections on every request; with one
    pool for 64 connections that was most of the CPU of a 10,000-page run. Per-origin pools keep
    each to `per_host` connections; pools of idle origins are closed beyond `max_origins`.
    """

    def __init__(self, policy: Policy, per_host: int, max_origins: int = 256) -> None:
        self.policy = policy
        self.per_host = per_host
        self.max_origins = max_origins
        self._origins: dict[tuple[bytes, bytes, int | None], _HostTransport] = {}
        self.backend = GuardedBackend(policy)  # shared: one address cache for the run
        self._ssl: ssl.SSLContext | None = None  # made on the first https origin (loading CAs takes a while)

    def _ssl_context(self) -> ssl.SSLContext:
        if self._ssl is None:
            self._ssl = httpx.create_ssl_context(verify=True, trust_env=False)  # certificates always verified
        return self._ssl

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        key = (request.url.raw_scheme, request.url.raw_host, request.url.port)
        transport = self._origins.pop(key, None)
        if transport is None:
            await self._evict()
            secure = request.url.scheme != "http"  # https, or anything else httpcore would refuse anyway
            transport = _HostTransport(self.backend, self.per_host, self._ssl_context() if secure else None)
        self._origins[key] = transport  # most recently used last
        return await transport.handle_async_request(request)

    async def _evict(self) -> None:
        for key in list(self._origins):
            if len(self._origins) < self.max_origins:
                return
            transport = self._origins[key]
            if transport.idle():
                del self._origins[key]
                await transport.aclose()

    async def aclose(self) -> None:
        for transport in self._origins.values():
            await transport.aclose()
        self._origins.clear()


class _Decoder:
    """Bounded decoding of a Content-Encoding chain; never produces more than `limit` bytes."""

    def __init__(self, encodings: list[str], limit: int) -> None:
        self.limit = limit
        self.size = 0
        self.stages: list[Any] = []
        for enc in reversed(encodings):  # applied in order, so undone in reverse
            if enc in ("gzip", "x-gzip"):
                self.stages.append(zlib.decompressobj(16 + zlib.MAX_WBITS))
            elif enc == "deflate":
                self.stages.append("deflate")
            elif enc == "br":
                self.stages.append(brotli.Decompressor())
            elif enc in ("identity", ""):
                continue
            else:
                raise FetchError(f"unsupported Content-Encoding {enc!r}")

    def _room(self) -> int:
        return self.limit - self.size + 1

    def _stage(self, index: int, data: bytes) -> bytes:
        stage = self.stages[index]
        if stage == "deflate":  # RFC says zlib-wrapped; some servers send raw deflate
            stage = zlib.decompressobj() if data[:1] == b"\x78" else zlib.decompressobj(-zlib.MAX_WBITS)
            self.stages[index] = stage
        if isinstance(stage, brotli.Decompressor):
            out = bytearray()
            try:
                out += stage.process(data, output_buffer_limit=self._room())
                while len(out) <= self._room() and not stage.can_accept_more_data() and not stage.is_finished():
                    out += stage.process(b"", output_buffer_limit=self._room())
            except brotli.error as exc:
                raise FetchError(f"bad brotli body: {exc}") from None
            return bytes(out)
        try:
            out = stage.decompress(data, self._room())
        except zlib.error as exc:
            raise FetchError(f"bad compressed body: {exc}") from None
        return out

    def feed(self, data: bytes) -> bytes:
        for index in range(len(self.stages)):
            data = self._stage(index, data)
        self.size += len(data)
        if self.size > self.limit:
            raise TooLarge(f"body larger than {self.limit} bytes after decompression")
        return data


@dataclass
class FetchSettings:
    timeout: float = 20.0
    concurrency: int = 32
    per_host: int = 4
    user_agent: str = "digest/0.1"

    @classmethod
    def from_network(cls, network: Any) -> FetchSettings:
        return cls(
            timeout=network.timeout,
            concurrency=network.concurrency,
            per_host=network.per_host,
            user_agent=network.user_agent,
        )


class Fetcher:
    """An async client for one ingestion run: `async with Fetcher(...) as f: await f.get(url, ...)`.

    Requests go straight to the guarded transport, not through `httpx.AsyncClient`: redirects are
    followed (and checked) here anyway, and the client's per-request work (URL merging, auth and
    redirect hooks, a cookie jar) was a fifth of this process's CPU time per request. No cookies
    are kept: a feed or page cannot set state that later requests carry.
    """

    def __init__(
        self, policy: Policy, settings: FetchSettings, *, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        """`transport` is the seam, as in httpx: tests pass an `httpx.MockTransport` to answer in-process.

        The URL policy is checked here on every URL and redirect hop whatever the transport; the
        default one also checks every address it connects to.
        """
        self.policy = policy
        self.settings = settings
        self.transport = transport if transport is not None else GuardedTransport(policy, settings.per_host)
        self._base_headers = {
            "User-Agent": settings.user_agent,
            "Accept-Encoding": "gzip, deflate, br",
            "Connection": "keep-alive",
        }
        self._timeouts = httpx.Timeout(settings.timeout).as_dict()
        self._global = asyncio.Semaphore(settings.concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._host_waits: dict[str, tuple[float, str]] = {}  # host -> (monotonic end, Retry-After as sent)

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.transport.aclose()

    def _host_limit(self, url: str) -> asyncio.Semaphore:
        host = (urlsplit(url).hostname or "").lower()
        if host not in self._hosts:
            self._hosts[host] = asyncio.Semaphore(self.settings.per_host)
        return self._hosts[host]

    async def get(
        self,
        url: str,
        *,
        max_bytes: int,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = "*/*",
        reserve: asyncio.Semaphore | None = None,
    ) -> FetchResult:
        """GET with every guard; raises FetchError (or a subclass) with a one-line reason.

        Slots are taken per host first, then `reserve`, then the global one: a request waiting for
        its busy host holds no global slot (with the opposite order, the 20 pages of one feed held
        20 of 32 global slots while 4 of them talked to the host). `reserve` bounds bodies held
        between fetch and their consumer (pages waiting for extraction); it stays acquired when a
        result is returned, and the caller releases it when done with the body.
        """
        try:
            self.policy.check_url(url)
        except Blocked as exc:
            raise BlockedError(str(exc)) from None
        headers = {**self._base_headers, "Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        async with self._host_limit(url):
            self._check_host_wait(url)
            if reserve is not None:
                await reserve.acquire()
            try:
                async with self._global, asyncio.timeout(self.settings.timeout):
                    return await self._follow(url, headers, max_bytes)
            except TimeoutError:
                if reserve is not None:
                    reserve.release()
                raise DeadlineExceeded(f"no complete response within {self.settings.timeout:g} s from {url}") from None
            except BaseException:
                if reserve is not None:
                    reserve.release()
                raise

    def _check_host_wait(self, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        wait = self._host_waits.get(host)
        if wait is None:
            return
        end, sent = wait
        left = end - time.monotonic()
        if left <= 0:
            del self._host_waits[host]
            return
        raise HostWaiting(
            429, url, str(int(left) + 1), f"HTTP 429 from {host} earlier in this run (Retry-After {sent}); not sent"
        )

    def _note_rate_limit(self, url: str, retry_after: str | None) -> None:
        """A 429 with Retry-After holds every request to that host for the rest of the wait (capped)."""
        wait = polite.retry_after(retry_after, datetime.now(UTC))
        if wait:
            host = (urlsplit(url).hostname or "").lower()
            self._host_waits[host] = (time.monotonic() + wait.total_seconds(), (retry_after or "").strip())

    async def _follow(self, url: str, headers: Mapping[str, str], max_bytes: int) -> FetchResult:
        hops: list[str] = []
        permanent = True
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            try:
                request = httpx.Request("GET", current, headers=headers, extensions={"timeout": self._timeouts})
                response = await self.transport.handle_async_request(request)
                try:
                    if response.status_code in (301, 302, 303, 307, 308) and "location" in response.headers:
                        location = response.headers.get("location", "")
                        target = urljoin(current, location.strip())
                        permanent = permanent and response.status_code in (301, 308)
                        try:
                            self.policy.check_url(target)
                        except Blocked as exc:
                            raise BlockedError(f"redirect from {current} refused: {exc}") from None
                        hops.append(target)
                        current = target
                        continue
                    body = b""
                    if response.status_code == 200:
                        body = await self._read(response, max_bytes)
                    elif response.status_code == 304:
                        # a 304 has no body; reading its (empty) end lets the connection be reused,
                        # where closing it unread made every conditional GET open a new connection
                        if not response.is_stream_consumed:
                            async for _chunk in response.aiter_raw(_CHUNK):  # h11 yields none for a 304
                                break
                    else:
                        retry_after = response.headers.get("retry-after")
                        if response.status_code == 429:
                            self._note_rate_limit(current, retry_after)
                        raise HTTPStatusError(response.status_code, current, retry_after)
                    return FetchResult(
                        url=current,
                        status=response.status_code,
                        headers={k.lower(): v for k, v in response.headers.items()},
                        body=body,
                        permanent_url=current if hops and permanent else None,
                        redirects=hops,
                    )
                finally:  # the connection goes back to its pool, or is dropped mid-body
                    await response.aclose()
            except httpx.InvalidURL as exc:
                raise BlockedError(f"malformed URL {current!r}: {exc}") from None
            except httpx.HTTPError as exc:
                cause = exc.__cause__
                if isinstance(cause, _BlockedConnect):
                    raise BlockedError(str(cause)) from None
                if isinstance(exc, httpx.TimeoutException):
                    raise DeadlineExceeded(f"timed out talking to {current}") from None
                raise FetchError(f"{type(exc).__name__}: {exc or 'request failed'} ({current})") from None
        raise FetchError(f"more than {MAX_REDIRECTS} redirects from {url}")

    @staticmethod
    async def _read(response: httpx.Response, max_bytes: int) -> bytes:
        if response.is_stream_consumed:  # an in-process transport (httpx.MockTransport) read it already
            if len(response.content) > max_bytes:
                raise TooLarge(f"body of {len(response.content)} bytes is over the {max_bytes}-byte cap")
            return response.content
        declared = response.headers.get("content-length")
        encodings = [e.strip().lower() for e in response.headers.get("content-encoding", "").split(",") if e.strip()]
        if declared and declared.isdigit() and not encodings and int(declared) > max_bytes:
            raise TooLarge(f"body of {declared} bytes is over the {max_bytes}-byte cap")
        decoder = _Decoder(encodings, max_bytes)
        parts: list[bytes] = []
        async for raw in response.aiter_raw(_CHUNK):
            parts.append(decoder.feed(raw))
        return b"".join(parts)
