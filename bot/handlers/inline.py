"""``@bot <tên>`` in any chat: matching units as cards to post, each with a button that
opens the full summary in a private chat with the bot.
"""

from __future__ import annotations

import json
from collections import OrderedDict

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
#: Cards per answer: a phone screen and a little more. Telegram asks for the next page (our
#: ``next_offset``) only when the user scrolls, so a common name costs 10 cards, not 50.
PAGE_SIZE = 10
_CACHED_CARDS = 2048
_CACHE_KEY = "inline_cards"


class _CardCache:
    """Cards already drawn, by unit, day and the exact figures they were drawn from.

    Officials type the same few names all day; a card changes only when its figures do
    (or the day does), and keying on the figures themselves needs no invalidation.
    """

    def __init__(self, size: int = _CACHED_CARDS) -> None:
        self._cards: OrderedDict[tuple[str, str, str], tuple[str, str]] = OrderedDict()
        self._size = size

    def card(self, services: Services, unit: Unit) -> tuple[str, str]:
        # Most namesakes have no figures: no need to read their (absent) files to say so.
        has_figures = services.registry.has_figures(unit.id)
        observations = services.observations(unit.id) if has_figures else []
        key = (unit.id, services.today().isoformat(), json.dumps(observations, sort_keys=True))
        card = self._cards.get(key)
        if card is None:
            card = self._cards[key] = _card(services, unit, observations)
            if len(self._cards) > self._size:
                self._cards.popitem(last=False)
        else:
            self._cards.move_to_end(key)
        return card


def _card(services: Services, unit: Unit, observations: list[dict]) -> tuple[str, str]:
    """The card's HTML and the one-line description shown in the list of results."""
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
    cards: _CardCache = context.bot_data.setdefault(_CACHE_KEY, _CardCache())
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
        card, description = cards.card(services, unit)
        link = deep_link(services.bot_username, DEEP_LINK_XA, unit.id)
        markup = (
            InlineKeyboardMarkup([[InlineKeyboardButton("Xem đầy đủ", url=link)]]) if link else None
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
