"""/theodoi: this chat's subscriptions and exactly when each next digest comes."""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import ContextTypes

from bot.domain.subscriptions import for_chat, next_send_time
from bot.handlers.common import get_services, reply
from bot.rendering import render

__all__ = ["theodoi_command"]


async def theodoi_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Anyone in the chat may look; the soonest digest first."""
    services = get_services(context)
    chat = update.effective_chat
    assert chat is not None
    subscriptions = await asyncio.to_thread(for_chat, services.store, chat.id)
    now = services.now()
    rows = []
    for subscription in subscriptions:
        unit = services.registry.get(subscription.unit_id)
        if unit is None:
            continue
        rows.append(
            {
                "unit": unit,
                "weekly": subscription.weekly,
                "next_at": next_send_time(subscription, now, services.settings.tzinfo),
            }
        )
    rows.sort(key=lambda row: row["next_at"])
    text = render(
        services.templates,
        "theodoi",
        rows=rows,
        group=chat.type != "private",
        timezone=services.settings.bot_timezone,
    )
    await reply(update, text)
