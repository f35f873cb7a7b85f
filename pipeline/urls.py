"""URL checks for untrusted crawl input: resolve, normalise, refuse internal hosts, hash.

A crawl is untrusted input and a downloader inside a cloud network must not reach
private, loopback, link-local or metadata addresses, so those are refused by default;
`allow_loopback` lets 127.0.0.1 through for local runs and tests. These rules judge a URL
as written; `pipeline.guard` applies them again to every address a name resolves to and
to every redirect hop, where `openwit download` connects.
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
# Names that only a local network resolves: localhost (RFC 6761), *.internal (cloud
# metadata, host.docker.internal), *.local (mDNS), *.home.arpa (RFC 8375).
INTERNAL_SUFFIXES = (".localhost", ".internal", ".local", ".home.arpa")
LOOPBACK = ipaddress.IPv4Address("127.0.0.1")
# Outside it: ::/96 (IPv4-compatible, "::127.0.0.1"), ULA, link- and site-local, multicast,
# NAT64's local-use 64:ff9b:1::/48.
GLOBAL_UNICAST = ipaddress.IPv6Network("2000::/3")
NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # the well-known prefix, RFC 6052
_NUMERIC_HOST = re.compile(r"^(0x[0-9a-f]+|[0-9]+)(\.(0x[0-9a-f]+|[0-9]+)){0,3}$")
DEFAULT_PORTS = {"http": 80, "https": 443}
_SPACE = re.compile(r"\s")

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def normalise_host(host: str) -> str:
    """Lower-case, without brackets or a trailing dot, IDNA-encoded: the name a resolver sees
    ("１２７．０．０．１" and "127。0。0。1" become "127.0.0.1")."""
    host = host.strip("[]").lower().rstrip(".")
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii").lower().rstrip(".")
    except UnicodeError:
        return host


def host_address(host: str) -> Address | None:
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


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 transition form reaches: IPv4-mapped, NAT64 or 6to4."""
    if address.ipv4_mapped or address.sixtofour:
        return address.ipv4_mapped or address.sixtofour
    if address in NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def internal_address(address: Address, allow_loopback: bool = False) -> bool:
    """True for an address a downloader must not connect to: anything but public unicast.

    `allow_loopback` admits exactly 127.0.0.1, not the rest of 127.0.0.0/8, not ::1 and not
    127.0.0.1 inside an IPv6 form.
    """
    if isinstance(address, ipaddress.IPv6Address):
        if address.teredo:  # a tunnel whose far end cannot be checked (whatever is_global says)
            return True
        embedded = embedded_ipv4(address)
        if embedded is not None:
            return internal_address(embedded)
        return address not in GLOBAL_UNICAST or not address.is_global
    if allow_loopback and address == LOOPBACK:
        return False
    return not address.is_global or address.is_multicast


def internal_name(host: str) -> bool:
    """True for names that only a local network resolves, and cloud metadata names."""
    host = normalise_host(host)
    return host in METADATA_HOSTS or f".{host}".endswith(INTERNAL_SUFFIXES)


def refused_host(host: str, allow_loopback: bool = False) -> bool:
    """True for hosts a downloader must not reach: internal names, internal literal addresses."""
    if internal_name(host):
        return True
    address = host_address(normalise_host(host))
    return address is not None and internal_address(address, allow_loopback)


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


# Those already in that normal form (lower-case scheme and host, no port, a path, a query
# only if not empty), which `clean_url` returns as they are: found by a match alone.
_NORMAL_URL = rf"^https?://(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*/[{_SAFE}]*(?:\?[{_SAFE}?]+)?$"


def plain_urls(urls: pa.Array, bases: pa.Array) -> pa.Array:
    """`clean_url` of each URL that has no base and the plain shape, vectorised; null for
    the others, which `clean_url` then takes one by one. URLs already in normal form are
    checked by one match and their host; only the others are taken apart."""
    normal = pc.and_(
        pc.fill_null(pc.match_substring_regex(urls, _NORMAL_URL), False),
        pc.and_(pc.is_null(bases), pc.less_equal(pc.utf8_length(urls), MAX_URL_CHARS)),
    )
    host = pc.list_element(pc.split_pattern(pc.filter(urls, normal), "/", max_splits=3), 2)
    normal = pc.replace_with_mask(normal, normal, pc.invert(_maybe_refused(host)))
    out = pc.if_else(normal, urls, pa.scalar(None, pa.string()))
    rest = pc.invert(normal)
    if not pc.any(rest).as_py():
        return out
    return pc.replace_with_mask(
        out, rest, _taken_apart(pc.filter(urls, rest), pc.filter(bases, rest))
    )


def _taken_apart(urls: pa.Array, bases: pa.Array) -> pa.Array:
    """`plain_urls` of URLs not in normal form: split into their parts and put together."""
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
    """Hosts `refused_host` refuses by name (`internal_name`: metadata names, and the
    internal suffixes and the names they end in); IP literals never have the plain shape."""
    names = METADATA_HOSTS | {suffix[1:] for suffix in INTERNAL_SUFFIXES}
    refused = pc.is_in(host, pa.array(sorted(names)))
    for suffix in INTERNAL_SUFFIXES:
        refused = pc.or_(refused, pc.ends_with(host, suffix))
    return refused
