"""Evaluation sets: an image folder (one subfolder per class) or webdataset shards."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

from PIL import Image

log = logging.getLogger(__name__)
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif", ".tif", ".tiff"}
IMAGE_KEYS = ("jpg", "jpeg", "png", "webp")


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
            if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES
        )
        if not files:
            raise ValueError(f"class folder {base / name} holds no images")
        paths += files
        labels += [label] * len(files)
    return paths, labels, classnames


def read_lines(path: str, what: str) -> list[str]:
    """Non-empty, stripped lines of a text file (class names, templates)."""
    file = Path(path)
    if not file.is_file():
        raise OSError(f"{what} file {path} does not exist")
    lines = [line.strip() for line in file.read_text().splitlines() if line.strip()]
    if not lines:
        raise ValueError(f"{what} file {path} is empty")
    return lines


def read_templates(path: str) -> list[str]:
    """Prompt templates, one a line, each with one `{}` for the class name."""
    templates = read_lines(path, "template")
    bad = [t for t in templates if t.count("{}") != 1]
    if bad:
        raise ValueError(f"template file {path}: each line needs exactly one {{}}, not {bad[0]!r}")
    return templates


def webdataset_samples(urls: str, keys: tuple[str, ...]) -> Iterator[tuple[str, Image.Image, dict]]:
    """(key, RGB image, raw sample) for each sample of the shards that has an image and all `keys`;
    other samples and undecodable images are skipped with a logged warning."""
    import webdataset as wds

    dataset = wds.DataPipeline(
        wds.SimpleShardList(urls),
        wds.tarfile_to_samples(handler=wds.warn_and_continue),
    )
    for sample in dataset:
        where = f"{sample.get('__key__')} in {sample.get('__url__')}"
        image_key = next((k for k in IMAGE_KEYS if k in sample), None)
        missing = [k for k in keys if k not in sample] + ([] if image_key else ["image"])
        if missing:
            log.warning("skipping %s: no %s", where, ", ".join(missing))
            continue
        try:
            with Image.open(io.BytesIO(sample[image_key])) as image:
                rgb = image.convert("RGB")
        except OSError as err:
            log.warning("skipping %s: undecodable image (%s)", where, err)
            continue
        yield sample["__key__"], rgb, sample
