"""`openwit queries build`: the query list as an Apache Beam job.

    WordNet folder ──ReadWordNet──────────────────────────────┐
    dump files ──ReadArticles──CountTerms──┬─unigram counts──┼─▶ MergeAndWrite ─▶ OUT/
                                           └─ScoreBigrams─────┤
    pageview files ──ReadFromText──SumTitleViews──────────────┘

Every step reports what it skipped on a `stats` output; they are summed into the manifest.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field

import apache_beam as beam
import mwxml.errors
from apache_beam import pvalue
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.transforms.window import GlobalWindows

from queries import merge, output, pageviews, wikitext, wordnet
from queries.text import WORD

log = logging.getLogger(__name__)
STATS = "stats"
BAD_FILES = "bad_files"
# Counts of what was read; every other count in STATS is a skip reason.
READ = {"pages", "articles", "pages_with_invalid_utf8", "wordnet_synsets", "pageview_rows"}


@dataclass
class BuildConfig:
    wiki_dumps: list[str]
    pageviews: list[str]
    wordnet: str
    out: str
    min_word_count: int = 100
    min_pmi: float = 30.0
    min_bigram_count: int = 1
    min_title_views: int = 70
    min_row_views: int = 50
    max_queries: int = 500_000
    versions: dict = field(default_factory=dict)

    def parameters(self) -> dict:
        skip = {"wiki_dumps", "pageviews", "versions"}
        return {k: v for k, v in asdict(self).items() if k not in skip}


def _open(path: str):
    return FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)


class ReadWordNet(beam.DoFn):
    """WordNet folder -> one candidate per synset (its head lemma)."""

    def process(self, folder: str) -> Iterator:
        stats: Counter = Counter()
        for rank, pos in enumerate(wordnet.POS_FILES):
            with _open(FileSystems.join(folder, f"data.{pos}")) as f:
                lines = (raw.decode("utf-8", "replace") for raw in f)
                for offset, lemma in wordnet.synsets(lines, stats):
                    yield merge.Candidate("wordnet", (rank, offset), lemma, None)
        yield from (pvalue.TaggedOutput(STATS, item) for item in stats.items())


class ReadArticles(beam.DoFn):
    """Dump file -> plain text of each article, streamed page by page.

    A truncated or malformed file keeps the pages read before the fault; the file is
    reported on the `bad_files` output with the position, and counted.
    """

    def process(self, path: str) -> Iterator:
        stats: Counter = Counter()
        try:
            with _open(path) as raw:
                for text in wikitext.articles(wikitext.open_dump(raw, path), stats):
                    try:
                        yield wikitext.plain_text(text)
                    except Exception:  # mwparserfromhell rarely fails; never the whole file
                        stats["unparsable_wikitext"] += 1
        except (EOFError, OSError, ET.ParseError, mwxml.errors.MalformedXML) as err:
            reason = "truncated_file" if isinstance(err, EOFError) else "malformed_file"
            message = f"{path}: {reason.replace('_', ' ')} after {stats['pages']} pages: {err}"
            log.warning("%s (pages before it are kept)", message)
            stats[reason] += 1
            yield pvalue.TaggedOutput(BAD_FILES, message)
        yield from (pvalue.TaggedOutput(STATS, item) for item in stats.items())


class CountTerms(beam.DoFn):
    """Text -> (word, count) and, on the `bigram` output, ((word, word), count).

    Counts are summed within a bundle and flushed when `max_keys` distinct terms are held,
    so memory stays bounded however large the dump; bigrams never span punctuation.
    """

    def __init__(self, max_keys: int = 200_000):
        self.max_keys = max_keys

    def start_bundle(self) -> None:
        self.unigrams: Counter = Counter()
        self.bigrams: Counter = Counter()

    def process(self, text: str) -> Iterator:
        previous, previous_end = None, -1
        for match in WORD.finditer(text):
            word = match.group()
            self.unigrams[word] += 1
            if previous is not None and text[previous_end:match.start()].isspace():
                self.bigrams[previous, word] += 1
            previous, previous_end = word, match.end()
        if len(self.unigrams) + len(self.bigrams) > self.max_keys:
            yield from self._flush(lambda x: x)

    def finish_bundle(self) -> Iterator:
        yield from self._flush(GlobalWindows.windowed_value)

    def _flush(self, wrap) -> Iterator:
        yield from (wrap(item) for item in self.unigrams.items())
        yield from (pvalue.TaggedOutput("bigram", wrap(item)) for item in self.bigrams.items())
        self.unigrams, self.bigrams = Counter(), Counter()


def score_bigram(item, total_words: int) -> tuple[str, str, float]:
    """((first, second), pair count, first count, second count) -> (first, second, PMI)."""
    (first, second), pair, first_count, second_count = item
    return first, second, merge.pmi(pair, first_count, second_count, total_words)


class ScoreBigrams(beam.PTransform):
    """Bigram candidates: seen at least `min_count` times and PMI >= `min_pmi`, the word
    counts joined by key (CoGroupByKey) so no count table is held in memory."""

    def __init__(self, min_count: int, min_pmi: float):
        super().__init__()
        self.min_count, self.min_pmi = min_count, min_pmi

    def expand(self, counts):
        bigrams, unigrams = counts
        min_count, min_pmi = self.min_count, self.min_pmi  # keep `self` out of the closures
        total = unigrams | "TotalWords" >> beam.Values() | beam.CombineGlobally(sum)
        frequent = bigrams | "AtLeastMinCount" >> beam.Filter(lambda kv: kv[1] >= min_count)
        by_first = frequent | "ByFirst" >> beam.Map(lambda kv: (kv[0][0], kv))
        with_first = (
            {"pairs": by_first, "count": unigrams}
            | "JoinFirst" >> beam.CoGroupByKey()
            | "AddFirst" >> beam.FlatMap(
                lambda kv: [(p[0][1], (p, kv[1]["count"][0])) for p in kv[1]["pairs"]])
        )
        return (
            {"pairs": with_first, "count": unigrams}
            | "JoinSecond" >> beam.CoGroupByKey()
            | "AddSecond" >> beam.FlatMap(
                lambda kv: [(p[0], p[1], c1, kv[1]["count"][0]) for p, c1 in kv[1]["pairs"]])
            | "PMI" >> beam.Map(score_bigram, total_words=beam.pvalue.AsSingleton(total))
            | "AtLeastMinPMI" >> beam.Filter(lambda s: s[2] >= min_pmi)
            | "BigramCandidate" >> beam.Map(lambda s: merge.ranked("bigram", " ".join(s[:2]), s[2]))
        )


class ReadViews(beam.DoFn):
    """Pageview file -> (title, views) for each row MetaCLIP's row rule admits.

    Bad rows are counted by reason; a corrupt or truncated file keeps the rows read
    before the fault and is reported on the `bad_files` output.
    """

    def __init__(self, min_row_views: int):
        self.min_row_views = min_row_views

    def process(self, path: str) -> Iterator:
        stats: Counter = Counter()
        try:
            with _open(path) as raw, (gzip.GzipFile(fileobj=raw) if path.endswith(".gz")
                                      else raw) as lines:
                for line in lines:
                    stats["pageview_rows"] += 1
                    try:
                        domain, title, views = pageviews.parse_row(line)
                    except ValueError as err:
                        stats[f"pageview_{err}"] += 1
                        continue
                    if pageviews.admits(domain, title, views, self.min_row_views):
                        yield title, views
        except (EOFError, OSError) as err:
            message = f"{path}: corrupt or truncated after {stats['pageview_rows']} rows: {err}"
            log.warning("%s (rows before it are kept)", message)
            stats["bad_pageview_file"] += 1
            yield pvalue.TaggedOutput(BAD_FILES, message)
        yield from (pvalue.TaggedOutput(STATS, item) for item in stats.items())


def digest(path: str) -> dict:
    """An input's path, size and sha256, for the manifest."""
    sha, size = hashlib.sha256(), 0
    with _open(path) as f:
        while chunk := f.read(1 << 20):
            sha.update(chunk)
            size += len(chunk)
    return {"path": path, "bytes": size, "sha256": sha.hexdigest()}


class MergeAndWrite(beam.DoFn):
    """All candidates (one list) -> the merged, capped list and the output folder."""

    def __init__(self, config: BuildConfig):
        self.config = config

    def process(self, candidates, stats: dict, inputs: list, bad_files: list) -> Iterator:
        queries, per_source = merge.merge(candidates, self.config.max_queries)
        manifest = {
            "inputs": sorted(inputs, key=lambda d: d["path"]),
            "parameters": self.config.parameters(),
            "sources": per_source,
            "total_queries": len(queries),
            "read": {k: v for k, v in sorted(stats.items()) if k in READ},
            "skipped": {k: v for k, v in sorted(stats.items()) if k not in READ},
            "bad_files": sorted(bad_files),
            "versions": self.config.versions,
        }
        output.write_outputs(self.config.out, queries, manifest)
        yield len(queries)


def build_query_list(pipeline: beam.Pipeline, config: BuildConfig) -> None:
    """Add the whole job to `pipeline`."""
    p = pipeline
    wordnet_files = [FileSystems.join(config.wordnet, f"data.{pos}") for pos in wordnet.POS_FILES]
    inputs = (
        p
        | "InputFiles" >> beam.Create(sorted(config.wiki_dumps + config.pageviews + wordnet_files))
        | "SpreadInputs" >> beam.Reshuffle()
        | "Digest" >> beam.Map(digest)
    )
    synsets = (
        p
        | "WordNetFolder" >> beam.Create([config.wordnet])
        | "ReadWordNet" >> beam.ParDo(ReadWordNet()).with_outputs(STATS, main="candidates")
    )
    pages = (
        p
        | "DumpFiles" >> beam.Create(sorted(config.wiki_dumps))
        | "OneFilePerWorker" >> beam.Reshuffle()
        | "ReadArticles" >> beam.ParDo(ReadArticles()).with_outputs(STATS, BAD_FILES, main="text")
    )
    terms = pages.text | "CountTerms" >> beam.ParDo(CountTerms()).with_outputs("bigram", main="uni")
    unigram_counts = terms.uni | "SumUnigrams" >> beam.CombinePerKey(sum)
    bigram_counts = terms.bigram | "SumBigrams" >> beam.CombinePerKey(sum)
    unigrams = (
        unigram_counts
        | "AtLeastMinWordCount" >> beam.Filter(lambda kv: kv[1] >= config.min_word_count)
        | "UnigramCandidate" >> beam.MapTuple(lambda w, n: merge.ranked("unigram", w, n))
    )
    bigrams = (bigram_counts, unigram_counts) | "ScoreBigrams" >> ScoreBigrams(
        config.min_bigram_count, config.min_pmi)
    views = (
        p
        | "PageviewFiles" >> beam.Create(sorted(config.pageviews))
        | "OneViewFilePerWorker" >> beam.Reshuffle()
        | "ReadViews" >> beam.ParDo(ReadViews(config.min_row_views)).with_outputs(
            STATS, BAD_FILES, main="views")
    )
    titles = (
        views.views
        | "SumViews" >> beam.CombinePerKey(sum)
        | "AtLeastMinViews" >> beam.Filter(lambda kv: kv[1] >= config.min_title_views)
        | "TitleCandidate" >> beam.MapTuple(lambda t, n: merge.ranked("title", t, n))
    )
    stats = (
        (synsets[STATS], pages[STATS], views[STATS])
        | "AllStats" >> beam.Flatten()
        | "SumStats" >> beam.CombinePerKey(sum)
    )
    _ = (
        (synsets.candidates, unigrams, bigrams, titles)
        | "AllCandidates" >> beam.Flatten()
        | "OneList" >> beam.combiners.ToList()
        | "MergeAndWrite" >> beam.ParDo(
            MergeAndWrite(config),
            stats=beam.pvalue.AsDict(stats),
            inputs=beam.pvalue.AsList(inputs),
            bad_files=beam.pvalue.AsList(
                (pages[BAD_FILES], views[BAD_FILES]) | "AllBadFiles" >> beam.Flatten()),
        )
    )
