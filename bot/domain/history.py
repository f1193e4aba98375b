"""What a history chart shows: one indicator's values and targets over time, or every
share (ratio, percent) of a unit when no indicator is named.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from bot.domain.digest import Trend
from bot.domain.summary import active

if TYPE_CHECKING:
    from bot.domain.catalog import Catalog, Indicator

__all__ = ["MAX_LINES", "history_trends"]

MAX_LINES = 6


def _plotted(value: float, denominator: float | None, indicator: Indicator) -> float:
    """Ratios as a share of their denominator (16/19 → 84%); the rest as they are."""
    if indicator.kind == "ratio":
        denominator = denominator or indicator.denominator
        return value / denominator * 100 if denominator else value
    return value


def history_trends(
    observations: list[dict], catalog: Catalog, indicator: Indicator | None
) -> tuple[list[Trend], str]:
    """The lines to draw and the suffix of their values (``%`` or the indicator's unit).

    Only figures in force with a date are drawn; the latest target of each indicator is
    drawn as a target at its deadline.
    """
    chosen = [indicator] if indicator else [i for i in catalog.indicators if i.kind != "count"]
    suffix = "%" if indicator is None or indicator.kind != "count" else f" {indicator.unit}"
    figures = active(observations)
    trends: list[Trend] = []
    for ind in chosen:
        by_day: dict = {}
        target = None
        for obs in figures:
            if obs.indicator != ind.key:
                continue
            if obs.is_target:
                target = obs
            elif obs.as_of:
                by_day[obs.as_of[:10]] = _plotted(obs.value, obs.denominator, ind)
        if not by_day:
            continue
        points = sorted((date.fromisoformat(day), value) for day, value in by_day.items())
        targets = []
        if target is not None:
            deadline = date.fromisoformat(target.deadline[:10]) if target.deadline else None
            targets.append((deadline, _plotted(target.value, target.denominator, ind)))
        trends.append(Trend(ind.label, points, targets))
    trends.sort(key=lambda t: -len(t.points))
    return trends[:MAX_LINES], suffix
