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
