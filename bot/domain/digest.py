"""What a weekly digest says: what moved since this chat's last digest, and what is left.

A chat's *baseline* is the snapshot of the figures it was sent last time. Comparing the
store with it, not with last week's calendar, is what makes a digest right for each chat:
a chat that missed a week still learns everything since it last heard, and a chat that
just subscribed is told where the unit stands instead of being shown every figure as news.

Plain values for the template; no formatting and no Telegram here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from bot.domain.models import AdminSource, ArticleSource, Observation, Unit
from bot.domain.summary import SourceIndex, SourceRef, TargetLine, target_line

if TYPE_CHECKING:
    from bot.domain.catalog import Catalog, Indicator
    from bot.domain.registry import UnitRegistry

__all__ = [
    "SNAPSHOT_VERSION",
    "Change",
    "DigestView",
    "Figure",
    "Goal",
    "Trend",
    "UnitDigest",
    "build_digest",
    "share_percent",
]

SNAPSHOT_VERSION = 1
#: Lines on one chart: more than this and nobody can tell them apart.
MAX_TRENDS = 6

# A snapshot entry per indicator: [value, denominator, as_of, unmet criteria keys or None]
# and per target: [value, denominator, deadline]. Lists keep a baseline small.
_FigureKey = tuple[float, float | None, str | None, tuple[str, ...] | None]
_TargetKey = tuple[float, float | None, str | None]


@dataclass(slots=True)
class Figure:
    """One indicator's latest achievement."""

    indicator: Indicator
    value: float
    denominator: float | None
    as_of: str | None
    approximate: bool = False
    source: int | None = None
    criteria_unmet: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Change:
    """A figure that moved since the chat's last digest.

    ``old`` is None for a figure the chat has never seen; ``new`` is None for one that
    was undone since. Criteria met and lost are named only when both figures list them.
    """

    indicator: Indicator
    old: Figure | None
    new: Figure | None
    criteria_met: list[str] = field(default_factory=list)
    criteria_lost: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Goal:
    """Progress towards one target: where the figure is, what is left, how long remains."""

    indicator: Indicator
    target: TargetLine
    current: Figure | None
    share: float | None
    days_left: int | None
    new: bool = False


@dataclass(slots=True)
class Trend:
    """One line of the chart: an indicator as a percentage over time, and its targets."""

    label: str
    points: list[tuple[date, float]]
    targets: list[tuple[date | None, float]]


@dataclass(slots=True)
class UnitDigest:
    """One unit's part of a digest: the subscribed unit, or one commune of a district."""

    unit: Unit
    figures: list[Figure]
    figure_count: int
    changes: list[Change]
    goals: list[Goal]
    overdue_count: int
    as_of: str | None
    ntm: Figure | None = None

    @property
    def changed(self) -> bool:
        return bool(self.changes) or any(g.new for g in self.goals)

    @property
    def criteria_met(self) -> list[str]:
        return [name for c in self.changes for name in c.criteria_met]

    @property
    def criteria_lost(self) -> list[str]:
        return [name for c in self.changes for name in c.criteria_lost]


@dataclass(slots=True)
class DigestView:
    """A digest for one chat and one unit, and the snapshot to save once it is sent."""

    unit: Unit
    today: date
    first: bool
    since: str | None
    own: UnitDigest
    communes: list[UnitDigest]
    quiet_communes: int
    quiet_overdue: int
    sources: list[SourceRef]
    snapshot: dict[str, Any]
    _figures: tuple[_State, list[tuple[Unit, _State]], Catalog] = field(repr=False)

    @property
    def trends(self) -> list[Trend]:
        """The chart's lines, worked out only when a chart is wanted."""
        return _trends(*self._figures)

    @property
    def sections(self) -> list[UnitDigest]:
        return [self.own, *self.communes]

    @property
    def has_figures(self) -> bool:
        return bool(self.own.figure_count or self.own.goals or self.communes)

    @property
    def changed(self) -> bool:
        """Something to tell: a change since the last digest, or on the first, any figure."""
        if self.first:
            return self.has_figures
        return any(s.changed for s in self.sections)

    @property
    def overdue_count(self) -> int:
        """Overdue targets of the unit and, for a district, of all its communes."""
        return self.quiet_overdue + sum(s.overdue_count for s in self.sections)

    @property
    def change_count(self) -> int:
        """Figures moved and targets set since the last digest."""
        return sum(len(s.changes) + sum(g.new for g in s.goals) for s in self.sections)


# Reading the store's figures


@dataclass(slots=True)
class _State:
    """A unit's figures in force: latest achievement and latest target per indicator."""

    history: dict[str, list[dict]]
    targets: dict[str, dict]

    @property
    def empty(self) -> bool:
        return not self.history and not self.targets


def _state(observations: list[dict], catalog: Catalog) -> _State:
    live = [o for o in observations if not o.get("retracted") and catalog.get(o["indicator"])]
    live.sort(key=lambda o: (o.get("as_of") or "", o.get("recorded_at") or ""))
    history: dict[str, list[dict]] = {}
    targets: dict[str, dict] = {}
    for obs in live:
        if obs.get("is_target"):
            targets[obs["indicator"]] = obs
        else:
            history.setdefault(obs["indicator"], []).append(obs)
    return _State(history, targets)


def _known_unmet(obs: dict, indicator: Indicator) -> tuple[str, ...] | None:
    """The criteria still missing, or None when the figure does not say which.

    An article often gives "16/19" without naming the three: that is not "all met".
    A full score of the criteria indicator does say it: nothing is missing.
    """
    unmet = obs.get("criteria_unmet")
    if unmet:
        return tuple(unmet)
    denominator = obs.get("denominator") or indicator.denominator
    if indicator.criteria and denominator and obs["value"] >= denominator:
        return ()
    return None


def _figure_key(obs: dict, indicator: Indicator) -> _FigureKey:
    return (obs["value"], obs.get("denominator"), obs.get("as_of"), _known_unmet(obs, indicator))


def _target_key(obs: dict) -> _TargetKey:
    return (obs["value"], obs.get("denominator"), obs.get("deadline"))


def _unit_snapshot(state: _State, catalog: Catalog) -> dict[str, Any]:
    figures = {}
    for key, history in state.history.items():
        value, denominator, as_of, unmet = _figure_key(history[-1], catalog.get(key))
        figures[key] = [value, denominator, as_of, None if unmet is None else list(unmet)]
    targets = {key: list(_target_key(obs)) for key, obs in state.targets.items()}
    return {"f": figures, "t": targets}


def _baseline_units(baseline: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The per-unit part of a saved snapshot; None when there is none we can read."""
    if not isinstance(baseline, Mapping) or baseline.get("v") != SNAPSHOT_VERSION:
        return None
    units = baseline.get("units")
    return units if isinstance(units, dict) else None


def _seen_figure(seen: Mapping[str, Any], key: str) -> _FigureKey | None:
    entry = seen.get("f", {}).get(key)
    if not isinstance(entry, list) or len(entry) != 4:
        return None
    unmet = entry[3]
    return (entry[0], entry[1], entry[2], None if unmet is None else tuple(unmet))


def _seen_target(seen: Mapping[str, Any], key: str) -> _TargetKey | None:
    entry = seen.get("t", {}).get(key)
    if not isinstance(entry, list) or len(entry) != 3:
        return None
    return (entry[0], entry[1], entry[2])


# Building the views


def _criterion_names(catalog: Catalog, keys: list[str] | tuple[str, ...]) -> list[str]:
    names = []
    for key in keys:
        criterion = catalog.criterion(key)
        names.append(criterion.name if criterion else key)
    return names


class _Builder:
    """Builds the sections of one digest, numbering the sources it cites."""

    def __init__(self, catalog: Catalog, today: date) -> None:
        self.catalog = catalog
        self.today = today
        self.sources = SourceIndex()
        self.order = {ind.key: n for n, ind in enumerate(catalog.indicators)}

    def figure(self, obs: dict, cite: bool) -> Figure:
        indicator = self.catalog.get(obs["indicator"])
        return Figure(
            indicator=indicator,
            value=obs["value"],
            denominator=obs.get("denominator"),
            as_of=obs.get("as_of"),
            approximate=bool(obs.get("approximate")),
            source=self.cite(obs) if cite else None,
            criteria_unmet=_criterion_names(self.catalog, obs.get("criteria_unmet") or ()),
        )

    def cite(self, obs: dict) -> int:
        src = obs["source"]
        source = AdminSource(**src) if src.get("kind") == "admin" else ArticleSource(**src)
        return self.sources.number_source(source)

    def seen_figure(self, key: str, seen: _FigureKey) -> Figure:
        value, denominator, as_of, unmet = seen
        return Figure(
            indicator=self.catalog.get(key),
            value=value,
            denominator=denominator,
            as_of=as_of,
            criteria_unmet=_criterion_names(self.catalog, unmet or ()),
        )

    def changes(self, state: _State, seen: Mapping[str, Any]) -> list[Change]:
        """Every figure that differs from what the chat was last sent, in catalog order."""
        changes = []
        keys = set(state.history) | set(seen.get("f", {}))
        for key in sorted(keys, key=lambda k: self.order.get(k, 0)):
            indicator = self.catalog.get(key)
            if indicator is None:
                continue
            before = _seen_figure(seen, key)
            history = state.history.get(key)
            now = _figure_key(history[-1], indicator) if history else None
            if now == before:
                continue
            change = Change(
                indicator=indicator,
                old=self.seen_figure(key, before) if before else None,
                new=self.figure(history[-1], cite=True) if history else None,
            )
            if before and now and before[3] is not None and now[3] is not None:
                was, still = set(before[3]), set(now[3])
                change.criteria_met = self.criterion_names(was - still)
                change.criteria_lost = self.criterion_names(still - was)
            changes.append(change)
        return changes

    def criterion_names(self, keys: set[str]) -> list[str]:
        """Names of the criteria ``keys``, in the national list's order."""
        return _criterion_names(self.catalog, sorted(keys, key=self.criterion_order))

    def criterion_order(self, key: str) -> tuple[int, str]:
        criterion = self.catalog.criterion(key)
        return (criterion.number if criterion else 99, key)

    def goals(
        self,
        state: _State,
        weighed: dict[str, TargetLine],
        seen: Mapping[str, Any] | None,
        only_notable: bool,
    ) -> list[Goal]:
        """Progress to each target; ``seen`` None means no target counts as new.

        ``only_notable`` keeps the new and the overdue ones: a district digest names its
        communes' targets only when they need attention.
        """
        goals = []
        for key in sorted(state.targets, key=lambda k: self.order.get(k, 0)):
            target_obs, target = state.targets[key], weighed[key]
            new = seen is not None and _seen_target(seen, key) != _target_key(target_obs)
            if only_notable and not (new or target.overdue):
                continue
            target.source = self.cite(target_obs)
            history = state.history.get(key)
            current = self.figure(history[-1], cite=True) if history else None
            goals.append(
                Goal(
                    indicator=self.catalog.get(key),
                    target=target,
                    current=current,
                    share=_share(current, target),
                    days_left=self._days_left(target.deadline),
                    new=new,
                )
            )
        return goals

    def weigh(self, state: _State) -> dict[str, TargetLine]:
        """Where each target stands, its source not yet cited (the digest may not show it)."""
        weighed = {}
        for key, target in state.targets.items():
            history = state.history.get(key)
            weighed[key] = target_line(
                Observation.from_dict(target),
                Observation.from_dict(history[-1]) if history else None,
                self.today,
                SourceIndex(),
            )
        return weighed

    def _days_left(self, deadline: str | None) -> int | None:
        day = _day(deadline)
        return None if day is None else (day - self.today).days

    def moved(self, state: _State, seen: Mapping[str, Any]) -> bool:
        """Whether anything differs from what the chat was sent, before citing a source."""
        for key in set(state.history) | set(seen.get("f", {})):
            indicator = self.catalog.get(key)
            if indicator is None:
                continue
            history = state.history.get(key)
            now = _figure_key(history[-1], indicator) if history else None
            if now != _seen_figure(seen, key):
                return True
        return any(_seen_target(seen, k) != _target_key(t) for k, t in state.targets.items())

    def section(
        self,
        unit: Unit,
        state: _State,
        seen: Mapping[str, Any] | None,
        snapshot: dict[str, Any],
        *,
        commune: bool,
    ) -> UnitDigest:
        """One unit's part; ``seen`` None on a chat's first digest.

        The first time, the subscribed unit shows every figure it has (where it stands)
        and each commune of a district one line (``figure_count``, ``ntm``); later, only
        what moved, with the targets. Sources are cited only for what is shown.
        """
        weighed = self.weigh(state)
        figures: list[Figure] = []
        changes: list[Change] = []
        goals: list[Goal] = []
        if seen is None:
            if not commune:
                keys = sorted(state.history, key=lambda k: self.order.get(k, 0))
                figures = [self.figure(state.history[k][-1], cite=True) for k in keys]
                goals = self.goals(state, weighed, None, only_notable=False)
        elif seen != snapshot and self.moved(state, seen):
            changes = self.changes(state, seen)
            goals = self.goals(state, weighed, seen, only_notable=commune)
        dates = [h[-1]["as_of"] for h in state.history.values() if h[-1].get("as_of")]
        return UnitDigest(
            unit=unit,
            figures=figures,
            figure_count=len(state.history),
            changes=changes,
            goals=goals,
            overdue_count=sum(t.overdue for t in weighed.values()),
            as_of=max(dates) if dates else None,
            ntm=self._ntm(state) if commune else None,
        )

    def _ntm(self, state: _State) -> Figure | None:
        for indicator in self.catalog.indicators:
            if indicator.criteria and indicator.key in state.history:
                return self.figure(state.history[indicator.key][-1], cite=False)
        return None


def _fraction(value: float, denominator: float | None) -> float:
    return value / denominator if denominator else value


def _share(current: Figure | None, target: TargetLine) -> float | None:
    """How far along the way to the target the figure is, 0..1 (more when passed)."""
    if current is None:
        return None
    goal = _fraction(target.value, target.denominator)
    if goal <= 0:
        return None
    return max(0.0, _fraction(current.value, current.denominator) / goal)


# Chart lines


def share_percent(value: float, denominator: float | None, indicator: Indicator) -> float | None:
    """A figure as a percentage: 16/19 criteria → 84; None when it has no share to show."""
    if indicator.kind == "percent":
        return value
    denominator = denominator or indicator.denominator
    return value / denominator * 100 if denominator else None


def _percent(obs: dict, indicator: Indicator) -> float | None:
    return share_percent(obs["value"], obs.get("denominator"), indicator)


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _trend(label: str, indicator: Indicator, state: _State) -> Trend | None:
    by_day: dict[date, float] = {}
    for obs in state.history.get(indicator.key, ()):
        day, percent = _day(obs.get("as_of")), _percent(obs, indicator)
        if day is not None and percent is not None:
            by_day[day] = percent
    targets = []
    target = state.targets.get(indicator.key)
    if target is not None and (percent := _percent(target, indicator)) is not None:
        targets.append((_day(target.get("deadline")), percent))
    if not by_day:
        return None
    return Trend(label, sorted(by_day.items()), targets)


def _trends(own: _State, communes: list[tuple[Unit, _State]], catalog: Catalog) -> list[Trend]:
    """The unit's ratio and percent indicators, the longest histories first; for a district
    without such figures of its own, its communes' criteria indicator.

    The choice depends on the figures only, not on the chat, so every chat subscribed to
    a unit gets the same chart and it is drawn once.
    """
    lines: list[Trend] = []
    for indicator in catalog.indicators:
        if indicator.kind in ("ratio", "percent") and indicator.key in own.history:
            trend = _trend(indicator.label, indicator, own)
            if trend is not None:
                lines.append(trend)
    criteria = next((i for i in catalog.indicators if i.criteria), None)
    if not lines and criteria is not None:
        for unit, state in communes:
            trend = _trend(f"{unit.type} {unit.name}", criteria, state)
            if trend is not None:
                lines.append(trend)
    lines.sort(key=lambda trend: -len(trend.points))
    return lines[:MAX_TRENDS]


def build_digest(
    unit: Unit,
    observations_by_unit: Mapping[str, list[dict]],
    catalog: Catalog,
    registry: UnitRegistry,
    today: date,
    baseline: Mapping[str, Any] | None,
) -> DigestView:
    """The digest of ``unit`` for a chat whose last digest left ``baseline`` (None: first).

    A district digest covers the district's own figures and each of its communes that has
    figures (or had them when the chat last heard).
    """
    seen_units = _baseline_units(baseline)
    first = seen_units is None
    builder = _Builder(catalog, today)
    own_state = _state(observations_by_unit.get(unit.id, []), catalog)
    snapshots = {unit.id: _unit_snapshot(own_state, catalog)}
    own_seen = None if first else seen_units.get(unit.id, {})
    own = builder.section(unit, own_state, own_seen, snapshots[unit.id], commune=False)
    communes: list[UnitDigest] = []
    commune_states: list[tuple[Unit, _State]] = []
    quiet = quiet_overdue = 0
    if unit.level == "district":
        for child in sorted(registry.children(unit.id), key=lambda u: u.name):
            state = _state(observations_by_unit.get(child.id, []), catalog)
            seen = None if first else seen_units.get(child.id)
            if state.empty and not seen:
                continue
            snapshots[child.id] = _unit_snapshot(state, catalog)
            commune_states.append((child, state))
            section = builder.section(
                child, state, None if first else seen or {}, snapshots[child.id], commune=True
            )
            if first or section.changed:
                communes.append(section)
            else:
                quiet += 1
                quiet_overdue += section.overdue_count
    snapshot = {
        "v": SNAPSHOT_VERSION,
        "at": today.isoformat(),
        "units": {unit_id: shot for unit_id, shot in snapshots.items() if shot["f"] or shot["t"]},
    }
    return DigestView(
        unit=unit,
        today=today,
        first=first,
        since=None if first else baseline.get("at"),
        own=own,
        communes=communes,
        quiet_communes=quiet,
        quiet_overdue=quiet_overdue,
        sources=builder.sources.refs,
        _figures=(own_state, commune_states, catalog),
        snapshot=snapshot,
    )
