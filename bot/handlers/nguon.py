"""/nguon <xã>: the articles and edits behind a unit's figures, with exact quotes."""

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

__all__ = ["nguon_answer", "nguon_command"]

COMMAND = "nguon"
_LEVELS = ("commune", "district")


async def nguon_answer(services: Services, unit: Unit, extra: str | None = None) -> str:
    articles: dict[str, dict] = {}
    edits: list[dict] = []
    for doc in services.observations(unit.id):
        obs = Observation.from_dict(doc)
        indicator = services.catalog.get(obs.indicator)
        entry = {"obs": obs, "indicator": indicator, "retracted": bool(doc.get("retracted"))}
        if obs.source.kind == "article":
            article = articles.setdefault(obs.source.file, {"source": obs.source, "quotes": {}})
            article["quotes"].setdefault(obs.source.quote, []).append(entry)
        else:
            edits.append(entry)
    ordered = sorted(articles.values(), key=lambda a: a["source"].date or "")
    return render(services.templates, "nguon", unit=unit, articles=ordered, edits=edits)


async def nguon_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Sources of a unit's figures."""
    services = get_services(context)
    query = command_text(context)
    if not query:
        await reply(update, render(services.templates, "usage", command=COMMAND))
        return
    match = await find_unit_or_ask(update, context, COMMAND, query, _LEVELS)
    if match is not None:
        await reply(update, await nguon_answer(services, match.preferred))


register_unit_answer(COMMAND, nguon_answer)
