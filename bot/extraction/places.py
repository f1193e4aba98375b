"""What the gazetteer can tell the extractor about place names.

Used only to help: cut a name from the words that follow it ("xã Mỹ Thạnh Đoàn Phương
Tùng"), and guess a province the article does not spell out (Giồng Trôm → Bến Tre). A name
the gazetteer does not know is still a name.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import cache

from bot.domain.gazetteer import Gazetteer
from bot.text import fold

__all__ = ["Places", "former_names", "loose_pattern", "places_for"]


# The gazetteer calls a province by its new name; pages still write the old one.
_FORMER_NAMES = {"Huế": ("Thừa Thiên Huế", "Thừa Thiên - Huế")}

_TONES = frozenset({"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"})


def loose(name: str) -> str:
    """A name without its tone marks ("Thủy", "Thuỷ" → "thuy"), keeping đ, â, ê, ô, ơ, ư."""
    decomposed = unicodedata.normalize("NFD", name.lower())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))


def _letter_variants() -> dict[str, str]:
    """Each base letter and every Latin letter, either case, that folds to it."""
    variants: dict[str, str] = defaultdict(str)
    for code in (*range(0x41, 0x250), *range(0x1E00, 0x1F00)):
        letter = chr(code)
        base = fold(letter)
        if letter.isalpha() and len(base) == 1:
            variants[base] += letter
    return dict(variants)


_VARIANTS = _letter_variants()


@cache
def loose_pattern(name: str) -> re.Pattern[str]:
    """``name`` as pages misspell it: "Đăk Glong" also as "Đắk Glong", "Đắk R'Lấp" as "Đắk
    R’lấp", "Dliê Ya" as "Dliêya" (marks, case, apostrophe and spaces aside), "Cư Jút" as
    "Chư Jút"."""
    parts = []
    for index, char in enumerate(name):
        base = fold(char)
        if index == 0 and name.startswith("Cư"):
            parts.append("Ch?")
        elif char.isspace():
            # "Dliê Ya" written "Dliêya".
            parts.append(r"\s*")
        elif char in "'’":
            parts.append("['’]")
        elif char.isalpha() and base in _VARIANTS:
            variants = _VARIANTS[base]
            if index == 0:
                # A name opens on a capital: "sửa chữa" is no "Chư Á".
                variants = "".join(v for v in variants if v.isupper())
            parts.append(f"[{variants}]")
        else:
            parts.append(re.escape(char))
    return re.compile(r"(?<!\w)" + "".join(parts) + r"(?!\w)")


def former_names(name: str) -> tuple[str, ...]:
    """What pages called the unit the gazetteer now names ``name``."""
    return _FORMER_NAMES.get(name, ())


class Places:
    """Folded names by level, and which provinces hold a district or commune of a name."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._names: dict[str, set[str]] = defaultdict(set)
        self._district_provinces: dict[str, set[str]] = defaultdict(set)
        self._commune_places: dict[str, set[tuple[str | None, str]]] = defaultdict(set)
        self._loose_commune_places: dict[str, set[tuple[str | None, str]]] = defaultdict(set)
        self._central_cities: set[str] = set()
        self._new_commune_provinces: dict[str, set[str]] = defaultdict(set)
        self._district_communes: dict[tuple[str, str], list[str]] = defaultdict(list)
        self._province_districts: dict[str, list[str]] = defaultdict(list)
        for unit in gazetteer:
            key = fold(unit.name)
            self._names[unit.level].add(key)
            if unit.level == "province" and unit.type == "Thành phố":
                self._central_cities.add(key)
            if unit.era == "2025" and unit.level == "commune" and unit.province:
                self._new_commune_provinces[loose(unit.name)].add(unit.province)
            if unit.era != "legacy" or not unit.province:
                continue
            if unit.level == "district":
                self._district_provinces[key].add(unit.province)
                self._province_districts[fold(unit.province)].append(unit.name)
            elif unit.level == "commune":
                self._commune_places[key].add((unit.district, unit.province))
                if unit.district:
                    self._district_communes[fold(unit.district), fold(unit.province)].append(
                        unit.name
                    )
                self._loose_commune_places[loose(unit.name)].add((unit.district, unit.province))

    def knows(self, name: str, level: str) -> bool:
        return fold(name) in self._names[level]

    def respelled(self, name: str, level: str) -> str | None:
        """The gazetteer's spelling of a name pages write otherwise ("Chư Jút" for "Cư
        Jút"), when it knows that and not the name as written."""
        if name.startswith("Chư ") and not self.knows(name, level):
            spelled = "Cư " + name.removeprefix("Chư ")
            return spelled if self.knows(spelled, level) else None
        return None

    def districts_of(self, province: str) -> list[str]:
        """The districts the gazetteer lists under a province, before the 2025 reform."""
        return self._province_districts.get(fold(province), [])

    def communes_of(self, district: str, province: str) -> list[str]:
        """The communes the gazetteer lists under a district, before the 2025 reform."""
        return self._district_communes.get((fold(district), fold(province)), [])

    def is_central_city(self, name: str) -> bool:
        """Hà Nội, Hồ Chí Minh … are provinces; "thành phố Bến Tre" is a district."""
        return fold(name) in self._central_cities

    def provinces_of_district(self, name: str) -> set[str]:
        return set(self._district_provinces.get(fold(name), ()))

    def places_of_commune(self, name: str) -> set[tuple[str | None, str]]:
        """Where communes of this name lie, spelled as written up to tone marks: folding
        every mark away would make "Diễn Ngọc" (Nghệ An) and "Điện Ngọc" (Quảng Nam) one."""
        return set(self._loose_commune_places.get(loose(name), ()))

    def provinces_of_new_commune(self, name: str) -> set[str]:
        """Provinces holding a 2025 commune or ward of this name ("phường Hội An", Đà Nẵng)."""
        return set(self._new_commune_provinces.get(loose(name), ()))


@cache
def places_for(gazetteer: Gazetteer) -> Places:
    """The place index of ``gazetteer``, built once."""
    return Places(gazetteer)
