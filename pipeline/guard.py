"""The download guard: the `urllib` opener img2dataset's workers download through.

img2dataset fetches each image with `urllib.request.urlopen(request, timeout)` and then
`read()` (img2dataset/downloader.py). `install()` replaces urllib's global opener with one
built by hand, so that every connection those calls make is checked where it is made:

- only http and https, on the first URL and on every redirect hop;
- the host name is refused if internal (`pipeline.urls.internal_name`), then resolved once;
  if any address it resolves to is internal the request is refused, else the connection
  goes to a checked address itself, so a second lookup cannot rebind the name (HTTPS
  still verifies the certificate and sends SNI for the host name);
- each request, redirects included, ends at a total deadline, and a body larger than
  `max_bytes` is refused from its Content-Length or cut while it is read.

Each refusal raises `Blocked`, whose message img2dataset records as the failure reason
(its `status_dict`). No message names an address or a port. There is no proxy handler:
a proxy would resolve and connect on our behalf, out of the guard's sight.
"""

from __future__ import annotations

import http.client
import io
import ipaddress
import json
import os
import socket
import ssl
import time
import urllib.request
from dataclasses import asdict, dataclass
from functools import partial
from urllib.parse import urljoin, urlsplit

from pipeline.urls import internal_address, internal_name

ENV = "OPENWIT_DOWNLOAD_GUARD"  # the settings, as JSON, for img2dataset's spawned workers
# Test-only resolver seam: "name=addr,addr;addr|name2=addr" answers lookups of `name` with
# the listed addresses (`;` separates the answers of successive lookups), so tests can make
# a name resolve to 127.0.0.2 without touching /etc/hosts. Never set it in production.
TEST_HOSTS_ENV = "OPENWIT_TEST_HOSTS"
SCHEMES = ("http", "https")
CHUNK = 64 * 1024

INTERNAL_NAME = "refused: internal host name"
INTERNAL_ADDRESS = "refused: internal address"
DEADLINE = "deadline exceeded"
TOO_LARGE = "response too large"


class Blocked(Exception):
    """A request the guard stopped; the message is the failure reason.

    Not an OSError, so urllib passes it on unwrapped and the reason stays one fixed string.
    """


@dataclass(frozen=True)
class Limits:
    allow_loopback: bool = False
    deadline: float = 30.0  # seconds per request, redirects included
    max_bytes: int = 20_000_000  # response body

    def to_env(self) -> str:
        return json.dumps(asdict(self))


def refused_scheme(scheme: str) -> Blocked:
    label = scheme.lower() if scheme.isascii() and scheme.isalnum() and len(scheme) <= 10 else ""
    return Blocked(f"refused: scheme {label or 'other'}")


_answers: dict[str, int] = {}  # test seam: lookups so far, per name


def _test_answer(host: str) -> list[str] | None:
    for entry in filter(None, os.environ.get(TEST_HOSTS_ENV, "").split("|")):
        name, _, answers = entry.partition("=")
        if name == host.lower():
            rounds = answers.split(";")
            n = _answers[name] = _answers.get(name, -1) + 1
            return rounds[min(n, len(rounds) - 1)].split(",")
    return None


def resolve(host: str, port: int) -> list[tuple]:
    """`getaddrinfo` for a stream socket: (family, type, proto, canonname, sockaddr) each."""
    answer = _test_answer(host)
    if answer is None:
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [
        (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 0, "", (a, port))
        for a in answer
    ]


def seconds(timeout: object) -> float | None:
    """A socket timeout in seconds, None for urllib's "no timeout given" sentinel."""
    return timeout if isinstance(timeout, int | float) else None


def time_left(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise Blocked(DEADLINE)
    return left


def connect(
    limits: Limits,
    deadline: float,
    address: tuple[str, int],
    timeout: object,
    source: tuple[str, int] | None = None,
) -> socket.socket:
    """The guarded `socket.create_connection`: check the name and every address it
    resolves to, then connect to a checked address (never resolving the name again)."""
    host, port = address
    if internal_name(host):
        raise Blocked(INTERNAL_NAME)
    infos = resolve(host, port)
    for *_, sockaddr in infos:
        ip = ipaddress.ip_address(sockaddr[0].partition("%")[0])
        if internal_address(ip, limits.allow_loopback):
            raise Blocked(INTERNAL_ADDRESS)
    error: OSError = OSError(f"{host}: no address")
    for family, kind, proto, _, sockaddr in infos:
        sock = socket.socket(family, kind, proto)
        try:
            left = time_left(deadline)
            sock.settimeout(min(seconds(timeout) or left, left))
            if source:
                sock.bind(source)
            sock.connect(sockaddr)
            return sock
        except TimeoutError as err:
            sock.close()
            if time.monotonic() >= deadline:
                raise Blocked(DEADLINE) from None
            error = err
        except OSError as err:
            sock.close()
            error = err
        except BaseException:
            sock.close()
            raise
    raise error


class DeadlineReader(io.RawIOBase):
    """A socket's reads, each one with its timeout cut to the time left before the deadline."""

    def __init__(
        self, raw: io.RawIOBase, sock: socket.socket, deadline: float, timeout: float | None
    ):
        self.raw, self.sock, self.deadline, self.timeout = raw, sock, deadline, timeout

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:
        left = time_left(self.deadline)
        cut = not self.timeout or left < self.timeout
        self.sock.settimeout(left if cut else self.timeout)
        try:
            return self.raw.readinto(buffer)
        except TimeoutError:
            if cut:
                raise Blocked(DEADLINE) from None
            raise

    def close(self) -> None:
        self.raw.close()
        super().close()


class GuardedResponse(http.client.HTTPResponse):
    """An HTTP response read against the deadline (headers too) and the size limit."""

    def __init__(
        self,
        sock: socket.socket,
        *args: object,
        limits: Limits,
        deadline: float,
        timeout: object,
        **kwargs: object,
    ) -> None:
        super().__init__(sock, *args, **kwargs)
        raw = self.fp.detach()  # the socket file, which keeps the socket open for us
        self.fp = io.BufferedReader(DeadlineReader(raw, sock, deadline, seconds(timeout)))
        self.max_bytes, self.received = limits.max_bytes, 0

    def read1(self, n: int = -1) -> bytes:
        if self.length is not None and self.received + self.length > self.max_bytes:
            raise Blocked(TOO_LARGE)  # from Content-Length, before the body is read
        data = super().read1(CHUNK if n < 0 else min(n, CHUNK))
        self.received += len(data)
        if self.received > self.max_bytes:
            raise Blocked(TOO_LARGE)
        return data

    def read(self, amt: int | None = None) -> bytes:
        """The body in chunks of at most CHUNK bytes, so no more than `max_bytes` is held."""
        if amt is not None:
            return self.read1(amt)
        parts = []
        while chunk := self.read1():
            parts.append(chunk)
        if self.length:
            raise http.client.IncompleteRead(b"".join(parts), self.length)
        return b"".join(parts)


class _Guarded:
    """Mixin for http.client connections: guarded connect, guarded responses."""

    def __init__(self, *args, limits: Limits, deadline: float, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = partial(connect, limits, deadline)
        self.response_class = partial(
            GuardedResponse, limits=limits, deadline=deadline, timeout=self.timeout
        )


class GuardedHTTPConnection(_Guarded, http.client.HTTPConnection):
    pass


class GuardedHTTPSConnection(_Guarded, http.client.HTTPSConnection):
    pass


class GuardedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, limits: Limits):
        super().__init__()
        self.limits = limits

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        kind = partial(GuardedHTTPConnection, limits=self.limits, deadline=req.deadline)
        return self.do_open(kind, req)


class GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, limits: Limits):
        super().__init__(context=ssl.create_default_context())  # certificates, host names
        self.limits = limits

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        kind = partial(GuardedHTTPSConnection, limits=self.limits, deadline=req.deadline)
        return self.do_open(kind, req, context=self._context)


class SchemeRedirectHandler(urllib.request.HTTPRedirectHandler):
    """urllib's redirects (loop and count limits kept), each hop http or https only, under
    the deadline of the first request."""

    def http_error_302(
        self,
        req: urllib.request.Request,
        fp: io.BufferedIOBase,
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
    ) -> http.client.HTTPResponse | None:
        location = headers.get("location") or headers.get("uri")
        if location:
            scheme = urlsplit(urljoin(req.full_url, location.strip())).scheme
            if scheme.lower() not in SCHEMES:
                raise refused_scheme(scheme)
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: io.BufferedIOBase,
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None:
            new.deadline = req.deadline
        return new


class RefuseOtherSchemes(urllib.request.BaseHandler):
    def unknown_open(self, req: urllib.request.Request) -> None:
        raise refused_scheme(req.type)


class GuardedOpener(urllib.request.OpenerDirector):
    """Stamps each new request with its deadline; redirects carry it over."""

    def __init__(self, limits: Limits):
        super().__init__()
        self.limits = limits

    def open(
        self,
        fullurl: str | urllib.request.Request,
        data: bytes | None = None,
        timeout: object = socket._GLOBAL_DEFAULT_TIMEOUT,
    ) -> http.client.HTTPResponse:
        req = urllib.request.Request(fullurl, data) if isinstance(fullurl, str) else fullurl
        if not hasattr(req, "deadline"):
            req.deadline = time.monotonic() + self.limits.deadline
        return super().open(req, data, timeout)


def build_opener(limits: Limits) -> GuardedOpener:
    opener = GuardedOpener(limits)
    for handler in (
        GuardedHTTPHandler(limits),
        GuardedHTTPSHandler(limits),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
        SchemeRedirectHandler(),
        RefuseOtherSchemes(),
    ):
        opener.add_handler(handler)
    return opener


def install() -> Limits:
    """Make urllib's `urlopen` use the guarded opener, with the limits from ENV.

    Fails closed: without ENV nothing may be downloaded from this process."""
    settings = os.environ.get(ENV)
    if not settings:
        raise RuntimeError(f"{ENV} is not set: refusing to download without the guard")
    limits = Limits(**json.loads(settings))
    urllib.request.install_opener(build_opener(limits))
    return limits
