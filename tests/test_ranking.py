"""A district's communes ranked by NTM criteria met: median and the nearest to the finish."""

from __future__ import annotations

from bot.domain.catalog import Catalog
from bot.domain.models import Unit
from bot.domain.ranking import rank_by_ntm
from bot.domain.summary import CommuneRow, FigureLine


def row(catalog: Catalog, name: str, value: float) -> CommuneRow:
    unit = Unit(id=name, name=name, type="Xã", level="commune", era="legacy")
    line = FigureLine(indicator=catalog.get("ntm_tieu_chi"), value=value, denominator=19)
    return CommuneRow(unit=unit, figures=1, as_of=None, ntm=line)


def test_ranking_median_and_closest(catalog: Catalog) -> None:
    rows = [row(catalog, n, v) for n, v in [("A", 12), ("B", 19), ("C", 18), ("D", 15), ("E", 17)]]
    ranking = rank_by_ntm(rows)
    assert [r.unit.name for r in ranking.ranked] == ["B", "C", "E", "D", "A"]
    assert ranking.median == 17 and ranking.denominator == 19
    assert [r.unit.name for r in ranking.finished] == ["B"]
    assert [r.unit.name for r in ranking.closest] == ["C", "E", "D"]
    assert rank_by_ntm([]).ranked == []
