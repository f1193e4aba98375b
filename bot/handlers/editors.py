"""What the editors' commands share: who is typing, the time, and replies for bad input."""

from __future__ import annotations

from datetime import datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.constants import CALLBACK_UNDO
from bot.domain.audit import Editor
from bot.domain.editing import EditError
from bot.domain.pending import get_pending
from bot.handlers.common import require_admin
from bot.rendering import render
from bot.services import Services

__all__ = ["admin_button", "editor_of", "error_text", "now_iso", "undo_markup", "waiting"]


async def admin_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, prefix: str
) -> str | None:
    """An editor's button: answered first, rights checked again (whoever presses it, with
    whatever data), then the data after ``prefix``; ``None`` when there is nothing to do.
    """
    query = update.callback_query
    if query is None:
        return None
    await query.answer()
    if not await require_admin(update, context):
        return None
    return (query.data or "")[len(prefix) :]


def editor_of(update: Update) -> Editor:
    """The Telegram user behind a message or a button press, as the audit trail names them."""
    user = update.effective_user
    assert user is not None, "admin commands are checked before this"
    name = user.full_name or None
    if user.username:
        name = f"{name} (@{user.username})" if name else f"@{user.username}"
    return Editor(user.id, name)


def now_iso(services: Services) -> str:
    """Now in the bot's time zone, to the millisecond: two quick edits stay distinct."""
    return datetime.now(services.settings.tzinfo).isoformat(timespec="milliseconds")


def waiting(services: Services, token: str, kind: str) -> dict | None:
    """The payload a button's token stands for, unless unknown, used or expired."""
    return get_pending(services.store, token, kind, datetime.now(services.settings.tzinfo))


def error_text(services: Services, error: EditError) -> str:
    return render(services.templates, "edit_error", message=error.message, example=error.example)


def undo_markup(change_id: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton("↩️ Hoàn tác", callback_data=f"{CALLBACK_UNDO}{change_id}")]]
    )
