"""/bantin [xã]: this chat's digest now, as the weekly one would read, without moving it on.

The messages are sent straight back as a preview; their ``after_sent`` (the new baseline)
is ignored, so Monday's digest still tells what changed since the last one really sent.
"""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import ContextTypes

from bot.delivery import OutboundMessage
from bot.digest_messages import compose_digest
from bot.domain.models import Unit
from bot.domain.subscriptions import for_chat
from bot.handlers.common import command_text, get_services, reply, unit_action_command
from bot.handlers.dangky import levels_for
from bot.rendering import render

__all__ = ["COMMAND", "bantin_command", "preview_action"]

COMMAND = "bantin"


async def _send_preview(
    update: Update, context: ContextTypes.DEFAULT_TYPE, unit_ids: list[str]
) -> None:
    services = get_services(context)
    chat = update.effective_chat
    assert chat is not None
    messages: list[OutboundMessage] = await asyncio.to_thread(
        compose_digest, services, chat.id, unit_ids, services.today()
    )
    if not messages:
        await reply(update, render(services.templates, "bantin_preview", subscribed=True))
        return
    for message in messages:
        if message.photo is not None:
            await context.bot.send_photo(chat.id, message.photo, caption=message.text)
        else:
            await context.bot.send_message(chat.id, message.text)


async def preview_action(
    update: Update, context: ContextTypes.DEFAULT_TYPE, unit: Unit, extra: str | None = None
) -> None:
    """The digest of one unit for this chat, subscribed or not."""
    await _send_preview(update, context, [unit.id])


_by_name = {
    levels: unit_action_command(COMMAND, levels, preview_action)
    for levels in (("commune", "district"), ("district",))
}


async def bantin_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Without a name: every unit this chat subscribes to; with one: that unit."""
    services = get_services(context)
    if command_text(context):
        await _by_name[levels_for(command_text(context))](update, context)
        return
    chat = update.effective_chat
    assert chat is not None
    subscriptions = await asyncio.to_thread(for_chat, services.store, chat.id)
    if not subscriptions:
        await reply(update, render(services.templates, "bantin_preview", subscribed=False))
        return
    await _send_preview(update, context, [s.unit_id for s in subscriptions])
