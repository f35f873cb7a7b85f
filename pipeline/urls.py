"""URL checks for untrusted crawl input: resolve, normalise, refuse internal hosts, hash.

A crawl is untrusted input and a downloader inside a cloud network must not reach
private, loopback, link-local or metadata addresses, so those are refused by default;
`allow_loopback` lets 127.0.0.1 through for local runs and tests.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
import socket
from urllib.parse import urljoin, urlsplit

import pyarrow as pa
import pyarrow.compute as pc

MAX_URL_CHARS = 2048
METADATA_HOSTS = frozenset(
    {
        "metadata",
        "metadata.google.internal",
        "metadata.goog",
        "metadata.azure.internal",
        "instance-data",
        "instance-data.ec2.internal",
        "100.100.100.200",  # Alibaba Cloud metadata (shared address space)
    }
)
_NUMERIC_HOST = re.compile(r"^(0x[0-9a-f]+|[0-9]+)(\.(0x[0-9a-f]+|[0-9]+)){0,3}$")
DEFAULT_PORTS = {"http": 80, "https": 443}
_SPACE = re.compile(r"\s")


def host_address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The IP address a literal host denotes, including legacy forms ("127.1", "0x7f000001")."""
    host = host.strip("[]")
    if ":" in host:
        try:
            return ipaddress.IPv6Address(host)
        except ValueError:
            return None
    if _NUMERIC_HOST.match(host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def refused_host(host: str, allow_loopback: bool = False) -> bool:
    """True for hosts a downloader must not reach: internal addresses and metadata names."""
    host = host.lower().rstrip(".")
    if host in METADATA_HOSTS or host == "localhost" or host.endswith(".localhost"):
        return True
    address = host_address(host)
    if address is None:
        return False
    if allow_loopback and address == ipaddress.IPv4Address("127.0.0.1"):
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return not address.is_global or address.is_multicast


# A flat list of skip rules, one return per reason, is clearer than any split of it.
def clean_url(  # noqa: C901
    url: str, base: str | None = None, allow_loopback: bool = False
) -> tuple[str, str]:
    """(normalised URL, "") for a downloadable URL, else ("", reason it is skipped).

    Relative URLs are resolved against `base` (the page URL); the scheme and host are
    lower-cased, the default port and the fragment dropped.
    """
    url = url.strip()
    if not url:
        return "", "missing_url"
    if url[:5].lower() == "data:":
        return "", "data_url"
    if base:
        try:
            url = urljoin(base, url)
        except ValueError:
            return "", "bad_url"
    if len(url) > MAX_URL_CHARS:
        return "", "url_too_long"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "", "bad_url"
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        return "", "not_http"
    host = (parts.hostname or "").lower()
    if not host or "@" in parts.netloc or _SPACE.search(url):
        return "", "bad_url"
    if refused_host(host, allow_loopback):
        return "", "internal_host"
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    query = f"?{parts.query}" if parts.query else ""
    return f"{scheme}://{netloc}{parts.path or '/'}{query}", ""


def url_uid(url: str) -> str:
    """A stable 128-bit hex id of a normalised URL."""
    return hashlib.blake2b(url.encode("utf-8"), digest_size=16).hexdigest()


# Absolute http(s) URLs of a plain shape, normalised below exactly as `clean_url` would:
# a DNS name whose last label starts with a letter (so no IP literal of any form), an
# optional port, then URL-safe ASCII (no fragment, user info, whitespace or brackets).
_SAFE = r"A-Za-z0-9._~!$&'()*+,;=:@%/-"
_PLAIN_URL = (
    r"^(?P<scheme>(?i:https?))://(?P<host>(?:[A-Za-z0-9-]+\.)*[A-Za-z][A-Za-z0-9-]*)"
    rf"(?::(?P<port>[0-9]{{1,5}}))?(?P<path>/[{_SAFE}]*)?(?P<query>\?[{_SAFE}?]*)?$"
)


def plain_urls(urls: pa.Array, bases: pa.Array) -> pa.Array:
    """`clean_url` of each URL that has no base and the plain shape, vectorised; null for
    the others, which `clean_url` then takes one by one."""
    parts = pc.extract_regex(urls, _PLAIN_URL)
    scheme = pc.utf8_lower(pc.struct_field(parts, "scheme"))
    host = pc.utf8_lower(pc.struct_field(parts, "host"))
    port = pc.struct_field(parts, "port")
    number = pc.cast(pc.if_else(pc.equal(port, ""), "0", port), pa.int64())
    default = pc.if_else(pc.equal(scheme, "http"), 80, 443)
    keep_port = pc.and_(pc.not_equal(port, ""), pc.not_equal(number, default))
    port_text = pc.if_else(
        keep_port, pc.binary_join_element_wise(":", pc.cast(number, pa.string()), ""), ""
    )
    path = pc.struct_field(parts, "path")
    path = pc.if_else(pc.equal(path, ""), "/", path)
    query = pc.struct_field(parts, "query")
    query = pc.if_else(pc.equal(query, "?"), "", query)
    url = pc.binary_join_element_wise(scheme, "://", host, port_text, path, query, "")
    plain = pc.and_(
        pc.and_(pc.is_null(bases), pc.less_equal(number, 65535)),
        pc.and_(
            pc.less_equal(pc.utf8_length(urls), MAX_URL_CHARS),
            pc.invert(_maybe_refused(host)),
        ),
    )
    return pc.if_else(plain, url, pa.scalar(None, pa.string()))


def _maybe_refused(host: pa.Array) -> pa.Array:
    """Hosts `refused_host` may refuse by name (IP literals never have the plain shape)."""
    named = pc.is_in(host, pa.array(sorted(METADATA_HOSTS | {"localhost"})))
    return pc.or_(named, pc.ends_with(host, ".localhost"))
