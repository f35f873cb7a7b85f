"""Beam plumbing shared by OpenWIT's jobs: runner choice and atomic file output.

Local runs use FnApiRunner explicitly: DirectRunner would first try the Prism runner,
which downloads a binary at run time and can hang offline (SPEC.md). Any other runner
(`--runner DataflowRunner ...`) is taken from the standard Beam pipeline options.
"""

from __future__ import annotations

import os
import uuid

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions, StandardOptions

LOCAL_RUNNERS = {None, "directrunner", "fnapirunner", "direct", "fnapi"}


def make_pipeline(beam_args: list[str]) -> beam.Pipeline:
    """A pipeline from standard Beam arguments; local runs get FnApiRunner."""
    options = PipelineOptions(beam_args)
    runner = options.view_as(StandardOptions).runner
    if runner is None or runner.lower() in LOCAL_RUNNERS:
        from apache_beam.runners.portability.fn_api_runner import FnApiRunner

        direct = options.view_as(DirectOptions)
        if direct.direct_num_workers > 1 and direct.direct_running_mode == "in_memory":
            direct.direct_running_mode = "multi_processing"
        return beam.Pipeline(runner=FnApiRunner(), options=options)
    return beam.Pipeline(options=options)


def match_files(patterns: list[str], flag: str) -> list[str]:
    """The files matching each pattern (local or any Beam file system), sorted; a pattern
    that matches nothing is an error naming the flag."""
    files = []
    for pattern in patterns:
        found = [m.path for m in FileSystems.match([pattern])[0].metadata_list]
        if not found:
            raise FileNotFoundError(f"{flag} {pattern}: no files match")
        files += found
    return sorted(set(files))


def is_local(path: str) -> bool:
    return "://" not in path


def write_atomic(path: str, data: bytes) -> None:
    """Write `data` to `path` (local or any Beam filesystem) via a temp file and a rename."""
    tmp = f"{path}.tmp-{uuid.uuid4().hex[:8]}"
    if is_local(path):
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    try:
        with FileSystems.create(tmp) as f:
            f.write(data)
        if is_local(path):
            os.replace(tmp, path)  # atomic on POSIX, overwrites
        else:
            remove_if_exists(path)
            FileSystems.rename([tmp], [path])
    except BaseException:
        remove_if_exists(tmp)
        raise


def remove_if_exists(path: str) -> None:
    if FileSystems.exists(path):
        FileSystems.delete([path])
