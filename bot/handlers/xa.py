"""/xa <tên>: where a commune stands: figures by group, unmet criteria, targets, sources."""

from __future__ import annotations

from bot.constants import DEEP_LINK_XA
from bot.domain.links import deep_link
from bot.domain.models import Unit
from bot.domain.summary import summarize_unit
from bot.handlers.common import unit_command
from bot.rendering import render
from bot.services import Services

__all__ = ["xa_answer", "xa_command"]


async def xa_answer(services: Services, unit: Unit, extra: str | None = None) -> str:
    """The commune summary: figures by group, unmet criteria, targets and sources."""
    summary = summarize_unit(
        unit,
        services.observations(unit.id),
        services.catalog,
        services.registry,
        services.today(),
    )
    share = deep_link(services.bot_username, DEEP_LINK_XA, unit.id)
    return render(services.templates, "xa", s=summary, share=share)


xa_command = unit_command("xa", ("commune",), xa_answer)
