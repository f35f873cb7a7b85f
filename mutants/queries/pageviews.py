"""Hourly pageview files: `domain_code page_title count_views total_response_size`."""

from __future__ import annotations

# MetaCLIP's title rule (Demystifying CLIP Data): project `en` (not `en.m`), rows of >= 50 views,
# no ':' in the title (other namespaces), views summed over all files.
PROJECT = "en"


def parse_row(line: bytes) -> tuple[str, str, int]:
    """(domain, title with spaces, views); ValueError names what is wrong with the row."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ValueError("invalid_utf8") from err
    fields = text.rstrip("\r\n").split(" ")
    if len(fields) < 3 or not fields[0] or not fields[1]:
        raise ValueError("missing_fields")
    if not fields[2].isdigit():
        raise ValueError("non_numeric_views")
    return fields[0], fields[1].replace("_", " "), int(fields[2])


def admits(domain: str, title: str, views: int, min_row_views: int) -> bool:
    return domain == PROJECT and views >= min_row_views and ":" not in title
