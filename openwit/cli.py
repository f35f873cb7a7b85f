"""The `openwit` command: the one place where subcommands are registered.

Each entry of COMMANDS names a stage function `add_parser(subparsers)` that adds the
subcommand's parser and sets `func`; only the subcommand being run is imported, and heavy
imports stay inside `func`. Errors become one line; `--debug` shows the traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pickle
import re
import sys

# Shown in `openwit --help` in this order.
COMMANDS = {
    "fetch": "pipeline.fetch.cli:add_parser",
    "queries": "queries.cli:add_parser",
    "curate": "pipeline.cli:add_curate_parser",
    "download": "pipeline.cli:add_download_parser",
    "report": "pipeline.coverage_cli:add_parser",
    "dedup": "dedup.cli:add_dedup_parser",
    "audit": "dedup.cli:add_audit_parser",
    "train": "trainer.cli:add_train_parser",
    "eval": "trainer.cli:add_eval_parser",
    "demo": "openwit.demo:add_parser",
}
# Failures that a bad input or a bad setting causes; anything else is a bug with a traceback.
USER_ERRORS = (OSError, ValueError, RuntimeError, KeyError, pickle.UnpicklingError)
# Errors whose own name says nothing to a user: their message is shown alone.
WRAPPERS = {"RuntimeError", "ValueError", "OSError", "Exception"}


def _load(target: str):
    module, _, function = target.partition(":")
    return getattr(importlib.import_module(module), function)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The top-level parser; with `only`, load just that subcommand."""
    parser = argparse.ArgumentParser(
        prog="openwit",
        description="Build a CLIP-style WebImageText dataset and pretrain CLIP on it.",
    )
    parser.add_argument("--debug", action="store_true", help="show full tracebacks")
    parser.add_argument("-v", "--verbose", action="store_true", help="log at INFO level")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in [only] if only in COMMANDS else COMMANDS:
        _load(COMMANDS[name])(sub)
    return parser


def reject_unknown(
    parser: argparse.ArgumentParser, args: argparse.Namespace, extra: list[str]
) -> None:
    """Exit with one line when `extra` holds anything but Beam options for a Beam job,
    suggesting the closest flag of the command."""
    if getattr(args, "accepts_beam_args", False):
        from common.beam import not_beam_options

        extra = not_beam_options(extra)
    if not extra:
        return
    from common.beam import closest_flag

    command = parser._subparsers._group_actions[0].choices[args.command]
    flags = [f for action in command._actions for f in action.option_strings]
    first = extra[0].split("=", 1)[0]
    guess = closest_flag(first, flags) if first.startswith("-") else None
    hint = f" (did you mean {guess}?)" if guess else f" (see openwit {args.command} --help)"
    print(f"openwit {args.command}: error: unrecognized argument {first}{hint}", file=sys.stderr)
    sys.exit(2)


BEAM_NOISE = (
    "apitools not found",  # optional GCP libraries: the `openwit[dataflow]` extra
    "No semi_persistent_directory found",  # every local worker process says it
)


def quiet_beam(record: logging.LogRecord) -> bool:
    """Drop Beam notices that say nothing to a user of a local run."""
    message = record.getMessage()
    return not any(noise in message for noise in BEAM_NOISE)


def no_tracebacks(record: logging.LogRecord) -> bool:
    """Beam logs a failing step's traceback; without --debug the error line names it."""
    return "Traceback (most recent call last)" not in record.getMessage()


def setup_logging(args: argparse.Namespace) -> None:
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    for handler in logging.getLogger().handlers:
        handler.addFilter(quiet_beam)
        if not args.debug:
            handler.addFilter(no_tracebacks)


ERROR_LINE = re.compile(r"^(?:[a-z_][\w]*\.)*([A-Z]\w*(?:Error|Exception|Invalid)): (.+)$")


def error_line(err: BaseException) -> str:
    """One line for an error. Beam wraps a worker's error in a multi-line message holding its
    traceback: take the innermost `SomeError: message` line of it, else the last line with
    a word in it, so that a closing bracket is never all that is shown."""
    if isinstance(err, KeyError):
        return f"missing key {err}"
    lines = [line.strip() for line in str(err).strip().splitlines()]
    for line in reversed(lines):
        match = ERROR_LINE.match(line)
        if match:
            return match.group(2) if match.group(1) in WRAPPERS else f"{match[1]}: {match[2]}"
    worded = [line for line in lines if re.search(r"\w", line)]
    return worded[-1] if worded else type(err).__name__


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = next((a for a in argv if not a.startswith("-")), None)
    parser = build_parser(command)
    args, extra = parser.parse_known_args(argv)
    reject_unknown(parser, args, extra)
    args.beam_args = extra  # Beam jobs take the standard pipeline options
    setup_logging(args)
    try:
        return args.func(args) or 0
    except KeyboardInterrupt:
        print("openwit: interrupted", file=sys.stderr)
        return 130
    except USER_ERRORS as err:
        if args.debug:
            raise
        print(f"openwit {args.command}: error: {error_line(err)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
