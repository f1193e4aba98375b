"""The records the bot knows about: administrative units and observed figures.

Observations are plain dicts in the store; these dataclasses are how domain code reads
and writes them, so field names live in one place.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

__all__ = [
    "AdminSource",
    "ArticleSource",
    "Era",
    "Observation",
    "Unit",
    "UnitLevel",
    "observation_id",
]

UnitLevel = Literal["commune", "district", "province"]
Era = Literal["legacy", "2025", "article"]


@dataclass(frozen=True, slots=True)
class Unit:
    """One administrative unit as the bot knows it.

    ``era`` says where it comes from: the gazetteer's three-tier list before 1 July 2025
    (``legacy``), its two-tier list since (``2025``), or only an article (``article``) for
    a unit the gazetteer no longer lists.
    """

    id: str
    name: str
    type: str
    level: UnitLevel
    era: Era
    district: str | None = None
    province: str | None = None
    code: str | None = None
    district_id: str | None = None
    province_id: str | None = None
    successor_id: str | None = None

    @property
    def full_name(self) -> str:
        """``Xã Mỹ Thạnh``: the type and the name, as officials write it."""
        return f"{self.type} {self.name}"

    @property
    def place(self) -> str:
        """``huyện Giồng Trôm, tỉnh Bến Tre`` style parentage, without the unit itself."""
        return ", ".join(p for p in (self.district, self.province) if p)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Unit:
        return cls(**{k: data.get(k) for k in cls.__dataclass_fields__})


@dataclass(frozen=True, slots=True)
class ArticleSource:
    """A figure read from a news article, with the sentence it came from."""

    file: str
    title: str
    date: str | None
    quote: str
    kind: Literal["article"] = "article"


@dataclass(frozen=True, slots=True)
class AdminSource:
    """A figure posted by an admin from the chat."""

    user_id: int
    time: str
    note: str | None = None
    kind: Literal["admin"] = "admin"
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Observation:
    """One figure for one unit: an achievement, or a target with its deadline.

    ``criteria_unmet`` holds catalog keys of named criteria still missing (NTM), so the
    bot can say which ones, not only how many.
    """

    unit_id: str
    indicator: str
    value: float
    as_of: str | None
    source: ArticleSource | AdminSource
    denominator: float | None = None
    is_target: bool = False
    deadline: str | None = None
    approximate: bool = False
    criteria_unmet: tuple[str, ...] = ()
    recorded_at: str | None = None
    kind: str | None = None
    label: str | None = None
    measure: str | None = None
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", observation_id(self))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["criteria_unmet"] = list(self.criteria_unmet)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Observation:
        src = dict(data["source"])
        source: ArticleSource | AdminSource
        source = AdminSource(**src) if src.get("kind") == "admin" else ArticleSource(**src)
        fields = {k: data.get(k) for k in cls.__dataclass_fields__ if k in data}
        fields["source"] = source
        fields["criteria_unmet"] = tuple(data.get("criteria_unmet") or ())
        return cls(**fields)


def observation_id(obs: Observation) -> str:
    """Stable id from what the figure says and where it came from: re-seeding is idempotent."""
    key = {
        "unit": obs.unit_id,
        "indicator": obs.indicator,
        "value": obs.value,
        "denominator": obs.denominator,
        "as_of": obs.as_of,
        "target": obs.is_target,
        "deadline": obs.deadline,
        "source": asdict(obs.source),
    }
    if obs.label is not None:
        # An uncatalogued figure is told apart by what it counts (catalogued ids unchanged).
        key["label"] = obs.label
        key["measure"] = obs.measure
    digest = hashlib.sha1(json.dumps(key, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()[:20]
