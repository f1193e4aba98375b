"""/capnhat <xã> <chỉ số>=<giá trị> …: an editor posts figures; the reply shows old → new.

Everything is checked before anything is written; a drop or an unusual jump waits for a
"Lưu" press; the figures and their audit entries are one store transaction, run off the
event loop so other chats are not kept waiting.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.constants import CALLBACK_EDIT_CONFIRM
from bot.domain.audit import Editor, current_figures, record_change, undo_change
from bot.domain.editing import (
    EditError,
    EditRequest,
    PlannedFigure,
    check_levels,
    parse_edit,
    plan_edit,
    split_unit_name,
)
from bot.domain.models import AdminSource, Unit
from bot.domain.pending import drop_pending, save_pending
from bot.handlers.common import (
    command_text,
    edit_or_reply,
    find_unit_or_ask,
    get_services,
    register_unit_action,
    reply,
    require_admin,
    unit_buttons,
)
from bot.handlers.editors import admin_button, editor_of, error_text, now_iso, undo_markup, waiting
from bot.rendering import render
from bot.services import Services

__all__ = ["apply_edit", "capnhat_command", "edit_confirm_callback"]

COMMAND = "capnhat"
LEVELS = ("commune", "district")
_MAX_BUTTONS = 8


@dataclass(slots=True)
class _Outcome:
    planned: list[PlannedFigure]
    change: dict[str, Any] | None = None
    confirm_token: str | None = None
    others_token: str | None = None
    moved_from: str | None = None


def _plan_and_save(
    services: Services,
    unit: Unit,
    spec: str,
    request: EditRequest,
    editor: Editor,
    at: str,
    *,
    confirmed: bool,
    has_others: bool,
    moved_from: str | None,
    used_token: str | None,
) -> _Outcome:
    """Plan against the figures in force and save, all inside one transaction (worker thread)."""
    store = services.store
    source = AdminSource(editor.user_id, at, request.note, name=editor.name)
    with store.transaction():
        current = current_figures(store, unit.id)
        planned = plan_edit(request, unit.id, current, services.catalog, source, services.today())
        if not confirmed and any(p.warnings for p in planned):
            payload = {"unit_id": unit.id, "spec": spec, "moved_from": moved_from}
            token = save_pending(store, "confirm", editor.user_id, payload, at)
            return _Outcome(planned, confirm_token=token)
        moved = None
        if moved_from:
            moved = undo_change(store, moved_from, editor, at)
        change = record_change(store, planned, editor, at, note=request.note)
        if used_token:
            drop_pending(store, used_token)
        outcome = _Outcome(planned, change=change)
        if moved is not None:
            outcome.moved_from = moved.change["units"][0]
        if change is not None and has_others:
            payload = {"spec": spec, "change_id": change["id"]}
            outcome.others_token = save_pending(store, "unit", editor.user_id, payload, at)
    return outcome


async def apply_edit(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    unit: Unit,
    spec: str,
    *,
    confirmed: bool = False,
    others: list[Unit] | None = None,
    moved_from: str | None = None,
    used_token: str | None = None,
) -> None:
    """Check ``spec`` for ``unit``, then save it or ask to confirm; reply either way."""
    services = get_services(context)
    editor = editor_of(update)
    try:
        request = parse_edit(spec, services.catalog, services.today())
        check_levels(request, unit.level, services.catalog)
        outcome = await asyncio.to_thread(
            _plan_and_save,
            services,
            unit,
            spec,
            request,
            editor,
            now_iso(services),
            confirmed=confirmed,
            has_others=bool(others),
            moved_from=moved_from,
            used_token=used_token,
        )
    except EditError as error:
        await reply(update, error_text(services, error))
        return
    if outcome.confirm_token is not None:
        token = outcome.confirm_token
        save = InlineKeyboardButton("✅ Lưu", callback_data=f"{CALLBACK_EDIT_CONFIRM}ok:{token}")
        drop = InlineKeyboardButton("✖️ Bỏ", callback_data=f"{CALLBACK_EDIT_CONFIRM}no:{token}")
        markup = InlineKeyboardMarkup([[save, drop]])
        await reply(update, _render(services, "confirm", unit, request, outcome, editor), markup)
        return
    if outcome.change is None:
        await reply(update, _render(services, "unchanged", unit, request, outcome, editor))
        return
    # On the loop, not in the worker: the indexes are read here without locks.
    services.registry.mark_has_figures(unit.id)
    rows = undo_markup(outcome.change["id"]).inline_keyboard
    if others and outcome.others_token:
        rows = (*rows, *unit_buttons(COMMAND, others, outcome.others_token).inline_keyboard)
    text = _render(services, "saved", unit, request, outcome, editor, others=len(others or []))
    await reply(update, text, InlineKeyboardMarkup(rows))


def _done(services: Services, state: str) -> str:
    return render(services.templates, "capnhat_done", state=state)


def _render(
    services: Services,
    state: str,
    unit: Unit,
    request: EditRequest,
    outcome: _Outcome,
    editor: Editor,
    others: int = 0,
) -> str:
    moved = services.registry.get(outcome.moved_from) if outcome.moved_from else None
    return render(
        services.templates,
        COMMAND,
        state=state,
        unit=unit,
        planned=outcome.planned,
        as_of=outcome.planned[0].new.as_of if outcome.planned else None,
        note=request.note,
        editor=editor,
        catalog=services.catalog,
        others=others,
        moved_from=moved,
    )


async def capnhat_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Refuse non-editors; read the unit and the figures; save for the unit named."""
    if not await require_admin(update, context):
        return
    services = get_services(context)
    text = command_text(context, max_length=1000)
    if not text:
        await reply(update, render(services.templates, "usage", command=COMMAND))
        return
    name, spec = split_unit_name(text)
    try:
        parse_edit(spec, services.catalog, services.today())
        if not name:
            raise EditError("Thiếu tên xã trước các chỉ số.")
    except EditError as error:
        await reply(update, error_text(services, error))
        return
    match = services.finder.find(name, LEVELS)
    if match.preferred is not None:
        await apply_edit(update, context, match.preferred, spec, others=match.others[:_MAX_BUTTONS])
        return
    if not match.units:
        await find_unit_or_ask(update, context, COMMAND, name, LEVELS)
        return
    editor = editor_of(update)
    token = await asyncio.to_thread(
        save_pending, services.store, "unit", editor.user_id, {"spec": spec}, now_iso(services)
    )
    units = match.units[:_MAX_BUTTONS]
    text = render(
        services.templates,
        "unit_choice",
        query=match.query,
        count=len(match.units),
        shown=len(units),
        command=COMMAND,
    )
    await reply(update, text, unit_buttons(COMMAND, units, token))


async def _unit_chosen(
    update: Update, context: ContextTypes.DEFAULT_TYPE, unit: Unit, extra: str | None
) -> None:
    """A unit button under /capnhat: the figures waiting under its token go to that unit."""
    if not await require_admin(update, context):
        return
    services = get_services(context)
    doc = waiting(services, extra or "", "unit")
    if doc is None:
        await reply(update, _done(services, "stale"))
        return
    payload = doc["payload"]
    await apply_edit(
        update,
        context,
        unit,
        payload["spec"],
        moved_from=payload.get("change_id"),
        used_token=extra,
    )


register_unit_action(COMMAND, _unit_chosen)


async def edit_confirm_callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """ "Lưu" / "Bỏ" under a /capnhat that waited for confirmation."""
    data = await admin_button(update, context, CALLBACK_EDIT_CONFIRM)
    if data is None:
        return
    services = get_services(context)
    choice, _, token = data.partition(":")
    doc = waiting(services, token, "confirm")
    unit = services.registry.get(doc["payload"]["unit_id"]) if doc else None
    if doc is None or unit is None or choice not in {"ok", "no"}:
        await edit_or_reply(update.effective_message, update, _done(services, "stale"))
        return
    if choice == "no":
        await asyncio.to_thread(drop_pending, services.store, token)
        await edit_or_reply(update.effective_message, update, _done(services, "dropped"))
        return
    payload = doc["payload"]
    await apply_edit(
        update,
        context,
        unit,
        payload["spec"],
        confirmed=True,
        moved_from=payload.get("moved_from"),
        used_token=token,
    )
