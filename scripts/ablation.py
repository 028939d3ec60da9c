#!/usr/bin/env python3
"""What each reading rule contributes: the dev-set score with every rule switched off in turn.

    python scripts/ablation.py                       # ../shared/eval/dev.jsonl, every rule
    python scripts/ablation.py GOLD.jsonl --rules roles.against counts.listed-people
    python scripts/ablation.py --markdown > ablation.md
    python scripts/ablation.py --exact               # the slow way, one rule at a time

The incident extractor's rules are listed in ``urdu_events.extractors.RULES``. For each
rule the table gives the headline F1 of the evaluation's own scorer (``score.py`` beside
the gold file, or ``--scorer``) with that rule switched off, on the whole set and on its
odd and even lines, and how much lower each is than with every rule on (a positive number
means the rule helps). Nothing is written but the table (and a line of timings on stderr).

It is worked out in three steps rather than by reading every document once per rule:

1. Every document is read once with every rule on, recording which rules the reading
   asks about (``urdu_events.extractors._rules.consulted``). A rule a document never asks
   about cannot change its output, so only those rules are tried on it.
2. For each document, the rules it asked about are switched off one at a time by default,
   or in groups (``--group N``) to save time. A group is cleared, all its rules at once,
   when the output is the same and the reading asked about the same rules as with every
   rule on; otherwise it is halved, down to single rules (:func:`group_test`). Every change kept comes from a
   reading with that one rule off. The second condition matters: one rule switched off can
   keep another from being asked, or make its answer moot, and so hide what switching that
   one off alone does (on the development set, comparing outputs alone missed changes of
   2 of 52 rules checked). What is still assumed is that rules switched off together do not
   undo each other's changes while asking about the same rules. The default, ``--group 1``,
   assumes nothing: each rule a document consulted is tried alone (on the development set
   ``--group 8`` gave the same table in about three quarters of the time).
3. Only the rules that changed some output are scored again; the others get the headline
   with every rule on.

``--exact`` reads every document once per rule (``IncidentExtractor(disable=[rule])``)
and scores every rule, as this script did before.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from urdu_events import Document, Findings, Pipeline
from urdu_events.extractors._rules import consulted, switched_off
from urdu_events.extractors.claims import ClaimExtractor
from urdu_events.extractors.incidents import RULES, IncidentExtractor
from urdu_events.pipeline import make_document
from urdu_events.serialize.json import dumps
from urdu_events.text import Analysis

HERE = Path(__file__).resolve().parent
DEFAULT_GOLD = HERE.parent.parent / "shared" / "eval" / "dev.jsonl"

T = TypeVar("T")


def load_scorer(path: Path) -> ModuleType:
    """Import the evaluation's ``score.py`` from ``path``."""
    spec = importlib.util.spec_from_file_location("urdu_events_eval_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def group_test(items: Sequence[T], changes: Callable[[Sequence[T]], bool], size: int) -> list[T]:
    """The items that change something on their own, found by testing them in groups.

    ``changes(group)`` says whether switching ``group`` off may change the output. The items
    are tried ``size`` at a time, in order; a group for which it is false clears all its
    items, one for which it is true is halved, and the halves are tried in turn, down to
    single items. The items returned, in their order, are those for which
    ``changes([item])`` was called and was true.

    These are exactly the items for which ``changes([item])`` is true as long as
    ``changes(group)`` is true for every group that holds one of them (it may be true for
    other groups too: that costs tests, not answers). ``changes`` is then called about
    ``len(items) / size`` times plus up to ``2 log2(size)`` times for each item found,
    rather than once per item.

    Raises:
        ValueError: If ``size`` is less than 1.
    """
    if size < 1:
        raise ValueError(f"the group size must be at least 1, got {size}")
    found: list[T] = []

    def search(group: Sequence[T]) -> None:
        if not changes(group):
            return
        if len(group) == 1:
            found.append(group[0])
            return
        mid = len(group) // 2
        search(group[:mid])
        search(group[mid:])

    for start in range(0, len(items), size):
        search(items[start : start + size])
    return found


class _Switched:
    """The incident extractor with :attr:`off` switched off, as ``IncidentExtractor(disable=off)``
    would read, without building a new extractor (and loading its lexicons) for each group."""

    name = "incidents"

    def __init__(self, extractor: IncidentExtractor) -> None:
        self.extractor = extractor
        self.off: Sequence[str] = ()

    def __call__(self, doc: Document, /, *, analysis: Analysis | None = None) -> Findings:
        with switched_off(self.off):
            return self.extractor(doc, analysis=analysis)


def _read(pipeline: Pipeline, record: dict[str, Any]) -> str:
    """The Document JSON of one gold record."""
    doc = make_document(record["text"], published=record.get("published"), doc_id=record["id"])
    return dumps(pipeline(doc))


def predict(gold: Sequence[dict[str, Any]], disable: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The Document JSON of every gold text, read with ``disable`` switched off."""
    pipeline = Pipeline([IncidentExtractor(disable=disable), ClaimExtractor()])
    return {record["id"]: json.loads(_read(pipeline, record)) for record in gold}


def headlines(scorer: ModuleType, gold: Sequence[dict[str, Any]], preds: dict[str, Any]) -> tuple[float, ...]:
    """Headline F1 on all of ``gold``, its odd lines and its even lines."""
    halves = (gold, gold[0::2], gold[1::2])
    return tuple(float(scorer.score(list(h), preds)["headline_f1"]) for h in halves)


def exact_table(
    scorer: ModuleType, gold: Sequence[dict[str, Any]], rules: Sequence[str]
) -> tuple[tuple[float, ...], list[tuple[str, tuple[float, ...]]]]:
    """The headlines with every rule on, and with each of ``rules`` off: every document read
    and scored once per rule."""
    base = headlines(scorer, gold, predict(gold, ()))
    return base, [(rule, headlines(scorer, gold, predict(gold, (rule,)))) for rule in rules]


def _changes_of(
    pipeline: Pipeline,
    incidents: _Switched,
    record: dict[str, Any],
    base: str,
    base_asked: set[str],
    rules: Sequence[str],
    size: int,
) -> tuple[dict[str, str], int]:
    """Which of ``rules`` change the Document JSON of ``record`` when switched off alone, with
    that JSON, found by :func:`group_test`; and how many readings it took. ``base`` is the
    JSON with every rule on, ``base_asked`` the rules that reading consulted.

    A group of rules switched off together is cleared only if the output is the same and the
    reading consulted the same rules: one rule switched off can keep another from being
    asked, and so hide what switching that one off alone does (``roles.lead-perpetrator``
    off, ``roles.lead-elsewhere`` is not asked).
    """
    single: dict[str, str] = {}
    readings = 0

    def changes(group: Sequence[str]) -> bool:
        nonlocal readings
        readings += 1
        incidents.off = group
        try:
            with consulted() as asked:
                out = _read(pipeline, record)
        finally:
            incidents.off = ()
        if len(group) == 1:
            if out != base:
                single[group[0]] = out
            return out != base
        return out != base or asked != base_asked

    return {rule: single[rule] for rule in group_test(rules, changes, size)}, readings


def fast_table(
    scorer: ModuleType, gold: Sequence[dict[str, Any]], rules: Sequence[str], size: int
) -> tuple[tuple[float, ...], list[tuple[str, tuple[float, ...]]], int]:
    """What :func:`exact_table` gives, reading each document with only the rules it consults
    switched off, in groups (see the module's description); also the number of readings."""
    incidents = _Switched(IncidentExtractor())
    pipeline = Pipeline([incidents, ClaimExtractor()])
    wanted = frozenset(rules)
    base_preds: dict[str, dict[str, Any]] = {}
    # rule -> {document id: its Document JSON with the rule off}, where that differs
    changed: dict[str, dict[str, str]] = {}
    readings = 0
    for record in gold:
        with consulted() as asked:
            out = _read(pipeline, record)
        base_preds[record["id"]] = json.loads(out)
        found, n = _changes_of(pipeline, incidents, record, out, asked, sorted(asked & wanted), size)
        readings += n + 1
        for rule, out_off in found.items():
            changed.setdefault(rule, {})[record["id"]] = out_off
    base = headlines(scorer, gold, base_preds)
    rows = []
    for rule in rules:
        if rule in changed:
            preds = base_preds | {doc_id: json.loads(out) for doc_id, out in changed[rule].items()}
            rows.append((rule, headlines(scorer, gold, preds)))
        else:
            rows.append((rule, base))
    return base, rows, readings


def print_table(
    base: tuple[float, ...], rows: Iterable[tuple[str, tuple[float, ...]]], *, markdown: bool
) -> None:
    """Print the table: the headline with each rule off and how much lower it is."""
    if markdown:
        print("| rule off | headline | Δ all | Δ odd | Δ even |\n|---|---:|---:|---:|---:|")
        print(f"| (none) | {base[0]:.3f} | | | |")
        for rule, h in rows:
            d = [b - x for b, x in zip(base, h, strict=True)]
            print(f"| `{rule}` | {h[0]:.3f} | {d[0]:+.3f} | {d[1]:+.3f} | {d[2]:+.3f} |")
    else:
        print(f"{'rule off':<36}{'headline':>9}{'Δ all':>8}{'Δ odd':>8}{'Δ even':>8}")
        print(f"{'(none)':<36}{base[0]:>9.3f}")
        for rule, h in rows:
            d = [b - x for b, x in zip(base, h, strict=True)]
            print(f"{rule:<36}{h[0]:>9.3f}{d[0]:>+8.3f}{d[1]:>+8.3f}{d[2]:>+8.3f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD, help="gold JSON Lines file")
    parser.add_argument("--scorer", type=Path, help="the scorer (default: score.py beside the gold file)")
    parser.add_argument("--rules", nargs="+", metavar="RULE", help="only these rules (default: all)")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument(
        "--exact", action="store_true", help="read every document once per rule (slow; assumes nothing)"
    )
    parser.add_argument(
        "--group",
        type=int,
        default=1,
        metavar="N",
        help="rules switched off at once at first (default: 1, each alone)",
    )
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        parser.error(f"no gold file at {args.gold}")
    scorer_path = args.scorer or args.gold.with_name("score.py")
    if not scorer_path.is_file():
        parser.error(f"no scorer at {scorer_path}; pass --scorer")
    if args.group < 1:
        parser.error("--group must be at least 1")
    rules = args.rules or sorted(RULES)
    unknown = [r for r in rules if r not in RULES]
    if unknown:
        parser.error(f"unknown rules: {', '.join(unknown)}; see urdu_events.extractors.incidents.RULES")
    scorer = load_scorer(scorer_path)
    with open(args.gold, encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    start = time.perf_counter()
    if args.exact:
        base, rows = exact_table(scorer, gold, rules)
        readings = len(gold) * (len(rules) + 1)
    else:
        base, rows, readings = fast_table(scorer, gold, rules, args.group)
    print_table(base, rows, markdown=args.markdown)
    took = time.perf_counter() - start
    print(f"{len(rules)} rules, {len(gold)} documents: {readings} readings in {took:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
