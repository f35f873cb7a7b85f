"""The `openwit` command.

Each stage registers its subcommand under the `openwit.commands` entry-point group
(see pyproject.toml), so this dispatcher imports no stage's internals. A stage module's
`add_parser(subparsers)` adds its parser and sets `func`; heavy imports stay inside `func`.
"""

from __future__ import annotations

import argparse
import logging
import sys
from importlib.metadata import entry_points

# Shown in `openwit --help` in this order; stages not installed yet are simply absent.
ORDER = ["fetch", "queries", "curate", "download", "dedup", "audit", "train", "eval", "demo"]


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The top-level parser; with `only`, load just that subcommand's entry point."""
    parser = argparse.ArgumentParser(
        prog="openwit",
        description="Build a CLIP-style WebImageText dataset and pretrain CLIP on it.",
    )
    parser.add_argument("--debug", action="store_true", help="show full tracebacks")
    parser.add_argument("-v", "--verbose", action="store_true", help="log at INFO level")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    found = {ep.name: ep for ep in entry_points(group="openwit.commands")}
    rank = {name: i for i, name in enumerate(ORDER)}
    names = [only] if only in found else sorted(found, key=lambda n: (rank.get(n, len(ORDER)), n))
    for name in names:
        found[name].load()(sub)
    return parser


BEAM_NOISE = (
    "apitools not found",  # optional GCP libraries: the `openwit[dataflow]` extra
    "No semi_persistent_directory found",  # every local worker process says it
)


def quiet_beam(record: logging.LogRecord) -> bool:
    """Drop Beam notices that say nothing to a user of a local run."""
    message = record.getMessage()
    return not any(noise in message for noise in BEAM_NOISE)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = next((a for a in argv if not a.startswith("-")), None)
    parser = build_parser(command)
    args, extra = parser.parse_known_args(argv)
    if extra and not getattr(args, "accepts_beam_args", False):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.beam_args = extra  # Beam jobs take the standard pipeline options
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    for handler in logging.getLogger().handlers:
        handler.addFilter(quiet_beam)
        if not args.debug:  # Beam logs a failing step's traceback; the error line names it
            handler.addFilter(lambda record: "Traceback (most recent call last)" not in
                              record.getMessage())
    try:
        return args.func(args) or 0
    except KeyboardInterrupt:
        print("openwit: interrupted", file=sys.stderr)
        return 130
    except (OSError, ValueError, RuntimeError) as err:
        if args.debug:
            raise
        lines = str(err).strip().splitlines()
        message = lines[-1] if lines else repr(err)
        print(f"openwit {args.command}: error: {message}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
