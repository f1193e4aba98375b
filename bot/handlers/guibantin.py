"""/guibantin [xã]: admins send the digest now to every subscribed chat (of that unit).

Each chat gets what changed since its own last digest, through the outbox like the
weekly ones, so a restart in the middle neither loses nor repeats a chat's digest.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict

from telegram import Update
from telegram.ext import ContextTypes

from bot.constants import CONSOLE_FLAG
from bot.domain.models import Unit
from bot.domain.subscriptions import Subscription, all_subscriptions, for_unit
from bot.handlers.common import (
    command_text,
    get_services,
    reply,
    require_admin,
    unit_action_command,
)
from bot.handlers.dangky import levels_for
from bot.jobs.digests import send_now
from bot.rendering import render

__all__ = ["COMMAND", "guibantin_command", "send_unit_action"]

COMMAND = "guibantin"


async def _send(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    subscriptions: list[Subscription],
    unit: Unit | None,
) -> None:
    services = get_services(context)
    targets: dict[int, list[str]] = defaultdict(list)
    for subscription in subscriptions:
        targets[subscription.chat_id].append(subscription.unit_id)
    queued = await send_now(context.application, dict(targets)) if targets else {}
    deliverer = context.application.bot_data.get("deliverer")
    if context.application.bot_data.get(CONSOLE_FLAG) and deliverer is not None:
        await deliverer.drain()
    messages = sum(len(m) for m in queued.values())
    text = render(services.templates, COMMAND, unit=unit, chats=len(queued), messages=messages)
    await reply(update, text)


async def send_unit_action(
    update: Update, context: ContextTypes.DEFAULT_TYPE, unit: Unit, extra: str | None = None
) -> None:
    """The chats subscribed to ``unit`` get its digest now."""
    if not await require_admin(update, context):
        return
    services = get_services(context)
    subscriptions = await asyncio.to_thread(for_unit, services.store, unit.id)
    await _send(update, context, subscriptions, unit)


_by_name = {
    levels: unit_action_command(COMMAND, levels, send_unit_action)
    for levels in (("commune", "district"), ("district",))
}


async def guibantin_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admins only; without a name every subscribed chat gets all its digests."""
    if not await require_admin(update, context):
        return
    text = command_text(context)
    if text:
        await _by_name[levels_for(text)](update, context)
        return
    services = get_services(context)
    subscriptions = await asyncio.to_thread(all_subscriptions, services.store)
    await _send(update, context, subscriptions, None)
