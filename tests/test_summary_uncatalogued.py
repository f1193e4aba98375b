"""Uncatalogued figures never pass for catalogued ones in a unit's summary."""

from __future__ import annotations

from datetime import date

from bot.domain.catalog import UNCATALOGUED, Catalog
from bot.domain.gazetteer import Gazetteer
from bot.domain.models import ArticleSource, Observation, Unit
from bot.domain.registry import UnitRegistry
from bot.domain.summary import OTHERS_SHOWN, summarize_unit


def _obs(unit: Unit, indicator: str, value: float, **extra: object) -> dict:
    source = ArticleSource(file="a.txt", title="Bài", date="2024-06-01", quote="…")
    return Observation(
        unit_id=unit.id,
        indicator=indicator,
        value=value,
        as_of="2024-06-01",
        source=source,
        **extra,
    ).to_dict()


def test_uncatalogued_figures_are_listed_apart_and_capped(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    registry = UnitRegistry(gazetteer)
    unit = next(u for u in gazetteer if u.level == "commune")
    observations = [_obs(unit, "dang_vien", 245)]
    observations += [
        _obs(unit, UNCATALOGUED, n, label=f"tập thể loại {n}", kind="count_of_actions")
        for n in range(OTHERS_SHOWN + 3)
    ]
    summary = summarize_unit(unit, observations, catalog, registry, date(2024, 6, 2))
    keys = [line.indicator.key for group in summary.groups for line in group.lines]
    assert keys == ["dang_vien"]
    assert len(summary.others) == OTHERS_SHOWN
    assert summary.others_hidden == 3
    assert all(o.label.startswith("tập thể") for o in summary.others)


def test_ids_of_catalogued_figures_are_unchanged_by_the_new_fields(gazetteer: Gazetteer) -> None:
    """Re-seeding an existing store finds the same observations: no duplicates."""
    unit = next(u for u in gazetteer if u.level == "commune")
    plain = Observation.from_dict(_obs(unit, "dang_vien", 245))
    with_kind = Observation.from_dict(_obs(unit, "dang_vien", 245, kind="total"))
    assert plain.id == with_kind.id
    first = Observation.from_dict(_obs(unit, UNCATALOGUED, 5, label="tập thể"))
    second = Observation.from_dict(_obs(unit, UNCATALOGUED, 5, label="cá nhân"))
    assert first.id != second.id
