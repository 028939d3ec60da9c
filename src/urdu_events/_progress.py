"""The command line's progress display and summary line (stderr, terminal only).

:class:`Progress` draws records done out of the total (when known), the rate
and the time left. It uses tqdm when it is installed (the ``progress`` extra)
and otherwise a plain one-line counter with the same information; neither is
ever drawn unless the command line has checked that stderr is a terminal.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable
from typing import Any, TextIO

__all__ = ["Progress", "count_records", "plural", "rate_and_eta"]


def plural(count: int, word: str) -> str:
    """``1 document``, ``2 documents``, ``0 documents``.

    Args:
        count: How many.
        word: The singular; the plural adds an ``s``.
    """
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _clock(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def rate_and_eta(done: int, total: int | None, elapsed: float) -> str:
    """``12.5 documents/s, 0:41 left`` (no time left without a total).

    Args:
        done: Records processed so far.
        total: All records, if known.
        elapsed: Seconds since the start.
    """
    rate = done / elapsed if elapsed > 0 else 0.0
    text = f"{rate:.1f} documents/s"
    if total is not None and rate > 0 and total >= done:
        text += f", {_clock((total - done) / rate)} left"
    return text


def count_records(sources: Iterable[str], is_jsonl: Callable[[str], bool]) -> int | None:
    """How many records ``sources`` hold: one per text file, one per non-blank JSON Lines line.

    Args:
        sources: Input paths; ``-`` (standard input) makes the total unknown.
        is_jsonl: Whether a path is read as JSON Lines.

    Returns:
        The total, or ``None`` when it cannot be known without consuming the input.
    """
    total = 0
    for source in sources:
        if source == "-":
            return None
        if not is_jsonl(source):
            total += 1
            continue
        try:
            with open(source, "rb") as stream:
                total += sum(1 for line in stream if line.strip())
        except OSError:
            total += 1  # reported as one bad input
    return total


class Progress:
    """Records done (of the total), rate and time left on a terminal, redrawn at most ten times a second.

    Nothing is drawn before the second record, so a single document shows nothing.

    Args:
        stream: The terminal (stderr).
        total: How many records there are, if known.
        prog: The program name shown first.
        clock: Seconds, monotonic (for tests).
    """

    def __init__(
        self,
        stream: TextIO,
        total: int | None,
        *,
        prog: str = "urdu-events",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.total = total
        self.prog = prog
        self.clock = clock
        self.start = clock()
        self.shown = False
        self._last = float("-inf")
        self._bar: Any = None

    def update(self, done: int, note: str) -> None:
        """Show ``done`` records processed, with ``note`` (the counts so far) after them.

        Args:
            done: Records processed, failed ones included.
            note: What was found so far, e.g. ``3 incidents, 1 claim, 0 errors``.
        """
        now = self.clock()
        if done < 2 or now - self._last < 0.1:
            return
        self._last = now
        bar = self._tqdm(now)
        if bar is not None:
            bar.set_postfix_str(note, refresh=False)
            bar.update(done - bar.n)
        else:
            of = "" if self.total is None else f"/{self.total}"
            self.stream.write(
                f"\r{self.prog}: {done}{of} documents, {note}, "
                f"{rate_and_eta(done, self.total, now - self.start)} …\x1b[K"
            )
            self.stream.flush()
        self.shown = True

    def _tqdm(self, now: float) -> Any:
        if self._bar is None:
            try:
                tqdm = importlib.import_module("tqdm").tqdm
            except ImportError:
                return None
            self._bar = tqdm(
                total=self.total,
                file=self.stream,
                desc=self.prog,
                unit=" documents",
                leave=False,
                mininterval=0,  # update() already redraws at most ten times a second
                dynamic_ncols=True,
            )
            # tqdm's own clock is time.time: count its rate and time left from the start of the run.
            self._bar.start_t = self._bar.last_print_t = self._bar._time() - (now - self.start)
        return self._bar

    def clear(self) -> None:
        """Erase the line (before a message, and at the end)."""
        if not self.shown:
            return
        if self._bar is not None:
            self._bar.clear()
        else:
            self.stream.write("\r\x1b[K")
        self.shown = False

    def close(self) -> None:
        """Erase the line for good."""
        self.clear()
        if self._bar is not None:
            self._bar.close()
            self._bar = None
