"""Evaluation sets: an image folder (ROOT/CLASS/IMAGE) or labelled webdataset shards.

Webdataset samples carry their class index in `KEY.cls`; the class names are read from
`classnames.txt` (one a line) in the shards' folder. Refs are file paths or `shard.tar#key`.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from common.shards import (
    CLASSNAMES,
    LABEL_EXTENSION,
    expand_shards,
    iter_samples,
    parse_label,
    read_classnames,
)


def parse_named(spec: str) -> tuple[str, str]:
    """`NAME=PATH` or `PATH` (named after its last path component)."""
    name, sep, path = spec.partition("=")
    if not sep:
        path, name = spec, os.path.basename(os.path.normpath(spec))
    if not name or not path:
        raise ValueError(f"expected NAME=PATH, got {spec!r}")
    return name, path


@dataclass
class EvalSet:
    name: str
    path: str
    kind: str  # "folder" or "shards"
    classnames: list[str]
    refs: list[str]
    labels: list[int | None]
    skips: Counter

    def items(self) -> Iterator[tuple[str, int | None, bytes | None]]:
        """(ref, label, image bytes or None when unreadable) in a fixed order."""
        if self.kind == "folder":
            for ref, label in zip(self.refs, self.labels, strict=True):
                try:
                    with open(ref, "rb") as f:
                        yield ref, label, f.read()
                except OSError:
                    yield ref, label, None
            return
        labels = dict(zip(self.refs, self.labels, strict=True))
        for shard in expand_shards(self.path):
            for sample in iter_samples(shard):
                if sample.ref in labels:
                    yield sample.ref, labels[sample.ref], sample.image_bytes()


def _shard_set(name: str, path: str, need_labels: bool) -> EvalSet:
    shards = expand_shards(path)
    folder = path if os.path.isdir(path) else os.path.dirname(shards[0])
    names_file = os.path.join(folder, CLASSNAMES)
    classnames: list[str] = []
    if need_labels:
        if not os.path.isfile(names_file):
            raise OSError(f"evaluation shards {path} need {names_file} (class names, one a line)")
        classnames = read_classnames(folder)
    refs, labels, skips = [], [], Counter()
    for shard in shards:
        for sample in iter_samples(shard, skips):
            if sample.image_bytes() is None:
                skips["no image"] += 1
                continue
            label = None
            if need_labels:
                try:
                    label = parse_label(sample.files[LABEL_EXTENSION])
                except (KeyError, ValueError):
                    skips["no or bad cls label"] += 1
                    continue
                if not 0 <= label < len(classnames):
                    raise ValueError(
                        f"{sample.ref}: class {label} outside the {len(classnames)} names "
                        f"in {names_file}"
                    )
            refs.append(sample.ref)
            labels.append(label)
    return EvalSet(name, path, "shards", classnames, refs, labels, skips)


def open_evalset(name: str, path: str, need_labels: bool = True) -> EvalSet:
    """An evaluation set from an image folder or webdataset shards (labels needed for accuracy)."""
    if not os.path.exists(path) and "{" not in path and "*" not in path:
        raise OSError(f"evaluation set {name}: {path} does not exist")
    is_shards = not os.path.isdir(path) or any(f.endswith(".tar") for f in os.listdir(path))
    if is_shards:
        return _shard_set(name, path, need_labels)
    from trainer.evalsets import image_folder

    paths, labels, classnames = image_folder(path)
    return EvalSet(name, path, "folder", classnames, paths, list(labels), Counter())
