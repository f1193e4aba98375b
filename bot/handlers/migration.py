"""A group became a supergroup: its subscriptions follow it to the new chat id at once.

Telegram says so in a service message in the old group (``migrate_to_chat_id``); without
this, the move would wait for the next digest's ``ChatMigrated`` answer.
"""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import ContextTypes

from bot.domain.subscriptions import for_chat, migrate_chat
from bot.handlers.common import get_services
from bot.jobs.digests import schedule_subscription, unschedule

__all__ = ["chat_migrated"]


async def chat_migrated(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or not message.migrate_to_chat_id:
        return
    old, new = message.chat.id, message.migrate_to_chat_id
    store = get_services(context).store
    moved = await asyncio.to_thread(migrate_chat, store, old, new)
    if not moved or context.application.job_queue is None:
        return
    for subscription in await asyncio.to_thread(for_chat, store, new):
        unschedule(context.application.job_queue, old, subscription.unit_id)
        schedule_subscription(context.application, subscription)
