"""`openwit audit`: the paper's data-overlap analysis of evaluation sets against training data."""

from __future__ import annotations

import logging
import os
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from tqdm import tqdm

from common.io import write_json_atomic, write_lines_atomic
from dedup.detect import Detector, Nearest, train_batches
from dedup.evalsets import EvalSet, open_evalset
from dedup.imageio import BadImage, decode
from dedup.index import is_index
from dedup.stats import bonferroni, overlap_stats
from dedup.verify import Candidates, best_aligned

log = logging.getLogger(__name__)
ZEROSHOT_BATCH = 64


@dataclass
class EvalData:
    """One evaluation set's usable images: refs, features and zero-shot correctness."""

    name: str
    refs: list[str] = field(default_factory=list)
    vectors: list[np.ndarray] = field(default_factory=list)
    correct: list[bool] = field(default_factory=list)
    skips: Counter = field(default_factory=Counter)
    thumbs: list[np.ndarray] = field(default_factory=list)  # grey, for the alignment check

    def matrix(self) -> np.ndarray:
        return np.concatenate(self.vectors) if self.vectors else np.zeros((0, 1))


class ZeroShot:
    """The trainer's zero-shot classifier over one model, class embeddings per dataset."""

    def __init__(self, checkpoint: str):
        from trainer.zeroshot import load_model

        self.model, self.preprocess, self.tokenizer = load_model(checkpoint)
        self.classes = None

    def set_classes(self, classnames: list[str]) -> None:
        from trainer.zeroshot import class_embeddings

        self.classes = class_embeddings(self.model, self.tokenizer, classnames)

    def correct(self, images: list, labels: list[int]) -> list[bool]:
        import torch

        from trainer.zeroshot import image_embeddings, predict

        embeddings = image_embeddings(
            self.model, torch.stack([self.preprocess(im) for im in images])
        )
        top1 = predict(embeddings, self.classes, k=1)[:, 0]
        return (top1 == torch.tensor(labels)).tolist()


def featurize_evalset(evalset: EvalSet, detector: Detector, zeroshot: ZeroShot | None) -> EvalData:
    """Decode each evaluation image once: detector features and zero-shot correctness."""
    data = EvalData(evalset.name, skips=Counter(evalset.skips))
    featurizer = detector.featurizer(training=False)
    if zeroshot:
        zeroshot.set_classes(evalset.classnames)
    pending: list[tuple[str, int | None, object]] = []

    def flush():
        refs, labels, images = (list(x) for x in zip(*pending, strict=True))
        batch = featurizer(refs, [None] * len(refs), images)
        data.refs += refs
        data.vectors.append(detector.vectors(batch))
        data.thumbs += batch.thumbs or []
        if zeroshot:
            data.correct += zeroshot.correct(images, labels)
        pending.clear()

    for ref, label, blob in tqdm(
        evalset.items(), total=len(evalset.refs), desc=f"eval {evalset.name}", unit="img"
    ):
        try:
            if blob is None:
                raise BadImage("unreadable", ref)
            pending.append((ref, label, decode(blob, ref, detector.max_pixels)))
        except BadImage as err:
            log.warning("evaluation set %s: skipped %s", evalset.name, err)
            data.skips[err.reason] += 1
            continue
        if len(pending) == ZEROSHOT_BATCH:
            flush()
    if pending:
        flush()
    if not data.refs:
        raise ValueError(f"evaluation set {evalset.name} ({evalset.path}) has no usable images")
    return data


def search_train(
    train: str, detector: Detector, evals: list[EvalData]
) -> tuple[Nearest, int, Counter]:
    """Stream the training side past one index of all evaluation sets; nearest match per image."""
    if detector.verifies:
        return verify_train(train, detector, evals)
    index = detector.build(np.concatenate([e.matrix() for e in evals]), margin=True)
    nearest = Nearest(sum(len(e.refs) for e in evals), detector.higher_is_closer)
    skips: Counter = Counter()
    seen = 0
    with tqdm(desc="train", unit="img") as progress:
        for batch in train_batches(train, detector, skips, progress):
            nearest.update(index.search(detector.vectors(batch)), batch.refs)
            seen += len(batch)
    return nearest, seen, skips


def verify_train(
    train: str, detector: Detector, evals: list[EvalData]
) -> tuple[Nearest, int, Counter]:
    """The descriptor's `verify_top` nearest training images of each evaluation image (their
    grey thumbnails kept from the same pass), then the alignment check of each
    (dedup/verify.py); the best aligned one is the match."""
    if is_index(train):
        raise ValueError(
            f"{train} is an INDEX: the alignment check reads the training images, so pass the "
            "shards, or --verify-top 0"
        )
    candidates = Candidates(np.concatenate([e.matrix() for e in evals]), detector.verify_top)
    skips: Counter = Counter()
    seen = 0
    with tqdm(desc="train", unit="img") as progress:
        for batch in train_batches(train, detector, skips, progress):
            candidates.update(batch.embeddings, batch.refs, batch.thumbs)
            seen += len(batch)
    originals = [thumb for e in evals for thumb in e.thumbs]
    nearest = Nearest(len(originals), higher_is_closer=True)
    nearest.distance, nearest.ref = best_aligned(
        candidates, originals, candidates.thumbs, detector.workers
    )
    return nearest, seen, skips


def run_audit(
    train: str,
    specs: list[tuple[str, str]],
    detector: Detector,
    out: str,
    model: str | None = None,
    gallery_size: int = 24,
) -> dict:
    """Audit each (name, path) evaluation set against `train`; write REPORT files into `out`."""
    from dedup.report import write_distance_plot, write_gallery, write_markdown

    names = [name for name, _ in specs]
    if len(set(names)) != len(names):
        raise ValueError(f"evaluation set names must be unique, got {names}")
    zeroshot = ZeroShot(model) if model else None
    evals = [
        featurize_evalset(open_evalset(name, path, need_labels=bool(model)), detector, zeroshot)
        for name, path in specs
    ]
    nearest, train_images, train_skips = search_train(train, detector, evals)
    os.makedirs(out, exist_ok=True)
    datasets, start = {}, 0
    for data in evals:
        rows = slice(start, start + len(data.refs))
        start = rows.stop
        overlap = detector.is_duplicate(nearest.distance[rows]) & nearest.found()[rows]
        stats = overlap_stats(overlap, np.array(data.correct) if zeroshot else None)
        write_lines_atomic(
            os.path.join(out, f"{data.name}.overlap.txt"),
            [r for r, o in zip(data.refs, overlap, strict=True) if o],
        )
        write_lines_atomic(
            os.path.join(out, f"{data.name}.clean.txt"),
            [r for r, o in zip(data.refs, overlap, strict=True) if not o],
        )
        datasets[data.name] = {
            **stats.to_dict(),
            **detector.describe(),
            "threshold": detector.threshold,
            "skipped": dict(data.skips),
            "nearest": _nearest_rows(data.refs, nearest, rows, overlap),
        }
    report = {
        "train": train,
        "train_images": train_images,
        "train_skipped": dict(train_skips),
        "model": model,
        **detector.describe(),
        "datasets": datasets,
        "bonferroni": bonferroni({n: d["p_value"] for n, d in datasets.items()}),
    }
    write_json_atomic(os.path.join(out, "report.json"), report)
    write_markdown(os.path.join(out, "report.md"), report)
    write_distance_plot(os.path.join(out, "distances.png"), report, detector)
    write_gallery(os.path.join(out, "gallery.html"), report, detector, gallery_size)
    return report


def _nearest_rows(
    refs: list[str], nearest: Nearest, rows: slice, overlap: np.ndarray
) -> list[dict]:
    """Evaluation images with a training match within the widened radius, closest first."""
    found = [(i, nearest.distance[rows][i]) for i in np.flatnonzero(nearest.found()[rows])]
    found.sort(key=lambda item: -item[1] if nearest.higher_is_closer else item[1])
    return [
        {
            "eval": refs[i],
            "train": nearest.ref[rows.start + i],
            "distance": float(d),
            "overlap": bool(overlap[i]),
        }
        for i, d in found
    ]
