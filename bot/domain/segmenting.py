"""Reading several unit names out of one line: ``Mỹ Thạnh, An Khánh`` or ``MyThanh AnKhanh``."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["MAX_UNITS", "split_unit_names"]

MAX_UNITS = 6
_SEPARATORS = re.compile(r"\s*(?:[,;|+/]|\bvà\b|\bvới\b|\bvs\.?)\s*", re.IGNORECASE)
_MAX_WORDS = 24


def split_unit_names(text: str, names_a_unit: Callable[[str], bool]) -> list[str]:
    """The names in ``text``: split at commas, "và", "với" …; else the fewest pieces that
    each name a unit (``names_a_unit``), so ``Mỹ Thạnh Giồng Trôm An Khánh`` reads as two.

    Falls back to the whole text as one name when no split works.
    """
    pieces = [p for p in _SEPARATORS.split(text) if p.strip()]
    if len(pieces) > 1:
        return [p.strip() for p in pieces]
    words = text.split()[:_MAX_WORDS]
    # best[i]: the fewest names covering words[:i], or None.
    best: list[list[str] | None] = [[]] + [None] * len(words)
    for end in range(1, len(words) + 1):
        for start in range(end):
            before = best[start]
            if before is None or (best[end] is not None and len(before) + 1 >= len(best[end])):
                continue
            piece = " ".join(words[start:end])
            if names_a_unit(piece):
                best[end] = [*before, piece]
    return best[-1] or [text.strip()]
