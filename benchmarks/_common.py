"""Helpers shared by the benchmark scripts: tables, timing, memory, machine."""

from __future__ import annotations

import os
import platform
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A Markdown table; numbers right-aligned."""
    cells = [[_cell(v) for v in row] for row in rows]
    right = [all(isinstance(row[i], (int, float)) for row in rows) for i in range(len(headers))]
    lines = ["| " + " | ".join(headers) + " |"]
    lines.append("|" + "|".join("---:" if r else "---" for r in right) + "|")
    lines += ["| " + " | ".join(row) + " |" for row in cells]
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if isinstance(value, float):
        if value == 0 or abs(value) >= 100:
            return f"{value:,.0f}"
        if abs(value) >= 10:
            return f"{value:.1f}"
        if abs(value) >= 0.01:
            return f"{value:.3f}".rstrip("0").rstrip(".") if abs(value) < 1 else f"{value:.2f}"
        return f"{value:.2g}"
    return str(value)


def verdict(ok: bool) -> str:
    return "yes" if ok else "**no**"


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) seconds of one call (``time.perf_counter``, ``time.process_time``)."""
    cpu = time.process_time()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start, time.process_time() - cpu


def children_cpu() -> float:
    """CPU seconds used so far by this process's finished children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _busy_seconds() -> float | None:
    """CPU seconds all processes have spent busy since boot (``/proc/stat``), or None."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


class Contention:
    """How many cores *other* processes kept busy while a benchmark ran.

    Other work on the machine (a test suite, a build) slows every timing and
    above all a multi-process one; this puts a number on it.
    """

    def __init__(self) -> None:
        self.busy = _busy_seconds()
        self.ours = time.process_time() + children_cpu()
        self.start = time.perf_counter()

    def other_cores(self) -> float | None:
        """Average cores used by other processes since ``__init__``."""
        busy = _busy_seconds()
        if busy is None or self.busy is None:
            return None
        ours = time.process_time() + children_cpu() - self.ours
        return max(0.0, (busy - self.busy - ours) / (time.perf_counter() - self.start))

    def describe(self) -> str:
        other = self.other_cores()
        text = (
            "other processes' load unknown"
            if other is None
            else f"other processes kept {other:.2f} cores busy"
        )
        return f"{text} on average during the measurements ({load()} at the end)"


def wait_quiet(timeout: float, *, max_busy: float = 0.15, window: float = 3.0) -> bool:
    """Wait until the machine is nearly idle (all CPUs below ``max_busy``) for ``window`` s.

    Returns whether it became quiet before ``timeout`` seconds passed.
    """
    deadline = time.monotonic() + timeout
    cores = os.cpu_count() or 1
    while True:
        before = _busy_seconds()
        time.sleep(window)
        after = _busy_seconds()
        if before is None or after is None:
            return False
        if (after - before) / (window * cores) <= max_busy:
            return True
        if time.monotonic() > deadline:
            return False


def load() -> str:
    """The 1/5/15-minute load averages: other work on the machine skews every timing."""
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "load average unknown"
    return f"load average {one:.2f} / {five:.2f} / {fifteen:.2f}"


def summary(samples: Sequence[float]) -> tuple[float, float]:
    """(median, best) of repeated timings."""
    return statistics.median(samples), min(samples)


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MB (``getrusage``)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def machine() -> str:
    """A one-line description of the machine and interpreter."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores{mem}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()} ({sys.implementation.name})"
    )


def heading(title: str) -> None:
    print(f"\n### {title}\n", flush=True)
