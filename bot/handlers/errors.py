"""The last line of defence: log the traceback, tell the user politely."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, NetworkError, TelegramError
from telegram.ext import ContextTypes

__all__ = ["error_handler"]

log = logging.getLogger(__name__)
_APOLOGY = (
    "Xin lỗi, bot gặp lỗi khi xử lý yêu cầu này. Vui lòng thử lại sau ít phút; "
    "nếu lỗi lặp lại, hãy báo cho quản trị viên."
)


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log with the traceback; apologise unless the chat can't hear us (blocked, kicked)."""
    if isinstance(context.error, Forbidden):
        log.info("Chat unreachable, not answering: %s", context.error)
        return
    if update is None and isinstance(context.error, NetworkError):
        # Polling lost the network (or Telegram answered 5xx); PTB retries by itself.
        log.warning("Mất kết nối tới Telegram khi nhận tin, đang thử lại: %s", context.error)
        return
    log.error("Error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await context.bot.send_message(update.effective_chat.id, _APOLOGY, parse_mode=None)
        except TelegramError:
            log.warning("Could not tell the user about the error", exc_info=True)
