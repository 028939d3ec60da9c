"""Safe output files for the command line: atomic replacement and signal handling.

An output file is written to a temporary file in the same folder and renamed
over the target only when everything was written, so an interrupted or failed
run leaves the previous file as it was (or no file), never a truncated one.
Paths that are not regular files (``/dev/stdout``, a FIFO, ``/dev/full``) cannot
be replaced by renaming and are written directly.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import TextIO

__all__ = ["AtomicOutput", "Terminated", "clashing_paths", "sigterm_raises"]


class Terminated(KeyboardInterrupt):
    """Raised in the main thread when the process receives SIGTERM.

    A ``KeyboardInterrupt``, so everything that lets an interrupt through
    (``except Exception``, the pipeline's plugin isolation) lets it through too,
    and every ``finally`` runs.
    """


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise Terminated


@contextlib.contextmanager
def sigterm_raises() -> Iterator[None]:
    """Within the block, SIGTERM raises :class:`Terminated` (main thread only; else a no-op)."""
    try:
        previous = signal.signal(signal.SIGTERM, _raise_terminated)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return Path(a).resolve() == Path(b).resolve()


def clashing_paths(output: str | None, errors: str | None, inputs: Sequence[str]) -> str | None:
    """Why the output paths cannot be used (an input among them, or ``-o`` = ``--errors``), or ``None``.

    Args:
        output: The ``-o`` path, if any.
        errors: The ``--errors`` path, if any.
        inputs: The input paths (``-`` is standard input).
    """
    files = [i for i in inputs if i != "-"]
    for option, path in (("-o", output), ("--errors", errors)):
        if path is None:
            continue
        for source in files:
            if _same_file(path, source):
                return f"{option} {path} is also an input; it would be overwritten before it is read"
    if output is not None and errors is not None and _same_file(output, errors):
        return f"-o and --errors both name {output}; give them different files"
    return None


def _is_special(path: str) -> bool:
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:  # does not exist yet
        return False


def _mode_for(path: str) -> int:
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


class AtomicOutput:
    """A text file that replaces ``path`` only on :meth:`commit`.

    Args:
        path: The file to write.
        newline: Passed to :func:`open`.

    Raises:
        OSError: From :meth:`open` if the temporary file cannot be created.
    """

    def __init__(self, path: str, *, newline: str | None = None) -> None:
        self.path = path
        self.newline = newline
        self.stream: TextIO | None = None
        self._temp: str | None = None

    def open(self) -> TextIO:
        """Create the temporary file (or open a special file directly) and return its stream."""
        if _is_special(self.path):
            self.stream = open(self.path, "w", encoding="utf-8", newline=self.newline)  # noqa: SIM115
            return self.stream
        folder = os.path.dirname(os.path.abspath(self.path))
        name = os.path.basename(self.path)
        try:
            fd, self._temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)
        except OSError as exc:  # name the file the user asked for, not the temporary one
            raise OSError(exc.errno, exc.strerror, self.path) from exc
        try:
            os.chmod(self._temp, _mode_for(self.path))
            self.stream = open(fd, "w", encoding="utf-8", newline=self.newline)  # noqa: SIM115
        except BaseException:
            os.close(fd)
            self.abort()
            raise
        return self.stream

    def commit(self) -> None:
        """Flush, close and move the temporary file over ``path``.

        Raises:
            OSError: If the data cannot be written (the old file is then kept).
        """
        if self.stream is not None:
            self.stream.flush()
            if self._temp is not None:
                os.fsync(self.stream.fileno())
            self.stream.close()
        if self._temp is not None:
            os.replace(self._temp, self.path)
            self._temp = None

    def abort(self) -> None:
        """Close and delete the temporary file, leaving ``path`` as it was; never raises."""
        if self.stream is not None:
            with contextlib.suppress(OSError, ValueError):  # closes the file even if the flush fails
                self.stream.close()
        if self._temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._temp)
            self._temp = None
