"""Small helpers shared by the text modules."""

from __future__ import annotations

__all__ = ["word_list", "word_set"]


def word_set(words: str) -> frozenset[str]:
    """The whitespace-separated words of ``words``, as a set (keeps long Urdu word lists readable)."""
    return frozenset(words.split())


def word_list(words: str) -> tuple[str, ...]:
    """The whitespace-separated words of ``words``, in order."""
    return tuple(words.split())
