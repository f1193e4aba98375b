"""/sosanh <xã>, <xã> …: several units side by side, indicator by indicator, with dates."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.domain.comparison import compare
from bot.domain.models import Unit
from bot.domain.segmenting import MAX_UNITS, split_unit_names
from bot.domain.summary import summarize_unit
from bot.handlers.common import command_text, get_services, reply
from bot.rendering import render

__all__ = ["sosanh_command"]

COMMAND = "sosanh"
_LEVELS = ("commune", "district")


async def sosanh_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Compare two to six units; every name that does not resolve is said, with help."""
    services = get_services(context)
    query = command_text(context, max_length=300)
    finder = services.finder
    names = split_unit_names(
        query, lambda name: bool(finder.find(name, _LEVELS, suggest=False).units)
    )
    if len(names) < 2:
        await reply(update, render(services.templates, "usage", command=COMMAND))
        return
    units: list[Unit] = []
    problems: list[dict] = []
    for name in names[:MAX_UNITS]:
        match = finder.find(name, _LEVELS)
        if match.preferred is not None:
            if match.preferred not in units:
                units.append(match.preferred)
        else:
            problems.append(
                {
                    "query": match.query,
                    "units": match.units[:3],
                    "suggestions": match.suggestions[:3],
                }
            )
    if problems or len(units) < 2:
        text = render(
            services.templates,
            "sosanh_names",
            problems=problems,
            found=units,
            too_few=len(units) < 2,
        )
        await reply(update, text)
        return
    today = services.today()
    summaries = [
        summarize_unit(u, services.observations(u.id), services.catalog, services.registry, today)
        for u in units
    ]
    comparison = compare(summaries, services.catalog)
    text = render(services.templates, COMMAND, c=comparison, dropped=max(0, len(names) - MAX_UNITS))
    await reply(update, text)
