"""The command menu by role: everyone sees the public commands, data editors theirs too.

Telegram shows the most specific scope's list, so each editor gets a per-chat list
(``BotCommandScopeChat``) holding both; an editor removed in the chat gets the public one.
"""

from __future__ import annotations

import logging

from telegram import Bot, BotCommand, BotCommandScopeChat, BotCommandScopeDefault
from telegram.error import TelegramError

from bot.constants import ADMIN_COMMANDS, COMMANDS
from bot.domain.roles import list_admins
from bot.services import Services

__all__ = ["publish_menus", "refresh_menu_of"]

log = logging.getLogger(__name__)


def _commands(pairs: list[tuple[str, str]]) -> list[BotCommand]:
    return [BotCommand(name, text) for name, text in pairs]


async def publish_menus(bot: Bot, services: Services) -> None:
    """At start: the public menu for all, the editors' menu for each editor."""
    try:
        await bot.set_my_commands(_commands(COMMANDS), scope=BotCommandScopeDefault())
    except TelegramError:
        log.warning("Could not register the command menu", exc_info=True)
        return
    for admin in list_admins(services.store, services.settings):
        await refresh_menu_of(bot, admin.user_id, is_admin=True)


async def refresh_menu_of(bot: Bot, user_id: int, *, is_admin: bool) -> None:
    """One person's menu after their role changed (or at start)."""
    scope = BotCommandScopeChat(chat_id=user_id)
    try:
        if is_admin:
            await bot.set_my_commands(_commands(COMMANDS + ADMIN_COMMANDS), scope=scope)
        else:
            await bot.delete_my_commands(scope=scope)
    except TelegramError as exc:
        # A user who never opened a chat with the bot has no chat to scope a menu to.
        log.info("No command menu for user %s: %s", user_id, exc)
