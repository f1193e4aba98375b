"""A folded copy of a sentence that keeps every character's offset.

Phrases and numbers are matched on folded text (no marks, lower case, đ → d) so that
"thuỷ"/"thủy" or a missing accent still match, while quotes and spans are cut from the
original NFC text at the same offsets.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

__all__ = ["fold_aligned", "lower_aligned"]


@cache
def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = "".join(
        c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn"
    ).lower()
    return base if len(base) == 1 else ch


# A sentence is folded and lowered by several readers in turn: each does it once.
_SENTENCES = 512


@lru_cache(maxsize=_SENTENCES)
def fold_aligned(text: str) -> str:
    """``text`` (NFC) folded character by character: same length, same offsets."""
    return "".join(_fold_char(ch) for ch in text)


@lru_cache(maxsize=_SENTENCES)
def lower_aligned(text: str) -> str:
    """``text`` in lower case, keeping characters whose lower case is longer (same offsets)."""
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)
