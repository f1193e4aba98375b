"""/lichsu <xã> [chỉ số]: every figure a commune has had, with dates and sources."""

from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.ext import ContextTypes

from bot.chart_process import draw_chart
from bot.charts import ChartSeries
from bot.domain.history import history_trends
from bot.domain.models import Observation, Unit
from bot.handlers.common import unit_command
from bot.rendering import render
from bot.services import Services

__all__ = ["lichsu_answer", "lichsu_command"]

log = logging.getLogger(__name__)
COMMAND = "lichsu"
_LEVELS = ("commune", "district")


def _split_indicator(services: Services, query: str) -> tuple[str, str | None]:
    """``my thanh ntm`` → (``my thanh``, ``ntm``) when the last word is an indicator alias."""
    words = query.split()
    if len(words) > 1 and services.catalog.by_alias(words[-1]) is not None:
        return " ".join(words[:-1]), words[-1]
    return query, None


async def lichsu_answer(services: Services, unit: Unit, extra: str | None = None) -> str:
    indicator = services.catalog.by_alias(extra) if extra else None
    history = [
        (Observation.from_dict(o), bool(o.get("retracted")))
        for o in services.observations(unit.id)
        if indicator is None or o["indicator"] == indicator.key
    ]
    history.sort(
        key=lambda pair: (pair[0].indicator, pair[0].as_of or "", pair[0].recorded_at or "")
    )
    rows = [
        {"obs": obs, "retracted": retracted, "indicator": services.catalog.get(obs.indicator)}
        for obs, retracted in history
    ]
    return render(services.templates, "lichsu", unit=unit, rows=rows, indicator=indicator)


def _chart(services: Services, unit: Unit, alias: str | None) -> tuple[bytes, str] | None:
    """The history chart and its caption, or None when there is nothing dated to draw."""
    indicator = services.catalog.by_alias(alias) if alias else None
    trends, suffix = history_trends(services.observations(unit.id), services.catalog, indicator)
    if not trends:
        return None
    series = [ChartSeries(t.label, t.points, t.targets, suffix=suffix) for t in trends]
    title = f"{unit.full_name}: {indicator.label if indicator else 'các tỷ lệ'} theo thời gian"
    y_label = "Tỷ lệ (%)" if suffix == "%" else (indicator.unit if indicator else "")
    png = draw_chart(title, series, y_label=y_label, today=services.today())
    caption = render(services.templates, "lichsu_chart", unit=unit, indicator=indicator)
    return png, caption


async def lichsu_chart(
    update: Update, context: ContextTypes.DEFAULT_TYPE, unit: Unit, extra: str | None
) -> None:
    """After the text: the same history as a chart, drawn off the event loop."""
    services: Services = context.application.bot_data["services"]
    try:
        chart = await asyncio.to_thread(_chart, services, unit, extra)
    except Exception:
        # The text has been sent already; a chart that cannot be drawn only goes missing.
        log.warning("No history chart for %s", unit.id, exc_info=True)
        return
    chat = update.effective_chat
    if chart is None or chat is None:
        return
    png, caption = chart
    await chat.send_photo(photo=png, caption=caption)


lichsu_command = unit_command(
    COMMAND, _LEVELS, lichsu_answer, split=_split_indicator, follow_up=lichsu_chart
)
