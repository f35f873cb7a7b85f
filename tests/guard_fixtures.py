"""Servers for the download guard's tests, all on 127.0.0.0/8: an HTTP server on 127.0.0.1
whose answers try to lead a downloader astray, and a trap on 127.0.0.2 that counts every
connection it receives (a guarded downloader must cause none)."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from pipeline_fixtures import jpeg

DRIP_SECONDS = 0.2  # one byte this often
BIG = 50 * 2**20  # bytes of the large bodies


class Trap:
    """A TCP listener on 127.0.0.2 that counts the connections it accepts."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.2", 0))
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:  # closed
                return
            self.accepted += 1
            conn.close()

    def __enter__(self) -> Trap:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.sock.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        self.sock.close()
        self.thread.join(5)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # a client that gave up: expected
        pass


class AstrayServer:
    """HTTP on 127.0.0.1. /img/N.jpg a JPEG; /hop a redirect to /img/1.jpg; /to-internal,
    /to-ftp, /to-file, /to-name redirects to the trap (by address, over ftp, to a file, by
    a name the test resolves to the trap); /drip.jpg and /drip-headers one byte every 0.2 s
    of the body or of the headers; /big-declared declares BIG bytes; /big-stream sends BIG
    bytes without Content-Length. `sent` counts the bytes of the big bodies sent, `paths`
    the requests, `drips` how long each drip lasted until its client hung up."""

    def __init__(self, trap: Trap, tls: ssl.SSLContext | None = None) -> None:
        self.trap, self.sent, self.lock = trap, 0, threading.Lock()
        self.paths: list[str] = []  # every request's path, in order
        self.drips: list[float] = []  # seconds until each drip's client hung up
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                with server.lock:
                    server.paths.append(self.path)
                server.answer(self)

        self.httpd = _Server(("127.0.0.1", 0), Handler)
        if tls:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        self.base = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"

    def redirect(self, h: BaseHTTPRequestHandler, location: str) -> None:
        h.send_response(302)
        h.send_header("Location", location)
        h.send_header("Content-Length", "0")
        h.end_headers()

    def answer(self, h: BaseHTTPRequestHandler) -> None:
        trap = f"127.0.0.2:{self.trap.port}"
        redirects = {
            "/hop": "/img/1.jpg",
            "/to-internal": f"http://{trap}/x.jpg",
            "/to-ftp": f"ftp://{trap}/x.jpg",
            "/to-file": "file:///etc/passwd",
            "/to-name": f"http://trap.test:{self.trap.port}/x.jpg",
        }
        if h.path in redirects:
            return self.redirect(h, redirects[h.path])
        if h.path.startswith("/img/"):
            return self.send(h, jpeg(int(h.path[5:].split(".")[0])))
        if h.path == "/drip.jpg":
            return self.drip(h, headers_first=True)
        if h.path == "/drip-headers":
            return self.drip(h, headers_first=False)
        if h.path in ("/big-declared", "/big-stream"):
            return self.big(h, declared=h.path == "/big-declared")
        h.send_error(404)

    def send(self, h: BaseHTTPRequestHandler, body: bytes) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "image/jpeg")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def drip(self, h: BaseHTTPRequestHandler, headers_first: bool) -> None:
        body = jpeg(0)
        if headers_first:
            h.send_response(200)
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.flush()
        else:
            h.wfile.write(b"HTTP/1.0 200 OK\r\n")
            body = b"X-Slow: " + b"a" * len(body)
        start = time.monotonic()
        try:
            for i in range(len(body)):
                h.wfile.write(body[i : i + 1])
                h.wfile.flush()
                time.sleep(DRIP_SECONDS)
        except OSError:
            self.drips.append(time.monotonic() - start)
            raise

    def big(self, h: BaseHTTPRequestHandler, declared: bool) -> None:
        h.send_response(200)
        if declared:
            h.send_header("Content-Length", str(BIG))
        h.end_headers()
        chunk = b"\0" * 2**16
        for _ in range(BIG // len(chunk)):
            h.wfile.write(chunk)
            with self.lock:
                self.sent += len(chunk)
        h.close_connection = True

    def __enter__(self) -> AstrayServer:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@contextlib.contextmanager
def astray_servers(tls: ssl.SSLContext | None = None) -> Iterator[AstrayServer]:
    """The trap on 127.0.0.2 and the server on 127.0.0.1 (`server.trap`; HTTPS with
    `tls`), both stopped at the end."""
    with Trap() as trap, AstrayServer(trap, tls) as server:
        yield server
