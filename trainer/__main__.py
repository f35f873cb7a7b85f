"""`python -m trainer train|eval ...`: the same commands as `openwit train|eval`, for machines
where OpenWIT is on PYTHONPATH but not installed (no console entry points)."""

import argparse
import sys

from trainer.cli import add_eval_parser, add_train_parser

parser = argparse.ArgumentParser(prog="python -m trainer")
subparsers = parser.add_subparsers(dest="command", required=True)
add_train_parser(subparsers)
add_eval_parser(subparsers)
args = parser.parse_args()
sys.exit(args.func(args))
