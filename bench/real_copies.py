"""Audit test beds from real artwork: an evaluation folder and training shards with known overlap.

Two Debian packages of real images, installed with apt-get if missing:
- `oxygen-icon-theme` (KDE's Oxygen icons, PNG at 8-256 px): the same icon at several sizes
  are natural duplicates (rescaled, sometimes redrawn at small sizes); sizes >= 32 px are used.
- `openclipart-png` (Open Clip Art Library 0.18, 6,900 PNG drawings): the same drawing filed
  in several categories are natural duplicates. They are found by their pixels, not their
  file names: two icon sets there share names such as folder_favorite.png for different
  drawings.

Transparent images are composited on white, as img2dataset does. Images are grouped by
identity: the icon name, and the same picture to the eye (16x16 greyscale thumbnails within 8
grey levels RMS: Open Clip Art holds many near-blank circle templates and re-saved drawings
under other names), as it is or mirrored (a copy may be flipped, so a drawing's mirror image
is a copy of it). Evaluation images are one per group. Half of them get
a planted copy in the training shards (dedup.augment's
COPY setting: crops to 50% of the area, rescales, aspect changes, JPEG 30-95, colour and
contrast, flips, small rotations, borders, overlaid text), and for half of those whose group
has other members, those members go into the training shards too (natural duplicates). Every
other group's images are training images; no other member of an evaluation image's group is.
The expected overlap is therefore fixed here, not read from any detector.
"""

from __future__ import annotations

import functools
import json
import math
import os
import random
import subprocess
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from common.shards import Sample, write_shard
from dedup.augment import COPY, augment
from dedup.calibrate import SAME_PICTURE_RMS, thumbnails
from dedup.imageio import to_rgb

SOURCES = {
    "oxygen": ("oxygen-icon-theme", Path("/usr/share/icons/oxygen/base")),
    "openclipart": ("openclipart-png", Path("/usr/share/openclipart/png")),
}
MAX_SIDE = 256  # img2dataset-sized images
MIN_ICON = 32
MAX_PIXELS = 40_000_000  # one drawing of 231 M pixels is left out


@dataclass
class Group:
    """Files showing one image (natural duplicates of each other); the first is the original."""

    files: list[Path]


def install(source: str) -> Path:
    package, root = SOURCES[source]
    if not root.is_dir():
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", package], check=True)
    return root


@functools.cache
def load(path: Path) -> Image.Image | None:
    """The image as img2dataset would store it; None for drawings too large to decode."""
    try:
        opened = Image.open(path)
    except Image.DecompressionBombError:
        return None
    with opened:
        if opened.width * opened.height > MAX_PIXELS:
            return None
        opened.load()
        image = to_rgb(opened)  # alpha composited on white, as img2dataset does
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    return image


def grouped(paths: list[Path], name: Callable[[Path], str] | None = None) -> list[Group]:
    """Files joined when they share a name (`name`, if given) or show the same picture to the
    eye, as it is or mirrored (16x16 greyscale thumbnails within SAME_PICTURE_RMS grey levels,
    dedup.calibrate's rule); each group's files largest first."""
    import faiss

    parent = list(range(len(paths)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, path in enumerate(paths if name else []):
        parent[find(i)] = find(first.setdefault(name(path), i))
    thumbs = thumbnails([load(path) for path in paths])
    side = math.isqrt(thumbs.shape[1])  # thumbnails() rows are square images, row by row
    mirrored = thumbs.reshape(-1, side, side)[:, :, ::-1].reshape(len(paths), -1).copy()
    index = faiss.IndexFlatL2(thumbs.shape[1])
    index.add(thumbs)
    for queries in (thumbs, mirrored):
        lims, _, found = index.range_search(queries, SAME_PICTURE_RMS**2 * thumbs.shape[1] + 1e-3)
        for i in range(len(paths)):
            for j in found[lims[i] : lims[i + 1]]:
                parent[find(i)] = find(int(j))
    groups: dict[int, list[Path]] = defaultdict(list)
    for i, path in enumerate(paths):
        groups[find(i)].append(path)
    size = lambda p: load(p).width * load(p).height  # noqa: E731
    return [Group(sorted(files, key=size, reverse=True)) for _, files in sorted(groups.items())]


def oxygen_groups(root: Path) -> list[Group]:
    """Icons of one name at every size >= MIN_ICON px, and icons with identical pixels."""
    paths = sorted(
        p
        for p in root.glob("*x*/*/*.png")
        if int(p.parts[-3].split("x")[0]) >= MIN_ICON and not p.is_symlink()
    )
    return grouped(paths, lambda p: f"{p.parts[-2]}/{p.name}")


def openclipart_groups(root: Path) -> list[Group]:
    """Drawings that look the same, as they are or mirrored (file names are not identities)."""
    paths = [path for path in sorted(root.rglob("*.png")) if load(path) is not None]
    return grouped(paths)


def jpeg(image: Image.Image, quality: int = 90) -> bytes:
    import io

    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


def padded_by_download(data: bytes) -> bytes:
    """A training image as `openwit download` stores it: img2dataset's own resize, in the
    `border` mode and at the size `openwit download` uses (white bands around a wide or tall
    picture)."""
    import io

    os.environ.setdefault("NO_ALBUMENTATIONS_UPDATE", "1")  # albumentations would go online
    from img2dataset.resizer import Resizer

    from pipeline.config import DownloadConfig

    config = DownloadConfig(curated="", out="")
    resize = Resizer(config.image_size, config.resize_mode, resize_only_if_bigger=False)
    resized, *_, error = resize(io.BytesIO(data))
    if error is not None:
        raise ValueError(f"img2dataset could not resize a training image: {error}")
    return resized


def build(source: str, out: Path, n_eval: int, seed: int = 0, padded: bool = False) -> dict:
    """EVAL folder, training shards and expected.json in `out` (reused when already there);
    `padded`: training images as `openwit download` stores them (`padded_by_download`)."""
    expected_file = out / "expected.json"
    if expected_file.is_file():
        return json.loads(expected_file.read_text())
    root = install(source)
    groups = oxygen_groups(root) if source == "oxygen" else openclipart_groups(root)
    rng = random.Random(seed)
    rng.shuffle(groups)
    evals, rest = groups[:n_eval], groups[n_eval:]
    train: list[tuple[str, bytes]] = []
    expected = {"planted": [], "natural": [], "clean": []}
    (out / "eval" / "all").mkdir(parents=True, exist_ok=True)
    for i, group in enumerate(evals):
        ref = str(out / "eval" / "all" / f"{i:05d}.png")
        original = load(group.files[0])
        original.save(ref)
        kinds = []
        if rng.random() < 0.5:
            train.append((f"copy{i:05d}", jpeg(augment(original, COPY, rng))))
            kinds.append("planted")
        if len(group.files) > 1 and rng.random() < 0.5:
            for j, path in enumerate(group.files[1:]):
                train.append((f"twin{i:05d}_{j}", jpeg(load(path))))
            kinds.append("natural")
        for kind in kinds or ["clean"]:
            expected[kind].append(ref)
    for i, group in enumerate(rest):
        for j, path in enumerate(group.files):
            train.append((f"img{i:05d}_{j}", jpeg(load(path))))
    rng.shuffle(train)
    if padded:
        train = [(key, padded_by_download(data)) for key, data in train]
    shards = out / "shards"
    shards.mkdir(parents=True, exist_ok=True)
    per = 1000
    for k in range(0, len(train), per):
        samples = [Sample("", key, {"jpg": data}) for key, data in train[k : k + per]]
        write_shard(str(shards / f"{k // per:05d}.tar"), samples)
    summary = {
        "source": source,
        "package": SOURCES[source][0],
        "groups": len(groups),
        "eval_images": len(evals),
        "train_images": len(train),
        "padded": padded,
        "overlap": sorted(set(expected["planted"]) | set(expected["natural"])),
        **expected,
    }
    expected_file.write_text(json.dumps(summary, indent=1))
    return summary
