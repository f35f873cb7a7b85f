"""`openwit fetch` against a local copy of the real sites' layouts, served on 127.0.0.1.

The server speaks plain HTTP with the dump index pages, dumpstatus.json, sha1sums and
md5sums files, pageview month folders and a Common Crawl wat.paths.gz; handlers can cut
a connection mid-file, ignore Range, corrupt a body or answer 503 with Retry-After.
"""

from __future__ import annotations

import bz2
import gzip
import hashlib
import json
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from openwit.cli import main
from pipeline.fetch import args as checked
from pipeline.fetch.listing import checksums, links

MAX_REQUESTS = 600
WATCHDOG_S = 120
DATE = "20240201"
CRAWL = "CC-MAIN-2024-51"


def autoindex(entries: dict[str, int | None]) -> bytes:
    """A directory page in the nginx autoindex style dumps.wikimedia.org serves."""
    rows = "".join(
        f'<a href="{name}">{name}</a>{" " * 20}01-Feb-2024 08:15{" " * 8}'
        f"{'-' if size is None else size}\n"
        for name, size in entries.items()
    )
    head = '<html><body><h1>Index</h1><hr><pre><a href="../">../</a>\n'
    return f"{head}{rows}</pre></body></html>".encode()


def noise(seed: int, size: int) -> bytes:
    return random.Random(seed).randbytes(size)


@dataclass
class Site:
    """What the server holds and how it misbehaves; each fault counter is spent per request."""

    files: dict[str, bytes] = field(default_factory=dict)
    cut: dict[str, int] = field(default_factory=dict)
    ignore_range: set[str] = field(default_factory=set)
    corrupt: dict[str, int] = field(default_factory=dict)
    busy: dict[str, int] = field(default_factory=dict)
    delay: float = 0.0
    trickle: float = 0.0  # seconds between 8 KiB chunks of a body
    base: str = ""
    wiki: dict[str, bytes] = field(default_factory=dict)
    wat: list[str] = field(default_factory=list)
    log: list[dict] = field(default_factory=list)
    inflight: int = 0
    max_inflight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def spend(self, table: dict[str, int], path: str) -> bool:
        with self.lock:
            if table.get(path, 0) > 0:
                table[path] -= 1
                return True
            return False

    def requests_for(self, path: str) -> list[dict]:
        return [entry for entry in self.log if entry["path"] == path]


class Handler(BaseHTTPRequestHandler):
    site: Site

    def log_message(self, *args) -> None:  # keep pytest output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        site = self.site
        with site.lock:
            site.inflight += 1
            site.max_inflight = max(site.max_inflight, site.inflight)
            number = len(site.log)
            entry = {
                "path": self.path,
                "range": self.headers.get("Range"),
                "at": time.monotonic(),
                "ua": self.headers.get("User-Agent", ""),
            }
            site.log.append(entry)
        try:
            entry["status"] = self._answer(site, number)
        finally:
            with site.lock:
                site.inflight -= 1

    def _answer(self, site: Site, number: int) -> int:
        if number >= MAX_REQUESTS:
            return self._plain(500, b"request budget of the test server spent")
        body = site.files.get(self.path)
        if body is None:
            return self._plain(404, b"not found")
        if site.spend(site.busy, self.path):
            self.send_response(503)
            self.send_header("Retry-After", "1")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return 503
        time.sleep(site.delay)
        if site.spend(site.corrupt, self.path):
            body = bytes([body[0] ^ 0xFF]) + body[1:]
        start, status = 0, 200
        wanted = self.headers.get("Range", "")
        if wanted.startswith("bytes=") and self.path not in site.ignore_range:
            start = int(wanted[6:].split("-")[0])
            if start >= len(body):
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{len(body)}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return 416
            status = 206
        self.send_response(status)
        self.send_header("Content-Length", str(len(body) - start))
        if status == 206:
            self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
        self.end_headers()
        if site.spend(site.cut, self.path):
            self.wfile.write(body[start : start + (len(body) - start) // 2])
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return status
        for offset in range(start, len(body), 8192):
            self.wfile.write(body[offset : offset + 8192])
            time.sleep(site.trickle)
        return status

    def _plain(self, status: int, text: bytes) -> int:
        self.send_response(status)
        self.send_header("Content-Length", str(len(text)))
        self.end_headers()
        self.wfile.write(text)
        return status


def wikipedia_layout(files: dict[str, bytes]) -> dict[str, bytes]:
    """enwiki/ index, one complete dump (3 split files), one in progress, one oversized."""
    xml = (
        "<mediawiki><page><title>T{}</title><revision><text>{}</text></revision></page></mediawiki>"
    )
    names = [
        "enwiki-20240201-pages-articles1.xml-p1p41242.bz2",
        "enwiki-20240201-pages-articles2.xml-p41243p151573.bz2",
        "enwiki-20240201-pages-articles10.xml-p4045403p5399366.bz2",
    ]
    bodies = {
        n: bz2.compress(xml.format(i, noise(i, 120_000).hex()).encode())
        for i, n in enumerate(names)
    }
    recombined = "enwiki-20240201-pages-articles.xml.bz2"
    multistream = "enwiki-20240201-pages-articles-multistream1.xml-p1p41242.bz2"
    bodies[recombined] = bodies[multistream] = b"BZh9 not wanted"
    sha1 = {n: hashlib.sha1(b).hexdigest() for n, b in bodies.items()}

    def job(status: str, chosen: list[str], size_of=len) -> dict:
        return {
            "status": status,
            "updated": "2024-02-02 10:00:00",
            "files": {
                n: {
                    "size": size_of(bodies[n]),
                    "url": f"/enwiki/{DATE}/{n}",
                    "md5": hashlib.md5(bodies[n]).hexdigest(),
                    "sha1": sha1[n],
                }
                for n in chosen
            },
        }

    status = {
        "jobs": {
            "articlesdump": job("done", names),
            "articlesdumprecombine": job("done", [recombined]),
            "articlesmultistreamdump": job("done", [multistream]),
        },
        "version": "0.8",
    }
    files["/enwiki/"] = autoindex(
        {f"{d}/": None for d in ("20231220", "20240101", DATE, "20240301", "20240401")}
    )
    files[f"/enwiki/{DATE}/dumpstatus.json"] = json.dumps(status).encode()
    files[f"/enwiki/{DATE}/enwiki-{DATE}-sha1sums.txt"] = "".join(
        f"{sha1[n]}  {n}\n" for n in sorted(bodies)
    ).encode()
    for name, body in bodies.items():
        files[f"/enwiki/{DATE}/{name}"] = body
    running = {"jobs": {"articlesdump": job("in-progress", names[:1])}}
    files["/enwiki/20240301/dumpstatus.json"] = json.dumps(running).encode()
    huge = {"jobs": {"articlesdump": job("done", names[:1], size_of=lambda b: 10**16)}}
    files["/enwiki/20240401/dumpstatus.json"] = (
        json.dumps(huge).encode().replace(DATE.encode(), b"20240401")
    )
    return {n: b for n, b in bodies.items() if n in names}


def pageviews_layout(files: dict[str, bytes]) -> None:
    """2024-01 (with md5sums.txt) holds Jan 31; 2024-02 (no md5sums) holds Feb 1 minus 05:00."""
    for month, day, skip in (("2024-01", "20240131", None), ("2024-02", "20240201", 5)):
        folder = f"/other/pageviews/2024/{month}/"
        names = {}
        for hour in range(24):
            if hour == skip:
                continue
            name = f"pageviews-{day}-{hour:02d}0000.gz"
            body = gzip.compress(f"en Main_Page {100 + hour} 0\nen Zebra {hour} 0\n".encode())
            files[folder + name] = body
            names[name] = body
        index = {n: len(b) for n, b in names.items()}
        if month == "2024-01":
            index["md5sums.txt"] = 1234
            files[folder + "md5sums.txt"] = "".join(
                f"{hashlib.md5(b).hexdigest()}  {n}\n" for n, b in names.items()
            ).encode()
        files[folder] = autoindex(index)


def commoncrawl_layout(files: dict[str, bytes]) -> list[str]:
    paths = [
        f"crawl-data/{CRAWL}/segments/1733066035857.{s}/wat/"
        f"CC-MAIN-20241201{s:02d}-20241201{s + 1:02d}-{n:05d}.warc.wat.gz"
        for s in (10, 11)
        for n in range(3)
    ]
    for i, path in enumerate(paths):
        record = b"WARC/1.0\r\nWARC-Type: metadata\r\n\r\n" + noise(100 + i, 50_000)
        files["/" + path] = gzip.compress(record)
    files[f"/crawl-data/{CRAWL}/wat.paths.gz"] = gzip.compress("\n".join(paths).encode() + b"\n")
    bad = [p.replace(CRAWL, "CC-MAIN-2024-10") for p in paths[:2]]
    bad.append("crawl-data/CC-MAIN-2024-10/../../etc/passwd")
    files["/crawl-data/CC-MAIN-2024-10/wat.paths.gz"] = gzip.compress("\n".join(bad).encode())
    files["/crawl-data/CC-MAIN-2024-18/wat.paths.gz"] = b"this is not gzip\n"
    return paths


@pytest.fixture
def site():
    """A server on a free 127.0.0.1 port; it stops at teardown or after WATCHDOG_S at most."""
    state = Site()
    state.wiki = wikipedia_layout(state.files)
    pageviews_layout(state.files)
    state.wat = commoncrawl_layout(state.files)
    handler = type("BoundHandler", (Handler,), {"site": state})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    watchdog = threading.Timer(WATCHDOG_S, server.shutdown)
    watchdog.daemon = True
    watchdog.start()
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        watchdog.cancel()
        server.shutdown()
        server.server_close()
        assert len(state.log) < MAX_REQUESTS, "the test server's request budget was spent"


def fetch(site: Site, source: str, out: Path, *extra: str) -> int:
    base = {"wikipedia": site.base, "pageviews": site.base + "/other/pageviews", "wat": site.base}[
        source
    ]
    return main(
        [
            "fetch",
            source,
            "--out",
            str(out),
            "--base-url",
            base,
            "--quiet",
            "--backoff",
            "0.01",
            "--contact",
            "tests@example.org",
            *extra,
        ]
    )


def test_wikipedia_dump_is_fetched_verified_and_skipped_on_rerun(site, tmp_path, capsys):
    assert fetch(site, "wikipedia", tmp_path, "--date", DATE) == 0
    fetched = sorted(p.name for p in tmp_path.glob("enwiki-*"))
    assert fetched == sorted(site.wiki)  # only the split pages-articles files
    for name, body in site.wiki.items():
        assert (tmp_path / name).read_bytes() == body
    manifest = json.loads((tmp_path / f"fetch-wikipedia-enwiki-{DATE}.json").read_text())
    assert [f["name"] for f in manifest["files"]] == [  # ordered by split number
        "enwiki-20240201-pages-articles1.xml-p1p41242.bz2",
        "enwiki-20240201-pages-articles2.xml-p41243p151573.bz2",
        "enwiki-20240201-pages-articles10.xml-p4045403p5399366.bz2",
    ]
    assert all(f["checksum"].startswith("sha1:") for f in manifest["files"])
    assert all(
        e["ua"].startswith("openwit-fetch/") and "tests@example.org" in e["ua"] for e in site.log
    )
    assert "3 fetched" in capsys.readouterr().out

    before = len(site.log)
    assert fetch(site, "wikipedia", tmp_path, "--date", DATE) == 0
    again = [e["path"] for e in site.log[before:]]
    assert not any(p.endswith(".bz2") for p in again)  # only the dump's metadata was read
    assert "3 already complete" in capsys.readouterr().out


def test_cut_connection_resumes_with_range(site, tmp_path, capsys):
    name = "enwiki-20240201-pages-articles2.xml-p41243p151573.bz2"
    path = f"/enwiki/{DATE}/{name}"
    site.cut[path] = 2
    assert fetch(site, "wikipedia", tmp_path, "--date", DATE) == 0
    assert (tmp_path / name).read_bytes() == site.wiki[name]
    tries = site.requests_for(path)
    assert [e["status"] for e in tries] == [200, 206, 206]
    assert tries[0]["range"] is None and tries[1]["range"].startswith("bytes=")
    assert int(tries[1]["range"][6:-1]) > 0
    assert "2 resumed with Range" in capsys.readouterr().out
    assert not list(tmp_path.glob("*.part"))


def test_server_ignoring_range_restarts_from_zero(site, tmp_path, capsys):
    name = "enwiki-20240201-pages-articles1.xml-p1p41242.bz2"
    path = f"/enwiki/{DATE}/{name}"
    site.cut[path] = 1
    site.ignore_range.add(path)
    assert fetch(site, "wikipedia", tmp_path, "--date", DATE) == 0
    assert (tmp_path / name).read_bytes() == site.wiki[name]
    tries = site.requests_for(path)
    assert tries[1]["range"] is not None and tries[1]["status"] == 200
    assert "1 restarted (Range ignored)" in capsys.readouterr().out


def test_killed_run_partial_is_continued_and_a_bad_partial_is_discarded(site, tmp_path, capsys):
    good, bad = (
        "enwiki-20240201-pages-articles1.xml-p1p41242.bz2",
        "enwiki-20240201-pages-articles10.xml-p4045403p5399366.bz2",
    )
    (tmp_path / f"{good}.part").write_bytes(site.wiki[good][:5000])
    (tmp_path / f"{bad}.part").write_bytes(b"\0" * 5000)  # e.g. a different dump's bytes
    assert fetch(site, "wikipedia", tmp_path, "--date", DATE) == 0
    assert site.requests_for(f"/enwiki/{DATE}/{good}")[0]["range"] == "bytes=5000-"
    assert [e["range"] for e in site.requests_for(f"/enwiki/{DATE}/{bad}")] == ["bytes=5000-", None]
    for name in (good, bad):
        assert (tmp_path / name).read_bytes() == site.wiki[name]
    assert "1 checksum retries" in capsys.readouterr().out


def test_ctrl_c_keeps_the_partial_file_for_the_next_run(site, tmp_path):
    name = "enwiki-20240201-pages-articles1.xml-p1p41242.bz2"
    part = tmp_path / f"{name}.part"
    site.trickle = 0.05
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "openwit.cli",
            "fetch",
            "wikipedia",
            "--date",
            DATE,
            "--jobs",
            "1",
            "--out",
            str(tmp_path),
            "--base-url",
            site.base,
            "--quiet",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 30
    while not (part.exists() and part.stat().st_size > 0):
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and "interrupted" in err
    assert part.exists() and not (tmp_path / name).exists()
    have = part.stat().st_size
    site.trickle = 0.0
    assert fetch(site, "wikipedia", tmp_path, "--date", DATE) == 0
    assert site.requests_for(f"/enwiki/{DATE}/{name}")[-1]["range"] == f"bytes={have}-"
    assert (tmp_path / name).read_bytes() == site.wiki[name]


def test_checksum_mismatch_is_retried_then_reported(site, tmp_path, capsys):
    name = "enwiki-20240201-pages-articles2.xml-p41243p151573.bz2"
    site.corrupt[f"/enwiki/{DATE}/{name}"] = 1
    assert fetch(site, "wikipedia", tmp_path, "--date", DATE) == 0
    assert (tmp_path / name).read_bytes() == site.wiki[name]

    out2 = tmp_path / "again"
    site.corrupt[f"/enwiki/{DATE}/{name}"] = 99
    assert fetch(site, "wikipedia", out2, "--date", DATE) == 1
    err = capsys.readouterr().err
    assert "1 of 3 files failed" in err and name in err and "sha1" in err
    assert not (out2 / name).exists() and not list(out2.glob("*.part"))
    assert len(list(out2.glob("enwiki-*.bz2"))) == 2  # the good files are kept


def test_missing_dump_date_names_the_nearest_ones(site, tmp_path, capsys):
    assert fetch(site, "wikipedia", tmp_path, "--date", "20240115") == 1
    err = capsys.readouterr().err
    assert "no enwiki dump dated 20240115" in err
    assert "nearest available: 20231220, 20240101, 20240201, 20240301" in err


def test_unfinished_dump_and_too_little_disk_are_clear_errors(site, tmp_path, capsys):
    assert fetch(site, "wikipedia", tmp_path, "--date", "20240301") == 1
    assert "articlesdump job is 'in-progress'" in capsys.readouterr().err
    assert fetch(site, "wikipedia", tmp_path, "--date", "20240401") == 1
    assert "GiB free; the downloads need" in capsys.readouterr().err


def test_pageviews_range_and_hours_with_md5_where_published(site, tmp_path, capsys):
    site.corrupt["/other/pageviews/2024/2024-01/pageviews-20240131-230000.gz"] = 1
    assert (
        fetch(
            site,
            "pageviews",
            tmp_path,
            "--from",
            "2024-01-31",
            "--to",
            "2024-02-01",
            "--hours",
            "0-2,23",
        )
        == 0
    )
    names = sorted(p.name for p in tmp_path.glob("pageviews-*.gz"))
    assert names == sorted(
        f"pageviews-{d}-{h:02d}0000.gz" for d in ("20240131", "20240201") for h in (0, 1, 2, 23)
    )
    for name in names:
        month = "2024-01" if "20240131" in name else "2024-02"
        assert (tmp_path / name).read_bytes() == site.files[f"/other/pageviews/2024/{month}/{name}"]
    assert "1 checksum retries" in capsys.readouterr().out  # md5sums.txt caught the bad copy


def test_pageviews_hour_not_published_is_reported_after_the_rest(site, tmp_path, capsys):
    assert (
        fetch(
            site,
            "pageviews",
            tmp_path,
            "--from",
            "2024-02-01",
            "--to",
            "2024-02-01",
            "--hours",
            "4-6",
        )
        == 1
    )
    assert "1 requested hours are not published: 2024-02-01 05:00" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.glob("pageviews-*")) == [
        "pageviews-20240201-040000.gz",
        "pageviews-20240201-060000.gz",
    ]
    assert fetch(site, "pageviews", tmp_path, "--from", "2024-03-01", "--to", "2024-03-01") == 1
    assert "no pageview folder for 2024-03" in capsys.readouterr().err
    assert fetch(site, "pageviews", tmp_path, "--from", "2024-02-02", "--to", "2024-02-01") == 1
    assert "--to 2024-02-01 is before --from 2024-02-02" in capsys.readouterr().err


def test_retry_after_is_honoured_on_503(site, tmp_path):
    path = "/" + site.wat[0]
    site.busy[path] = 1
    assert fetch(site, "wat", tmp_path, "--crawl", CRAWL, "--limit", "1") == 0
    first, second = site.requests_for(path)
    assert first["status"] == 503 and second["status"] == 200
    assert second["at"] - first["at"] >= 0.9  # the server asked for 1 s; backoff alone is 0.01 s


def test_wat_shards_split_the_list_and_limit_takes_its_head(site, tmp_path):
    seen = []
    for i in range(3):
        out = tmp_path / f"shard{i}"
        assert fetch(site, "wat", out, "--crawl", CRAWL, "--shard", f"{i}/3") == 0
        names = sorted(p.name for p in out.glob("*.warc.wat.gz"))
        assert names == sorted(Path(p).name for p in site.wat[i::3])
        seen += names
    assert sorted(seen) == sorted(Path(p).name for p in site.wat)
    out = tmp_path / "head"
    assert fetch(site, "wat", out, "--crawl", CRAWL, "--limit", "2") == 0
    head = sorted(Path(p).name for p in site.wat[:2])
    assert sorted(p.name for p in out.glob("*.wat.gz")) == head


def test_bounded_concurrency(site, tmp_path):
    site.delay = 0.2
    assert fetch(site, "wat", tmp_path, "--crawl", CRAWL, "--limit", "4", "--jobs", "2") == 0
    assert site.max_inflight == 2


def test_malformed_or_missing_paths_files(site, tmp_path, capsys):
    assert fetch(site, "wat", tmp_path, "--crawl", "CC-MAIN-2024-10") == 1
    assert "line 3 is not a WAT path of CC-MAIN-2024-10" in capsys.readouterr().err
    assert fetch(site, "wat", tmp_path, "--crawl", "CC-MAIN-2024-18") == 1
    assert "is not a readable gzip text file" in capsys.readouterr().err
    assert fetch(site, "wat", tmp_path, "--crawl", "CC-MAIN-2031-01") == 1
    assert "no crawl CC-MAIN-2031-01" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.wat.gz"))


def test_openwit_command_runs_as_a_process(site, tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "openwit.cli",
            "fetch",
            "wat",
            "--crawl",
            CRAWL,
            "--limit",
            "1",
            "--out",
            str(tmp_path),
            "--base-url",
            site.base,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "1 fetched" in done.stdout
    assert "B/s" in done.stderr  # the progress bar shows bytes and rate
    assert (tmp_path / Path(site.wat[0]).name).read_bytes() == site.files["/" + site.wat[0]]


@pytest.mark.parametrize(
    "argv, message",
    [
        (["wikipedia", "--date", "2024-02-01"], "is not a YYYYMMDD date"),
        (
            ["pageviews", "--from", "2024-01-01", "--to", "2024-01-02", "--hours", "20-25"],
            "hours 0-23",
        ),
        (["wat", "--crawl", "CC-MAIN-2024"], "is not a crawl name"),
        (["wat", "--crawl", CRAWL, "--shard", "3/3"], "0 <= I < N"),
        (["wat", "--crawl", CRAWL, "--shard", "0/2", "--limit", "3"], "not allowed with argument"),
        (["wikipedia", "--timeout", "0"], "argument --timeout: '0' is not a number of seconds > 0"),
        (["wikipedia", "--retries", "-1"], "argument --retries: '-1' is not a whole number >= 0"),
        (["wikipedia", "--backoff", "nan"], "'nan' is not a number of seconds >= 0"),
    ],
)
def test_bad_arguments_are_named(argv, message, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["fetch", *argv, "--out", str(tmp_path)])
    assert stop.value.code == 2
    assert message in capsys.readouterr().err


def test_hours_and_listing_parsers():
    assert checked.hours("0-2,23, 5") == [0, 1, 2, 5, 23]
    assert checked.shard("2/8") == (2, 8)
    page = autoindex({"a.gz": 123, "sub/": None})
    assert links(page) == {"../": None, "a.gz": 123, "sub/": None}
    assert checksums(b"ABCDEF0123456789abcdef0123456789  x.gz\n\n", "s") == {
        "x.gz": "abcdef0123456789abcdef0123456789"
    }
    with pytest.raises(ValueError, match="line 1"):
        checksums(b"nonsense\n", "s")
