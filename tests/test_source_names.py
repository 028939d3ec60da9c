"""Each module of the package binds each of its top-level names once.

A second ``_PATTERN = ...`` further down a long module silently replaces the first for every
function that reads the name, including those written for the first: the reader's modules
are long and grow by merges, so this is checked rather than left to review.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "urdu_events"
MODULES = sorted(PACKAGE.rglob("*.py"))


def top_level_bindings(tree: ast.Module) -> Counter[str]:
    """How often each name is bound by a top-level assignment, function or class of ``tree``
    (bindings inside ``if``/``try`` blocks are alternatives, not counted)."""
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
    return names


def test_the_check_sees_a_name_bound_twice() -> None:
    tree = ast.parse('_P = "a"\n\ndef f() -> str:\n    return _P\n\n_P = "b"\n')
    assert top_level_bindings(tree)["_P"] == 2


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_top_level_name_is_bound_once(path: Path) -> None:
    twice = {
        n: k for n, k in top_level_bindings(ast.parse(path.read_text(encoding="utf-8"))).items() if k > 1
    }
    assert not twice, f"{path.name} binds these top-level names more than once: {twice}"
