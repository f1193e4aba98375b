"""/xa <tên>: where a commune stands: figures by group, unmet criteria, targets, sources."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.domain.models import Unit
from bot.domain.summary import summarize_unit
from bot.handlers.common import (
    command_text,
    find_unit_or_ask,
    get_services,
    register_unit_answer,
    reply,
    unit_buttons,
)
from bot.rendering import render
from bot.services import Services

__all__ = ["xa_answer", "xa_command"]

COMMAND = "xa"


async def xa_answer(services: Services, unit: Unit, extra: str | None = None) -> str:
    summary = summarize_unit(
        unit,
        services.observations(unit.id),
        services.catalog,
        services.registry,
        services.today(),
    )
    return render(services.templates, "xa", s=summary, today=services.today().isoformat())


async def xa_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Commune summary; a typo gets suggestions, a shared name gets buttons."""
    services = get_services(context)
    query = command_text(context)
    if not query:
        await reply(update, render(services.templates, "usage", command=COMMAND))
        return
    match = await find_unit_or_ask(update, context, COMMAND, query, ("commune",))
    if match is None:
        return
    unit = match.preferred
    text = await xa_answer(services, unit)
    markup = None
    if match.others:
        markup = unit_buttons(COMMAND, match.others)
        text += "\n\n" + render(
            services.templates,
            "same_name_hint",
            unit=unit,
            others=len(match.others),
            shown=len(markup.inline_keyboard),
        )
    await reply(update, text, markup)


register_unit_answer(COMMAND, xa_answer)
