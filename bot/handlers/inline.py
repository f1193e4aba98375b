"""``@bot <tên>`` in any chat: matching units as cards to post, each with a button that
opens the full summary in a private chat with the bot.
"""

from __future__ import annotations

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import InlineQueryLimit
from telegram.ext import ContextTypes

from bot.constants import DEEP_LINK_XA, INLINE_CACHE_SECONDS
from bot.domain.links import deep_link, link_token
from bot.domain.models import Unit
from bot.domain.summary import summarize_unit
from bot.handlers.common import get_services, unit_label
from bot.rendering import render
from bot.services import Services
from bot.text import clean_input

__all__ = ["inline_query"]

_LEVELS = ("commune", "district")
_RECENT_FIGURES = 3
#: Cards per answer: the first screen and some. Telegram asks for the next page (our
#: ``next_offset``) only when the user scrolls, so a common name costs 20 cards, not 50.
PAGE_SIZE = 20


def _card(services: Services, unit: Unit) -> tuple[str, str]:
    """The card's HTML and the one-line description shown in the list of results."""
    # Most namesakes have no figures: no need to read their (absent) files to say so.
    observations = services.observations(unit.id) if services.registry.has_figures(unit.id) else []
    summary = summarize_unit(
        unit, observations, services.catalog, services.registry, services.today()
    )
    lines = [line for g in summary.groups for line in g.lines if line.value is not None]
    ntm = next((line for line in lines if line.indicator.criteria), None)
    recent = sorted(
        (line for line in lines if line is not ntm), key=lambda x: x.as_of or "", reverse=True
    )[:_RECENT_FIGURES]
    card = render(services.templates, "inline_card", s=summary, ntm=ntm, recent=recent)
    description = render(services.templates, "inline_description", s=summary, ntm=ntm)
    return card, description


def _page_start(offset: str) -> int:
    """Where this page starts: the ``next_offset`` we gave, or 0 for a new query."""
    return int(offset) if offset.isdigit() and len(offset) <= 6 else 0


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer within Telegram's limits (50 results, 64-byte ids), a page at a time, cached
    briefly."""
    query = update.inline_query
    if query is None:
        return
    services = get_services(context)
    text = clean_input(query.query, max_length=120)
    start_button = InlineQueryResultsButton(text="Mở Bản tin xã", start_parameter="inline")
    if not text:
        await query.answer([], cache_time=INLINE_CACHE_SECONDS, button=start_button)
        return
    match = services.finder.find(text, _LEVELS)
    start = _page_start(query.offset)
    found = match.units or match.suggestions
    units = found[start : start + min(PAGE_SIZE, InlineQueryLimit.RESULTS)]
    next_offset = str(start + len(units)) if start + len(units) < len(found) else ""
    results = []
    for unit in units:
        card, description = _card(services, unit)
        link = deep_link(services.bot_username, DEEP_LINK_XA, unit.id)
        markup = (
            InlineKeyboardMarkup([[InlineKeyboardButton("Xem đầy đủ", url=link)]])
            if link
            else None
        )
        results.append(
            InlineQueryResultArticle(
                id=link_token(unit.id)[:64],
                title=unit_label(unit),
                description=description,
                input_message_content=InputTextMessageContent(card),
                reply_markup=markup,
            )
        )
    await query.answer(
        results,
        cache_time=INLINE_CACHE_SECONDS,
        button=start_button,
        next_offset=next_offset,
    )
