"""/nhap: an editor sends an article (text, a reply, or a .txt file); "Lưu" saves its figures.

Nothing is written before "Lưu": the article waits in the store under a short token, so
the buttons fit Telegram's 64 bytes and survive a restart.
"""

from __future__ import annotations

import asyncio

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.constants import CALLBACK_IMPORT
from bot.domain.audit import Editor
from bot.domain.importing import ImportProposal, read_import, save_import
from bot.domain.models import Unit
from bot.domain.pending import drop_pending, save_pending
from bot.handlers.common import edit_or_reply, get_services, reply, require_admin
from bot.handlers.editors import admin_button, editor_of, now_iso, undo_markup, waiting
from bot.rendering import render
from bot.services import Services
from bot.text import clean_input

__all__ = ["import_callback", "nhap_command"]

COMMAND = "nhap"
_MAX_BYTES = 512 * 1024
_MAX_HINT = 80
_MIN_ARTICLE = 40
_QUOTE_LIMIT = 220
_LEVELS = ("commune", "district")


def _after_command(text: str | None) -> str:
    parts = (text or "").split(maxsplit=1)
    if parts and parts[0].startswith("/"):
        return parts[1] if len(parts) > 1 else ""
    return text or ""


async def _document_text(context: ContextTypes.DEFAULT_TYPE, message: Message) -> str | None:
    """A .txt document's text; raises ValueError with a Vietnamese reason when unusable."""
    document = message.document
    if document is None:
        return None
    name = (document.file_name or "").lower()
    if not name.endswith(".txt") and document.mime_type != "text/plain":
        raise ValueError("Chỉ nhận tệp văn bản .txt (UTF-8).")
    if document.file_size and document.file_size > _MAX_BYTES:
        raise ValueError("Tệp quá lớn: tối đa 512 KB.")
    try:
        file = await context.bot.get_file(document.file_id)
        data = bytes(await file.download_as_bytearray())
    except TelegramError as exc:
        raise ValueError("Không tải được tệp từ Telegram, hãy gửi lại.") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError("Tệp không phải văn bản UTF-8.") from exc


async def _article_and_hint(
    context: ContextTypes.DEFAULT_TYPE, message: Message
) -> tuple[str, str | None]:
    """The article's text and, when replying, the unit the editor named after the command."""
    own = _after_command(message.text or message.caption)
    from_file = await _document_text(context, message)
    if from_file is not None:
        return from_file, clean_input(own, _MAX_HINT) or None
    replied = message.reply_to_message
    if replied is not None:
        text = await _document_text(context, replied)
        if text is None:
            text = _after_command(replied.text or replied.caption)
        return text, clean_input(own, _MAX_HINT) or None
    return own, None


async def nhap_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not await require_admin(update, context):
        return
    services = get_services(context)
    message = update.effective_message
    assert message is not None
    try:
        text, hint_name = await _article_and_hint(context, message)
    except ValueError as exc:
        await reply(update, render(services.templates, "nhap", state="bad_file", problem=str(exc)))
        return
    if len(text.strip()) < _MIN_ARTICLE:
        await reply(update, render(services.templates, "usage", command=COMMAND))
        return
    hint: Unit | None = None
    if hint_name:
        match = services.finder.find(hint_name, _LEVELS)
        hint = match.preferred or (match.units[0] if len(match.units) == 1 else None)
        if hint is None:
            state = "hint_ambiguous" if match.units else "hint_unknown"
            await reply(update, render(services.templates, "nhap", state=state, name=hint_name))
            return
    proposal = await asyncio.to_thread(read_import, text, services.catalog, services.registry, hint)
    if not proposal.observations:
        state = "no_unit" if proposal.article.subject is None else "no_figures"
        await reply(
            update,
            render(services.templates, "nhap", state=state, problems=proposal.article.problems),
        )
        return
    payload = {"text": text, "hint": hint.id if hint else None}
    token = await asyncio.to_thread(
        save_pending,
        services.store,
        "import",
        editor_of(update).user_id,
        payload,
        now_iso(services),
    )
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("✅ Lưu", callback_data=f"{CALLBACK_IMPORT}ok:{token}"),
                InlineKeyboardButton("✖️ Bỏ", callback_data=f"{CALLBACK_IMPORT}no:{token}"),
            ]
        ]
    )
    await reply(update, _proposal_text(services, proposal), markup)


def _proposal_text(services: Services, proposal: ImportProposal) -> str:
    units = []
    for unit_id, figures in proposal.by_unit().items():
        unit = services.registry.get(unit_id) or next(
            (u for u in proposal.new_units if u.id == unit_id), None
        )
        rows = [
            {
                "obs": obs,
                "indicator": services.catalog.get(obs.indicator),
                "quote": _short(obs.source.quote if obs.source.kind == "article" else ""),
            }
            for obs in figures
        ]
        units.append({"unit": unit, "unit_id": unit_id, "rows": rows})
    return render(
        services.templates, "nhap", state="proposal", article=proposal.article, units=units
    )


def _short(quote: str) -> str:
    return quote if len(quote) <= _QUOTE_LIMIT else quote[: _QUOTE_LIMIT - 1].rstrip() + "…"


def _save(
    services: Services, token: str, payload: dict, editor: Editor, at: str
) -> tuple[ImportProposal, dict | None]:
    """Re-read the article and save it (worker thread): the same text gives the same figures."""
    hint = services.registry.get(payload["hint"]) if payload.get("hint") else None
    proposal = read_import(payload["text"], services.catalog, services.registry, hint)
    with services.store.transaction():
        change = save_import(services.store, proposal, payload["text"], editor, at)
        drop_pending(services.store, token)
    return proposal, change


def _index(services: Services, proposal: ImportProposal) -> None:
    """Let lookups find the units the article added (on the loop: the indexes have no lock)."""
    for unit in proposal.new_units:
        if services.registry.get(unit.id) is None:
            services.registry.add_article_unit(unit)
            services.finder.add(unit)
    for unit_id in proposal.by_unit():
        services.registry.mark_has_figures(unit_id)


async def import_callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """ "Lưu" / "Bỏ" under the figures /nhap found: rights checked again on the press."""
    data = await admin_button(update, context, CALLBACK_IMPORT)
    if data is None:
        return
    services = get_services(context)
    choice, _, token = data.partition(":")
    doc = waiting(services, token, "import")
    if doc is None or choice not in {"ok", "no"}:
        await edit_or_reply(
            update.effective_message, update, render(services.templates, "nhap", state="stale")
        )
        return
    if choice == "no":
        await asyncio.to_thread(drop_pending, services.store, token)
        await edit_or_reply(
            update.effective_message, update, render(services.templates, "nhap", state="dropped")
        )
        return
    proposal, change = await asyncio.to_thread(
        _save, services, token, doc["payload"], editor_of(update), now_iso(services)
    )
    if change is None:
        await reply(update, render(services.templates, "nhap", state="duplicate"))
        return
    _index(services, proposal)
    text = render(
        services.templates,
        "nhap",
        state="saved",
        article=proposal.article,
        count=len(change["figures"]),
        units=len(change["units"]),
    )
    await reply(update, text, undo_markup(change["id"]))
