"""/huydangky <xã|tatca>: stop this chat's digest of a unit, or all of them."""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import ContextTypes

from bot.domain.models import Unit
from bot.domain.subscriptions import for_chat, unsubscribe, unsubscribe_all
from bot.handlers.chat_rights import may_manage_subscriptions
from bot.handlers.common import command_text, get_services, reply, unit_action_command
from bot.handlers.dangky import levels_for
from bot.jobs.digests import unschedule
from bot.rendering import render
from bot.text import fold

__all__ = ["COMMAND", "huydangky_command", "unsubscribe_action"]

COMMAND = "huydangky"
_ALL_WORDS = {"tatca", "het", "all"}


async def unsubscribe_action(
    update: Update, context: ContextTypes.DEFAULT_TYPE, unit: Unit, extra: str | None = None
) -> None:
    """End this chat's subscription to ``unit`` and its weekly job."""
    if not await may_manage_subscriptions(update, context):
        return
    services = get_services(context)
    chat = update.effective_chat
    assert chat is not None
    ended = await asyncio.to_thread(unsubscribe, services.store, chat.id, unit.id)
    if ended and context.application.job_queue is not None:
        unschedule(context.application.job_queue, chat.id, unit.id)
    remaining = await asyncio.to_thread(for_chat, services.store, chat.id)
    text = render(services.templates, COMMAND, unit=unit, ended=ended, remaining=len(remaining))
    await reply(update, text)


_by_name = {
    levels: unit_action_command(COMMAND, levels, unsubscribe_action)
    for levels in (("commune", "district"), ("district",))
}


async def huydangky_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``tatca`` ends everything; a name shared by several units means the one subscribed."""
    services = get_services(context)
    text = command_text(context)
    if not text:
        await reply(update, render(services.templates, "usage", command=COMMAND))
        return
    if not await may_manage_subscriptions(update, context):
        return
    chat = update.effective_chat
    assert chat is not None
    if fold(text) in _ALL_WORDS:
        ended = await asyncio.to_thread(unsubscribe_all, services.store, chat.id)
        if context.application.job_queue is not None:
            for subscription in ended:
                unschedule(context.application.job_queue, chat.id, subscription.unit_id)
        await reply(update, render(services.templates, "huydangky_all", ended=len(ended)))
        return
    levels = levels_for(text)
    subscribed = {s.unit_id for s in await asyncio.to_thread(for_chat, services.store, chat.id)}
    named = services.finder.find(text, levels, suggest=False).units
    mine = [unit for unit in named if unit.id in subscribed]
    if len(mine) == 1:
        await unsubscribe_action(update, context, mine[0])
        return
    if named and not mine:
        # No button to press: none of the units of that name is followed here.
        text = render(services.templates, COMMAND, unit=named[0], ended=False, remaining=0)
        await reply(update, text)
        return
    await _by_name[levels](update, context)
