"""Small Wikipedia dumps and pageview files in the real formats, for tests, benchmarks
and the demo (no real Wikipedia data is available offline)."""

from __future__ import annotations

import bz2
import gzip
import itertools
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

import numpy as np

EXPORT_HEADER = """<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="0.11" xml:lang="en">
  <siteinfo>
    <sitename>Wikipedia</sitename>
    <dbname>enwiki</dbname>
    <base>https://en.wikipedia.org/wiki/Main_Page</base>
    <generator>MediaWiki 1.45.0-wmf.1</generator>
    <case>first-letter</case>
    <namespaces>
      <namespace key="0" case="first-letter" />
      <namespace key="1" case="first-letter">Talk</namespace>
      <namespace key="6" case="first-letter">File</namespace>
      <namespace key="10" case="first-letter">Template</namespace>
      <namespace key="14" case="first-letter">Category</namespace>
    </namespaces>
  </siteinfo>
"""


@dataclass(frozen=True)
class Page:
    title: str
    text: str | None
    namespace: int = 0
    redirect: str | None = None


def page_xml(page: Page, page_id: int) -> str:
    redirect = f'    <redirect title="{escape(page.redirect)}" />\n' if page.redirect else ""
    text = (
        '      <text bytes="0" />\n'
        if page.text is None
        else f'      <text bytes="{len(page.text.encode())}" xml:space="preserve">'
        f"{escape(page.text)}</text>\n"
    )
    return (
        f"  <page>\n    <title>{escape(page.title)}</title>\n    <ns>{page.namespace}</ns>\n"
        f"    <id>{page_id}</id>\n{redirect}    <revision>\n      <id>{page_id + 10**6}</id>\n"
        f"      <timestamp>2026-01-01T00:00:00Z</timestamp>\n"
        f"      <contributor><username>Example</username><id>1</id></contributor>\n"
        f"      <model>wikitext</model>\n      <format>text/x-wiki</format>\n{text}"
        f"      <sha1>0</sha1>\n    </revision>\n  </page>\n"
    )


def write_dump(path: str, pages: Iterable[Page], first_id: int = 1) -> int:
    """Write a pages-articles export (bz2 if `path` ends in .bz2); returns XML bytes."""
    opener = bz2.open if path.endswith(".bz2") else open
    body = (page_xml(page, first_id + i) for i, page in enumerate(pages))
    size = 0
    with opener(path, "wb") as f:
        for chunk in itertools.chain([EXPORT_HEADER], body, ["</mediawiki>\n"]):
            data = chunk.encode()
            size += len(data)
            f.write(data)
    return size


def write_pageviews(path: str, rows: Iterable[tuple[str, str, int]]) -> None:
    """An hourly pageview file: `domain_code page_title count_views total_response_size`."""
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for domain, title, views in rows:
            f.write(f"{domain} {title.replace(' ', '_')} {views} 0\n")


def zipf_weights(n: int) -> list[float]:
    """Cumulative Zipf weights for `random.choices`: rank r is drawn with weight 1/r."""
    return list(itertools.accumulate(1 / rank for rank in range(1, n + 1)))


def article_text(
    rng: random.Random, vocabulary: Sequence[str], cum_weights: Sequence[float], n_sentences: int
) -> str:
    """Wikitext with the markup a real article has: infobox, links, references, a table,
    a file link and a category, around sentences drawn Zipf-like from `vocabulary`."""

    def sentence() -> str:
        words = rng.choices(vocabulary, cum_weights=cum_weights, k=rng.randint(5, 14))
        words[0] = words[0].capitalize()
        if rng.random() < 0.3:
            words[1] = f"[[{words[1]}]]"
        return " ".join(words) + "."

    body = " ".join(sentence() for _ in range(n_sentences))
    return (
        "{{Infobox thing|name=Example|image=x.jpg}}\n"
        f"{body}<ref>{{{{cite web|url=https://example.org|title=source words}}}}</ref>\n"
        '{| class="wikitable"\n|-\n| tablecell || tablecell\n|}\n'
        "[[File:Example.jpg|thumb|caption words]]\n"
        f"== Section ==\n{sentence()}\n[[Category:Examples]]\n"
    )


def synthetic_pages(
    n: int, vocabulary: Sequence[str], seed: int = 0, sentences: int = 20
) -> Iterable[Page]:
    """`n` pages, mostly articles, with every fifteenth a redirect and every tenth a talk page."""
    rng = random.Random(seed)
    cum_weights = zipf_weights(len(vocabulary))
    for i in range(n):
        if i % 15 == 7:
            target = f"Article {i - 1}"
            yield Page(f"Redirect {i}", f"#REDIRECT [[{target}]]", redirect=target)
        elif i % 10 == 3:
            yield Page(f"Talk:Article {i}", "Talk page words here.", namespace=1)
        else:
            yield Page(f"Article {i}", article_text(rng, vocabulary, cum_weights, sentences))


SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]


def pseudo_words(n: int, seed: int = 0) -> list[str]:
    """`n` distinct pronounceable words ("tamoli", "kenu", ...), for a realistic vocabulary."""
    rng = random.Random(seed)
    found: dict[str, None] = {}
    while len(found) < n:
        found["".join(rng.choices(SYLLABLES, k=rng.randint(1, 4)))] = None
    return list(found)


def rank_word(rank: int) -> str:
    """A distinct pronounceable word for every rank 0, 1, 2, ... (its base-70 syllables)."""
    word = ""
    while True:
        rank, digit = divmod(rank, len(SYLLABLES))
        word += SYLLABLES[digit]
        if rank == 0:
            return word
        rank -= 1


class LongTail:
    """Words as in real text: a Zipf-distributed common vocabulary of `common` words, and a
    share `rare` of draws from an unbounded Zipf tail (numpy's `zipf(tail_exponent)`), so
    that distinct words and bigrams keep growing with the corpus as in real text. Each
    article also names its subject, a pair of tail words repeated a few times."""

    def __init__(
        self,
        seed: int,
        common: int = 50_000,
        rare: float = 0.1,
        tail_exponent: float = 1.2,
        cached: int = 2_000_000,
    ):
        self.rng = np.random.default_rng(seed)
        self.known = np.array([rank_word(r) for r in range(cached)], dtype=object)
        weights = np.cumsum(1 / np.arange(1, common + 1))
        self.cum_weights = weights / weights[-1]
        self.common, self.rare, self.exponent = common, rare, tail_exponent

    def ranks(self, k: int) -> np.ndarray:
        """`k` word ranks: Zipf over the common words, a share `rare` from the tail."""
        ranks = self.cum_weights.searchsorted(self.rng.random(k))
        tail = self.rng.random(k) < self.rare
        ranks[tail] = self.common - 1 + self.rng.zipf(self.exponent, size=int(tail.sum()))
        return ranks

    def words(self, k: int) -> list[str]:
        ranks = self.ranks(k)
        beyond = ranks >= len(self.known)
        words = self.known[ranks.clip(max=len(self.known) - 1)]
        words[beyond] = [rank_word(int(r)) for r in ranks[beyond]]
        return words.tolist()

    def article(self, sentences: int) -> str:
        first, last = (
            rank_word(int(r)) for r in self.common - 1 + self.rng.zipf(self.exponent, size=2)
        )
        name = f"{first.capitalize()} {last.capitalize()}"
        lengths = self.rng.integers(5, 15, size=sentences + 1).tolist()
        words = self.words(sum(lengths))
        draws = self.rng.random((sentences + 1, 3)).tolist()
        parts, start = [], 0
        for n, (named, linked, comma) in zip(lengths, draws, strict=True):
            sentence = words[start : start + n]
            start += n
            if named < 0.15:
                sentence[n // 2] = name
            sentence[0] = sentence[0].capitalize()
            if linked < 0.3:
                sentence[1] = f"[[{sentence[1]}]]"
            if comma < 0.3:
                sentence[-2] += ","
            parts.append(" ".join(sentence) + ".")
        return (
            f"{{{{Infobox thing|name={name}|image=x.jpg}}}}\n'''{name}''' "
            + " ".join(parts[:-1])
            + "<ref>{{cite web|url=https://example.org|title=source words}}</ref>\n"
            '{| class="wikitable"\n|-\n| tablecell || tablecell\n|}\n'
            f"[[File:Example.jpg|thumb|caption words]]\n== Section ==\n{parts[-1]}\n"
            "[[Category:Examples]]\n"
        )

    def pages(self, n: int, first_id: int, sentences: int = 30) -> Iterable[Page]:
        """`n` pages numbered from `first_id`: articles, every fifteenth a redirect and
        every tenth a talk page."""
        for i in range(first_id, first_id + n):
            if i % 15 == 7:
                yield Page(
                    f"Redirect {i}", f"#REDIRECT [[Article {i - 1}]]", redirect=f"Article {i - 1}"
                )
            elif i % 10 == 3:
                yield Page(f"Talk:Article {i}", "Talk page words here.", namespace=1)
            else:
                yield Page(f"Article {i}", self.article(sentences))
