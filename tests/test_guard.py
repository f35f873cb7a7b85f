"""The download guard's opener against real servers on 127.0.0.1 and a trap on 127.0.0.2:
no hop, name or scheme reaches the trap; deadline and size limit cut what they should."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import time
import tracemalloc
import urllib.error

import pytest
from guard_fixtures import BIG, astray_servers
from pipeline_fixtures import jpeg

from pipeline import guard

DEADLINE = 1.0


@pytest.fixture
def server(monkeypatch):
    monkeypatch.setattr(guard, "_answers", {})
    with astray_servers() as server:
        yield server
        assert server.trap.accepted == 0, "a connection reached 127.0.0.2"


def fetch(url: str, allow_loopback: bool = True, max_bytes: int = 2**20) -> bytes:
    opener = guard.build_opener(guard.Limits(allow_loopback, DEADLINE, max_bytes))
    with opener.open(url, timeout=5) as r:
        return r.read()


def refusal(url: str, **kwargs) -> str:
    with pytest.raises(guard.Blocked) as err:
        fetch(url, **kwargs)
    return str(err.value)


def test_allowed_requests_and_redirects_still_work(server):
    assert fetch(server.base + "/img/3.jpg") == jpeg(3)
    assert fetch(server.base + "/hop") == jpeg(1)


def test_every_hop_and_every_address_is_checked(server, monkeypatch):
    trap = f"127.0.0.2:{server.trap.port}"
    assert refusal(server.base + "/to-internal") == guard.INTERNAL_ADDRESS
    assert refusal(f"http://{trap}/x.jpg") == guard.INTERNAL_ADDRESS
    assert refusal(f"https://{trap}/x.jpg") == guard.INTERNAL_ADDRESS
    assert refusal(server.base + "/img/1.jpg", allow_loopback=False) == guard.INTERNAL_ADDRESS
    assert refusal(server.base + "/to-ftp") == "refused: scheme ftp"
    assert refusal(server.base + "/to-file") == "refused: scheme file"
    assert refusal(f"ftp://{trap}/x.jpg") == "refused: scheme ftp"
    assert refusal(f"http://localhost:{server.trap.port}/x.jpg") == guard.INTERNAL_NAME
    assert refusal(f"http://[::ffff:127.0.0.2]:{server.trap.port}/") == guard.INTERNAL_ADDRESS
    monkeypatch.setenv(guard.TEST_HOSTS_ENV, "trap.test=127.0.0.2|both.test=127.0.0.1,127.0.0.2")
    assert refusal(server.base + "/to-name") == guard.INTERNAL_ADDRESS
    assert refusal(f"http://trap.test:{server.trap.port}/x.jpg") == guard.INTERNAL_ADDRESS
    # One internal address among a name's answers refuses the name, whichever comes first.
    assert refusal(f"http://both.test:{server.port}/img/1.jpg") == guard.INTERNAL_ADDRESS


def test_a_name_is_resolved_once_and_the_checked_address_used(server, monkeypatch):
    # DNS rebinding: the first answer is allowed, any later one points at the trap.
    monkeypatch.setenv(guard.TEST_HOSTS_ENV, "rebind.test=127.0.0.1;127.0.0.2")
    assert fetch(f"http://rebind.test:{server.port}/img/2.jpg") == jpeg(2)


def test_https_goes_through_the_guard_with_certificate_and_name_checks(tmp_path, monkeypatch):
    if not shutil.which("openssl"):
        pytest.skip("no openssl command to make a certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    make_cert = "req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1"
    subprocess.run(
        ["openssl", *make_cert.split(), "-subj", "/CN=tls.test"]
        + ["-addext", "subjectAltName=DNS:tls.test", "-keyout", key, "-out", cert],
        check=True,
        capture_output=True,
    )
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    monkeypatch.setattr(guard, "_answers", {})
    monkeypatch.setenv(guard.TEST_HOSTS_ENV, "tls.test=127.0.0.1|trap.test=127.0.0.2")
    with astray_servers(tls) as server:
        with pytest.raises(urllib.error.URLError, match="CERTIFICATE_VERIFY_FAILED"):
            fetch(f"https://tls.test:{server.port}/img/1.jpg")  # not trusted yet
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # trusted from here on
        assert fetch(f"https://tls.test:{server.port}/img/1.jpg") == jpeg(1)
        with pytest.raises(urllib.error.URLError, match="CERTIFICATE_VERIFY_FAILED"):
            fetch(f"{server.base}/img/1.jpg")  # the certificate names tls.test only
        assert refusal(f"https://tls.test:{server.port}/to-name") == guard.INTERNAL_ADDRESS
        assert refusal(f"https://trap.test:{server.trap.port}/") == guard.INTERNAL_ADDRESS
        assert server.trap.accepted == 0


@pytest.mark.parametrize("path", ["/drip.jpg", "/drip-headers"])
def test_a_slow_server_is_cut_at_the_deadline(server, path):
    start = time.monotonic()
    assert refusal(server.base + path) == guard.DEADLINE
    # The drip would take over 100 s; generous slack for a loaded machine.
    assert time.monotonic() - start < DEADLINE + 5


@pytest.mark.parametrize("path", ["/big-declared", "/big-stream"])
def test_a_large_body_is_refused_without_being_read_whole(server, path):
    tracemalloc.start()
    try:
        assert refusal(server.base + path, max_bytes=2**20) == guard.TOO_LARGE
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 2**20, peak
    assert server.sent < BIG // 2  # the server saw the connection closed early


def test_the_guard_fails_closed_without_its_settings(monkeypatch):
    monkeypatch.delenv(guard.ENV, raising=False)
    with pytest.raises(RuntimeError, match=guard.ENV):
        guard.install()
