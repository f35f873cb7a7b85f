"""Wikipedia pages-articles dumps: stream pages, reduce wikitext to plain text."""

from __future__ import annotations

import bz2
import contextlib
import gzip
import io
import re
from collections import Counter
from collections.abc import Iterator
from typing import BinaryIO

import mwparserfromhell
import mwxml

# Links into these namespaces are media or metadata, not prose: dropped with their text.
DROPPED_LINK_NAMESPACES = {"file", "image", "media", "category"}
INTERLANGUAGE = re.compile(r"^[a-z]{2,3}(-[a-z]+)*$")
# Tags whose content is not prose (tables, references, galleries, formulas, code).
DROPPED_TAGS = {
    "table",
    "ref",
    "references",
    "gallery",
    "math",
    "chem",
    "timeline",
    "imagemap",
    "score",
    "syntaxhighlight",
    "source",
    "pre",
    "code",
    "graph",
}
MAGIC_WORD = re.compile(r"__[A-Z]+__")
REPLACEMENT_CHARACTER = "\ufffd"


def decompressed(raw: BinaryIO, name: str) -> BinaryIO:
    """The XML bytes of a dump file: bz2 (multistream too) or gzip by extension."""
    if name.endswith(".bz2"):
        return bz2.BZ2File(raw)
    if name.endswith(".gz"):
        return gzip.GzipFile(fileobj=raw)
    return raw


def text_stream(xml: BinaryIO) -> io.TextIOBase:
    """XML bytes as text; bad UTF-8 becomes U+FFFD."""
    if not isinstance(xml, io.BufferedIOBase):
        xml = io.BufferedReader(xml, 1 << 16)
    return io.TextIOWrapper(xml, encoding="utf-8", errors="replace")


def open_dump(raw: BinaryIO, name: str) -> io.TextIOBase:
    """A text stream over a dump file: bz2 or gzip by extension; bad UTF-8 becomes U+FFFD."""
    return text_stream(decompressed(raw, name))


def articles(stream: io.TextIOBase, stats: Counter) -> Iterator[str]:
    """Wikitext of each main-namespace page that is not a redirect and has text.

    Every other page is counted in `stats` under its reason; nothing is dropped silently.
    """
    for page in mwxml.Dump.from_file(stream):
        stats["pages"] += 1
        text = None
        for revision in page:  # pages-articles holds the latest revision only
            text = revision.text
        if page.namespace != 0:
            stats["not_article_namespace"] += 1
        elif page.redirect:
            stats["redirect"] += 1
        elif not text or not text.strip():
            stats["page_without_text"] += 1
        else:
            if REPLACEMENT_CHARACTER in text:
                stats["pages_with_invalid_utf8"] += 1
            stats["articles"] += 1
            yield text


def _is_dropped_link(title: str) -> bool:
    prefix, colon, _ = title.strip().lstrip(":").partition(":")
    if not colon:
        return False
    prefix = prefix.strip().lower()
    return prefix in DROPPED_LINK_NAMESPACES or bool(INTERLANGUAGE.match(prefix))


def plain_text(wikitext: str) -> str:
    """Article prose: templates, references, tables, file and category links removed;
    link text kept (mwparserfromhell's `strip_code` does the rest)."""
    code = mwparserfromhell.parse(wikitext)
    doomed = [t for t in code.filter_tags() if str(t.tag).strip().lower() in DROPPED_TAGS]
    doomed += [link for link in code.filter_wikilinks() if _is_dropped_link(str(link.title))]
    for node in doomed:
        with contextlib.suppress(ValueError):  # already gone with an enclosing node
            code.remove(node)
    text = code.strip_code(normalize=True, collapse=True, keep_template_params=False)
    return MAGIC_WORD.sub(" ", text)
