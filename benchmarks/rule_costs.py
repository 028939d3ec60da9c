"""What each rule of the incident reader costs: CPU time sampled and grouped by rule id.

The reader's rules are checked at their sites with ``on("area.rule-id")`` (see
``extractors/_rules.py``). This script reads the extractors' source (``ast``) and gives each
rule id the lines that run for it:

- the statement that checks it (``x = on("a") and ...``, ``if on("a") and ...:`` with its
  body, not its ``else``);
- for a local flag set from ``on(...)`` (``toward = on("places.fired-toward")``), each ``and``
  it is an operand of, in a loop or a nested function (``not (toward and _fired_toward(...))``),
  and each ``if`` it is the test or an operand of the test of, with its body;
- for a guard (``if not on("a") ...: return`` or ``continue``), the guard and every statement
  after it in the same block: what the guard skips when the rule is off.

It then runs the pipeline over a JSONL file (the dev set by default; one pass to warm up,
then ``--passes``) while a CPU-time timer (``setitimer(ITIMER_PROF)``) samples the stack
every ``--interval`` seconds. A sample counts for a rule when any frame on the stack is on
one of its lines: the time is inclusive (a rule's lines calling a helper are charged the
helper, regular expressions and ``str`` methods included), nested rules are charged to every
rule they sit in, and the shares do not add up to 100 %. A second table does the same for
the functions that check rules (the whole function, whichever rule runs).

A rule's time is what switching it off would save at most; what skipping it when it cannot
fire saves is that time less the cost of the check. Rank with this, then confirm a saving
with callgrind instruction counts (steady state: two passes minus one) or
``bench_pipeline.py``. See "Cost per rule" in ``docs/performance.md``.

```console
$ PYTHONPATH=src python benchmarks/rule_costs.py                      # dev set, 10 passes, top 40
$ PYTHONPATH=src python benchmarks/rule_costs.py FILE.jsonl --passes 5 --top 15
$ PYTHONPATH=src python benchmarks/rule_costs.py --rules 'roles.*'     # only these rule ids (fnmatch)
```
"""

from __future__ import annotations

import argparse
import ast
import fnmatch
import json
import signal
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from _common import ROOT, table

DEFAULT_INPUT = ROOT.parent / "shared" / "eval" / "dev.jsonl"
EXTRACTORS = ROOT / "src" / "urdu_events" / "extractors"

#: The key under which :func:`sample` counts the samples that fall in the lines of any rule.
_ANY = "(any rule)"
_BLOCKS = ("body", "orelse", "finalbody")
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


@dataclass
class Sites:
    """Where each rule runs: per file, per line, the rule ids whose lines hold it; and the
    functions that check rules (file, first line, last line, name, rule ids)."""

    lines: dict[str, dict[int, set[str]]] = field(default_factory=dict)
    functions: list[tuple[str, int, int, str, list[str]]] = field(default_factory=list)

    def add(self, path: str, rule: str, first: int, last: int) -> None:
        by_line = self.lines.setdefault(path, {})
        for line in range(first, last + 1):
            by_line.setdefault(line, set()).add(rule)


def _rule_of(node: ast.AST) -> str | None:
    """The rule id of an ``on("id")`` call, or ``None`` for any other node."""
    if not isinstance(node, ast.Call) or len(node.args) != 1:
        return None
    func = node.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    arg = node.args[0]
    if name == "on" and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return arg.value
    return None


def _own_nodes(node: ast.AST) -> Iterator[ast.AST]:
    """The nodes under ``node``, without those of the functions and classes nested in it."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, _SCOPES):
            continue
        yield child
        yield from _own_nodes(child)


def _is_guard(stmt: ast.stmt) -> bool:
    """``if not on(...) ...: return`` (or ``continue``): a rule that, off, skips the rest."""
    if not isinstance(stmt, ast.If) or stmt.orelse:
        return False
    if not isinstance(stmt.body[-1], (ast.Return, ast.Continue)):
        return False
    test = stmt.test
    parts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or) else [test]
    negated = [p.operand for p in parts if isinstance(p, ast.UnaryOp) and isinstance(p.op, ast.Not)]
    return any(_rule_of(p) is not None for p in negated)


def _test_nodes(stmt: ast.stmt) -> list[ast.AST]:
    """The nodes a statement itself runs: an ``if``/``while``'s test, a ``for``'s iterable (their
    bodies hold statements of their own), the whole of any other simple statement."""
    if isinstance(stmt, (ast.If, ast.While)):
        return [stmt.test, *_own_nodes(stmt.test)]
    if isinstance(stmt, (ast.For, ast.AsyncFor)):
        return [stmt.iter, *_own_nodes(stmt.iter)]
    if isinstance(stmt, (ast.With, ast.AsyncWith, ast.Try, *_SCOPES)):
        return []
    return list(_own_nodes(stmt))


def _flag_rules(value: ast.expr) -> list[str]:
    """The rules a local flag stands for: ``x = on("a")``, ``x = on("a") and ...`` (a flag that is
    true only where rule ``a`` is on); none for a value merely computed under a rule."""
    operands = value.values if isinstance(value, ast.BoolOp) and isinstance(value.op, ast.And) else [value]
    return [rule for operand in operands if (rule := _rule_of(operand)) is not None]


def _flag_spans(
    nodes: list[ast.AST], flags: dict[str, list[str]], test: ast.AST | None
) -> list[tuple[str, int, int]]:
    """(rule, first line, last line) for each local flag read in ``nodes``: the lines of the
    ``and`` it is an operand of (``... and not (toward and _fired_toward(...))``), or ``None``
    for its line span when that ``and`` is the statement's own test (the caller gives the body)."""
    out: list[tuple[str, int, int]] = []
    for node in nodes:
        if not isinstance(node, ast.BoolOp) or not isinstance(node.op, ast.And):
            continue
        for operand in node.values:
            if isinstance(operand, ast.Name) and operand.id in flags and node is not test:
                out += [(rule, node.lineno, node.end_lineno or node.lineno) for rule in flags[operand.id]]
    return out


def _walk_block(sites: Sites, path: str, block: list[ast.stmt], flags: dict[str, list[str]]) -> None:
    """Give the rules checked in ``block`` their lines. ``flags`` are the local names set from
    ``on(...)`` (``toward = on("places.fired-toward")``) in the enclosing functions and so far in
    this one: where one is an operand of an ``and``, that ``and`` runs for its rules too."""
    for stmt in block:
        nodes = _test_nodes(stmt)
        test = stmt.test if isinstance(stmt, (ast.If, ast.While)) else None
        rules = [rule for node in nodes if (rule := _rule_of(node)) is not None]
        if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
            rules += [r for v in test.values if isinstance(v, ast.Name) for r in flags.get(v.id, [])]
        elif isinstance(test, ast.Name):
            rules += flags.get(test.id, [])
        if rules:
            last = block[-1].end_lineno if _is_guard(stmt) else None
            if last is None:
                body = getattr(stmt, "body", None)
                loop = isinstance(stmt, ast.If | ast.While | ast.For)
                last = body[-1].end_lineno if loop and body else stmt.end_lineno
            for rule in rules:
                sites.add(path, rule, stmt.lineno, last or stmt.lineno)
        for rule, first, last in _flag_spans(nodes, flags, test):
            sites.add(path, rule, first, last)
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            flag = _flag_rules(stmt.value)
            if flag:
                flags[stmt.targets[0].id] = flag
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            checked = sorted({r for n in _own_nodes(stmt) if (r := _rule_of(n)) is not None})
            if checked:
                end = stmt.end_lineno or stmt.lineno
                sites.functions.append((path, stmt.lineno, end, stmt.name, checked))
            _walk_block(sites, path, stmt.body, dict(flags))
            continue
        if isinstance(stmt, ast.ClassDef):
            _walk_block(sites, path, stmt.body, {})
            continue
        for name in _BLOCKS:
            sub = getattr(stmt, name, None)
            if isinstance(sub, list) and sub and isinstance(sub[0], ast.stmt):
                _walk_block(sites, path, sub, flags)
        for handler in getattr(stmt, "handlers", []):
            _walk_block(sites, path, handler.body, flags)


def rule_sites(paths: list[Path]) -> Sites:
    """The lines of every rule checked in ``paths``."""
    sites = Sites()
    for path in paths:
        _walk_block(sites, str(path), ast.parse(path.read_text(encoding="utf-8")).body, {})
    return sites


def sample(
    records: list[dict[str, Any]], passes: int, interval: float, sites: Sites
) -> tuple[Counter[str], Counter[int], int]:
    """Run ``passes`` passes of a fresh pipeline over ``records`` (after one to warm up), sampling
    the stack every ``interval`` CPU seconds: samples per rule, per function (index in
    ``sites.functions``), and in all."""
    from urdu_events import Pipeline

    pipeline = Pipeline()
    by_rule: Counter[str] = Counter()
    by_function: Counter[int] = Counter()
    total = 0
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for index, (path, first, last, _name, _rules) in enumerate(sites.functions):
        spans.setdefault(path, []).append((first, last, index))

    def on_tick(_signum: int, frame: FrameType | None) -> None:
        nonlocal total
        total += 1
        rules: set[str] = set()
        functions: set[int] = set()
        while frame is not None:
            path = frame.f_code.co_filename
            lines = sites.lines.get(path)
            if lines is not None:
                line = frame.f_lineno
                rules |= lines.get(line, set())
                functions.update(i for first, last, i in spans.get(path, ()) if first <= line <= last)
            frame = frame.f_back
        by_rule.update(rules)
        by_function.update(functions)
        if rules:
            by_rule[_ANY] += 1

    def run(n: int) -> None:
        for _ in range(n):
            for r in records:
                pipeline.extract(r["text"], published=r.get("published"))

    run(1)
    signal.signal(signal.SIGPROF, on_tick)
    signal.setitimer(signal.ITIMER_PROF, interval, interval)
    try:
        run(passes)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    return by_rule, by_function, total


def _records(path: Path, ap: argparse.ArgumentParser) -> list[dict[str, Any]]:
    """The JSON objects of ``path``, one per non-blank line, each with a ``text`` string; a file
    that cannot be read, a line that is not such an object, or no line at all ends the run with
    a message that names the file and line (``ap.error``), not a traceback."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        ap.error(f"cannot read {path}: {e}")
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            ap.error(f"{path}:{number}: not JSON ({e.msg})")
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            ap.error(f"{path}:{number}: not an object with a 'text' string")
        records.append(record)
    if not records:
        ap.error(f"{path}: no records")
    return records


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument(
        "input", nargs="?", type=Path, default=DEFAULT_INPUT, help="a JSONL file of {text, published}"
    )
    ap.add_argument(
        "--passes", type=int, default=10, help="sampled passes over the file (after one to warm up)"
    )
    ap.add_argument("--interval", type=float, default=0.001, help="CPU seconds between samples")
    ap.add_argument("--top", type=int, default=40, help="rows of each table")
    ap.add_argument("--rules", default="*", help="only rule ids matching this fnmatch pattern")
    a = ap.parse_args()

    records = _records(a.input, ap)
    sites = rule_sites(sorted(EXTRACTORS.glob("*.py")))
    start = time.process_time()
    by_rule, by_function, total = sample(records, a.passes, a.interval, sites)
    cpu = time.process_time() - start
    articles = len(records) * a.passes
    ms = 1000 * cpu / total / articles if total else 0.0  # ms per article of one sample

    print(f"{len(records)} articles × {a.passes} passes, {cpu:.2f} CPU s, {total} samples\n")
    print("### Rules, by inclusive CPU time\n")
    ranked = [(r, n) for r, n in by_rule.most_common() if r == _ANY or fnmatch.fnmatchcase(r, a.rules)]
    print(
        table(
            ["rule", "ms/article", "share"],
            [(rule, n * ms, f"{100 * n / total:.1f} %") for rule, n in ranked[: a.top]],
        )
    )
    print("\n### Functions that check rules, by inclusive CPU time\n")
    rows = []
    for index, n in by_function.most_common():
        path, first, _last, name, rules = sites.functions[index]
        chosen = [r for r in rules if fnmatch.fnmatchcase(r, a.rules)]
        if chosen:
            listed = ", ".join(chosen[:3]) + (f" (+{len(chosen) - 3})" if len(chosen) > 3 else "")
            rows.append((f"{Path(path).name}:{first} {name}", n * ms, f"{100 * n / total:.1f} %", listed))
    print(table(["function", "ms/article", "share", "rules"], rows[: a.top]))
    every = {r for by_line in sites.lines.values() for rules in by_line.values() for r in rules}
    unseen = len(every - set(by_rule))
    print(f"\nIn the lines of some rule: {100 * by_rule[_ANY] / max(total, 1):.0f} % of the samples.")
    print(f"\n{len(every)} rule ids checked in the source; {unseen} never sampled on this input.")


if __name__ == "__main__":
    main()
