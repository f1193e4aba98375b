"""What an official sees of a unit: latest figures by group, targets, gaps and sources.

Builds plain view objects for the templates; no formatting and no Telegram here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from bot.domain.catalog import UNCATALOGUED
from bot.domain.models import AdminSource, ArticleSource, Observation, Unit

if TYPE_CHECKING:
    from bot.domain.catalog import Catalog, Indicator
    from bot.domain.registry import UnitRegistry

#: Uncatalogued figures listed under "Số liệu khác" in /xa; the rest are behind /nguon.
OTHERS_SHOWN = 6

__all__ = [
    "OTHERS_SHOWN",
    "CommuneRow",
    "DistrictSummary",
    "FigureLine",
    "GroupView",
    "OtherLine",
    "SourceIndex",
    "SourceRef",
    "TargetLine",
    "UnitSummary",
    "active",
    "summarize_district",
    "summarize_unit",
    "target_line",
]


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A numbered source: an article (title, date, quotes) or an admin's edit."""

    number: int
    kind: str
    title: str | None = None
    date: str | None = None
    file: str | None = None
    user_id: int | None = None
    time: str | None = None
    note: str | None = None
    name: str | None = None


@dataclass(slots=True)
class TargetLine:
    value: float
    denominator: float | None
    deadline: str | None
    overdue: bool
    met: bool
    gap: float | None
    source: int


@dataclass(slots=True)
class FigureLine:
    indicator: Indicator
    value: float | None = None
    denominator: float | None = None
    as_of: str | None = None
    approximate: bool = False
    source: int | None = None
    previous_value: float | None = None
    previous_denominator: float | None = None
    previous_as_of: str | None = None
    criteria_unmet: list[str] = field(default_factory=list)
    target: TargetLine | None = None


@dataclass(frozen=True, slots=True)
class OtherLine:
    """A figure the catalog has no indicator for, shown under the phrase it counts."""

    label: str
    kind: str | None
    value: float
    denominator: float | None
    measure: str | None
    is_target: bool
    deadline: str | None
    as_of: str | None
    source: int


@dataclass(slots=True)
class GroupView:
    name: str
    lines: list[FigureLine]


@dataclass(slots=True)
class UnitSummary:
    unit: Unit
    groups: list[GroupView]
    sources: list[SourceRef]
    as_of: str | None
    successors: list[Unit] = field(default_factory=list)
    merged_with_figures: list[Unit] = field(default_factory=list)
    overdue_count: int = 0
    others: list[OtherLine] = field(default_factory=list)
    others_hidden: int = 0

    @property
    def has_figures(self) -> bool:
        return bool(self.groups or self.others)


@dataclass(slots=True)
class CommuneRow:
    unit: Unit
    figures: int
    as_of: str | None
    ntm: FigureLine | None


@dataclass(slots=True)
class DistrictSummary:
    own: UnitSummary
    communes: list[CommuneRow]


def active(observations: list[dict]) -> list[Observation]:
    """Observations still in force (not undone), oldest first."""
    live = [Observation.from_dict(o) for o in observations if not o.get("retracted")]
    return sorted(live, key=lambda o: (o.as_of or "", o.recorded_at or ""))


def _fraction(value: float, denominator: float | None) -> float:
    return value / denominator if denominator else value


class SourceIndex:
    """Footnote numbers for sources, in the order a reply first cites them."""

    def __init__(self) -> None:
        self._numbers: dict[tuple, int] = {}
        self.refs: list[SourceRef] = []

    def number(self, obs: Observation) -> int:
        """The source's footnote number, giving it the next one the first time it is seen."""
        return self.number_source(obs.source)

    def number_source(self, src: ArticleSource | AdminSource) -> int:
        key: tuple = (
            ("article", src.file) if src.kind == "article" else ("admin", src.user_id, src.time)
        )
        if key not in self._numbers:
            number = len(self.refs) + 1
            self._numbers[key] = number
            if src.kind == "article":
                ref = SourceRef(number, "article", title=src.title, date=src.date, file=src.file)
            else:
                admin = {"user_id": src.user_id, "time": src.time, "name": src.name}
                ref = SourceRef(number, "admin", note=src.note, **admin)
            self.refs.append(ref)
        return self._numbers[key]


def target_line(
    target: Observation, latest: Observation | None, today: date, sources: SourceIndex
) -> TargetLine:
    """How far ``latest`` is from ``target``: met, overdue, and the gap when comparable."""
    met = latest is not None and _fraction(latest.value, latest.denominator) >= _fraction(
        target.value, target.denominator
    )
    overdue = bool(target.deadline and target.deadline < today.isoformat() and not met)
    gap = None
    if latest is not None and not met and (latest.denominator or 0) == (target.denominator or 0):
        gap = target.value - latest.value
    return TargetLine(
        value=target.value,
        denominator=target.denominator,
        deadline=target.deadline,
        overdue=overdue,
        met=met,
        gap=gap,
        source=sources.number(target),
    )


def _figure_line(
    indicator: Indicator,
    history: list[Observation],
    target: Observation | None,
    catalog: Catalog,
    today: date,
    sources: SourceIndex,
) -> FigureLine:
    """One indicator's latest figure, the one before it, and its target."""
    line = FigureLine(indicator=indicator)
    latest = history[-1] if history else None
    if latest is not None:
        line.value, line.denominator = latest.value, latest.denominator
        line.as_of, line.approximate = latest.as_of, latest.approximate
        line.source = sources.number(latest)
        line.criteria_unmet = [_criterion_name(catalog, k) for k in latest.criteria_unmet]
        if len(history) > 1:
            before = history[-2]
            line.previous_value = before.value
            line.previous_denominator = before.denominator
            line.previous_as_of = before.as_of
    if target is not None:
        line.target = target_line(target, latest, today, sources)
    return line


def summarize_unit(
    unit: Unit,
    observations: list[dict],
    catalog: Catalog,
    registry: UnitRegistry,
    today: date,
) -> UnitSummary:
    """Latest achievement and latest target per indicator, grouped as the catalog groups them."""
    sources = SourceIndex()
    achieved: dict[str, list[Observation]] = defaultdict(list)
    targets: dict[str, Observation] = {}
    others: list[Observation] = []
    for obs in active(observations):
        if obs.indicator == UNCATALOGUED:
            others.append(obs)
        elif obs.is_target:
            targets[obs.indicator] = obs
        else:
            achieved[obs.indicator].append(obs)
    groups: list[GroupView] = []
    for name, indicators in catalog.groups():
        lines = [
            _figure_line(
                indicator,
                achieved.get(indicator.key, []),
                targets.get(indicator.key),
                catalog,
                today,
                sources,
            )
            for indicator in indicators
            if indicator.key in achieved or indicator.key in targets
        ]
        if lines:
            groups.append(GroupView(name, lines))
    shown = _latest_others(others)[:OTHERS_SHOWN]
    other_lines = [
        OtherLine(
            label=obs.label or "",
            kind=obs.kind,
            value=obs.value,
            denominator=obs.denominator,
            measure=obs.measure,
            is_target=obs.is_target,
            deadline=obs.deadline,
            as_of=obs.as_of,
            source=sources.number(obs),
        )
        for obs in shown
    ]
    overdue = sum(1 for g in groups for line in g.lines if line.target and line.target.overdue)
    dates = [line.as_of for g in groups for line in g.lines if line.as_of]
    dates += [line.as_of for line in other_lines if line.as_of]
    merged = [u for u in registry.predecessors(unit.id) if registry.has_figures(u.id)]
    return UnitSummary(
        unit=unit,
        groups=groups,
        sources=sources.refs,
        as_of=max(dates) if dates else None,
        successors=registry.successors(unit),
        merged_with_figures=merged,
        overdue_count=overdue,
        others=other_lines,
        others_hidden=len(_latest_others(others)) - len(other_lines),
    )


def _latest_others(others: list[Observation]) -> list[Observation]:
    """Each uncatalogued figure once (the latest reading of a label and kind), newest first."""
    latest: dict[tuple, Observation] = {}
    for obs in others:
        latest[(obs.label, obs.kind, obs.is_target)] = obs
    return sorted(latest.values(), key=lambda o: o.as_of or "", reverse=True)


def _criterion_name(catalog: Catalog, key: str) -> str:
    criterion = catalog.criterion(key)
    return criterion.name if criterion else key


def summarize_district(
    district: Unit,
    observations_for: dict[str, list[dict]],
    catalog: Catalog,
    registry: UnitRegistry,
    today: date,
) -> DistrictSummary:
    """The district's own figures and a row per commune that has figures."""
    own = summarize_unit(district, observations_for.get(district.id, []), catalog, registry, today)
    rows = []
    for commune in registry.children(district.id):
        observations = observations_for.get(commune.id)
        if not observations:
            continue
        summary = summarize_unit(commune, observations, catalog, registry, today)
        ntm = next(
            (
                line
                for g in summary.groups
                for line in g.lines
                if line.indicator.kind == "ratio"
                and line.indicator.key.startswith("ntm")
                and line.value is not None
            ),
            None,
        )
        rows.append(
            CommuneRow(
                unit=commune,
                figures=sum(len(g.lines) for g in summary.groups),
                as_of=summary.as_of,
                ntm=ntm,
            )
        )
    rows.sort(key=lambda r: r.unit.name)
    return DistrictSummary(own=own, communes=rows)
