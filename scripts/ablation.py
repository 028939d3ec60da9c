#!/usr/bin/env python3
"""What each reading rule contributes: the dev-set score with every rule switched off in turn.

    python scripts/ablation.py                       # ../shared/eval/dev.jsonl, every rule
    python scripts/ablation.py GOLD.jsonl --rules roles.against counts.listed-people
    python scripts/ablation.py --markdown > ablation.md

The incident extractor's rules are listed in ``urdu_events.extractors.RULES``; each
run builds a pipeline whose incident extractor has one rule switched off
(``IncidentExtractor(disable=...)``) and scores it with the evaluation's own scorer
(``score.py`` beside the gold file, or ``--scorer``). The table gives the headline F1
on the whole set and on its odd and even lines, and how much lower each is without the
rule (a positive number means the rule helps). Nothing is written but the table.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from urdu_events import Pipeline
from urdu_events.extractors.claims import ClaimExtractor
from urdu_events.extractors.incidents import RULES, IncidentExtractor
from urdu_events.pipeline import make_document
from urdu_events.serialize.json import dumps

HERE = Path(__file__).resolve().parent
DEFAULT_GOLD = HERE.parent.parent / "shared" / "eval" / "dev.jsonl"


def load_scorer(path: Path) -> ModuleType:
    """Import the evaluation's ``score.py`` from ``path``."""
    spec = importlib.util.spec_from_file_location("urdu_events_eval_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(gold: Sequence[dict[str, Any]], disable: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The Document JSON of every gold text, read with ``disable`` switched off."""
    pipeline = Pipeline([IncidentExtractor(disable=disable), ClaimExtractor()])
    out = {}
    for record in gold:
        doc = pipeline(make_document(record["text"], published=record.get("published"), doc_id=record["id"]))
        out[record["id"]] = json.loads(dumps(doc))
    return out


def headlines(scorer: ModuleType, gold: Sequence[dict[str, Any]], preds: dict[str, Any]) -> tuple[float, ...]:
    """Headline F1 on all of ``gold``, its odd lines and its even lines."""
    halves = (gold, gold[0::2], gold[1::2])
    return tuple(float(scorer.score(list(h), preds)["headline_f1"]) for h in halves)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD, help="gold JSON Lines file")
    parser.add_argument("--scorer", type=Path, help="the scorer (default: score.py beside the gold file)")
    parser.add_argument("--rules", nargs="+", metavar="RULE", help="only these rules (default: all)")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        parser.error(f"no gold file at {args.gold}")
    scorer_path = args.scorer or args.gold.with_name("score.py")
    if not scorer_path.is_file():
        parser.error(f"no scorer at {scorer_path}; pass --scorer")
    rules = args.rules or sorted(RULES)
    unknown = [r for r in rules if r not in RULES]
    if unknown:
        parser.error(f"unknown rules: {', '.join(unknown)}; see urdu_events.extractors.incidents.RULES")
    scorer = load_scorer(scorer_path)
    with open(args.gold, encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    base = headlines(scorer, gold, predict(gold, ()))
    rows = [(rule, headlines(scorer, gold, predict(gold, (rule,)))) for rule in rules]
    if args.markdown:
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
