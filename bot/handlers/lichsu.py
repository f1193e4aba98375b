"""/lichsu <xã> [chỉ số]: every figure a commune has had, with dates and sources."""

from __future__ import annotations

from bot.domain.models import Observation, Unit
from bot.handlers.common import unit_command
from bot.rendering import render
from bot.services import Services

__all__ = ["lichsu_answer", "lichsu_command"]

COMMAND = "lichsu"
_LEVELS = ("commune", "district")


def _split_indicator(services: Services, query: str) -> tuple[str, str | None]:
    """``my thanh ntm`` → (``my thanh``, ``ntm``) when the last word is an indicator alias."""
    words = query.split()
    if len(words) > 1 and services.catalog.by_alias(words[-1]) is not None:
        return " ".join(words[:-1]), words[-1]
    return query, None


async def lichsu_answer(services: Services, unit: Unit, extra: str | None = None) -> str:
    indicator = services.catalog.by_alias(extra) if extra else None
    history = [
        (Observation.from_dict(o), bool(o.get("retracted")))
        for o in services.observations(unit.id)
        if indicator is None or o["indicator"] == indicator.key
    ]
    history.sort(
        key=lambda pair: (pair[0].indicator, pair[0].as_of or "", pair[0].recorded_at or "")
    )
    rows = [
        {"obs": obs, "retracted": retracted, "indicator": services.catalog.get(obs.indicator)}
        for obs, retracted in history
    ]
    return render(services.templates, "lichsu", unit=unit, rows=rows, indicator=indicator)


lichsu_command = unit_command(COMMAND, _LEVELS, lichsu_answer, split=_split_indicator)
