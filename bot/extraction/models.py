"""What the extractor hands back: units as the article names them, figures with quotes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = ["FIGURE_KINDS", "ExtractedArticle", "ExtractedFigure", "UnitRef"]

#: What a number is, beside what it counts: a standing total, a part of a total named
#: nearby, a per-unit or percentage rate, a share of a plan, a change, a count of actions
#: (admissions, awards, transfers).
FIGURE_KINDS = ("total", "part", "rate", "share_of_plan", "change", "count_of_actions")


@dataclass(frozen=True, slots=True)
class UnitRef:
    """A unit as the article gives it (plus the parents we could infer), not yet resolved."""

    level: Literal["commune", "district", "province"]
    name: str
    type: str | None = None
    district: str | None = None
    province: str | None = None


@dataclass(frozen=True, slots=True)
class ExtractedFigure:
    """One figure an article states about one unit, with the sentence that states it.

    ``indicator`` is a catalog key, or ``UNCATALOGUED`` with ``label`` (the phrase the
    number counts, from the sentence) and ``measure`` (its unit as written).
    """

    unit: UnitRef
    indicator: str
    value: float
    denominator: float | None
    as_of: str | None
    is_target: bool
    deadline: str | None
    approximate: bool
    quote: str
    criteria_unmet: tuple[str, ...] = ()
    kind: str = "total"
    label: str | None = None
    measure: str | None = None


@dataclass(slots=True)
class ExtractedArticle:
    """An article read: its title and date, the unit it is about, its figures and problems."""

    file: str
    title: str
    date: str | None
    subject: UnitRef | None
    figures: list[ExtractedFigure] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
