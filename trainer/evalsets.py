"""Evaluation sets: an image folder (one subfolder per class) or webdataset shards."""

from __future__ import annotations

import io
import logging
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from PIL import Image

from common.io import read_lines
from common.shards import IMAGE_ERRORS, IMAGE_EXTENSIONS, expand_shards, image_key

log = logging.getLogger(__name__)
UNDECODABLE = "undecodable_image"  # skipped, counted and logged: bombs and broken files


def image_folder(root: str) -> tuple[list[str], list[int], list[str]]:
    """(image paths, labels, classnames) of ROOT/CLASS/IMAGE, classes and files sorted by name.

    An empty class folder, or a root without class folders, is a ValueError naming it."""
    base = Path(root)
    if not base.is_dir():
        raise OSError(f"evaluation folder {root} does not exist")
    classnames = sorted(p.name for p in base.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not classnames:
        raise ValueError(f"evaluation folder {root} has no class subfolders")
    paths, labels = [], []
    for label, name in enumerate(classnames):
        files = sorted(
            str(p)
            for p in (base / name).iterdir()
            if p.is_file() and p.suffix.lower().lstrip(".") in IMAGE_EXTENSIONS
        )
        if not files:
            raise ValueError(f"class folder {base / name} holds no images")
        paths += files
        labels += [label] * len(files)
    return paths, labels, classnames


def read_templates(path: str) -> list[str]:
    """Prompt templates, one a line, each with one `{}` for the class name."""
    templates = read_lines(path, "template")
    bad = [t for t in templates if t.count("{}") != 1]
    if bad:
        raise ValueError(f"template file {path}: each line needs exactly one {{}}, not {bad[0]!r}")
    return templates


def webdataset_samples(
    urls: str | list[str], keys: tuple[str, ...], skipped: Counter | None = None
) -> Iterator[tuple[str, Image.Image, dict]]:
    """(key, RGB image, raw sample) for each sample of the shards that has an image and all `keys`;
    other samples and undecodable images are skipped with a logged warning, and counted by
    reason in `skipped`."""
    skipped = Counter() if skipped is None else skipped
    import webdataset as wds

    dataset = wds.DataPipeline(
        wds.SimpleShardList(expand_shards(urls)),
        wds.tarfile_to_samples(handler=wds.warn_and_continue),
    )
    for sample in dataset:
        where = f"{sample.get('__key__')} in {sample.get('__url__')}"
        image = image_key(sample)
        missing = [k for k in keys if k not in sample] + ([] if image else ["image"])
        if missing:
            log.warning("skipping %s: no %s", where, ", ".join(missing))
            skipped["missing_" + "_".join(missing)] += 1
            continue
        try:
            with Image.open(io.BytesIO(sample[image])) as opened:
                rgb = opened.convert("RGB")
        except IMAGE_ERRORS as err:
            log.warning("skipping %s: undecodable image (%s)", where, err)
            skipped[UNDECODABLE] += 1
            continue
        yield sample["__key__"], rgb, sample
