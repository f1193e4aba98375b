"""Every unit the bot can talk about: the gazetteer's, plus those only articles name.

An article may name a commune the gazetteer no longer lists (merged since), or one whose
name the gazetteer places in another province. Such a unit is kept as the article gives
it, attached to the gazetteer's district when that district exists.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from bot.domain.gazetteer import Gazetteer
from bot.domain.models import Unit, UnitLevel
from bot.text import fold

__all__ = ["UnitRegistry", "UnitRequest", "article_unit_id"]

_LEVEL_TYPES = {"commune": "Xã", "district": "Huyện", "province": "Tỉnh"}


@dataclass(frozen=True, slots=True)
class UnitRequest:
    """A unit as a text names it: what we know, before we know which unit it is."""

    level: UnitLevel
    name: str
    type: str | None = None
    district: str | None = None
    province: str | None = None


def article_unit_id(request: UnitRequest) -> str:
    """Readable, stable id of a unit only an article knows (``article-x-bentre-…``)."""
    parts = [request.level[0], request.province or "", request.district or "", request.name]
    return "article-" + "-".join(fold(p) or "_" for p in parts)


_TONES = frozenset({"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"})
_QUALIFIER = re.compile(r"\s*\([^)]*\)$")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def _spelled_alike(known: str, written: str) -> bool:
    """Alike up to tone marks and the gazetteer's "(Xã)": "Thuỷ"/"Thủy" are one name,
    "Diễn Ngọc" and "Điện Ngọc" are two, though both fold to "dienngoc"."""

    def loose(name: str) -> str:
        plain = unicodedata.normalize("NFD", _QUALIFIER.sub("", name).lower())
        # "Đắk D'rông" and "Đắk D’rông": one apostrophe, typed two ways.
        return "".join(c for c in plain if c not in _TONES).translate(_APOSTROPHES)

    return loose(known) == loose(written)


class UnitRegistry:
    """Gazetteer units and article units, with who has figures."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        article_units: Iterable[Unit] = (),
        with_figures: Iterable[str] = (),
    ) -> None:
        self.gazetteer = gazetteer
        self._article: dict[str, Unit] = {}
        self._article_children: dict[str, list[str]] = defaultdict(list)
        self._article_predecessors: dict[str, list[str]] = defaultdict(list)
        self._with_figures: set[str] = set(with_figures)
        for unit in article_units:
            self.add_article_unit(unit)

    def __iter__(self) -> Iterator[Unit]:
        yield from self.gazetteer
        yield from self._article.values()

    def get(self, unit_id: str) -> Unit | None:
        return self._article.get(unit_id) or self.gazetteer.get(unit_id)

    def article_units(self) -> list[Unit]:
        return list(self._article.values())

    def add_article_unit(self, unit: Unit) -> None:
        self._article[unit.id] = unit
        parent = unit.district_id or unit.province_id
        if parent and unit.id not in self._article_children[parent]:
            self._article_children[parent].append(unit.id)
        if unit.successor_id and unit.id not in self._article_predecessors[unit.successor_id]:
            self._article_predecessors[unit.successor_id].append(unit.id)

    def has_figures(self, unit_id: str) -> bool:
        return unit_id in self._with_figures

    def mark_has_figures(self, unit_id: str) -> None:
        self._with_figures.add(unit_id)

    def children(self, unit_id: str) -> list[Unit]:
        """Communes (and, for a province, districts) under ``unit_id``, article units included."""
        kids = self.gazetteer.children(unit_id)
        kids += [self._article[i] for i in self._article_children.get(unit_id, ())]
        return kids

    def predecessors(self, unit_id: str, depth: int = 3) -> list[Unit]:
        """Communes merged into ``unit_id``, directly or through earlier mergers."""
        direct = self.gazetteer.predecessors(unit_id)
        direct += [self._article[i] for i in self._article_predecessors.get(unit_id, ())]
        if depth <= 1:
            return direct
        return direct + [u for d in direct for u in self.predecessors(d.id, depth - 1)]

    def successors(self, unit: Unit, depth: int = 3) -> list[Unit]:
        """What ``unit`` became: the commune it merged into, then its 2025 commune."""
        chain: list[Unit] = []
        while unit.successor_id and len(chain) < depth:
            nxt = self.get(unit.successor_id)
            if nxt is None or nxt in chain:
                break
            chain.append(nxt)
            unit = nxt
        return chain

    def resolve(self, request: UnitRequest, *, prefer_2025: bool = False) -> Unit:
        """The unit a text means, or a new article unit when the gazetteer can't say.

        A gazetteer unit is taken only when it agrees with every parent the text names and
        is the only one that does; otherwise the text wins.
        """
        known = self._article.get(article_unit_id(request))
        if known is not None:
            return known
        eras = ("2025", "legacy") if prefer_2025 else ("legacy", "2025")
        for era in eras:
            found = self.gazetteer.find(
                request.name,
                request.level,
                district=request.district,
                province=request.province,
                era=era,
            )
            if not found and request.type:
                # The gazetteer tells apart namesakes as "Yên Viên (Thị trấn)", "Yên Viên (Xã)".
                found = self.gazetteer.find(
                    f"{request.name} ({request.type})",
                    request.level,
                    district=request.district,
                    province=request.province,
                    era=era,
                )
            if len(found) == 1 and (
                request.district or request.province or _spelled_alike(found[0].name, request.name)
            ):
                return found[0]
        return self._new_article_unit(request)

    def _merged_into(self, request: UnitRequest, district_id: str | None) -> str | None:
        """The commune this one was merged into before 2025, by the gazetteer's aliases.

        The gazetteer lists the names of communes absorbed by a commune among its aliases
        (An Khánh → Thị trấn Châu Thành): the one of the same district tells us where it went;
        that commune's own successor says where both are since 2025.
        """
        if request.level != "commune" or not district_id:
            return None
        hosts = [
            u for u in self.gazetteer.by_alias(fold(request.name)) if u.district_id == district_id
        ]
        if len(hosts) == 1:
            return hosts[0].id
        return None

    def _new_article_unit(self, request: UnitRequest) -> Unit:
        district_id = province_id = None
        province = request.province
        if request.district:
            districts = self.gazetteer.find(
                request.district, "district", province=province, era="legacy"
            )
            if len(districts) == 1:
                district_id = districts[0].id
                province_id = districts[0].province_id
                province = province or districts[0].province
        if province and not province_id:
            provinces = self.gazetteer.find(province, "province", era="legacy")
            province_id = provinces[0].id if len(provinces) == 1 else None
        return Unit(
            id=article_unit_id(request),
            successor_id=self._merged_into(request, district_id),
            name=request.name,
            type=request.type or _LEVEL_TYPES[request.level],
            level=request.level,
            era="article",
            district=request.district,
            province=province,
            district_id=district_id,
            province_id=province_id,
        )
