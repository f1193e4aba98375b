"""Building the store from the articles in ``seeds/``: every figure with its source.

Seeding is idempotent: an observation's id is a hash of what it says and where it came
from, so a second run finds everything already stored and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bot.constants import ARTICLES_COLLECTION, UNITS_COLLECTION
from bot.domain.models import ArticleSource, Observation, Unit
from bot.domain.registry import UnitRegistry, UnitRequest
from bot.extraction import ExtractedArticle, ExtractedFigure, extract_file

if TYPE_CHECKING:
    from bot.domain.catalog import Catalog
    from bot.store import Store

__all__ = ["SeedReport", "observations_from_article", "seed_store"]

_REFORM_DATE = "2025-07-01"


@dataclass(slots=True)
class SeedReport:
    """What a seeding run read and wrote, for the operator."""

    articles: int = 0
    figures: int = 0
    added: int = 0
    withdrawn: int = 0
    units: set[str] = field(default_factory=set)
    problems: list[tuple[str, str]] = field(default_factory=list)


def _request(figure: ExtractedFigure) -> UnitRequest:
    ref = figure.unit
    return UnitRequest(
        level=ref.level,
        name=ref.name,
        type=ref.type,
        district=ref.district,
        province=ref.province,
    )


def observations_from_article(
    article: ExtractedArticle,
    registry: UnitRegistry,
    remember_unit: Callable[[Unit], None],
) -> list[Observation]:
    """Turn an extracted article into observations, resolving each figure's unit."""
    prefer_2025 = bool(article.date and article.date >= _REFORM_DATE)
    observations = []
    for figure in article.figures:
        unit = registry.resolve(_request(figure), prefer_2025=prefer_2025)
        if unit.era == "article" and registry.get(unit.id) is None:
            remember_unit(unit)
        observations.append(
            Observation(
                unit_id=unit.id,
                indicator=figure.indicator,
                value=figure.value,
                denominator=figure.denominator,
                as_of=figure.as_of or article.date,
                is_target=figure.is_target,
                deadline=figure.deadline,
                approximate=figure.approximate,
                criteria_unmet=tuple(figure.criteria_unmet),
                kind=figure.kind,
                label=figure.label,
                measure=figure.measure,
                source=ArticleSource(
                    file=article.file,
                    title=article.title,
                    date=article.date,
                    quote=figure.quote,
                ),
            )
        )
    return observations


def seed_store(
    store: Store,
    registry: UnitRegistry,
    catalog: Catalog,
    seeds_dir: Path,
    recorded_at: str | None = None,
) -> SeedReport:
    """Read every ``.txt`` article in ``seeds_dir`` and store the figures found."""
    report = SeedReport()
    provinces = registry.gazetteer.province_names()

    def remember_unit(unit: Unit) -> None:
        if store.get_doc(UNITS_COLLECTION, unit.id) != unit.to_dict():
            store.put_doc(UNITS_COLLECTION, unit.id, unit.to_dict())
        registry.add_article_unit(unit)

    for path in sorted(seeds_dir.glob("*.txt")):
        report.articles += 1
        try:
            article = extract_file(path, catalog=catalog, province_names=provinces)
        except (OSError, UnicodeDecodeError) as exc:
            report.problems.append((path.name, f"không đọc được tệp: {exc}"))
            continue
        report.problems.extend((path.name, p) for p in article.problems)
        observations = observations_from_article(article, registry, remember_unit)
        report.figures += len(observations)
        docs = [{**o.to_dict(), "recorded_at": recorded_at or article.date} for o in observations]
        report.added += len(store.add_observations(docs)) if docs else 0
        report.withdrawn += _withdraw_stale(store, article, observations)
        for obs in observations:
            registry.mark_has_figures(obs.unit_id)
            report.units.add(obs.unit_id)
    return report


def _withdraw_stale(
    store: Store, article: ExtractedArticle, observations: list[Observation]
) -> int:
    """Retract figures an earlier reading of this article gave and this one no longer does.

    Re-seeding after the extractor improved must not leave yesterday's misreadings on
    display; they are flagged, never deleted, and come back if a later reading finds them.
    """
    previous = store.get_doc(ARTICLES_COLLECTION, article.file) or {}
    current = {(o.unit_id, o.id) for o in observations}
    stale = {tuple(pair) for pair in previous.get("observations", [])} - current
    withdrawn_before = {tuple(pair) for pair in previous.get("withdrawn", [])}
    for unit_id, observation_id in stale:
        store.set_observation_flag(unit_id, observation_id, retracted=True)
    for unit_id, observation_id in withdrawn_before & current:
        store.set_observation_flag(unit_id, observation_id, retracted=False)
    doc = {
        "file": article.file,
        "title": article.title,
        "date": article.date,
        "observations": sorted([list(p) for p in current]),
        "withdrawn": sorted([list(p) for p in (withdrawn_before - current) | stale]),
    }
    if doc != previous:
        store.put_doc(ARTICLES_COLLECTION, article.file, doc)
    return len(stale)
