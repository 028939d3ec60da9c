#!/usr/bin/env python3
"""Memory of the CLI streaming a large JSON Lines file: peak RSS and growth after warm-up.

Writes ``--n`` corpus records to a temporary JSONL file (streamed: the
generator never holds the corpus), runs::

    python -m urdu_events extract --format jsonl FILE -o /dev/null -q

as a subprocess, and samples its resident set size (``VmRSS`` in
``/proc/PID/status``) every ``--interval`` seconds. Reports the peak
(``VmHWM``, and the kernel's ``ru_maxrss`` for the finished child) and whether
RSS grows after warm-up: the median of the second quarter of the samples
against the median of the last quarter.

Usage::

    python benchmarks/bench_stream_rss.py                  # 100,000 documents (tens of minutes)
    python benchmarks/bench_stream_rss.py --n 10000
    python benchmarks/bench_stream_rss.py --quick          # 1,000 documents
    python benchmarks/bench_stream_rss.py --jsonl big.jsonl --keep   # reuse a file
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _common
import corpus


def _status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of ``pid`` in kB; empty once the process is gone."""
    out: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, value = line.split(":", 1)
                out[key] = int(value.split()[0])
    except (OSError, ValueError):
        return {}
    return out


#: The named baseline for memory: the same library calls fed by a line-by-line reader.
STREAMING = """
import json, os, sys
from urdu_events.batch import RecordError, extract_many
from urdu_events.serialize.formats import get_serializer

def records(path):
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            if line.strip():
                obj = json.loads(line)
                yield {"id": obj["id"], "text": obj["text"], "published": obj.get("published")}

with open(os.devnull, "w", encoding="utf-8") as out:
    docs = (d for d in extract_many(records(sys.argv[1])) if not isinstance(d, RecordError))
    get_serializer("jsonl").dump(docs, out)
"""


def _sample(
    cmd: list[str], interval: float, *, rusage: bool = True
) -> tuple[int, float, list[tuple[float, float]], float, str]:
    """Run ``cmd``; return (exit code, wall s, [(t, RSS MB)], peak MB, stderr tail).

    With ``rusage``, the peak also takes the kernel's ``ru_maxrss`` of finished
    children, which is right only for the first child measured.
    """
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, cwd=_common.ROOT)
        samples: list[tuple[float, float]] = []
        hwm = 0
        while proc.poll() is None:
            status = _status(proc.pid)
            if status.get("VmRSS", 0) > 4096:  # past exec: skip the forked parent's few kB
                samples.append((time.perf_counter() - start, status["VmRSS"] / 1024))
                hwm = max(hwm, status.get("VmHWM", 0))
            time.sleep(interval)
        wall = time.perf_counter() - start
        child_max = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if rusage else 0  # kB
        err.seek(0)
        tail = err.read().decode("utf-8", "replace")[-2000:]
    return proc.returncode, wall, samples, max(hwm, child_max) / 1024, tail


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="documents (default 100,000)")
    parser.add_argument("--seed", type=int, default=3, help="corpus seed (default 3)")
    parser.add_argument("--interval", type=float, default=0.5, help="sampling interval in s (default 0.5)")
    parser.add_argument("--workers", type=int, default=1, help="the CLI's --workers (default 1)")
    parser.add_argument("--jsonl", help="use this JSONL file instead of generating one")
    parser.add_argument("--keep", action="store_true", help="keep the generated file (its path is printed)")
    parser.add_argument(
        "--baseline",
        action="store_true",
        help="also run the library fed by a line-by-line reader on the same file (the memory baseline)",
    )
    parser.add_argument("--quick", action="store_true", help="1,000 documents")
    args = parser.parse_args(argv)
    if args.quick:
        args.n = 1000

    if args.jsonl:
        path = Path(args.jsonl)
        n_docs = sum(1 for _ in path.open(encoding="utf-8"))
        gen_s = 0.0
    else:
        fd, name = tempfile.mkstemp(suffix=".jsonl", prefix="urdu-events-bench-")
        path = Path(name)
        start = time.perf_counter()
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            corpus.write_jsonl(fh, args.n, seed=args.seed)
        gen_s = time.perf_counter() - start
        n_docs = args.n
    size_mb = path.stat().st_size / 1e6

    cmd = [
        sys.executable,
        "-m",
        "urdu_events",
        "extract",
        "--format",
        "jsonl",
        str(path),
        "-o",
        os.devnull,
        "-q",
    ]
    if args.workers != 1:
        cmd += ["--workers", str(args.workers)]
    contention = _common.Contention()
    try:
        code, wall, samples, peak, tail = _sample(cmd, args.interval)
        if args.baseline:
            base = _sample([sys.executable, "-c", STREAMING, str(path)], args.interval, rusage=False)
    finally:
        if not args.jsonl and not args.keep:
            path.unlink()

    rss = [mb for _t, mb in samples]
    q = len(rss) // 4
    if q >= 1:
        second, last = statistics.median(rss[q : 2 * q]), statistics.median(rss[-q:])
        growth = last - second
        flat = growth <= 0.05 * second
    else:
        second = last = growth = float("nan")
        flat = False

    print(f"## bench_stream_rss: {n_docs:,} documents, {size_mb:.1f} MB JSONL, seed {args.seed}")
    print(f"\n{_common.machine()}; {contention.describe()}.")
    print(f"\n`{' '.join(['python', *cmd[1:4], '--format jsonl FILE -o /dev/null -q'])}`")
    if not args.jsonl:
        print(f"\nCorpus written in {gen_s:.1f} s" + (f" to {path}" if args.keep else "") + ".")
    if code != 0:
        print(f"\nThe CLI exited with {code}; stderr ends with:\n\n```\n{tail.strip()}\n```")

    _common.heading("Memory and speed")
    print(
        _common.table(
            ["measure", "value"],
            [
                ["exit code", str(code)],
                ["wall time", f"{wall:.1f} s"],
                ["throughput", f"{n_docs / wall:.1f} docs/s, {size_mb / wall:.3f} MB/s"],
                ["RSS samples", f"{len(rss)} (every {args.interval} s)"],
                ["**peak RSS** (VmHWM / ru_maxrss)", f"{peak:.0f} MB"],
                ["median RSS, 2nd quarter of samples", f"{second:.0f} MB"],
                ["median RSS, last quarter of samples", f"{last:.0f} MB"],
                [
                    "growth after warm-up",
                    f"{growth:+.1f} MB ({100 * growth / second:+.1f} %)" if q else "n/a",
                ],
            ],
        )
    )
    _common.heading("Targets")
    print(
        _common.table(
            ["target", "measured", "goal", "met"],
            [
                ["peak RSS", f"{peak:.0f} MB", "< 400 MB", _common.verdict(peak < 400)],
                [
                    "flat after warm-up (last ÷ 2nd quarter)",
                    f"{growth:+.1f} MB",
                    "≤ +5 %",
                    _common.verdict(flat),
                ],
            ],
        )
    )
    if args.baseline:
        b_code, b_wall, b_samples, b_peak, b_tail = base
        b_rss = [mb for _t, mb in b_samples]
        _common.heading("Baseline: the same library calls behind a line-by-line reader")
        print(
            _common.table(
                ["run", "exit", "wall s", "docs/s", "peak RSS MB", "median RSS, last quarter MB"],
                [
                    ["CLI (`python -m urdu_events extract`)", str(code), wall, n_docs / wall, peak, last],
                    [
                        "line-by-line reader + `extract_many` + jsonl serializer",
                        str(b_code),
                        b_wall,
                        n_docs / b_wall,
                        b_peak,
                        statistics.median(b_rss[-max(1, len(b_rss) // 4) :]) if b_rss else float("nan"),
                    ],
                ],
            )
        )
        if b_code != 0:
            print(f"\nThe baseline exited with {b_code}:\n\n```\n{b_tail.strip()}\n```")
    if rss:
        _common.heading("RSS over time")
        marks = sorted({round(i * (len(samples) - 1) / 10) for i in range(11)})
        print(_common.table(["t (s)", "RSS (MB)"], [[samples[i][0], samples[i][1]] for i in marks]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
