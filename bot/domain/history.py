"""What a history chart shows: one indicator's values and targets over time, or every
share (ratio, percent) of a unit when no indicator is named.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING

from bot.domain.digest import Trend, share_percent
from bot.domain.summary import active

if TYPE_CHECKING:
    from bot.domain.catalog import Catalog, Indicator

__all__ = ["MAX_LINES", "history_trends"]

MAX_LINES = 6


def _plotted(value: float, denominator: float | None, indicator: Indicator) -> float | None:
    """Counts as they are; ratios and percents as the share the digests chart."""
    return value if indicator.kind == "count" else share_percent(value, denominator, indicator)


def history_trends(
    observations: list[dict], catalog: Catalog, indicator: Indicator | None
) -> tuple[list[Trend], str]:
    """The lines to draw and the suffix of their values (``%`` or the indicator's unit).

    Only figures in force with a date are drawn; the latest target of each indicator is
    drawn as a target at its deadline.
    """
    chosen = [indicator] if indicator else [i for i in catalog.indicators if i.kind != "count"]
    suffix = "%" if indicator is None or indicator.kind != "count" else f" {indicator.unit}"
    by_indicator: dict[str, list] = defaultdict(list)
    for obs in active(observations):
        by_indicator[obs.indicator].append(obs)
    trends: list[Trend] = []
    for ind in chosen:
        by_day: dict[str, float] = {}
        target = None
        for obs in by_indicator.get(ind.key, ()):
            if obs.is_target:
                target = obs
            elif obs.as_of and (plotted := _plotted(obs.value, obs.denominator, ind)) is not None:
                by_day[obs.as_of[:10]] = plotted
        if not by_day:
            continue
        points = sorted((date.fromisoformat(day), value) for day, value in by_day.items())
        targets = []
        aim = _plotted(target.value, target.denominator, ind) if target is not None else None
        if target is not None and aim is not None:
            deadline = date.fromisoformat(target.deadline[:10]) if target.deadline else None
            targets.append((deadline, aim))
        trends.append(Trend(ind.label, points, targets))
    trends.sort(key=lambda t: -len(t.points))
    return trends[:MAX_LINES], suffix
