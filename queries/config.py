"""The settings of `openwit queries build`, each default stated once: the command line reads
its defaults from here. No heavy imports, so `--help` stays fast."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

WORDNET_DIR = "/usr/share/wordnet"  # Debian's wordnet-base


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
    count_shards: int = 64
    keys_in_memory: int = 1_000_000
    spill_dir: str = ""  # this run's spill folder; default: a new one in OUT
    versions: dict = field(default_factory=dict)

    def parameters(self) -> dict:
        skip = {
            "wiki_dumps",
            "pageviews",
            "versions",
            "count_shards",
            "keys_in_memory",
            "spill_dir",
        }  # no effect on output
        return {k: v for k, v in asdict(self).items() if k not in skip}
