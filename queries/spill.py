"""Sorted runs on disk, so that no count table has to fit in memory.

A run is one file of segments, one per hash partition. A segment holds sorted text lines
`term<TAB>value...`, zlib-compressed; since a tab sorts before every character of a term,
sorting the lines sorts the terms. A `Segment` (path, start, end) names one segment, so Beam
moves only these small tuples while the counts stay in files (local or gs://).
Merging streams segments with a fixed buffer each, so memory does not grow with the
corpus; many segments are first merged in groups of `FAN_IN`.
"""

from __future__ import annotations

import heapq
import itertools
import uuid
import zlib
from collections.abc import Iterable, Iterator

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

Segment = tuple[str, int, int]
FAN_IN = 64
CHUNK = 1 << 20


def partition_of(word: str, partitions: int) -> int:
    """A stable partition number (Python's own hash differs between processes)."""
    return zlib.crc32(word.encode()) % partitions


def new_path(folder: str, kind: str) -> str:
    return FileSystems.join(folder, f"{kind}-{uuid.uuid4().hex}.run")


def write_run(path: str, parts: dict[int, Iterable[str]]) -> list[tuple[int, Segment]]:
    """Write each partition's lines (sorted, each ending in a newline) as one segment."""
    segments, offset = [], 0
    with FileSystems.create(path, compression_type=CompressionTypes.UNCOMPRESSED) as f:
        for partition in sorted(parts):
            packer, start = zlib.compressobj(1), offset
            lines = iter(parts[partition])
            while batch := "".join(itertools.islice(lines, 4096)):
                data = packer.compress(batch.encode())
                f.write(data)
                offset += len(data)
            data = packer.flush()
            f.write(data)
            offset += len(data)
            segments.append((partition, (path, start, offset)))
    return segments


def read_segment(segment: Segment, chunk: int = CHUNK) -> Iterator[str]:
    """The lines of one segment, without their newlines, read `chunk` bytes at a time."""
    path, start, end = segment
    unpacker, rest = zlib.decompressobj(), b""
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as f:
        f.seek(start)
        while start < end:
            data = f.read(min(chunk, end - start))
            if not data:
                raise EOFError(f"{path}: spill file ends before byte {end}")
            start += len(data)
            lines = (rest + unpacker.decompress(data)).split(b"\n")  # whole UTF-8 lines
            rest = lines.pop()
            yield from (line.decode() for line in lines)
    if rest or not unpacker.eof:
        raise EOFError(f"{path}: spill segment at {segment[1]} is incomplete")


def merged_lines(segments: list[Segment]) -> Iterator[str]:
    """All lines of the segments, in sorted order."""
    return heapq.merge(*(read_segment(s) for s in segments))


def summed(lines: Iterable[str]) -> Iterator[tuple[str, int]]:
    """(term, total) from sorted `term<TAB>count` lines, equal terms added up."""
    pairs = (line.split("\t") for line in lines)
    for term, group in itertools.groupby(pairs, key=lambda kv: kv[0]):
        yield term, sum(int(count) for _, count in group)


def sorted_lines(
    segments: list[Segment], folder: str, partition: int, fan_in: int = FAN_IN
) -> Iterator[str]:
    """All lines of the segments, in sorted order; with more than `fan_in` segments,
    groups of them are first merged into new runs in `folder`."""
    while len(segments) > fan_in:
        groups = [segments[i : i + fan_in] for i in range(0, len(segments), fan_in)]
        segments = [
            write_run(
                new_path(folder, "merged"),
                {partition: (f"{line}\n" for line in merged_lines(group))},
            )[0][1]
            for group in groups
        ]
    return merged_lines(segments)


def counts(
    segments: list[Segment], folder: str, partition: int, fan_in: int = FAN_IN
) -> Iterator[tuple[str, int]]:
    """(term, total) over all the segments' `term<TAB>count` lines, in term order."""
    return summed(sorted_lines(segments, folder, partition, fan_in))
