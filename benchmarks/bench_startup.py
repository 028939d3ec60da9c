#!/usr/bin/env python3
"""Cold start: import time and the first ``urdu_events.extract`` call, in fresh processes.

Three measurements, each in new interpreters (``--runs`` of them, medians):

1. ``python -X importtime -c "import urdu_events"``, parsed: the package's
   cumulative import time and the modules that cost most.
2. A subprocess that imports ``urdu_events`` and makes one ``extract`` call on
   ``examples/article.txt``: import and first-call times measured inside it
   (the target: their sum under 0.5 s), and its whole wall time from outside,
   next to a bare ``python -c pass`` for the interpreter's own start-up.
3. The first call taken apart, step by step in a fresh process (building the
   pipeline and the claim grammar, loading the incident lexicons and the
   gazetteer, the first analysis, the extraction), plus a cProfile of import
   and first call, top functions by cumulative time.

Usage::

    python benchmarks/bench_startup.py            # 7 runs
    python benchmarks/bench_startup.py --quick    # 3 runs
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _common

ARTICLE = _common.ROOT / "examples" / "article.txt"

FIRST_CALL = """
import json, sys, time
clock, cpu = time.perf_counter, time.process_time
t0, c0 = clock(), cpu()
import urdu_events
t1, c1 = clock(), cpu()
text = open(sys.argv[1], encoding="utf-8").read()
doc = urdu_events.extract(text)
t2, c2 = clock(), cpu()
doc = urdu_events.extract(text + " ")
t3 = clock()
print(json.dumps({"import": t1 - t0, "first": t2 - t1, "second": t3 - t2, "cpu": c2 - c0}))
"""

STEPS = """
import json, sys, time
clock = time.perf_counter
steps = []
def step(name, fn):
    t = clock(); out = fn(); steps.append((name, clock() - t)); return out
text = open(sys.argv[1], encoding="utf-8").read()
step("import urdu_events", lambda: __import__("urdu_events"))
import urdu_events
pipe = step("Pipeline(): import extractors, claim lexicons and grammar", urdu_events.Pipeline)
def gazetteer():
    try:
        from urdu_events.gazetteer import default_gazetteer
    except ImportError:
        return None
    return default_gazetteer()
step("gazetteer: import and load", gazetteer)
inc = pipe.extractors[0]
if hasattr(inc, "_compiled"):
    step("incident lexicons and place finder", inc._compiled)
from urdu_events.text import analyze
analysis = step("first analyze (normalize, sentences)", lambda: analyze(text))
step("first tokens", lambda: analysis.tokens)
step("first extraction (pipeline call)", lambda: pipe.extract(text))
step("second extraction, new text", lambda: pipe.extract(text + " "))
print(json.dumps(steps))
"""

PROFILE = """
import cProfile, io, pstats, sys
text = open(sys.argv[1], encoding="utf-8").read()
prof = cProfile.Profile()
prof.enable()
import urdu_events
urdu_events.extract(text)
prof.disable()
rows = []
stats = pstats.Stats(prof)
for (path, line, name), (cc, nc, tt, ct, callers) in stats.stats.items():
    where = "/".join(path.split("/")[-2:])
    rows.append((ct, tt, nc, f"{where}:{line}({name})"))
rows.sort(reverse=True)
import json
print(json.dumps(rows[:400]))
"""


_ENV = dict(os.environ)


def _use_bytecode_cache(prefix: str) -> None:
    """Let the measured interpreters read (and once write) bytecode, kept out of the source tree.

    Installed packages ship compiled bytecode, but a development environment may
    set ``PYTHONDONTWRITEBYTECODE``, which makes every fresh process compile
    every module of an editable install from source.
    """
    _ENV.pop("PYTHONDONTWRITEBYTECODE", None)
    _ENV["PYTHONPYCACHEPREFIX"] = prefix


def _python(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, check=True, cwd=_common.ROOT, env=_ENV
    )


def _importtime() -> list[tuple[int, int, str]]:
    """(self us, cumulative us, module with indentation) per imported module."""
    err = _python("-X", "importtime", "-c", "import urdu_events").stderr
    rows = []
    for line in err.splitlines():
        if not line.startswith("import time:") or "[us]" in line:
            continue
        self_us, cum_us, name = line[len("import time:") :].split("|")
        rows.append((int(self_us), int(cum_us), name.rstrip()))
    return rows


def _package_total(rows: list[tuple[int, int, str]]) -> int:
    return next(cum for _s, cum, name in rows if name.strip() == "urdu_events")


def _third_party(name: str) -> str:
    return name.strip().split(".")[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per measurement (default 7)")
    parser.add_argument("--top", type=int, default=15, help="rows in the top lists (default 15)")
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="keep the environment's bytecode settings (by default bytecode is cached in a temp dir)",
    )
    parser.add_argument("--quick", action="store_true", help="3 runs")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs = 3

    if not args.no_bytecode_cache:
        _use_bytecode_cache(os.path.join(tempfile.gettempdir(), "urdu-events-bench-pycache"))
    if "PYTHONPYCACHEPREFIX" in _ENV:
        bytecode = f"bytecode cached under {_ENV['PYTHONPYCACHEPREFIX']}"
    elif _ENV.get("PYTHONDONTWRITEBYTECODE"):
        bytecode = "no bytecode written (PYTHONDONTWRITEBYTECODE is set): every module compiled from source"
    else:
        bytecode = "bytecode in __pycache__"
    _python("-c", FIRST_CALL, str(ARTICLE))  # compile bytecode once; every measured run reads it
    contention = _common.Contention()

    # 1. -X importtime
    runs = [_importtime() for _ in range(args.runs)]
    totals = [_package_total(r) for r in runs]
    chosen = runs[totals.index(sorted(totals)[len(totals) // 2])]
    total_us = _package_total(chosen)

    # 2. import + first extract, inside and outside
    inside = []
    outside = []
    bare = []
    for _ in range(args.runs):
        start = time.perf_counter()
        _python("-c", "pass")
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        out = _python("-c", FIRST_CALL, str(ARTICLE)).stdout
        outside.append(time.perf_counter() - start)
        inside.append(json.loads(out))
    med = {k: statistics.median(r[k] for r in inside) for k in ("import", "first", "second")}
    cold = statistics.median(r["import"] + r["first"] for r in inside)
    cold_cpu = statistics.median(r["cpu"] for r in inside)

    # 3. the first call, step by step; and a profile of it
    step_runs = [json.loads(_python("-c", STEPS, str(ARTICLE)).stdout) for _ in range(args.runs)]
    step_names = [name for name, _t in step_runs[0]]
    step_med = {name: statistics.median(dict(r)[name] for r in step_runs) for name in step_names}
    profiled = json.loads(_python("-c", PROFILE, str(ARTICLE)).stdout)

    print(f"## bench_startup: {args.runs} fresh processes per measurement")
    print(f"\n{_common.machine()}; {contention.describe()}; {bytecode}.")

    _common.heading("Import and first call (target: import + first extract < 0.5 s)")
    print(
        _common.table(
            ["measure", "median s", "min s", "max s"],
            [
                ["`import urdu_events` (inside the process)", med["import"], *_mm(inside, "import")],
                ["first `extract()` (loads lexicons, gazetteer)", med["first"], *_mm(inside, "first")],
                ["**import + first extract**", cold, *_mm(inside, "import", "first")],
                ["import + first extract, CPU time (`process_time`)", cold_cpu, *_mm(inside, "cpu")],
                ["second `extract()` (warm)", med["second"], *_mm(inside, "second")],
                [
                    "subprocess wall, import + first extract + exit",
                    statistics.median(outside),
                    min(outside),
                    max(outside),
                ],
                ["bare interpreter `python -c pass`", statistics.median(bare), min(bare), max(bare)],
            ],
        )
    )
    print(
        "\n"
        + _common.table(
            ["target", "measured", "goal", "met"],
            [
                ["import + first extract (wall)", f"{cold:.3f} s", "< 0.5 s", _common.verdict(cold < 0.5)],
                ["the same in CPU time", f"{cold_cpu:.3f} s", "< 0.5 s", _common.verdict(cold_cpu < 0.5)],
            ],
        )
    )

    _common.heading(f"`-X importtime`: urdu_events cumulative {total_us / 1e6:.3f} s (median run)")
    by_cum = sorted((r for r in chosen if r[2].strip() != "urdu_events"), key=lambda r: -r[1])[: args.top]
    print(
        _common.table(
            ["module (indent = nesting)", "cumulative ms", "self ms", "share of urdu_events"],
            [[f"`{n.rstrip()}`", c / 1000, s / 1000, f"{100 * c / total_us:.0f} %"] for s, c, n in by_cum],
        )
    )
    # Self time by top-level distribution: what the package pulls in.
    by_top: dict[str, int] = {}
    for self_us, _c, name in chosen:
        by_top[_third_party(name)] = by_top.get(_third_party(name), 0) + self_us
    tops = sorted(by_top.items(), key=lambda kv: -kv[1])[:10]
    print(
        "\n"
        + _common.table(
            ["top-level package", "self ms (sum)", "share"],
            [[f"`{k}`", v / 1000, f"{100 * v / total_us:.0f} %"] for k, v in tops],
        )
    )

    _common.heading("First call, step by step (fresh process, medians)")
    print(_common.table(["step", "ms"], [[name, 1000 * t] for name, t in step_med.items()]))

    _common.heading(f"cProfile of import + first extract: top {args.top} by cumulative time")
    print(
        _common.table(
            ["function", "cumulative ms", "own ms", "calls"],
            [[f"`{where}`", 1000 * ct, 1000 * tt, nc] for ct, tt, nc, where in _useful(profiled)[: args.top]],
        )
    )
    _common.heading(f"cProfile of import + first extract: top {args.top} by own time")
    by_own = sorted(_useful(profiled), key=lambda r: -float(r[1]))[: args.top]  # type: ignore[arg-type]
    print(
        _common.table(
            ["function", "own ms", "cumulative ms", "calls"],
            [[f"`{where}`", 1000 * tt, 1000 * ct, nc] for ct, tt, nc, where in by_own],
        )
    )
    return 0


def _mm(rows: list[dict[str, float]], *keys: str) -> tuple[float, float]:
    values = [sum(r[k] for k in keys) for r in rows]
    return min(values), max(values)


def _useful(rows: list[list[object]]) -> list[list[object]]:
    """Drop the import machinery's frames, which wrap everything and say nothing."""
    noise = ("<frozen importlib", "builtins.exec>", "builtins.__import__>", "(<module>)")
    return [r for r in rows if not any(x in str(r[3]) for x in noise)]


if __name__ == "__main__":
    if not Path(ARTICLE).exists():
        sys.exit(f"{ARTICLE} is missing")
    sys.exit(main())
