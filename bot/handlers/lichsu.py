"""/lichsu <xã> [chỉ số]: every figure a commune has had, with dates and sources."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.domain.models import Observation, Unit
from bot.handlers.common import (
    command_text,
    find_unit_or_ask,
    get_services,
    register_unit_answer,
    reply,
)
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


async def lichsu_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """History of one unit's figures, optionally of one indicator."""
    services = get_services(context)
    query = command_text(context)
    if not query:
        await reply(update, render(services.templates, "usage", command=COMMAND))
        return
    name, alias = _split_indicator(services, query)
    match = await find_unit_or_ask(update, context, COMMAND, name, _LEVELS, extra=alias)
    if match is not None:
        await reply(update, await lichsu_answer(services, match.preferred, alias))


register_unit_answer(COMMAND, lichsu_answer)
