"""The alignment check of `--detector trained`: is a training image a crop of the evaluation image?

A copy (the CLIP paper, Appendix C; the README's copy setting) is a crop of the original,
rescaled, maybe flipped, framed, re-encoded and recoloured. The descriptor ranks the training
images nearest to an evaluation image; this check then places each candidate inside the evaluation
image: the candidate's inner part (its outer 12% on each side left out, where a border or
rotated corners would be) is resized to every plausible crop size near its own aspect ratio
and slid over the evaluation image, both ways round, and the best normalised
cross-correlation of the greyscale thumbnails (OpenCV's `matchTemplate`, invariant to
brightness and contrast) is the score. A distinct image of the same kind (another icon of a
set, another flag) keeps its layout but not its pixels, and scores lower than the
descriptor's cosine would make it. Training images come without img2dataset's white bands
(`dedup.imageio.unpadded`, applied by the Featurizer); evaluation images as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PIL import Image

SIDE = 64  # thumbnails' longest side, in pixels
BLUR = 1.0  # Gaussian sigma, in pixels: absorbs JPEG noise and rotations of a few degrees
MARGIN = 0.12  # left out on each side of the candidate: borders are 2-12% of the side
# Where the candidate's inner part (76% of each side) can sit in the evaluation image: crops
# keep 50-100% of the area, so it covers at least 0.5 x 0.76^2 = 29% of the evaluation image
# (a border takes the place of some margin, so it only enlarges the part that is content);
# 25% leaves room for the grid's steps. Smaller places let flat or striped parts match by
# chance (docs/dedup.md, "A floor of 25% for the placed part").
SCALES = np.linspace(0.3, 0.85, 12)  # of each side
MIN_AREA = 0.25  # of the evaluation image
MAX_STRETCH = 1.43  # a crop's shape: copies change the aspect ratio by at most 4:3
# A copy keeps its crop's aspect ratio (a frame resized back changes it by ~10%); squeezing
# a wide photograph into a square part lets smooth pictures match (docs/dedup.md, "White
# bands trimmed, and each copy placed at its own aspect ratio").
MAX_DISTORTION = 1.25  # the placed part's aspect ratio over the candidate's own, either way
MIN_STD = 2.0  # grey levels: a flat candidate part carries no evidence
CHUNK = 16  # evaluation images per task when several processes align


def grey_thumbnail(image: Image.Image) -> np.ndarray:
    """Greyscale uint8 thumbnail of an RGB image (longest side SIDE): 4 KiB at most."""
    scale = SIDE / max(image.size)
    size = (max(8, round(image.width * scale)), max(8, round(image.height * scale)))
    return np.asarray(image.convert("L").resize(size, Image.Resampling.BOX))


def blurred(grey: np.ndarray) -> np.ndarray:
    """What the check compares: a grey thumbnail as float32, blurred at BLUR."""
    import cv2

    return cv2.GaussianBlur(grey.astype(np.float32), (0, 0), BLUR)


def aligned_similarity(original: np.ndarray, candidate: np.ndarray) -> float:
    """Best normalised cross-correlation of the candidate's inner part, resized to each crop
    size and flipped or not, anywhere inside the original (thumbnails): 1.0 is a perfect copy,
    -1.0 means nothing could be compared."""
    import cv2

    height, width = original.shape
    h, w = candidate.shape
    top, left = round(h * MARGIN), round(w * MARGIN)
    inner = candidate[top : h - top, left : w - left]
    aspect = inner.shape[1] / inner.shape[0]
    best = -1.0
    for part in (inner, np.ascontiguousarray(inner[:, ::-1])):
        for fx in SCALES:
            for fy in SCALES:
                if fx * fy < MIN_AREA or not 1 / MAX_STRETCH <= fx / fy <= MAX_STRETCH:
                    continue
                size = (round(width * fx), round(height * fy))
                distortion = size[0] / size[1] / aspect
                if min(size) < 6 or not 1 / MAX_DISTORTION <= distortion <= MAX_DISTORTION:
                    continue
                template = cv2.resize(part, size, interpolation=cv2.INTER_AREA)
                if template.std() < MIN_STD:
                    continue
                scores = cv2.matchTemplate(original, template, cv2.TM_CCOEFF_NORMED)
                best = max(best, float(np.clip(np.nanmax(scores), -1.0, 1.0)))
    return best


@dataclass
class Candidates:
    """For each evaluation image, the `top` training images of highest descriptor cosine seen
    so far (exact: every training batch is compared with every evaluation image). A batch
    touches only the rows it enters, which after the first few thousand images are few."""

    vectors: np.ndarray  # L2-normalised evaluation embeddings, (n, dim)
    top: int
    cosine: np.ndarray = field(init=False)  # (n, top), -inf where no candidate yet
    ids: np.ndarray = field(init=False)  # (n, top) numbers of training images, -1 for none
    names: dict[int, str] = field(init=False, default_factory=dict)  # number -> training ref
    # grey thumbnails of the candidates (and of a few that have dropped out since), when the
    # batches carry them: the check then needs no second pass over the training shards
    thumbs: dict[str, np.ndarray] = field(init=False, default_factory=dict)
    seen: int = field(init=False, default=0)  # training images numbered so far

    def __post_init__(self):
        self.cosine = np.full((len(self.vectors), self.top), -np.inf, np.float32)
        self.ids = np.full((len(self.vectors), self.top), -1, np.int64)

    @property
    def refs(self) -> np.ndarray:
        """(n, top) training refs, None where no candidate."""
        refs = np.full(self.ids.shape, None, object)
        found = self.ids >= 0
        refs[found] = [self.names[i] for i in self.ids[found].tolist()]
        return refs

    def update(
        self, vectors: np.ndarray, refs: list[str], thumbs: list[np.ndarray] | None = None
    ) -> None:
        scores = self.vectors @ vectors.T if len(refs) else np.zeros((len(self.vectors), 0))
        rows = np.flatnonzero((scores > self.cosine.min(axis=1, keepdims=True)).any(axis=1))
        first, self.seen = self.seen, self.seen + len(refs)
        if not len(rows):
            return
        cosine = np.concatenate([self.cosine[rows], scores[rows]], axis=1)
        numbers = np.broadcast_to(np.arange(first, self.seen), (len(rows), len(refs)))
        ids = np.concatenate([self.ids[rows], numbers], axis=1)
        keep = np.argpartition(-cosine, self.top - 1, axis=1)[:, : self.top]
        self.cosine[rows] = np.take_along_axis(cosine, keep, axis=1)
        self.ids[rows] = np.take_along_axis(ids, keep, axis=1)
        for column in (np.unique(keep[keep >= self.top]) - self.top).tolist():  # entrants
            self.names[first + column] = refs[column]
            if thumbs is not None:
                self.thumbs[refs[column]] = thumbs[column]
        if len(self.names) > 2 * self.ids.size:  # forget those no longer candidates
            self.names = {i: self.names[i] for i in set(self.ids[self.ids >= 0].tolist())}
            kept = set(self.names.values())
            self.thumbs = {ref: t for ref, t in self.thumbs.items() if ref in kept}


def best_aligned(
    candidates: Candidates,
    originals: list[np.ndarray],
    thumbs: dict[str, np.ndarray],
    workers: int = 1,
) -> tuple[np.ndarray, list[str | None]]:
    """Per evaluation image, the highest aligned similarity among its candidates and that
    candidate's ref (-inf and None where it has none); `workers` processes share the images.
    `originals` and `thumbs` are grey thumbnails, blurred where they are compared."""
    from tqdm import tqdm

    jobs = [
        (original, [(ref, thumbs[ref]) for ref in refs if ref in thumbs])
        for original, refs in zip(originals, candidates.refs, strict=True)
    ]
    progress = {"desc": "align", "unit": "img", "total": len(jobs)}
    if workers > 1 and len(jobs) > CHUNK:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("spawn")  # torch's threads do not survive a fork
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            found = list(tqdm(pool.map(best_of, jobs, chunksize=CHUNK), **progress))
    else:
        found = [best_of(job) for job in tqdm(jobs, **progress)]
    return np.array([score for score, _ in found]), [ref for _, ref in found]


def best_of(job: tuple[np.ndarray, list[tuple[str, np.ndarray]]]) -> tuple[float, str | None]:
    """The best-aligned candidate of one evaluation image: (score, ref), or (-inf, None)."""
    original, candidates = blurred(job[0]), job[1]
    best: tuple[float, str | None] = (-np.inf, None)
    for ref, candidate in candidates:
        score = aligned_similarity(original, blurred(candidate))
        if score > best[0]:
            best = (score, ref)
    return best
