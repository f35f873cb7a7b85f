"""The settings of `openwit curate` and `openwit download`, each default stated once: the
command lines read their defaults from here. No heavy imports, so `--help` stays fast."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_MAX_TEXT_CHARS = 1000  # texts longer than this after normalisation are dropped
# Longer WAT records and CSV/JSONL lines are skipped unread: a real WAT metadata record is a
# few kB to a few hundred kB, and memory per reader stays within a few times this.
MAX_RECORD_BYTES = 16 * 2**20


@dataclass(frozen=True)
class CurateConfig:
    tables: list[str]
    wats: list[str]
    queries: str
    out: str
    max_per_query: int = 20_000  # the paper's cap: at most 20,000 pairs per query
    seed: int = 0
    balance: str = "metaclip"
    rows_per_shard: int = 100_000
    url_col: str = "url"
    text_col: str = "text"
    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS
    max_record_bytes: int = MAX_RECORD_BYTES
    allow_loopback: bool = False
    inputs: dict[str, list[str]] = field(default_factory=dict)  # patterns as given


@dataclass(frozen=True)
class DownloadConfig:
    curated: str
    out: str
    image_size: int = 256
    resize_mode: str = "border"
    processes: int = field(default_factory=lambda: os.cpu_count() or 1)
    threads: int = 64
    timeout: float = 10  # seconds per read (img2dataset's timeout)
    deadline: float = 30  # seconds per image in all: connecting, redirects, headers, body
    max_bytes: int = 20_000_000  # largest response body read
    retries: int = 0
    samples_per_shard: int = 10_000
    max_image_pixels: int = 89_478_485
    user_agent_token: str | None = None
    honour_opt_out: bool = True
    overwrite: bool = False
    allow_loopback: bool = False
    only_added: bool = False  # download CURATED/diff/added.parquet, not the parts
