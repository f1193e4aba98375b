"""/nguon <xã>: the articles and edits behind a unit's figures, with exact quotes."""

from __future__ import annotations

from bot.domain.models import Observation, Unit
from bot.handlers.common import unit_command
from bot.rendering import render
from bot.services import Services

__all__ = ["nguon_answer", "nguon_command"]

COMMAND = "nguon"
_LEVELS = ("commune", "district")


async def nguon_answer(services: Services, unit: Unit, extra: str | None = None) -> str:
    articles: dict[str, dict] = {}
    edits: list[dict] = []
    for doc in services.observations(unit.id):
        obs = Observation.from_dict(doc)
        indicator = services.catalog.get(obs.indicator)
        entry = {"obs": obs, "indicator": indicator, "retracted": bool(doc.get("retracted"))}
        if obs.source.kind == "article":
            article = articles.setdefault(obs.source.file, {"source": obs.source, "quotes": {}})
            article["quotes"].setdefault(obs.source.quote, []).append(entry)
        else:
            edits.append(entry)
    ordered = sorted(articles.values(), key=lambda a: a["source"].date or "")
    return render(services.templates, "nguon", unit=unit, articles=ordered, edits=edits)


nguon_command = unit_command(COMMAND, _LEVELS, nguon_answer)
