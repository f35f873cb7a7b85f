"""Settings dataclasses as the one place where defaults are stated."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace


def defaults(config_class: type) -> SimpleNamespace:
    """The default of every field of a settings dataclass, for command lines to show and use
    (`default=defaults(TrainConfig).lr`); fields without a default are absent."""
    values = {}
    for f in dataclasses.fields(config_class):
        if f.default is not dataclasses.MISSING:
            values[f.name] = f.default
        elif f.default_factory is not dataclasses.MISSING:
            values[f.name] = f.default_factory()
    return SimpleNamespace(**values)
