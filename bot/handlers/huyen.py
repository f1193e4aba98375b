"""/huyen <tên>: a district's own figures and a table of its communes with figures."""

from __future__ import annotations

from bot.constants import DEEP_LINK_XA
from bot.domain.links import deep_link
from bot.domain.models import Unit
from bot.domain.ranking import rank_by_ntm
from bot.domain.summary import summarize_district
from bot.handlers.common import unit_command
from bot.rendering import render
from bot.services import Services

__all__ = ["huyen_answer", "huyen_command"]


async def huyen_answer(services: Services, unit: Unit, extra: str | None = None) -> str:
    """The district summary, with a row for each of its communes that has figures."""
    ids = [unit.id, *(c.id for c in services.registry.children(unit.id))]
    observations = {
        unit_id: services.observations(unit_id)
        for unit_id in ids
        if services.registry.has_figures(unit_id)
    }
    summary = summarize_district(
        unit, observations, services.catalog, services.registry, services.today()
    )
    share = deep_link(services.bot_username, DEEP_LINK_XA, unit.id)
    ranking = rank_by_ntm(summary.communes)
    return render(
        services.templates, "huyen", d=summary, s=summary.own, ranking=ranking, share=share
    )


huyen_command = unit_command("huyen", ("district",), huyen_answer)
