"""Synthetic figures for the benchmarks: a national store shaped like the real one.

Values stay within the catalog's bounds so every figure could be shown by the bot; the
sources look like the articles the seed reads.
"""

from __future__ import annotations

import random
from typing import Any

from bot.domain.catalog import Indicator
from bot.domain.models import ArticleSource, Observation, Unit
from bot.text import fold

__all__ = ["percentile", "synthetic_observation"]


def percentile(samples: list[float], fraction: float) -> float:
    """The sample at ``fraction`` of the sorted samples (nearest rank)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _value(rng: random.Random, indicator: Indicator) -> tuple[float, float | None]:
    """A plausible (value, denominator) within the catalog's bounds for ``indicator``."""
    if indicator.kind == "percent":
        return round(rng.uniform(max(indicator.min, 0), min(indicator.max, 100)), 2), None
    if indicator.kind == "ratio":
        denominator = indicator.denominator or float(rng.randint(2, 40))
        return float(rng.randint(0, int(denominator))), denominator
    return float(rng.randint(int(indicator.min), int(min(indicator.max, 5000)))), None


def synthetic_observation(
    rng: random.Random, unit: Unit, indicator: Indicator, serial: int
) -> dict[str, Any]:
    """A figure shaped like those the seed and the admins produce."""
    value, denominator = _value(rng, indicator)
    year = rng.randint(2015, 2025)
    day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    place = unit.province or unit.name
    source = ArticleSource(
        file=f"articles/{fold(place)}/{serial}.txt",
        title=f"{unit.full_name}: kết quả xây dựng nông thôn mới năm {year}",
        date=day,
        quote=f"Đến nay, {unit.full_name} ({place}) đã đạt {value:g} theo báo cáo của UBND.",
    )
    return Observation(
        unit_id=unit.id,
        indicator=indicator.key,
        value=value,
        as_of=day,
        source=source,
        denominator=denominator,
        recorded_at=f"{day}T08:00:{serial % 60:02d}+07:00",
    ).to_dict()
