"""Reading the plain directory pages and checksum files the dump sites publish."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# nginx/Apache autoindex: `<a href="NAME">NAME</a>   01-Jan-2024 01:27   46418372`
SIZE_AFTER_LINK = re.compile(r"^\s*\S+\s+\S+\s+(\d+)\s*$")
CHECKSUM_LINE = re.compile(r"^([0-9a-fA-F]{32,128})\s+\*?(\S+)$")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self._open = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.links.append((href, ""))
            self._open = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._open = False

    def handle_data(self, data: str) -> None:
        if self.links and not self._open:
            href, after = self.links[-1]
            self.links[-1] = (href, after + data)


def links(html: bytes) -> dict[str, int | None]:
    """href -> the byte size printed after the link (None where the page shows none)."""
    parser = _Links()
    parser.feed(html.decode("utf-8", "replace"))
    out: dict[str, int | None] = {}
    for href, after in parser.links:
        first_line = after.split("\n", 1)[0]
        size = SIZE_AFTER_LINK.match(first_line)
        out[href] = int(size[1]) if size else None
    return out


def checksums(text: bytes, source: str) -> dict[str, str]:
    """`HEXDIGEST  NAME` lines (md5sum/sha1sum output) -> {NAME: hexdigest}."""
    out: dict[str, str] = {}
    for number, line in enumerate(text.decode("utf-8", "replace").splitlines(), 1):
        if not line.strip():
            continue
        match = CHECKSUM_LINE.match(line.strip())
        if not match:
            raise ValueError(f"{source}: line {number} is not 'CHECKSUM  FILENAME': {line[:80]!r}")
        out[match[2]] = match[1].lower()
    return out
