"""/huyen <tên>: a district's own figures and a table of its communes with figures."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.domain.models import Unit
from bot.domain.summary import summarize_district
from bot.handlers.common import (
    command_text,
    find_unit_or_ask,
    get_services,
    register_unit_answer,
    reply,
)
from bot.rendering import render
from bot.services import Services

__all__ = ["huyen_answer", "huyen_command"]

COMMAND = "huyen"


async def huyen_answer(services: Services, unit: Unit, extra: str | None = None) -> str:
    ids = [unit.id, *(c.id for c in services.registry.children(unit.id))]
    observations = {
        unit_id: services.observations(unit_id)
        for unit_id in ids
        if services.registry.has_figures(unit_id)
    }
    summary = summarize_district(
        unit, observations, services.catalog, services.registry, services.today()
    )
    return render(services.templates, "huyen", d=summary, s=summary.own)


async def huyen_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """District summary."""
    services = get_services(context)
    query = command_text(context)
    if not query:
        await reply(update, render(services.templates, "usage", command=COMMAND))
        return
    match = await find_unit_or_ask(update, context, COMMAND, query, ("district",))
    if match is not None:
        await reply(update, await huyen_answer(services, match.preferred))


register_unit_answer(COMMAND, huyen_answer)
