"""/hoantac: undo the caller's last change; the "Hoàn tác" button undoes the change it is under.

The figures are flagged, never deleted, and the undo is itself recorded; a second
/hoantac undoes the change before.
"""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import ContextTypes

from bot.constants import CALLBACK_UNDO
from bot.domain.audit import UndoResult, undo_change, undo_last
from bot.handlers.common import get_services, reply, require_admin
from bot.handlers.editors import admin_button, editor_of, now_iso
from bot.rendering import render
from bot.services import Services

__all__ = ["hoantac_command", "undo_callback"]

_CHANGE_ID_LIMIT = 60


def _text(services: Services, result: UndoResult | None, state: str) -> str:
    rows = []
    if result is not None:
        for item, shown in result.restored:
            rows.append(
                {"item": item, "shown": shown, "unit": services.registry.get(item["unit_id"])}
            )
    return render(
        services.templates,
        "hoantac",
        state=state,
        change=result.change if result else None,
        rows=rows,
        catalog=services.catalog,
    )


async def hoantac_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not await require_admin(update, context):
        return
    services = get_services(context)
    result = await asyncio.to_thread(
        undo_last, services.store, editor_of(update), now_iso(services)
    )
    await reply(update, _text(services, result, "undone" if result else "nothing"))


async def undo_callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The "Hoàn tác" button: checked like the command, whoever presses it."""
    change_id = await admin_button(update, context, CALLBACK_UNDO)
    if change_id is None:
        return
    services = get_services(context)
    result = None
    if change_id and len(change_id) <= _CHANGE_ID_LIMIT:
        result = await asyncio.to_thread(
            undo_change, services.store, change_id, editor_of(update), now_iso(services)
        )
    await reply(update, _text(services, result, "undone" if result else "already"))
