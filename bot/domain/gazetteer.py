"""Official administrative units from the ``vietnamadminunits`` gazetteer.

Two lists live side by side: the three-tier units before 1 July 2025 (``legacy``:
province → district → commune, after the 2019–2024 mergers) and the two-tier units since
(``2025``: province → commune/ward). Each legacy commune knows the 2025 commune it became.
The gazetteer helps find units; it never decides which units may exist (see
:mod:`bot.domain.registry` for units only articles know).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache

from vietnamadminunits.database import get_data

from bot.domain.models import Era, Unit, UnitLevel
from bot.text import fold

__all__ = ["Gazetteer", "load_gazetteer"]

_PROVINCE_FIELDS = ["province", "provinceShort", "provinceCode", "provinceKey"]
_DISTRICT_FIELDS = ["district", "districtShort", "districtType", "districtCode", "districtKey"]
_WARD_FIELDS = ["ward", "wardShort", "wardType", "wardCode", "wardKey", "wardKeywords"]
_LEGACY_FIELDS = [*_PROVINCE_FIELDS, *_DISTRICT_FIELDS, *_WARD_FIELDS]
_NEW_FIELDS = [*_PROVINCE_FIELDS, *_WARD_FIELDS]


def _province_type(full_name: str) -> str:
    return "Thành phố" if full_name.startswith("Thành phố") else "Tỉnh"


class Gazetteer:
    """All official units, indexed by id and by folded name."""

    def __init__(self, units: Iterable[Unit], keywords: dict[str, list[str]] | None = None):
        self._by_id: dict[str, Unit] = {}
        self._by_name: dict[str, list[str]] = defaultdict(list)
        self._by_alias: dict[str, list[str]] = defaultdict(list)
        self._children: dict[str, list[str]] = defaultdict(list)
        self._predecessors: dict[str, list[str]] = defaultdict(list)
        for unit in units:
            self._by_id[unit.id] = unit
        for unit in self._by_id.values():
            name_key = fold(unit.name)
            self._by_name[name_key].append(unit.id)
            # The package's keywords mix spelling variants with names of communes merged
            # into this one; they are a fallback, never an exact match.
            for alias in set((keywords or {}).get(unit.id, ())) - {name_key}:
                self._by_alias[alias].append(unit.id)
            parent = unit.district_id or unit.province_id
            if parent:
                self._children[parent].append(unit.id)
            if unit.successor_id:
                self._predecessors[unit.successor_id].append(unit.id)

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Unit]:
        return iter(self._by_id.values())

    def get(self, unit_id: str) -> Unit | None:
        return self._by_id.get(unit_id)

    def by_folded_name(self, key: str) -> list[Unit]:
        """Units whose folded short name is ``key``."""
        return [self._by_id[i] for i in self._by_name.get(key, ())]

    def by_alias(self, key: str) -> list[Unit]:
        """Units the gazetteer also knows as ``key`` (spelling variants, merged names)."""
        return [self._by_id[i] for i in self._by_alias.get(key, ())]

    def children(self, unit_id: str) -> list[Unit]:
        """Communes of a district or province (districts too, for a legacy province)."""
        return [self._by_id[i] for i in self._children.get(unit_id, ())]

    def predecessors(self, unit_id: str) -> list[Unit]:
        """Legacy communes that were merged into the 2025 commune ``unit_id``."""
        return [self._by_id[i] for i in self._predecessors.get(unit_id, ())]

    def find(
        self,
        name: str,
        level: UnitLevel | None = None,
        *,
        district: str | None = None,
        province: str | None = None,
        era: str | None = None,
    ) -> list[Unit]:
        """Units named ``name`` (any spelling), narrowed by level, parent names and era."""
        found = self.by_folded_name(fold(name))
        if level:
            found = [u for u in found if u.level == level]
        if era:
            found = [u for u in found if u.era == era]
        if district:
            found = [u for u in found if u.district and fold(u.district) == fold(district)]
        if province:
            found = [u for u in found if u.province and fold(u.province) == fold(province)]
        return found

    def province_names(self) -> list[str]:
        """Short names of every province, legacy (63) and 2025 (34), without duplicates."""
        return sorted({u.name for u in self._by_id.values() if u.level == "province"})


def _province(row: dict, era: Era) -> Unit:
    unit_id = f"{era}-p-{row['provinceCode']}"
    return Unit(
        id=unit_id,
        name=row["provinceShort"],
        type=_province_type(row["province"]),
        level="province",
        era=era,
        code=row["provinceCode"],
    )


def _commune(row: dict, era: Era, district_id: str | None = None) -> Unit:
    return Unit(
        id=f"{era}-{row['wardCode']}",
        name=row["wardShort"],
        type=row["wardType"],
        level="commune",
        era=era,
        district=row.get("districtShort"),
        province=row["provinceShort"],
        code=row["wardCode"],
        district_id=district_id,
        province_id=f"{era}-p-{row['provinceCode']}",
    )


def _legacy_units(rows: list[dict]) -> tuple[list[Unit], dict[str, list[str]], dict[str, str]]:
    """Provinces, districts and communes before 2025, and each commune's converter key."""
    units: dict[str, Unit] = {}
    keywords: dict[str, list[str]] = {}
    by_legacy_key: dict[str, str] = {}
    for row in rows:
        province = _province(row, "legacy")
        units.setdefault(province.id, province)
        district_id = f"legacy-d-{row['districtCode']}"
        units.setdefault(
            district_id,
            Unit(
                id=district_id,
                name=row["districtShort"],
                type=row["districtType"],
                level="district",
                era="legacy",
                province=row["provinceShort"],
                code=row["districtCode"],
                province_id=province.id,
            ),
        )
        if not row["wardCode"]:
            continue
        commune = _commune(row, "legacy", district_id)
        units[commune.id] = commune
        keywords[commune.id] = json.loads(row["wardKeywords"] or "[]")
        by_legacy_key[f"{row['provinceKey']}_{row['districtKey']}_{row['wardKey']}"] = commune.id
    return list(units.values()), keywords, by_legacy_key


def _new_units(
    rows: list[dict],
) -> tuple[list[Unit], dict[str, list[str]], dict[tuple[str, str], str]]:
    """Provinces and communes since 1 July 2025, keyed as the converter names them."""
    units: dict[str, Unit] = {}
    keywords: dict[str, list[str]] = {}
    by_key: dict[tuple[str, str], str] = {}
    for row in rows:
        province = _province(row, "2025")
        units.setdefault(province.id, province)
        commune = _commune(row, "2025")
        units[commune.id] = commune
        keywords[commune.id] = json.loads(row["wardKeywords"] or "[]")
        by_key[(row["provinceKey"], row["wardKey"])] = commune.id
    return list(units.values()), keywords, by_key


def _successors(
    by_legacy_key: dict[str, str], by_new_key: dict[tuple[str, str], str]
) -> dict[str, str]:
    """Legacy commune id → the 2025 commune it became (its default one, if it was split)."""
    from vietnamadminunits.converter import converter_2025 as conv

    successors: dict[str, str] = {}
    for new_province, wards in conv.DICT_PROVINCE_WARD_NO_DIVIDED.items():
        for new_ward, old_keys in wards.items():
            new_id = by_new_key.get((new_province, new_ward))
            for old_key in old_keys:
                if new_id and old_key in by_legacy_key:
                    successors[by_legacy_key[old_key]] = new_id
    for new_province, divided in conv.DICT_PROVINCE_WARD_DIVIDED.items():
        for old_key, options in divided.items():
            default = next((o for o in options if o.get("isDefaultNewWard")), None)
            new_id = default and by_new_key.get((new_province, default["newWardKey"]))
            if new_id and old_key in by_legacy_key:
                successors.setdefault(by_legacy_key[old_key], new_id)
    return successors


@cache
def load_gazetteer() -> Gazetteer:
    """Read the gazetteer package once per process (about 13,000 communes)."""
    legacy, legacy_kw, by_legacy_key = _legacy_units(
        get_data(_LEGACY_FIELDS, table="admin_units_legacy")
    )
    new, new_kw, by_new_key = _new_units(get_data(_NEW_FIELDS, table="admin_units"))
    successors = _successors(by_legacy_key, by_new_key)
    legacy = [replace(u, successor_id=successors.get(u.id)) for u in legacy]
    return Gazetteer([*legacy, *new], {**legacy_kw, **new_kw})
