"""Which new-countryside criteria a commune still misses, when the article names them.

"đạt 16/19 tiêu chí …, còn lại 3 TC chưa đạt. Trong đó, TC giao thông và TC cơ sở vật
chất văn hóa …. TC an ninh trật tự, …": the names come after "TC" or "tiêu chí" in the
sentences that follow, or as a list after "chưa đạt là/gồm". At most as many as are
missing are taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from bot.domain.catalog import Catalog
from bot.extraction.folding import fold_aligned
from bot.text import fold_words

__all__ = ["unmet_criteria"]

_MISSING = re.compile(
    r"(?<![a-z])(?:chua dat|con lai|con thieu|chua hoan thanh|chua dat chuan)"
    r"(?![a-z])"
)
_LIST_AFTER = re.compile(r"chua dat\s*(?:la|gom|gom co|:)\s*(.+)")


@cache
def _patterns(catalog: Catalog) -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = sorted(
        {fold_words(n) for c in catalog.criteria for n in (c.name, *c.names)}, key=len, reverse=True
    )
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"[\s,\-–]+") for n in names)
    prefixed = re.compile(
        rf"(?<![a-z0-9])(?:tc|tieu chi)(?:\s+so)?\s+(?:ve\s+)?"
        rf"({alternatives}|\d{{1,2}})(?![a-z0-9])"
    )
    bare = re.compile(rf"(?<![a-z0-9])({alternatives})(?![a-z0-9])")
    return prefixed, bare


def unmet_criteria(catalog: Catalog, texts: Sequence[str], missing: int) -> tuple[str, ...]:
    """Keys of the criteria named as missing in ``texts`` (the rest of the figure's
    sentence, then the sentences after it), at most ``missing`` of them."""
    if missing <= 0:
        return ()
    folded = [fold_aligned(t.lower()) for t in texts]
    if not any(_MISSING.search(f) for f in folded):
        return ()
    prefixed, bare = _patterns(catalog)
    keys: list[str] = []
    for text in folded:
        found = [m.group(1) for m in prefixed.finditer(text)]
        listed = _LIST_AFTER.search(text)
        if listed:
            found += [m.group(1) for m in bare.finditer(listed.group(1))]
        for name in found:
            criterion = catalog.criterion_by_name(name)
            if criterion and criterion.key not in keys:
                keys.append(criterion.key)
            if len(keys) >= missing:
                return tuple(keys)
    return tuple(keys)
