"""Telegram in, Telegram out: one module per command, registered here."""

from __future__ import annotations

from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.constants import CALLBACK_EDIT_CONFIRM, CALLBACK_IMPORT, CALLBACK_PICK_UNIT, CALLBACK_UNDO
from bot.handlers import (
    bantin,
    capnhat,
    chiso,
    dangky,
    errors,
    guibantin,
    hoantac,
    huydangky,
    huyen,
    inline,
    lichsu,
    migration,
    nguon,
    nhap,
    pick,
    quantri,
    sosanh,
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
    app.add_handler(CommandHandler("sosanh", sosanh.sosanh_command))
    app.add_handler(InlineQueryHandler(inline.inline_query))
    app.add_handler(CommandHandler("dangky", dangky.dangky_command))
    app.add_handler(CommandHandler("huydangky", huydangky.huydangky_command))
    app.add_handler(CommandHandler("theodoi", theodoi.theodoi_command))
    app.add_handler(CommandHandler("bantin", bantin.bantin_command))
    app.add_handler(CommandHandler("guibantin", guibantin.guibantin_command))
    app.add_handler(CommandHandler("capnhat", capnhat.capnhat_command))
    app.add_handler(CommandHandler("hoantac", hoantac.hoantac_command))
    app.add_handler(CommandHandler("nhap", nhap.nhap_command))
    app.add_handler(CommandHandler("quantri", quantri.quantri_command))
    # A .txt sent with "/nhap" as its caption: Telegram puts no command in a caption's text.
    app.add_handler(
        MessageHandler(
            filters.Document.ALL & filters.CaptionRegex(r"^/nhap(@\w+)?(\s|$)"), nhap.nhap_command
        )
    )
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, migration.chat_migrated))
    app.add_handler(CallbackQueryHandler(pick.pick_unit_callback, pattern=f"^{CALLBACK_PICK_UNIT}"))
    app.add_handler(
        CallbackQueryHandler(capnhat.edit_confirm_callback, pattern=f"^{CALLBACK_EDIT_CONFIRM}")
    )
    app.add_handler(CallbackQueryHandler(hoantac.undo_callback, pattern=f"^{CALLBACK_UNDO}"))
    app.add_handler(CallbackQueryHandler(nhap.import_callback, pattern=f"^{CALLBACK_IMPORT}"))
    app.add_handler(MessageHandler(filters.COMMAND, start.unknown_command))
    app.add_error_handler(errors.error_handler)
