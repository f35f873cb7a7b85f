"""Every relative link in the README and docs/ names a file that exists and, into a page, one of
its headings (GitHub's anchors: lower case, punctuation dropped, spaces as hyphens)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\]\(([^)\s]+)\)")


def anchor(heading: str) -> str:
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(page: Path) -> set[str]:
    return {anchor(h) for h in re.findall(r"^#+ (.*)$", page.read_text(), re.M)}


def test_anchor_follows_githubs_rule():
    heading = "Edge correlation and a threshold calibrated per run, tried (2026-12-03, later)"
    expected = "edge-correlation-and-a-threshold-calibrated-per-run-tried-2026-12-03-later"
    assert anchor(heading) == expected
    symbols = "The copy's margins, `--min-aligned` & P ≥ 0.95"
    assert anchor(symbols) == "the-copys-margins---min-aligned--p--095"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_links_resolve(page):
    broken = []
    for link in LINK.findall(page.read_text()):
        if re.match(r"[a-z]+:", link):
            continue
        path, _, fragment = link.partition("#")
        target = (page.parent / path).resolve() if path else page
        if not target.exists():
            broken.append(f"{link}: no such file")
        elif fragment and target.suffix == ".md" and fragment not in anchors(target):
            broken.append(f"{link}: no such heading")
    assert not broken, broken
