#!/usr/bin/env python3
"""Single-core throughput of the full pipeline, its stages, and two peers, in one run.

Contenders, timed on the same distinct texts (so ``analyze``'s LRU cache never
helps), interleaved round by round, ``--repeat`` rounds, medians reported:

* ``urdu_events.Pipeline()``: the full extraction (incidents, claims, linking);
* urduhack-lite ``normalize`` alone (peer);
* spaCy's blank Urdu tokenizer alone, ``spacy.blank("ur").make_doc`` (peer), in
  two cache states: *fresh* (an empty tokenizer every round, whose cache fills
  as the round goes) and *warm* (a tokenizer that has first read other texts,
  as in a long job; ``--warm-texts``, by default synthetic texts of another
  seed);
* ``urdu_events.text.normalize`` and ``analyze`` + tokens alone, for reference.

A separate pass times each stage per document: the text layer
(``Analysis.of``, or ``analyze`` in versions before the analysis was handed
over: normalization and sentences), the ``incidents`` extractor and the
``claims`` extractor (each handed that analysis, so lazily computed tokens,
numbers and dates count towards the extractor that first asks for them), and
responsibility linking. ``--profile FILE`` also writes a cProfile of one
pass (top 25 by cumulative and by own time) and prints the own time grouped by
component, built-in calls (regex, ``str`` methods) charged to their caller.

Usage::

    python benchmarks/bench_pipeline.py                 # 1,000 documents, 5 rounds
    python benchmarks/bench_pipeline.py --quick         # seconds
    python benchmarks/bench_pipeline.py --profile /tmp/pipeline.prof.txt
    python benchmarks/bench_pipeline.py --texts news.jsonl --warm-texts other-news.jsonl

``--texts`` replaces the synthetic corpus with your own articles (JSON Lines with
a ``text`` and optionally ``id`` and ``published``): spaCy's speed depends on how
many of a text's words its cache has seen, so the ratios differ between the
synthetic corpus, whose vocabulary repeats, and real news.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import _common
import attrs
import corpus

import urdu_events
from urdu_events.pipeline import link_responsibility
from urdu_events.text import analyze, find_dates, find_numbers, tokenize
from urdu_events.text import normalize as ue_normalize

try:  # the LRU cache behind analyze(); cleared so that no pass reuses another's work
    from urdu_events.text._analysis import _analyze as _analyze_cache
except ImportError:  # pragma: no cover - a refactored text layer
    _analyze_cache = None

Record = dict[str, Any]


def _clear() -> None:
    if _analyze_cache is not None:
        _analyze_cache.cache_clear()
    gc.collect()


def _full(records: list[Record]) -> Callable[[], None]:
    pipe = urdu_events.Pipeline()

    def run() -> None:
        for r in records:
            pipe.extract(r["text"], published=r["published"], doc_id=r["id"])

    return run


def _loop(fn: Callable[[str], object], texts: list[str]) -> Callable[[], None]:
    def run() -> None:
        for t in texts:
            fn(t)

    return run


def _text_layer(texts: list[str]) -> Callable[[], None]:
    def run() -> None:
        for t in texts:
            a = analyze(t)
            a.tokens  # noqa: B018 - a cached property: this computes the tokens

    return run


class _SpacyPeer:
    """spaCy's tokenizer over the texts, with a new ``blank("ur")`` every round.

    The tokenizer caches the tokens of every whitespace-separated chunk it has
    seen; reusing one object would let later rounds hit that cache for every
    word of these very texts, which urdu-events is not allowed either. A new
    tokenizer starts empty, or, given ``warm`` texts, first reads those (other
    texts than the timed ones), as a tokenizer in a long job would have.
    """

    def __init__(self, spacy: Any, texts: list[str], warm: list[str] = ()) -> None:  # type: ignore[assignment]
        self.spacy = spacy
        self.texts = texts
        self.warm = warm
        self.fresh()

    def fresh(self) -> None:
        self.make_doc = self.spacy.blank("ur").make_doc
        self.make_doc("کوئٹہ")  # first-call costs outside the rounds, but no text of the corpus
        for t in self.warm:
            self.make_doc(t)

    def __call__(self) -> None:
        make_doc = self.make_doc
        for t in self.texts:
            make_doc(t)


def _read_texts(path: str) -> list[Record]:
    """Records from a JSON Lines file: ``text`` required, ``id`` and ``published`` optional."""
    records: list[Record] = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                text = obj["text"] if isinstance(obj, dict) else None
            except (ValueError, KeyError):
                text = None
            if not isinstance(text, str) or not text.strip():
                raise SystemExit(f"{path}:{n}: not a JSON object with a non-empty 'text'")
            records.append({"id": str(obj.get("id") or n), "text": text, "published": obj.get("published")})
    if not records:
        raise SystemExit(f"{path}: no records")
    return records


def _stages(records: list[Record]) -> dict[str, float]:
    """Seconds spent in each stage over all records (one pass).

    The extractors are called as a pipeline calls them: handed the document's
    analysis where they take it (``analysis=``), else after ``analyze`` has
    cached it (a version of urdu-events from before the analysis was handed over).
    """
    from urdu_events.extractors.claims import ClaimExtractor
    from urdu_events.extractors.incidents import IncidentExtractor

    inc, cla = IncidentExtractor(), ClaimExtractor()
    try:
        from urdu_events.text import Analysis
        from urdu_events.typing import accepts_analysis

        handed = accepts_analysis(inc) and accepts_analysis(cla)
        build: Callable[[str], Any] = Analysis.of if handed else analyze
    except ImportError:
        handed, build = False, analyze
    warm = urdu_events.pipeline.make_document(records[0]["text"] + " ۔")  # lexicons load here, untimed
    inc(warm)
    cla(warm)
    totals: dict[str, float] = defaultdict(float)
    clock = time.process_time  # CPU time: the shares are about work, not about waiting for a core
    _clear()
    for r in records:
        doc = urdu_events.pipeline.make_document(r["text"], published=r["published"], doc_id=r["id"])
        t0 = clock()
        a = build(doc.text)
        t1 = clock()
        found = inc(doc, analysis=a) if handed else inc(doc)
        doc = attrs.evolve(doc, incidents=found.incidents)
        t2 = clock()
        found = cla(doc, analysis=a) if handed else cla(doc)
        doc = attrs.evolve(doc, claims=found.claims)
        t3 = clock()
        link_responsibility(doc)
        t4 = clock()
        totals["text layer: analyze (normalize + sentences)"] += t1 - t0
        totals["incidents extractor"] += t2 - t1
        totals["claims extractor"] += t3 - t2
        totals["responsibility linking"] += t4 - t3
        # Text-layer helpers the extractors call, timed again in isolation for reference.
        t5 = clock()
        tuple(tokenize(a.normalized))
        find_numbers(a.normalized)
        find_dates(a.normalized, doc.published)
        totals["(ref) tokens + find_numbers + find_dates once"] += clock() - t5
    _clear()
    return dict(totals)


def _groups(path: str) -> str:
    if "urdu_events/text/" in path:
        return "text layer (urdu_events.text)"
    if "/extractors/_incident" in path or path.endswith("extractors/incidents.py"):
        return "incidents extractor"
    if "/extractors/_claims" in path or path.endswith("extractors/claims.py"):
        return "claims extractor"
    if "urdu_events/lexicons" in path:
        return "lexicons"
    if path.endswith("urdu_events/gazetteer.py"):
        return "gazetteer (place lookup)"
    if path.endswith("urdu_events/models.py"):
        return "models (validation)"
    if "urdu_events/" in path:
        return "pipeline, models, other urdu_events"
    if "/attr/" in path or "/attrs/" in path:
        return "attrs (model construction, evolve)"
    return "other (stdlib, bench loop)"


def profile(records: list[Record], out_path: str, top: int = 25) -> list[tuple[str, float, float]]:
    """cProfile one pass of the full pipeline; write the top lists, return own time by group."""
    run = _full(records)
    _clear()
    prof = cProfile.Profile()
    prof.runcall(run)
    _clear()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.strip_dirs()
    for key in ("cumulative", "tottime"):
        buf.write(f"\n==== top {top} by {key} ====\n")
        stats.sort_stats(key).print_stats(top)
    with open(out_path, "w", encoding="utf-8") as fh:
        fh.write(buf.getvalue())
    # Own time by component; a built-in's own time goes to the component of its caller.
    raw = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    own: dict[str, float] = defaultdict(float)
    total = 0.0
    for (path, _line, _name), (_cc, _nc, tt, _ct, callers) in raw.items():
        total += tt
        if path == "~" and callers:
            for (cpath, _l, _n), caller_stats in callers.items():
                own[_groups(cpath)] += caller_stats[2]
        else:
            own[_groups(path)] += tt
    return [(k, v, v / total) for k, v in sorted(own.items(), key=lambda kv: -kv[1])]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="documents (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds; medians reported (default 5)")
    parser.add_argument(
        "--wait-quiet", type=float, default=0, metavar="S", help="first wait up to S s for an idle machine"
    )
    parser.add_argument("--quick", action="store_true", help="60 documents, 3 rounds")
    parser.add_argument("--profile", metavar="FILE", help="also cProfile one pass; top lists to FILE")
    parser.add_argument(
        "--texts",
        metavar="FILE",
        help="time these articles (JSON Lines with 'text') instead of the synthetic corpus",
    )
    parser.add_argument(
        "--warm-texts",
        metavar="FILE",
        help="texts the warm spaCy tokenizer reads first (default: as many synthetic texts of another seed)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.n, args.repeat = 60, 3

    if args.texts:
        records = _read_texts(args.texts)
        source = args.texts
    else:
        records = list(corpus.generate(args.n, seed=args.seed))
        source = f"synthetic corpus, seed {args.seed}"
    texts = [r["text"] for r in records]
    n_docs = len(texts)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    if len(set(texts)) != n_docs:
        raise SystemExit("the texts must be distinct (a repeated text would let caches help)")
    if args.warm_texts:
        warm_texts = [r["text"] for r in _read_texts(args.warm_texts)]
    else:
        warm_texts = [r["text"] for r in corpus.generate(n_docs, seed=args.seed + 20_000, example=False)]
    overlap = len(set(warm_texts) & set(texts))
    if overlap:
        raise SystemExit(
            f"{overlap} warm-up texts are also timed texts; the warm tokenizer must not read them"
        )

    # Warm-up on other texts: lexicons, gazetteer and regexes load here, not in a timed pass.
    warm = list(corpus.generate(20, seed=args.seed + 10_000, example=False))
    _full(warm)()
    _clear()

    rss_pipeline = _common.peak_rss_mb()  # before the peers' imports: urdu-events and the corpus alone
    import spacy
    from urduhack_lite import normalize as uh_normalize

    spacy_peer = _SpacyPeer(spacy, texts)
    spacy_warm = _SpacyPeer(spacy, texts, warm_texts)
    contenders: dict[str, Callable[[], None]] = {
        "urdu-events full pipeline (extraction)": _full(records),
        "spaCy blank('ur') make_doc (peer)": spacy_peer,
        "spaCy blank('ur') make_doc, warm (peer)": spacy_warm,
        "urduhack-lite normalize (peer)": _loop(uh_normalize, texts),
        "urdu_events.text.normalize alone": _loop(ue_normalize, texts),
        "urdu_events.text analyze + tokens": _text_layer(texts),
    }
    _full(records[:5])()  # one untimed call each: first-call costs stay out of the rounds
    uh_normalize(texts[0])
    _clear()

    if args.wait_quiet and not _common.wait_quiet(args.wait_quiet):
        print(f"(the machine did not become idle within {args.wait_quiet:.0f} s; measuring anyway)")
    load_before = _common.load()
    contention = _common.Contention()
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    cpu: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(args.repeat):
        spacy_peer.fresh()
        spacy_warm.fresh()  # untimed: reads the warm-up texts
        for name, fn in contenders.items():
            _clear()
            wall, used = _common.timed(fn)
            samples[name].append(wall)
            cpu[name].append(used)
    _clear()

    results = {name: _common.summary(s) for name, s in samples.items()}
    full_med = results["urdu-events full pipeline (extraction)"][0]
    extraction_dps = n_docs / full_med

    print(f"## bench_pipeline: {n_docs} documents, {megabytes:.2f} MB of UTF-8 ({source})")
    warm_source = args.warm_texts or "synthetic"
    print(f"\nThe warm spaCy tokenizer first read {len(warm_texts)} other texts ({warm_source}).")
    print(f"\n{_common.machine()}; spaCy {spacy.__version__}; {args.repeat} rounds, medians")
    print(f"\n{load_before} before the rounds; {contention.describe()}.")
    _common.heading("Throughput, single core")
    rows = []
    cpu_med = {name: _common.summary(c)[0] for name, c in cpu.items()}
    extraction_cpu = cpu_med["urdu-events full pipeline (extraction)"]
    for name, (med, best) in results.items():
        dps = n_docs / med
        rows.append(
            [
                name,
                dps,
                megabytes / med,
                1000 * med / n_docs,
                best,
                1000 * cpu_med[name] / n_docs,
                extraction_dps / dps,
                cpu_med[name] / extraction_cpu,
            ]
        )
    print(
        _common.table(
            [
                "contender",
                "docs/s",
                "MB/s",
                "ms/doc",
                "best s",
                "CPU ms/doc",
                "extraction ÷ this",
                "same, CPU time",
            ],
            rows,
        )
    )
    print(
        "\nRatios are throughput of the full extraction ÷ throughput of the contender (wall time, "
        "medians); the last column computes them from CPU time (`time.process_time`), which other "
        "processes on the machine do not inflate."
    )

    spacy = "spaCy blank('ur') make_doc (peer)"
    warm = "spaCy blank('ur') make_doc, warm (peer)"
    urduhack = "urduhack-lite normalize (peer)"
    spacy_ratio = extraction_dps / (n_docs / results[spacy][0])
    warm_ratio = extraction_dps / (n_docs / results[warm][0])
    uh_ratio = extraction_dps / (n_docs / results[urduhack][0])
    spacy_cpu = cpu_med[spacy] / extraction_cpu
    warm_cpu = cpu_med[warm] / extraction_cpu
    uh_cpu = cpu_med[urduhack] / extraction_cpu
    _common.heading("Targets")
    print(
        _common.table(
            ["ratio", "measured", "target", "met"],
            [
                [
                    "extraction ÷ spaCy blank('ur') tokenizer, fresh",
                    spacy_ratio,
                    "≥ 0.5",
                    _common.verdict(spacy_ratio >= 0.5),
                ],
                [
                    "extraction ÷ spaCy blank('ur') tokenizer, warm",
                    warm_ratio,
                    "≥ 0.5",
                    _common.verdict(warm_ratio >= 0.5),
                ],
                ["extraction ÷ urduhack-lite normalize", uh_ratio, "≥ 0.2", _common.verdict(uh_ratio >= 0.2)],
                [
                    "extraction ÷ spaCy tokenizer, fresh, CPU time",
                    spacy_cpu,
                    "≥ 0.5",
                    _common.verdict(spacy_cpu >= 0.5),
                ],
                [
                    "extraction ÷ spaCy tokenizer, warm, CPU time",
                    warm_cpu,
                    "≥ 0.5",
                    _common.verdict(warm_cpu >= 0.5),
                ],
                ["extraction ÷ urduhack-lite, CPU time", uh_cpu, "≥ 0.2", _common.verdict(uh_cpu >= 0.2)],
            ],
        )
    )

    stages = _stages(records)
    counted = sum(v for k, v in stages.items() if not k.startswith("(ref)"))
    _common.heading("Where one document's time goes (stage pass, CPU time)")
    print(
        _common.table(
            ["stage", "ms/doc", "share"],
            [
                [k, 1000 * v / n_docs, "" if k.startswith("(ref)") else f"{100 * v / counted:.1f} %"]
                for k, v in stages.items()
            ],
        )
    )
    print(
        f"\nStage pass total {1000 * counted / n_docs:.2f} CPU ms/doc vs full pipeline "
        f"{1000 * extraction_cpu / n_docs:.2f} CPU ms/doc in the rounds."
    )

    _common.heading("Memory")
    print(
        _common.table(
            ["measure", "MB"],
            [
                ["peak RSS after warm-up (urdu-events only)", rss_pipeline],
                ["peak RSS at the end (with spaCy, corpus, all passes)", _common.peak_rss_mb()],
            ],
        )
    )

    if args.profile:
        groups = profile(records, args.profile)
        _common.heading(f"cProfile own time by component (top lists in {args.profile})")
        print(
            _common.table(
                ["component", "s (profiled)", "share"], [[k, v, f"{100 * s:.1f} %"] for k, v, s in groups]
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
