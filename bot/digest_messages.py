"""A chat's weekly digest as the messages to send: text from the template, and a chart.

Sits between the domain (what the digest says) and delivery (how messages leave): no
Telegram here. Each chat's baseline, what it was sent last time, is read here and
written back by delivery once the digest's last message is sent, in the same atomic
write that marks it sent, so a digest lost in a crash is sent again from the same
baseline and a digest sent is never reported again as news.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.chart_process import draw_chart
from bot.charts import ChartSeries
from bot.constants import BASELINES_COLLECTION
from bot.delivery.outbox import OutboundMessage, StateWrite
from bot.domain.digest import DigestView, build_digest
from bot.domain.models import Unit
from bot.rendering import render, split_message

if TYPE_CHECKING:
    from bot.services import Services
    from bot.store import Store

__all__ = [
    "BASELINES_COLLECTION",
    "CAPTION_LIMIT",
    "baseline_key",
    "baseline_part",
    "compose_digest",
    "digest_observations",
    "move_baselines",
]

log = logging.getLogger(__name__)

CAPTION_LIMIT = 1024
CHART_TITLE = "{unit} — các chỉ số tỷ lệ theo thời gian"
CHART_Y_LABEL = "Tỷ lệ (%), x/y quy ra %"
#: Charts drawn recently, by what they show: every chat of one unit gets the same image.
_CHART_CACHE = 128


def baseline_key(chat_id: int, unit_id: str) -> str:
    return f"{chat_id}:{unit_id}"


def baseline_part(chat_id: int) -> str:
    """One small file per chat: saving a chat's baseline rewrites that file only."""
    return str(chat_id)


def move_baselines(store: Store, old_chat_id: int, new_chat_id: int) -> int:
    """Carry a chat's baselines over to its new id (a group that became a supergroup).

    Call it inside the transaction that moves the chat's subscriptions.
    """
    moved = 0
    prefix = f"{old_chat_id}:"
    with store.transaction():
        for key, doc in store.all_docs_with_keys(
            BASELINES_COLLECTION, part=baseline_part(old_chat_id)
        ):
            if not key.startswith(prefix):
                continue
            unit_id = key[len(prefix) :]
            store.put_doc(
                BASELINES_COLLECTION,
                baseline_key(new_chat_id, unit_id),
                doc,
                part=baseline_part(new_chat_id),
            )
            store.delete_doc(BASELINES_COLLECTION, key, part=baseline_part(old_chat_id))
            moved += 1
    return moved


def digest_observations(services: Services, unit: Unit) -> dict[str, list[dict]]:
    """The figures a digest of ``unit`` reads: its own, and a district's communes'."""
    ids = [unit.id]
    if unit.level == "district":
        ids += [child.id for child in services.registry.children(unit.id)]
    return {unit_id: services.observations(unit_id) for unit_id in ids}


def _utf16_length(text: str) -> int:
    """Telegram counts lengths in UTF-16 code units: an emoji such as 📊 counts twice."""
    return len(text.encode("utf-16-le")) // 2


@lru_cache(maxsize=_CHART_CACHE)
def _chart_png(title: str, series: tuple[ChartSeries, ...], today: date) -> bytes:
    return draw_chart(title, series, y_label=CHART_Y_LABEL, today=today)


def digest_chart(view: DigestView) -> bytes | None:
    """The chart of the digest's ratio and percent indicators, or None when it has none."""
    series = tuple(
        ChartSeries(trend.label, tuple(trend.points), tuple(trend.targets)) for trend in view.trends
    )
    if not series:
        return None
    try:
        return _chart_png(CHART_TITLE.format(unit=view.unit.full_name), series, view.today)
    except Exception:
        # The chart only illustrates the text: a drawing failure must not cost the digest.
        log.exception("No chart for the digest of %s", view.unit.id)
        return None


def _unit_messages(services: Services, chat_id: int, view: DigestView) -> list[OutboundMessage]:
    """Photo first when there is news; the text as a caption when it fits, else after it."""
    chunks = split_message(render(services.templates, "bantin", d=view))
    photo = digest_chart(view) if view.changed else None
    if photo is None:
        return [OutboundMessage(chat_id, chunk) for chunk in chunks]
    if len(chunks) == 1 and _utf16_length(chunks[0]) <= CAPTION_LIMIT:
        return [OutboundMessage(chat_id, chunks[0], photo=photo)]
    caption = render(services.templates, "bantin_caption", d=view)
    return [
        OutboundMessage(chat_id, caption, photo=photo),
        *(OutboundMessage(chat_id, chunk) for chunk in chunks),
    ]


def compose_digest(
    services: Services, chat_id: int, unit_ids: Sequence[str], today: date
) -> list[OutboundMessage]:
    """The digests of ``unit_ids`` for ``chat_id``, each against what this chat last saw.

    The last message of each unit's digest carries the write of its new baseline; a
    preview (``/bantin``) sends the messages and ignores it. Synchronous (store reads, a
    chart drawn on a cache miss): call it through ``asyncio.to_thread`` in async code.
    """
    messages: list[OutboundMessage] = []
    part = baseline_part(chat_id)
    for unit_id in unit_ids:
        unit = services.registry.get(unit_id)
        if unit is None:
            log.warning("No digest for unknown unit %s (chat %s)", unit_id, chat_id)
            continue
        key = baseline_key(chat_id, unit_id)
        baseline = services.store.get_doc(BASELINES_COLLECTION, key, part=part)
        view = build_digest(
            unit,
            digest_observations(services, unit),
            services.catalog,
            services.registry,
            today,
            baseline,
        )
        unit_messages = _unit_messages(services, chat_id, view)
        write = StateWrite(BASELINES_COLLECTION, key, view.snapshot, part=part)
        unit_messages[-1] = dataclasses.replace(unit_messages[-1], after_sent=(write,))
        messages.extend(unit_messages)
    return messages
