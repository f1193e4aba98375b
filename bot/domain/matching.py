"""Finding a unit by what people type: ``MyThanh``, ``my thanh``, ``MỸ THẠNH``, ``xã Mỹ Thạnh``.

Everything is folded (no marks, no case, no spaces) and looked up in a dict, so an exact
or folded match costs one lookup. Only a miss pays for fuzzy matching (rapidfuzz), and
that gives suggestions, never an answer.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.domain.models import Unit, UnitLevel
from bot.domain.registry import UnitRegistry
from bot.text import clean_input, fold, fold_words, split_camel_case, strip_unit_prefix

__all__ = ["UnitFinder", "UnitMatch"]

_LEVEL_RANK = {"commune": 0, "district": 1, "province": 2}
_ERA_RANK = {"article": 0, "legacy": 1, "2025": 2}
_SUGGESTION_CUTOFF = 72


@dataclass(slots=True)
class UnitMatch:
    """What a query found: units it names (best first), or else close names to suggest."""

    query: str
    units: list[Unit] = field(default_factory=list)
    suggestions: list[Unit] = field(default_factory=list)

    preferred: Unit | None = None

    @property
    def others(self) -> list[Unit]:
        """Units of the same name besides the preferred one."""
        return [u for u in self.units if self.preferred is None or u.id != self.preferred.id]


def _prefer_spelling(units: list[Unit], query: str) -> list[Unit]:
    """When the query carries diacritics, ``Mỹ Thạnh`` means Mỹ Thạnh, not Mỹ Thanh."""
    if fold(query) == query.lower().replace(" ", ""):
        return units
    typed = query.lower()
    exact = [u for u in units if u.name.lower() in typed]
    return exact or units


class UnitFinder:
    """Folded-name index over a :class:`UnitRegistry`."""

    def __init__(self, registry: UnitRegistry) -> None:
        self._registry = registry
        self._by_name: dict[str, list[str]] = defaultdict(list)
        self._choices: list[str] | None = None
        for unit in registry:
            self.add(unit)

    def add(self, unit: Unit) -> None:
        key = fold(unit.name)
        if unit.id not in self._by_name[key]:
            self._by_name[key].append(unit.id)
            self._choices = None

    def find(
        self, text: str, levels: tuple[UnitLevel, ...] = ("commune",), *, suggest: bool = True
    ) -> UnitMatch:
        """Units named by ``text`` at one of ``levels``; suggestions when none is (if asked)."""
        query = clean_input(text, max_length=120)
        match = UnitMatch(query=query)
        # Folded, "Quận"/"Quan", "Huyện"/"Huyền" and "Phường"/"Phương" look alike: try the
        # name as typed before reading its first word as an administrative prefix.
        as_typed = fold_words(split_camel_case(query)).split()
        words = strip_unit_prefix(query).split()
        if not words:
            return match
        match.units = self._exact(as_typed, levels)
        if not match.units and words != as_typed:
            match.units = self._exact(words, levels)
        if not match.units:
            match.units = self._sorted(
                [u for u in self._registry.gazetteer.by_alias("".join(words)) if u.level in levels]
            )
        if not match.units and suggest:
            match.suggestions = self._suggest("".join(words), levels)
        match.units = _prefer_spelling(match.units, query)
        match.preferred = self._preferred(match.units)
        return match

    def _preferred(self, units: list[Unit]) -> Unit | None:
        """The unit to answer with at once: the only one, or the only one with figures."""
        if len(units) == 1:
            return units[0]
        with_figures = [u for u in units if self._registry.has_figures(u.id)]
        return with_figures[0] if len(with_figures) == 1 else None

    def _exact(self, words: list[str], levels: tuple[UnitLevel, ...]) -> list[Unit]:
        """Whole query as a name; else a name followed by its district or province."""
        found = self._units("".join(words), levels)
        if found:
            return found
        for cut in range(len(words) - 1, 0, -1):
            name = "".join(words[:cut])
            parents = {"".join(words[cut:]), fold(strip_unit_prefix(" ".join(words[cut:])))}
            narrowed = [
                u
                for u in self._units(name, levels)
                if parents & {fold(u.district or ""), fold(u.province or "")}
            ]
            if narrowed:
                return narrowed
        return []

    def _units(self, key: str, levels: tuple[UnitLevel, ...]) -> list[Unit]:
        units = [u for i in self._by_name.get(key, ()) if (u := self._registry.get(i))]
        return self._sorted([u for u in units if u.level in levels])

    def _sorted(self, units: list[Unit]) -> list[Unit]:
        """Units with figures first, then by level, era and place, so buttons read well."""
        return sorted(
            units,
            key=lambda u: (
                not self._registry.has_figures(u.id),
                _LEVEL_RANK[u.level],
                _ERA_RANK[u.era],
                fold(u.province or ""),
                fold(u.district or ""),
            ),
        )

    def _suggest(self, key: str, levels: tuple[UnitLevel, ...], limit: int = 5) -> list[Unit]:
        if self._choices is None:
            self._choices = list(self._by_name)
        hits = process.extract(
            key,
            self._choices,
            scorer=fuzz.ratio,
            limit=limit * 3,
            score_cutoff=_SUGGESTION_CUTOFF,
        )
        seen: dict[str, Unit] = {}
        for name, _score, _index in hits:
            for unit in self._units(name, levels):
                seen.setdefault(unit.id, unit)
        ranked = self._sorted(list(seen.values()))
        return ranked[:limit]
