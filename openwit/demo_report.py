"""report.html: every stage of a demo run on one self-contained page.

Reads only what the stages wrote (docs/formats.md): queries/manifest.json, curated/stats.json,
shards/download_summary.json, run/summary.json, eval.json, report/report.json, and the
stages' plots, which are embedded so the page travels alone.
"""

from __future__ import annotations

import base64
import html
import json
from pathlib import Path

STYLE = """body{font:15px/1.45 system-ui,sans-serif;max-width:1100px;margin:2em auto;color:#222}
table{border-collapse:collapse;margin:.6em 0}td,th{border:1px solid #ccc;padding:3px 9px;
text-align:right}th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}
img{max-width:100%;border:1px solid #ddd}.bar{background:#3182bd;height:14px}
h2{border-bottom:2px solid #3182bd;padding-bottom:2px;margin-top:1.8em}"""


def load(path: Path) -> dict:
    return json.loads(path.read_text())


def image(path: Path) -> str:
    data = base64.b64encode(path.read_bytes()).decode()
    return f'<img alt="{html.escape(path.name)}" src="data:image/png;base64,{data}">'


def table(header: list[str], rows: list[list]) -> str:
    def cell(value: object) -> str:
        if isinstance(value, float):
            return f"{value:.3f}" if abs(value) < 10 else f"{value:,.1f}"
        return f"{value:,}" if isinstance(value, int) else html.escape(str(value))

    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{cell(v)}</td>" for v in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def funnel(steps: list[tuple[str, int]]) -> str:
    top = max(n for _, n in steps) or 1
    rows = "".join(
        f'<tr><td>{html.escape(name)}</td><td>{n:,}</td><td style="width:420px;text-align:left">'
        f'<div class="bar" style="width:{400 * n / top:.0f}px"></div></td></tr>'
        for name, n in steps
    )
    return f"<table><tr><th>stage</th><th>count</th><th></th></tr>{rows}</table>"


def write_report(out: Path, planted: int, seconds: float) -> Path:
    from queries.merge import SOURCES

    manifest = load(out / "queries" / "manifest.json")
    curated = load(out / "curated" / "stats.json")
    download = load(out / "shards" / "download_summary.json")
    summary = load(out / "run" / "summary.json")
    zero_shot = load(out / "eval.json")["images"]
    audit = load(out / "report" / "report.json")
    config = summary["config"]
    seen = summary["steps"] * config["batch_size"] * summary["world_size"]
    failures = download["failures_by_reason"]
    parts = [
        f"<h1>OpenWIT demo</h1><p>Run in {seconds / 60:.1f} minutes; every stage ran through "
        f"the <code>openwit</code> command. Folder: <code>{html.escape(str(out))}</code>.</p>",
        "<h2>From crawl to training</h2>",
        funnel(
            [
                ("pairs read (table + WAT)", curated["pairs_read"]),
                ("clean (URL and text checks)", curated["clean"]),
                ("unique URLs", curated["unique_urls"]),
                ("matching a query", curated["matched"]),
                ("kept after balancing", curated["kept"]),
                ("images downloaded = training samples", download["successes"]),
            ]
        ),
        "<p>Dropped by reason: "
        + html.escape(", ".join(f"{k} {v:,}" for k, v in curated["dropped"].items() if v) or "none")
        + "; download failures: "
        + html.escape(", ".join(f"{k} {v:,}" for k, v in failures.items()) or "none")
        + f". Training saw {seen:,} samples ({summary['steps']:,} steps of "
        f"{config['batch_size']}, {config['epochs']:g} epochs).</p>",
        "<h2>Query list</h2>",
        table(
            ["source", "candidates", "kept"],
            [
                [
                    s,
                    manifest["sources"][s].get("candidates", 0),
                    manifest["sources"][s].get("kept", 0),
                ]
                for s in SOURCES
            ],
        ),
        image(out / "queries" / "sources.png"),
        "<h2>Balancing</h2>",
        f"<p>{curated['queries_matched']:,} of {curated['queries']:,} queries matched a pair; "
        f"at most {curated['parameters']['max_per_query']:,} pairs per query "
        f"({html.escape(curated['parameters']['balance'])}). Per query: matched, kept, "
        '<a href="coverage/coverage.html">downloaded and flagged, with a search box</a>.</p>',
        image(out / "curated" / "balance.png"),
        "<h2>Training</h2>",
        table(
            ["steps", "final loss", "samples/s", "data wait", "logit scale"],
            [
                [
                    summary["steps"],
                    summary["final_loss"],
                    summary["samples_per_s"],
                    summary["data_wait_fraction"],
                    summary["final_logit_scale"],
                ]
            ],
        ),
        image(out / "run" / "training.png"),
        "<h2>Zero-shot classification (held-out set)</h2>",
        table(
            ["images", "top-1", "top-5"], [[zero_shot["n"], zero_shot["top1"], zero_shot["top5"]]]
        ),
        table(
            ["class", "images", "recall"],
            [
                [name, r["n"], r["recall"]]
                for name, r in sorted(zero_shot["per_class_recall"].items())
            ],
        ),
        "<h2>Data-overlap audit</h2>",
        f"<p>{planted} near-copies of training images were planted in the evaluation set; "
        f"detector {html.escape(audit['detector'])}.</p>",
        table(
            [
                "dataset",
                "n",
                "overlap",
                "All",
                "Clean",
                "Overlap",
                "All − Clean",
                "p-value",
                "99.5% CI (Overlap)",
            ],
            [
                [
                    name,
                    r["n_all"],
                    r["n_overlap"],
                    r["acc_all"],
                    r["acc_clean"],
                    r["acc_overlap"],
                    r["all_minus_clean"],
                    r["p_value"],
                    f"[{r['ci_overlap'][0]:.3f}, {r['ci_overlap'][1]:.3f}]",
                ]
                for name, r in audit["datasets"].items()
            ],
        ),
        "<p>Closest pairs, to check the threshold by eye: "
        '<a href="report/gallery.html">report/gallery.html</a>.</p>',
    ]
    page = out / "report.html"
    page.write_text(
        "<!doctype html><meta charset=utf-8><title>OpenWIT demo</title>"
        f"<style>{STYLE}</style>" + "\n".join(parts)
    )
    return page
