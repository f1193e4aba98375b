"""Where a district's communes stand on the new-countryside criteria, against each other."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from bot.domain.summary import CommuneRow

__all__ = ["NtmRanking", "rank_by_ntm"]


@dataclass(slots=True)
class NtmRanking:
    """Communes with an NTM count, best first; the median; the nearest to the finish."""

    ranked: list[CommuneRow] = field(default_factory=list)
    median: float | None = None
    denominator: float | None = None
    finished: list[CommuneRow] = field(default_factory=list)
    closest: list[CommuneRow] = field(default_factory=list)


def _share(row: CommuneRow) -> float:
    assert row.ntm is not None and row.ntm.value is not None
    return row.ntm.value / row.ntm.denominator if row.ntm.denominator else row.ntm.value


def rank_by_ntm(rows: list[CommuneRow], closest: int = 3) -> NtmRanking:
    """Rank by criteria met (as a share, so 16/19 and 8/9 compare), ties by name.

    ``closest`` are the communes not yet at their full count with the most criteria met:
    the ones a district office can push over the line next.
    """
    with_ntm = [r for r in rows if r.ntm is not None and r.ntm.value is not None]
    if not with_ntm:
        return NtmRanking()
    ranked = sorted(with_ntm, key=lambda r: (-_share(r), r.unit.name))
    denominators = {r.ntm.denominator for r in ranked if r.ntm is not None}
    common = denominators.pop() if len(denominators) == 1 else None
    values = [r.ntm.value if common else _share(r) for r in ranked if r.ntm is not None]
    finished = [r for r in ranked if _share(r) >= 1]
    pending = [r for r in ranked if _share(r) < 1]
    return NtmRanking(
        ranked=ranked,
        median=statistics.median(values),
        denominator=common,
        finished=finished,
        closest=pending[:closest],
    )
