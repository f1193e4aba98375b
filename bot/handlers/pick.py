"""Buttons that pick one of several units of the same name."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.constants import CALLBACK_PICK_UNIT
from bot.handlers.common import (
    action_for_unit,
    answer_for_unit,
    edit_or_reply,
    follow_up_for_unit,
    get_services,
    resolve_token,
)
from bot.rendering import render

__all__ = ["pick_unit_callback"]


async def pick_unit_callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the button first (Telegram shows a spinner until then), then the unit in place."""
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    services = get_services(context)
    payload = (query.data or "")[len(CALLBACK_PICK_UNIT) :]
    command, _, rest = payload.partition(":")
    token, _, extra = rest.partition("|")
    action = action_for_unit(command)
    answer = answer_for_unit(command)
    unit = resolve_token(services, token) if action or answer else None
    if unit is None or (action is None and answer is None):
        await edit_or_reply(query.message, update, render(services.templates, "stale_button"))
        return
    if action is not None:
        # An action checks its own rights: the presser may not be who typed the command.
        await action(update, context, unit, extra or None)
        return
    assert answer is not None
    await edit_or_reply(query.message, update, await answer(services, unit, extra or None))
    follow_up = follow_up_for_unit(command)
    if follow_up is not None:
        await follow_up(update, context, unit, extra or None)
