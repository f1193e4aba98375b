"""Telegram in, Telegram out: one module per command, registered here."""

from __future__ import annotations

from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.constants import CALLBACK_PICK_UNIT
from bot.handlers import (
    bantin,
    chiso,
    dangky,
    errors,
    guibantin,
    huydangky,
    huyen,
    lichsu,
    migration,
    nguon,
    pick,
    start,
    theodoi,
    xa,
)

__all__ = ["register_handlers"]


def register_handlers(app: Application) -> None:
    """Wire every command, the unit-picking buttons and the error handler."""
    app.add_handler(CommandHandler("start", start.start_command))
    app.add_handler(CommandHandler("help", start.help_command))
    app.add_handler(CommandHandler("xa", xa.xa_command))
    app.add_handler(CommandHandler("huyen", huyen.huyen_command))
    app.add_handler(CommandHandler("chiso", chiso.chiso_command))
    app.add_handler(CommandHandler("lichsu", lichsu.lichsu_command))
    app.add_handler(CommandHandler("nguon", nguon.nguon_command))
    app.add_handler(CommandHandler("dangky", dangky.dangky_command))
    app.add_handler(CommandHandler("huydangky", huydangky.huydangky_command))
    app.add_handler(CommandHandler("theodoi", theodoi.theodoi_command))
    app.add_handler(CommandHandler("bantin", bantin.bantin_command))
    app.add_handler(CommandHandler("guibantin", guibantin.guibantin_command))
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, migration.chat_migrated))
    app.add_handler(CallbackQueryHandler(pick.pick_unit_callback, pattern=f"^{CALLBACK_PICK_UNIT}"))
    app.add_handler(MessageHandler(filters.COMMAND, start.unknown_command))
    app.add_error_handler(errors.error_handler)
