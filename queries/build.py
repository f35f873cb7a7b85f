"""`openwit queries build`: the query list as an Apache Beam job.

    WordNet folder ──ReadWordNet─────────────────────────────────────────┐
    dump files ──ReadArticles──CountWords───MergeWords─┬─unigrams────────┼─▶ MergeAndWrite
               └───────────CountBigrams────────────────┴─ScoreBigrams────┤     ─▶ OUT/
    pageview files ──ReadViews──SumViews─────────────────────────────────┘

Every step reports what it skipped on a `stats` output; they are summed into the manifest.
Word and bigram counts live in sorted runs under the spill folder (`queries.counting`),
so memory stays bounded however large the dump.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import uuid
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator

import apache_beam as beam
import mwxml.errors
from apache_beam import pvalue
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from queries import counting, merge, output, pageviews, progress, wikitext, wordnet
from queries.config import BuildConfig

log = logging.getLogger(__name__)
STATS = "stats"
BAD_FILES = "bad_files"
# Counts of what was read; every other count in STATS is a skip reason.
READ = {"pages", "articles", "pages_with_invalid_utf8", "wordnet_synsets", "pageview_rows"}


def spill_folder(out: str, parent: str = "") -> str:
    """A new folder for one run's spilled counts: PARENT/run-<random>, or OUT/_spill-<random>."""
    name = uuid.uuid4().hex[:12]
    return (
        FileSystems.join(parent, f"run-{name}")
        if parent
        else FileSystems.join(out, f"_spill-{name}")
    )


def _open(path: str):
    return FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)


class ReadWordNet(beam.DoFn):
    """WordNet folder -> the list of its synsets' head lemmas, as one element."""

    def process(self, folder: str) -> Iterator:
        stats: Counter = Counter()
        candidates = []
        for rank, pos in enumerate(wordnet.POS_FILES):
            with _open(FileSystems.join(folder, f"data.{pos}")) as f:
                lines = (raw.decode("utf-8", "replace") for raw in f)
                candidates += [
                    merge.candidate("wordnet", (rank, offset), lemma, None)
                    for offset, lemma in wordnet.synsets(lines, stats)
                ]
        yield candidates
        yield from (pvalue.TaggedOutput(STATS, item) for item in stats.items())


class ReadArticles(beam.DoFn):
    """Dump file -> plain text of each article, streamed page by page.

    A truncated or malformed file keeps the pages read before the fault; the file is
    reported on the `bad_files` output with the position, and counted.
    """

    def process(self, path: str) -> Iterator:
        stats: Counter = Counter()
        try:
            size = FileSystems.match([path])[0].metadata_list[0].size_in_bytes
            with _open(path) as raw:
                xml = progress.CountingReader(wikitext.decompressed(raw, path))
                shown = progress.FileProgress(path.rsplit("/", 1)[-1], raw, size, xml)
                for text in wikitext.articles(wikitext.text_stream(xml), stats):
                    try:
                        yield wikitext.plain_text(text)
                    except Exception:  # mwparserfromhell rarely fails; never the whole file
                        stats["unparsable_wikitext"] += 1
                    shown.update(stats)
                shown.update(stats, final=True)
        except (EOFError, OSError, ET.ParseError, mwxml.errors.MalformedXML) as err:
            reason = "truncated_file" if isinstance(err, EOFError) else "malformed_file"
            message = f"{path}: {reason.replace('_', ' ')} after {stats['pages']} pages: {err}"
            log.warning("%s (pages before it are kept)", message)
            stats[reason] += 1
            yield pvalue.TaggedOutput(BAD_FILES, message)
        yield from (pvalue.TaggedOutput(STATS, item) for item in stats.items())


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
            with (
                _open(path) as raw,
                gzip.GzipFile(fileobj=raw) if path.endswith(".gz") else raw as lines,
            ):
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

    def process(self, candidates: list, stats: dict, inputs: list, bad_files: list) -> Iterator:
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
    spill = config.spill_dir or spill_folder(config.out)
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
    parts, keys = config.count_shards, config.keys_in_memory
    word_runs = pages.text | "CountWords" >> counting.CountTerms("word", spill, parts, keys)
    pair_runs = pages.text | "CountBigrams" >> counting.CountTerms("pair", spill, parts, keys)
    words = word_runs | "MergeWords" >> beam.ParDo(
        counting.MergeWords(spill, config.min_word_count)
    ).with_outputs("total", "unigrams", main="tables")
    bigrams = (pair_runs, words.tables, words.total) | "ScoreBigrams" >> counting.ScoreBigrams(
        spill, parts, keys, config.min_bigram_count, config.min_pmi
    )
    views = (
        p
        | "PageviewFiles" >> beam.Create(sorted(config.pageviews))
        | "OneViewFilePerWorker" >> beam.Reshuffle()
        | "ReadViews"
        >> beam.ParDo(ReadViews(config.min_row_views)).with_outputs(STATS, BAD_FILES, main="views")
    )
    titles = (
        views.views
        | "SumViews" >> beam.CombinePerKey(sum)
        | "AtLeastMinViews" >> beam.Filter(lambda kv: kv[1] >= config.min_title_views)
        | "TitleCandidate" >> beam.MapTuple(lambda t, n: merge.ranked("title", t, n))
        | "TitleList" >> beam.combiners.ToList()
    )
    stats = (
        (synsets[STATS], pages[STATS], views[STATS])
        | "AllStats" >> beam.Flatten()
        | "SumStats" >> beam.CombinePerKey(sum)
    )
    _ = (
        (synsets.candidates, words.unigrams, bigrams, titles)
        | "AllCandidates" >> beam.Flatten()  # lists of candidates: few, large elements
        | "OneList" >> beam.combiners.ToList()
        | "Concatenate" >> beam.Map(lambda lists: [c for batch in lists for c in batch])
        | "MergeAndWrite"
        >> beam.ParDo(
            MergeAndWrite(config),
            stats=beam.pvalue.AsDict(stats),
            inputs=beam.pvalue.AsList(inputs),
            bad_files=beam.pvalue.AsList(
                (pages[BAD_FILES], views[BAD_FILES]) | "AllBadFiles" >> beam.Flatten()
            ),
        )
    )
