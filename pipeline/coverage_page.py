"""`coverage.html`: what a coverage table says, for a person to look at.

The head/tail curve of matched against kept per query, the share of entries never matched
per source, the never-matched entries with the highest source statistic (what to crawl
next), the entries whose downloads failed most and why, and a search box over every query.
One self-contained file: plots are inline PNGs and the search reads an inline JSON table.
"""

from __future__ import annotations

import base64
import html
import json

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.plots import log_spaced, png

TOP = 25  # rows in each "top" table


def _png(fig: object) -> str:
    return "data:image/png;base64," + base64.b64encode(png(fig, dpi=110)).decode()


def curve_plot(table: pa.Table) -> str:
    """Pairs per query against rank, log–log: matched, kept and downloaded, each sorted and
    thinned to log-spaced ranks as balance.png is."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4))
    for name in ("matched", "kept", "downloaded"):
        if name in table.column_names:
            counts = np.sort(table[name].to_numpy(zero_copy_only=False))[::-1]
            counts = counts[counts > 0]
            if len(counts):
                ranks = np.array(log_spaced(len(counts)))
                ax.loglog(ranks, counts[ranks - 1], label=f"{name} ({len(counts):,})")
    ax.set_xlabel("query rank")
    ax.set_ylabel("pairs per query")
    ax.set_title("Head and tail: pairs per query")
    ax.legend()
    fig.tight_layout()
    return _png(fig)


def never_matched(table: pa.Table) -> list[tuple[str, int, int]]:
    """(source, entries, entries never matched) per source."""
    zero = pc.cast(pc.equal(table["matched"], 0), pa.int64())
    grouped = pa.table({"source": pc.fill_null(table["source"], "unknown"), "zero": zero})
    rows = grouped.group_by("source").aggregate([("zero", "count"), ("zero", "sum")]).to_pylist()
    return sorted((r["source"], r["zero_count"], r["zero_sum"]) for r in rows)


def never_matched_plot(shares: list[tuple[str, int, int]]) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3))
    ax.bar([s for s, _, _ in shares], [z / n for _, n, z in shares], color="#b0413e")
    ax.set_ylim(0, 1)
    ax.set_ylabel("share never matched")
    ax.set_title("Entries the crawl never matched, per source")
    return _png(fig)


def _rows(table: pa.Table, columns: list[str]) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_cell(row[c]))}</td>" for c in columns) + "</tr>"
        for row in table.select(columns).to_pylist()
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3g}"
    return "" if value is None else f"{value:,}" if isinstance(value, int) else str(value)


def crawl_next(table: pa.Table) -> str:
    """Per source, the never-matched entries with the highest statistic."""
    zero = table.filter(pc.equal(table["matched"], 0))
    parts = []
    for source in sorted(set(pc.fill_null(zero["source"], "unknown").to_pylist())):
        rows = zero.filter(pc.equal(pc.fill_null(zero["source"], "unknown"), source))
        rows = rows.sort_by([("stat", "descending"), ("id", "ascending")]).slice(0, TOP)
        parts.append(f"<h3>{html.escape(source)}</h3>" + _rows(rows, ["id", "query", "stat"]))
    return "".join(parts) or "<p>Every entry matched at least one pair.</p>"


def failed_most(table: pa.Table) -> str:
    if "failed" not in table.column_names:
        return "<p>No SHARDS given: downloads not reported.</p>"
    rows = table.filter(pc.greater(table["failed"], 0))
    rows = rows.sort_by([("failed", "descending"), ("id", "ascending")]).slice(0, TOP)
    columns = ["id", "query", "kept", "downloaded", "failed", "top_failure"]
    return _rows(rows, columns) if rows.num_rows else "<p>No download failed.</p>"


def search_data(table: pa.Table) -> str:
    """The table as inline JSON, column by column; `</` escaped for the script element."""
    columns = [c for c in table.column_names if c not in ("stat", "cap_share")]
    data = {c: table[c].to_pylist() for c in columns}
    return json.dumps(data, separators=(",", ":")).replace("</", "<\\/")


SEARCH_JS = """
const data = JSON.parse(document.getElementById('data').textContent);
const names = Object.keys(data);
const box = document.getElementById('q'), out = document.getElementById('results');
function show(text) {
  const hits = [];
  const exact = data.query.indexOf(text);
  if (exact >= 0) hits.push(exact);
  const low = text.toLowerCase();
  for (let i = 0; i < data.query.length && hits.length < 50; i++) {
    if (i !== exact && data.query[i].toLowerCase().includes(low)) hits.push(i);
  }
  const head = '<tr>' + names.map(n => '<th>' + n + '</th>').join('') + '</tr>';
  const rows = hits.map(i => '<tr class="hit">' + names.map(n => {
    const cell = document.createElement('td'); cell.textContent = data[n][i] ?? '';
    return cell.outerHTML; }).join('') + '</tr>');
  out.innerHTML = text ? (hits.length ? '<table>' + head + rows.join('') + '</table>'
                                      : '<p>No query contains that.</p>') : '';
}
box.addEventListener('input', () => show(box.value));
const start = new URLSearchParams(location.hash.slice(1)).get('q');
if (start) { box.value = start; show(start); }
"""

STYLE = """
body { font-family: sans-serif; margin: 2em; max-width: 70em; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
td, th { border: 1px solid #ccc; padding: 2px 8px; text-align: left; }
img { max-width: 100%; }
"""


def summary_lines(table: pa.Table, cap: int) -> list[str]:
    n = table.num_rows
    matched = pc.sum(pc.greater(table["matched"], 0)).as_py()
    at_cap = pc.sum(pc.greater_equal(table["kept"], cap)).as_py()
    lines = [
        f"{n:,} queries; {matched:,} ({matched / max(n, 1):.2%}) matched at least one pair",
        f"{pc.sum(table['kept']).as_py() or 0:,} query matches kept; {at_cap:,} queries "
        f"reached the cap t = {cap:,}",
    ]
    if "downloaded" in table.column_names:
        done, failed = (pc.sum(table[c]).as_py() or 0 for c in ("downloaded", "failed"))
        lines.append(f"{done:,} query matches downloaded, {failed:,} failed")
    return lines


def render(table: pa.Table, cap: int) -> str:
    """The whole page."""
    shares = never_matched(table)
    share_rows = "".join(
        f"<tr><td>{html.escape(s)}</td><td>{n:,}</td><td>{z:,}</td><td>{z / n:.1%}</td></tr>"
        for s, n, z in shares
    )
    summary = "".join(f"<li>{html.escape(line)}</li>" for line in summary_lines(table, cap))
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><title>OpenWIT coverage</title><style>{STYLE}</style></head>
<body>
<h1>Coverage per query</h1>
<ul>{summary}</ul>
<h2>Find a query</h2>
<input id="q" size="40" placeholder="type part of a query" autofocus>
<div id="results"></div>
<h2>Head and tail</h2>
<img alt="pairs per query against rank" src="{curve_plot(table)}">
<h2>Never matched, per source</h2>
<img alt="share never matched per source" src="{never_matched_plot(shares)}">
<table><tr><th>source</th><th>entries</th><th>never matched</th><th>share</th></tr>
{share_rows}</table>
<h2>What to crawl next: never matched, highest source statistic</h2>
{crawl_next(table)}
<h2>Downloads that failed most</h2>
{failed_most(table)}
<script type="application/json" id="data">{search_data(table)}</script>
<script>{SEARCH_JS}</script>
</body></html>
"""
