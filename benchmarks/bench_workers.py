#!/usr/bin/env python3
"""``extract_many(records, workers=1)`` against ``workers=2`` on the same records.

Each round runs both, alternating which goes first, from a fresh call (so the
two-worker time includes starting the process pool and loading lexicons and the
gazetteer in each worker, as a user pays it). Results are consumed as they are
yielded; the last round's outputs of the two runs are compared for equality.

Usage::

    python benchmarks/bench_workers.py              # 2,000 documents, 3 rounds
    python benchmarks/bench_workers.py --quick      # 200 documents, 1 round
"""

from __future__ import annotations

import argparse
import concurrent.futures
import inspect
import os
import statistics
import sys
import time
from typing import Any

import _common
import corpus

import urdu_events
from urdu_events.batch import RecordError, extract_many


def _run(records: list[dict[str, Any]], workers: int, chunk_size: int) -> tuple[float, float, list[Any]]:
    """(wall s, CPU s of this process and its workers, results)."""
    cpu = time.process_time() + _common.children_cpu()
    start = time.perf_counter()
    out = list(extract_many(records, workers=workers, chunk_size=chunk_size))
    wall = time.perf_counter() - start
    return wall, time.process_time() + _common.children_cpu() - cpu, out


def _spin(seed: int, n: int) -> int:
    """Pure-Python CPU work with no shared state: generating corpus documents."""
    return sum(len(r["text"]) for r in corpus.generate(n, seed=seed, example=False))


def _machine_speedup(workers: int, n: int) -> float:
    """What ``workers`` processes gain on this machine for CPU-bound Python: the ceiling to compare with."""
    seeds = [1000 + i for i in range(workers)]
    start = time.perf_counter()
    for seed in seeds:
        _spin(seed, n)
    serial = time.perf_counter() - start
    with concurrent.futures.ProcessPoolExecutor(workers) as pool:
        list(pool.map(_spin, seeds, [10] * workers))  # start the workers outside the timing
        start = time.perf_counter()
        list(pool.map(_spin, seeds, [n] * workers))
        parallel = time.perf_counter() - start
    return serial / parallel


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="documents (default 2000)")
    parser.add_argument("--seed", type=int, default=2, help="corpus seed (default 2)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; medians reported (default 3)")
    parser.add_argument("--workers", type=int, default=2, help="the parallel run's workers (default 2)")
    default_chunk = inspect.signature(extract_many).parameters["chunk_size"].default
    parser.add_argument(
        "--chunk-size",
        type=int,
        default=default_chunk,
        help=f"extract_many chunk_size (default: the library's, {default_chunk})",
    )
    parser.add_argument(
        "--wait-quiet", type=float, default=0, metavar="S", help="first wait up to S s for an idle machine"
    )
    parser.add_argument("--quick", action="store_true", help="200 documents, 1 round")
    args = parser.parse_args(argv)
    if args.quick:
        args.n, args.repeat = 200, 1

    records = [
        {"id": r["id"], "text": r["text"], "published": r["published"]}
        for r in corpus.generate(args.n, seed=args.seed)
    ]
    megabytes = sum(len(r["text"].encode("utf-8")) for r in records) / 1e6
    urdu_events.extract("کوئٹہ میں دھماکا۔")  # load this process's lexicons outside the rounds

    machine: list[float] = []
    times: dict[int, list[float]] = {1: [], args.workers: []}
    cpu: dict[int, list[float]] = {1: [], args.workers: []}
    outputs: dict[int, list[Any]] = {}
    if args.wait_quiet and not _common.wait_quiet(args.wait_quiet):
        print(f"(the machine did not become idle within {args.wait_quiet:.0f} s; measuring anyway)")
    load_before = _common.load()
    contention = _common.Contention()
    for round_ in range(args.repeat):
        order = (1, args.workers) if round_ % 2 == 0 else (args.workers, 1)
        for workers in order:
            seconds, used, outputs[workers] = _run(records, workers, args.chunk_size)
            times[workers].append(seconds)
            cpu[workers].append(used)
        machine.append(_machine_speedup(args.workers, 300 if args.quick else 4000))

    serial, parallel = outputs[1], outputs[args.workers]
    errors = sum(isinstance(x, RecordError) for x in serial)
    same = serial == parallel
    mismatches = sum(a != b for a, b in zip(serial, parallel, strict=False)) + abs(
        len(serial) - len(parallel)
    )

    print(f"## bench_workers: {len(records)} documents, {megabytes:.2f} MB, seed {args.seed}")
    print(
        f"\n{_common.machine()}; os.cpu_count() = {os.cpu_count()}; chunk_size {args.chunk_size}; "
        f"{args.repeat} rounds, medians"
    )
    print(f"\n{load_before} before the rounds; {contention.describe()}.")
    _common.heading("Throughput")
    rows = []
    serial_med = _common.summary(times[1])[0]
    for workers, samples in times.items():
        med, best = _common.summary(samples)
        rows.append(
            [
                f"extract_many(workers={workers})",
                len(records) / med,
                megabytes / med,
                med,
                best,
                _common.summary(cpu[workers])[0] / med,
                serial_med / med,
            ]
        )
    print(_common.table(["run", "docs/s", "MB/s", "median s", "best s", "cores busy", "speed-up"], rows))
    print(
        "\n*cores busy* = CPU seconds of this process and its workers ÷ wall seconds; below the "
        "worker count means the workers waited (for CPU held by other processes, or for work)."
    )

    speedup = serial_med / _common.summary(times[args.workers])[0]
    serial_cpu = _common.summary(cpu[1])[0]
    parallel_cpu = _common.summary(cpu[args.workers])[0]
    bound = min(float(args.workers), args.workers * serial_cpu / parallel_cpu)
    startup, _used, _out = _run(records[:2], args.workers, args.chunk_size)
    _common.heading("CPU cost")
    print(
        _common.table(
            ["measure", "value"],
            [
                ["CPU s, workers=1 (median)", serial_cpu],
                [f"CPU s, workers={args.workers}, main process and workers (median)", parallel_cpu],
                [
                    "parallel CPU ÷ serial CPU (overhead of pickling, pool, second load)",
                    parallel_cpu / serial_cpu,
                ],
                [
                    f"speed-up bound, {args.workers} idle cores: {args.workers} × serial CPU ÷ parallel CPU",
                    bound,
                ],
                [f"pool start-up: extract_many(2 documents, workers={args.workers}) wall s", startup],
            ],
        )
    )
    ceiling = statistics.median(machine)
    print(
        f"\nMachine baseline: {args.workers} processes generating corpus documents (pure-Python CPU "
        f"work, nothing shared) run {ceiling:.2f}× as fast as one process doing the same work; "
        f"extract_many reached {speedup / ceiling:.0%} of that."
    )
    _common.heading("Targets")
    print(
        _common.table(
            ["check", "measured", "target", "met"],
            [
                [f"workers={args.workers} ÷ workers=1", speedup, "≥ 1.7", _common.verdict(speedup >= 1.7)],
                [
                    "the same, bound from CPU time (idle machine)",
                    bound,
                    "≥ 1.7",
                    _common.verdict(bound >= 1.7),
                ],
                ["outputs equal (same documents, same order)", str(same), "True", _common.verdict(same)],
            ],
        )
    )
    if not same:
        print(f"\n{mismatches} of {len(serial)} results differ.")
    if errors:
        print(f"\n{errors} records gave a RecordError.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
