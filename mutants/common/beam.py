"""Making Beam pipelines: the runner, and which command-line flags reach Beam.

Local runs use FnApiRunner explicitly: DirectRunner would first try the Prism runner,
which downloads a binary at run time and can hang offline. Any other runner
(`--runner DataflowRunner ...`) comes from Beam's standard pipeline options.
"""

from __future__ import annotations

import argparse
import difflib

import apache_beam as beam
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


class _RaisingParser(argparse.ArgumentParser):
    def error(self, message: str):
        raise ValueError(f"Beam pipeline option: {message}")


def _option_classes() -> list[type[PipelineOptions]]:
    found, todo = [], [PipelineOptions]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo += cls.__subclasses__()
    return found


def beam_parser() -> argparse.ArgumentParser:
    """A parser that knows every Beam pipeline option (`--runner`, `--project`, ...)."""
    parser = _RaisingParser(add_help=False, allow_abbrev=False)
    for cls in _option_classes():
        try:
            cls._add_argparse_args(parser)
        except argparse.ArgumentError:
            continue  # an option class that declares a flag another one declared already
    return parser


def not_beam_options(extra: list[str]) -> list[str]:
    """The arguments in `extra` (those a command's own parser did not take) that are not Beam
    pipeline options either: misspelled flags and stray words."""
    return beam_parser().parse_known_args(extra)[1]


def closest_flag(flag: str, candidates: list[str]) -> str | None:
    """The candidate most like `flag` (for 'did you mean ...?'), or None."""
    match = difflib.get_close_matches(flag, candidates, n=1, cutoff=0.6)
    return match[0] if match else None
