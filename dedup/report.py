"""The audit's readable outputs: report.md (the paper's table), distances.png, gallery.html."""

from __future__ import annotations

import base64
import html
import io
import logging
from collections import defaultdict

import numpy as np

from common.io import write_atomic, write_text_atomic
from common.shards import iter_samples
from dedup.detect import Detector
from dedup.imageio import BadImage, decode

log = logging.getLogger(__name__)
THUMB = 160


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}"


def write_markdown(path: str, report: dict) -> None:
    detector = report["detector"]
    if detector == "phash":
        size = report["hash_size"]
        rule = f"pHash {size}x{size}, Hamming <= {report['max_hamming']}"
    elif "min_aligned" in report:
        rule = (
            f"embedding {report['embedder']}, its {report['verify_top']} nearest checked by "
            f"alignment, aligned similarity >= {report['min_aligned']:.4g}"
        )
    else:
        rule = (
            f"embedding {report['embedder']}, cosine >= {report['min_cosine']:.4g} "
            f"({report['threshold_source']})"
        )
    lines = [
        "# Data-overlap audit",
        "",
        f"Training data: `{report['train']}` ({report['train_images']} images). Detector: {rule}. "
        f"Model: `{report['model'] or 'none (overlap only)'}`.",
        "",
        "| Dataset | Overlap % | All | Clean | Overlap | All − Clean | p-value "
        "| 99.5% CI (Overlap) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, d in report["datasets"].items():
        ci = (
            "n/a"
            if d["ci_overlap"] is None
            else f"[{_pct(d['ci_overlap'][0])}, {_pct(d['ci_overlap'][1])}]"
        )
        delta = "n/a" if d["all_minus_clean"] is None else f"{100 * d['all_minus_clean']:+.2f}"
        p = "n/a" if d["p_value"] is None else f"{d['p_value']:.3g}"
        lines.append(
            f"| {name} | {_pct(d['overlap_fraction'])} ({d['n_overlap']}/{d['n_all']}) | "
            f"{_pct(d['acc_all'])} | {_pct(d['acc_clean'])} | {_pct(d['acc_overlap'])} | "
            f"{delta} | {p} | {ci} |"
        )
    bonf = report["bonferroni"]
    lines += [
        "",
        "Accuracies are zero-shot top-1 in %; All − Clean in percentage points. The p-value is a "
        "one-sided binomial test of Overlap's accuracy with Clean's as the null.",
        f"Bonferroni ({bonf['tests']} tests, alpha {bonf['alpha']}, "
        f"per-test {bonf['threshold']:.3g}): "
        f"{bonf['verdict']}.",
        "",
    ]
    write_text_atomic(path, "\n".join(lines))


def write_distance_plot(path: str, report: dict, detector: Detector) -> None:
    """Histogram of each evaluation image's nearest training distance, threshold marked."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4))
    everything = [row["distance"] for d in report["datasets"].values() for row in d["nearest"]]
    integer = not detector.higher_is_closer and everything
    bins = np.arange(-0.5, max(everything) + 1) if integer else 30
    for name, d in report["datasets"].items():
        distances = [row["distance"] for row in d["nearest"]]
        if distances:
            ax.hist(distances, bins=bins, alpha=0.6, label=f"{name} ({len(distances)})")
    ax.axvline(detector.threshold, color="black", linestyle="--", label="threshold")
    labels = {"cosine": "cosine similarity", "Hamming": "Hamming distance (bits)"}
    ax.set_xlabel(labels.get(detector.unit, detector.unit))
    ax.set_ylabel("evaluation images")
    ax.set_title("Nearest training match (near-misses included)")
    ax.legend()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    plt.close(fig)
    write_atomic(path, buffer.getvalue())


def fetch_images(refs: set[str]) -> dict[str, bytes]:
    """Bytes of images by ref (a file path or `shard.tar#key`); refs that are gone are left out."""
    found, by_shard = {}, defaultdict(set)
    for ref in refs:
        shard, sep, key = ref.rpartition("#")
        if sep and shard.endswith(".tar"):
            by_shard[shard].add(key)
        else:
            try:
                with open(ref, "rb") as f:
                    found[ref] = f.read()
            except OSError as err:
                log.warning("gallery: cannot read %s (%s)", ref, err)
    for shard, keys in by_shard.items():
        try:
            for sample in iter_samples(shard):
                if sample.key in keys and sample.image_bytes() is not None:
                    found[sample.ref] = sample.image_bytes()
        except OSError as err:
            log.warning("gallery: cannot read %s (%s)", shard, err)
    return found


def _thumbnail(data: bytes | None, ref: str) -> str:
    if data is None:
        return "<span>(image not available)</span>"
    try:
        image = decode(data, ref)
    except BadImage as err:
        return f"<span>{html.escape(str(err))}</span>"
    image.thumbnail((THUMB, THUMB))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return f'<img src="data:image/jpeg;base64,{base64.b64encode(buffer.getvalue()).decode()}">'


def _cell(images: dict[str, bytes], ref: str) -> str:
    return f"<td>{_thumbnail(images.get(ref), ref)}<br><code>{html.escape(ref)}</code></td>"


def around_threshold(nearest: list[dict], per_side: int) -> tuple[list[dict], list[dict]]:
    """The `per_side` weakest pairs counted as Overlap and the `per_side` closest pairs that are
    not (`nearest` is closest first), so both sides of the threshold can be checked by eye."""
    above = [r for r in nearest if r["overlap"]]
    below = [r for r in nearest if not r["overlap"]]
    return above[-per_side:] if per_side else [], below[:per_side]


def _rows(images: dict[str, bytes], rows: list[dict]) -> list[str]:
    return [
        f"<tr class='{'dup' if r['overlap'] else ''}'>"
        + "".join(_cell(images, r[side]) for side in ("eval", "train"))
        + f"<td>{r['distance']:.4g}</td></tr>"
        for r in rows
    ]


def write_gallery(path: str, report: dict, detector: Detector, per_side: int) -> None:
    """Per dataset, the closest pairs on either side of the threshold, with distances, so the
    threshold can be checked by eye (the paper set its own by hand inspection)."""
    rows = {
        name: around_threshold(d["nearest"], per_side) for name, d in report["datasets"].items()
    }
    images = fetch_images(
        {r[side] for pair in rows.values() for rs in pair for r in rs for side in ("eval", "train")}
    )
    unit = detector.unit
    rule = f"{unit} {'&ge;' if detector.higher_is_closer else '&le;'} {detector.threshold:.6g}"
    source = detector.describe().get("threshold_source", "--max-hamming")
    parts = [
        "<!doctype html><meta charset='utf-8'><title>OpenWIT overlap gallery</title><style>"
        "body{font-family:sans-serif}td{padding:4px;vertical-align:top}.dup{background:#fdd}"
        ".threshold td{border-top:3px dashed black;border-bottom:3px dashed black;"
        "font-weight:bold}code{font-size:11px;word-break:break-all}</style>",
        f"<h1>Closest training matches</h1><p>Threshold: {rule} ({html.escape(source)}). "
        f"Shown: the {per_side} weakest pairs counted as Overlap (red) above the threshold "
        f"line and the {per_side} closest pairs that are not, below it.</p>",
    ]
    for name, (above, below) in rows.items():
        parts.append(f"<h2>{html.escape(name)}</h2>")
        if not above and not below:
            parts.append("<p>No training image within the search radius.</p>")
            continue
        parts.append(f"<table><tr><th>evaluation</th><th>training</th><th>{unit}</th></tr>")
        parts += _rows(images, above)
        parts.append(
            f"<tr class='threshold'><td colspan='3'>threshold: {rule} ({html.escape(source)}); "
            f"{report['datasets'][name]['n_overlap']} evaluation images above it</td></tr>"
        )
        parts += _rows(images, below)
        parts.append("</table>")
    write_text_atomic(path, "\n".join(parts) + "\n")
