"""Who may change a group's subscriptions: its administrators, as Telegram says, and ours.

Telegram is asked with ``getChatMember``; the answer is kept for a minute, so a burst of
commands in one group costs one call, and a member promoted or demoted is seen soon.
"""

from __future__ import annotations

import time

from telegram import ChatMember, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.constants import CHAT_ADMINS_CACHE
from bot.domain.roles import is_admin
from bot.handlers.common import get_services, reply
from bot.rendering import render

__all__ = ["ADMIN_CACHE_SECONDS", "may_manage_subscriptions"]

ADMIN_CACHE_SECONDS = 60.0
_GROUP_TYPES = {ChatType.GROUP, ChatType.SUPERGROUP}
_ADMIN_STATUSES = {ChatMember.OWNER, ChatMember.ADMINISTRATOR}


async def _is_group_admin(context: ContextTypes.DEFAULT_TYPE, chat_id: int, user_id: int) -> bool:
    cache: dict[tuple[int, int], tuple[bool, float]] = context.application.bot_data.setdefault(
        CHAT_ADMINS_CACHE, {}
    )
    now = time.monotonic()
    cached = cache.get((chat_id, user_id))
    if cached is not None and cached[1] > now:
        return cached[0]
    try:
        member = await context.bot.get_chat_member(chat_id, user_id)
    except TelegramError:
        # Not knowing is not a yes; not cached, so the next try asks again.
        return False
    answer = member.status in _ADMIN_STATUSES
    if len(cache) > 10_000:
        cache.clear()
    cache[(chat_id, user_id)] = (answer, now + ADMIN_CACHE_SECONDS)
    return answer


async def may_manage_subscriptions(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """True in a private chat, or for a group's administrator or a bot admin; else refuse.

    An anonymous group administrator writes as the group itself (``sender_chat``).
    """
    chat, user = update.effective_chat, update.effective_user
    if chat is None or chat.type not in _GROUP_TYPES:
        return True
    message = update.effective_message
    if message is not None and message.sender_chat and message.sender_chat.id == chat.id:
        return True
    services = get_services(context)
    if user is not None and (
        is_admin(services.store, services.settings, user.id)
        or await _is_group_admin(context, chat.id, user.id)
    ):
        return True
    await reply(update, render(services.templates, "group_admin_only"))
    return False
