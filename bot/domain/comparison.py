"""Several units side by side, indicator by indicator, each figure with its date."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.domain.summary import FigureLine, UnitSummary

if TYPE_CHECKING:
    from bot.domain.catalog import Catalog, Indicator

__all__ = ["Comparison", "ComparisonRow", "compare"]


@dataclass(slots=True)
class ComparisonRow:
    indicator: Indicator
    #: One per unit, in the order asked; None where the unit has no such figure.
    cells: list[FigureLine | None]


@dataclass(slots=True)
class Comparison:
    summaries: list[UnitSummary]
    rows: list[ComparisonRow]

    @property
    def shared_rows(self) -> list[ComparisonRow]:
        """Indicators at least two of the units have: where a comparison says something."""
        return [r for r in self.rows if sum(c is not None for c in r.cells) >= 2]

    @property
    def single_entries(self) -> list[tuple[Indicator, UnitSummary, FigureLine]]:
        """Figures only one of the units has, as (indicator, whose, figure)."""
        return [
            (row.indicator, summary, cell)
            for row in self.rows
            if sum(c is not None for c in row.cells) == 1
            for summary, cell in zip(self.summaries, row.cells, strict=True)
            if cell is not None
        ]


def compare(summaries: list[UnitSummary], catalog: Catalog) -> Comparison:
    """Rows in catalog order for every indicator any unit has a figure for."""
    lines: list[dict[str, FigureLine]] = [
        {line.indicator.key: line for g in s.groups for line in g.lines if line.value is not None}
        for s in summaries
    ]
    rows = [
        ComparisonRow(indicator, [by_key.get(indicator.key) for by_key in lines])
        for indicator in catalog.indicators
        if any(indicator.key in by_key for by_key in lines)
    ]
    return Comparison(summaries, rows)
