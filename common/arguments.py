"""Argument types for the command lines: a value out of range is one line naming the flag."""

from __future__ import annotations

import math
from argparse import ArgumentTypeError, Namespace
from collections.abc import Callable


def count(text: str) -> int:
    """A whole number, 0 or more."""
    if not text.isdigit():
        raise ArgumentTypeError(f"{text!r} is not a whole number >= 0")
    return int(text)


def positive(text: str) -> int:
    """A whole number, 1 or more."""
    if not text.isdigit() or int(text) < 1:
        raise ArgumentTypeError(f"{text!r} is not a whole number >= 1")
    return int(text)


def number(low: float, high: float, words: str, above: bool = False) -> Callable[[str], float]:
    """A finite number from `low` (excluded when `above`) to `high`; `words` name the range."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        in_range = (low < value if above else low <= value) and value <= high
        if not (math.isfinite(value) and in_range):
            raise ArgumentTypeError(f"{text!r} is not {words}")
        return value

    return parse


def check_at_least(args: Namespace, least: dict[str, int]) -> None:
    """A ValueError naming the first flag whose value is below its least value, if any."""
    for name, low in least.items():
        value = getattr(args, name)
        if value < low:
            raise ValueError(f"--{name.replace('_', '-')} must be at least {low}, not {value}")
