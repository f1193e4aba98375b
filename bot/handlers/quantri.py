"""/quantri: the data editors; owners add or remove one by id or by replying to them.

Owners are ``BOT_ADMIN_IDS`` (configuration); the editors they add live in the store.
"""

from __future__ import annotations

import asyncio
from datetime import datetime

from telegram import Update
from telegram.ext import ContextTypes

from bot.domain.roles import add_admin, is_admin, is_owner, list_admins, remove_admin
from bot.handlers.common import command_text, get_services, reply, require_admin
from bot.handlers.menus import refresh_menu_of
from bot.rendering import render
from bot.text import fold

__all__ = ["quantri_command"]

_ADD = frozenset({"them", "add", "cap", "capquyen", "+"})
_REMOVE = frozenset({"xoa", "bo", "remove", "del", "delete", "go", "-"})
_MAX_ID = 10**15


def _target(update: Update, words: list[str]) -> tuple[int | None, str | None, str | None]:
    """(user id, name, problem): from the id typed, else from the message replied to."""
    if words:
        raw = words[0].lstrip("#")
        if not raw.isdigit() or not 0 < int(raw) < _MAX_ID:
            return None, None, f"«{words[0][:30]}» không phải mã số người dùng Telegram."
        return int(raw), None, None
    message = update.effective_message
    replied = message.reply_to_message if message else None
    user = replied.from_user if replied else None
    if user is None:
        return None, None, "Hãy ghi mã số người dùng hoặc trả lời (reply) tin nhắn của người đó."
    if user.is_bot:
        return None, None, "Không thể cấp quyền cho một bot."
    return user.id, user.full_name or None, None


async def quantri_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not await require_admin(update, context):
        return
    services = get_services(context)
    env = services.templates
    words = command_text(context).split()
    if not words:
        admins = list_admins(services.store, services.settings)
        await reply(update, render(env, "quantri", state="list", admins=admins))
        return
    action = fold(words[0]) or words[0]
    if action not in _ADD | _REMOVE:
        await reply(update, render(env, "quantri", state="usage", word=words[0][:30]))
        return
    caller = update.effective_user
    assert caller is not None
    if not is_owner(services.settings, caller.id):
        await reply(update, render(env, "quantri", state="not_owner"))
        return
    user_id, name, problem = _target(update, words[1:])
    if problem or user_id is None:
        await reply(update, render(env, "quantri", state="bad_target", problem=problem))
        return
    store, settings = services.store, services.settings
    if action in _ADD:
        if is_owner(settings, user_id) or is_admin(store, settings, user_id):
            state = "already"
        else:
            at = datetime.now(settings.tzinfo).isoformat(timespec="seconds")
            added = await asyncio.to_thread(add_admin, store, user_id, name, caller.id, at)
            state = "added" if added else "already"
    elif is_owner(settings, user_id):
        state = "owner"
    else:
        removed = await asyncio.to_thread(remove_admin, store, user_id)
        state = "removed" if removed else "not_admin"
    await reply(update, render(env, "quantri", state=state, user_id=user_id, person=name))
    if state in {"added", "removed"}:
        await refresh_menu_of(context.bot, user_id, is_admin=state == "added")
