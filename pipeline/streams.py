"""Byte streams of crawl files that survive bad input.

A transfer cut short leaves a gzip file without its end: `Gunzip` then ends where the cut
is, keeping every byte decodable before it, instead of failing the file. `gzip_complete`
tells from a file's tail alone whether it ends cleanly, so whole files can take a faster
reader. `bounded_lines` reads lines in pieces of at most `max_bytes`, so one huge line
costs no more memory than that. What they skip is counted by reason (README, "Threat
model").
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import BinaryIO

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

TRUNCATED = "truncated_file"  # a compressed file that ends before its end-of-stream marker
CORRUPT = "corrupt_compression"  # compressed data that cannot be decoded past some point
TOO_LONG = "record_too_long"  # a line or WAT record longer than --max-record-bytes


GZIP_MAGIC = b"\x1f\x8b\x08"  # a gzip member's first bytes (deflate)
TAIL_BYTES = 1 << 20  # how much of a file's end `gzip_complete` looks at


class Gunzip(io.RawIOBase):
    """The decompressed bytes of a (multi-member) gzip stream. Where the stream is cut or
    corrupt it ends instead of raising, and `cut` names the reason. (Python's gzip hands
    over every byte decoded before a cut; ISA-L's reader drops the last read's.)"""

    def __init__(self, compressed: BinaryIO):
        self._gzip = gzip.GzipFile(fileobj=compressed, mode="rb")
        self.cut: str | None = None

    def readable(self) -> bool:
        return True

    def tell(self) -> int:  # FastWARC asks where a record starts
        return self._gzip.tell()

    def read(self, size: int = -1) -> bytes:
        if self.cut:
            return b""
        try:
            return self._gzip.read1(size if size > 0 else io.DEFAULT_BUFFER_SIZE)
        except EOFError:
            self.cut = TRUNCATED
        except (OSError, zlib.error):  # a bad header, CRC or deflate block
            self.cut = CORRUPT
        return b""

    def readinto(self, buffer: memoryview) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._gzip.close()
        super().close()


def gzip_complete(path: str) -> bool:
    """True if the gzip file's last member, found in its last TAIL_BYTES, decodes to the
    end of the file; false for a cut file, and for one whose last member is longer."""
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as f:
        f.seek(0, io.SEEK_END)
        f.seek(max(0, f.tell() - TAIL_BYTES))
        tail = f.read()
    start = tail.rfind(GZIP_MAGIC)
    while start >= 0:
        if _decodes_to_end(tail[start:]):
            return True
        start = tail.rfind(GZIP_MAGIC, 0, start)
    return False


def _decodes_to_end(data: bytes) -> bool:
    """True if `data` is exactly one whole gzip member (decoded in bounded pieces)."""
    member = zlib.decompressobj(wbits=31)
    try:
        member.decompress(data, io.DEFAULT_BUFFER_SIZE)
        while member.unconsumed_tail and not member.eof:
            member.decompress(member.unconsumed_tail, io.DEFAULT_BUFFER_SIZE)
    except zlib.error:
        return False
    return member.eof and not member.unused_data


def open_stream(path: str) -> tuple[io.BufferedReader, Gunzip | None]:
    """A file through Beam's file systems, gunzipped when its name ends in .gz; the second
    value is the `Gunzip` to ask for a cut (None for a plain file)."""
    raw = FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)
    if not path.lower().endswith(".gz"):
        return raw, None
    gunzip = Gunzip(raw)
    return io.BufferedReader(gunzip, buffer_size=1 << 20), gunzip


def bounded_lines(
    stream: io.BufferedIOBase, max_bytes: int, skipped: Counter, cut: Gunzip | None = None
) -> Iterator[bytes]:
    """The lines of `stream`, ends included. A line over `max_bytes` is read past in pieces
    and counted in `skipped`; the unfinished last line of a cut stream is dropped (the cut
    itself is counted by the caller)."""
    while line := stream.readline(max_bytes + 1):
        if len(line) > max_bytes:
            while line and not line.endswith(b"\n"):
                line = stream.readline(max_bytes + 1)
            skipped[TOO_LONG] += 1
        elif line.endswith(b"\n") or not (cut and cut.cut):
            yield line
