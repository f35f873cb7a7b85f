"""The dependency rule of the README's "Where things live": openwit → stages → common."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("openwit", "common", "queries", "pipeline", "dedup", "trainer")
# package -> what it may import of the other packages (a package name allows all of it)
ALLOWED = {
    "common": set(),
    "queries": {"common"},
    "pipeline": {"common", "queries.text"},
    "dedup": {"common", "trainer.zeroshot", "trainer.evalsets", "trainer.models"},
    "trainer": {"common"},
    "openwit": set(PACKAGES),
}


def imported_modules(path: Path) -> set[str]:
    """Every absolute module name a file imports, at the top or inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def allowed(package: str, module: str) -> bool:
    top = module.split(".")[0]
    if top not in PACKAGES or top == package:
        return True
    return any(module == rule or module.startswith(rule + ".") for rule in ALLOWED[package])


def test_every_import_follows_the_dependency_rule():
    broken = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            for module in sorted(imported_modules(path)):
                # `from trainer import zeroshot` names the package and the module
                if module in PACKAGES and any(
                    m.startswith(module + ".") and allowed(package, m)
                    for m in imported_modules(path)
                ):
                    continue
                if not allowed(package, module):
                    broken.append(f"{path.relative_to(ROOT)} imports {module}")
    assert broken == []


def test_the_rule_catches_a_planted_violation(tmp_path):
    planted = tmp_path / "bad.py"
    planted.write_text("def f():\n    from pipeline import curate\n    from openwit import cli\n")
    modules = imported_modules(planted)
    assert not allowed("queries", "pipeline.curate") and "pipeline.curate" in modules
    assert not allowed("trainer", "openwit.cli") and "openwit.cli" in modules
    assert allowed("pipeline", "queries.text.normalize")
    assert not allowed("pipeline", "queries.merge")
