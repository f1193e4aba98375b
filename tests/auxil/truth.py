"""Hand-recorded figures (the development set, the unseen set, the seeds) and how an
extracted figure is judged against them.

A figure found is right only when a recorded figure has the same unit (folded name; a name
written with its level word, "TP. Mỹ Tho", needs that level and type too), the same value (and
denominator, but for a catalog count, which keeps no whole), the same target flag and the
same meaning: the catalog indicator when the recorded figure has one, otherwise an
uncatalogued figure of the same kind whose label is the thing the reader wrote down. Recall
counts every recorded figure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.domain.catalog import UNCATALOGUED, Catalog
from bot.extraction import ExtractedFigure
from bot.extraction.places import former_names, loose_pattern
from bot.text import fold, fold_words

__all__ = [
    "ArticleTruth",
    "Judgement",
    "TruthFigure",
    "judge",
    "load_dev_set",
    "load_seed_set",
    "load_unseen_set",
]

# Words of a label that say nothing about what is counted.
_LABEL_STOP = frozenset(
    {
        "so",
        "cac",
        "nhung",
        "tong",
        "ty",
        "le",
        "cua",
        "va",
        "duoc",
        "da",
        "co",
        "tren",
        "dia",
        "ban",
        "xa",
        "huyen",
        "tinh",
        "phuong",
        "trong",
        "do",
        "dat",
        "la",
    }
)
_WORD = re.compile(r"[a-z0-9]+")
# Abbreviations every reader expands the same way.
_ABBREVIATIONS = {
    "ntm": "nong thon moi",
    "dv": "dang vien",
    "bhyt": "bao hiem y te",
    "tc": "tieu chi",
    "nq": "nghi quyet",
    "htx": "hop tac xa",
    "kh": "ke hoach",
}


def _words(text: str) -> list[str]:
    words = []
    for word in _WORD.findall(fold_words(text)):
        words += _ABBREVIATIONS.get(word, word).split()
    return words


_LABEL_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class TruthFigure:
    """One figure a reader recorded: whose, how much, and what it counts."""

    unit: str
    value: float
    denominator: float | None
    is_target: bool
    indicator: str | None
    kind: str | None
    what: str
    quote: str
    #: The unit the reader wrote the value in ("ha"), when the catalog may keep another.
    measure: str | None = None

    def show(self) -> str:
        amount = f"{self.value:g}" + (f"/{self.denominator:g}" if self.denominator else "")
        meaning = self.indicator or f"[{self.kind}] {self.what}"
        return f"{self.unit}: {meaning} = {amount}{' (mục tiêu)' if self.is_target else ''}"


@dataclass(frozen=True, slots=True)
class ArticleTruth:
    """An article of a set and every figure recorded for it."""

    file: str
    path: Path
    figures: tuple[TruthFigure, ...]


def units_of(name: str | None, fallback: str) -> list[str]:
    """ "Mỹ Hiệp, Phú Bình" (the same figure for each of two units) is one figure per unit."""
    return [part.strip() for part in (name or fallback).split(",")]


def load_dev_set(folder: Path, meanings: Path) -> list[ArticleTruth]:
    """``truth.json`` of the development set, with the catalog indicator of each figure."""
    truth = json.loads((folder / "truth.json").read_text("utf-8"))
    keys = json.loads(meanings.read_text("utf-8"))["articles"]
    articles = []
    for article in truth:
        name = Path(article["file"]).name
        figures = []
        for figure, key in zip(article["figures"], keys[name], strict=True):
            for unit in units_of(figure["of_unit"], article["unit"]):
                figures.append(_figure(figure, unit, key))
        articles.append(ArticleTruth(name, folder / article["file"], tuple(figures)))
    return articles


def load_unseen_set(folder: Path, expected: Path) -> list[ArticleTruth]:
    """``expected_unseen.json``: the same fields, the indicator written beside each figure."""
    data = json.loads(expected.read_text("utf-8"))["articles"]
    articles = []
    for name, article in data.items():
        subject = article["subject"]["name"]
        figures = [
            _figure(f, unit, f["indicator"])
            for f in article["figures"]
            for unit in units_of(f["of_unit"], subject)
        ]
        articles.append(ArticleTruth(name, folder / name, tuple(figures)))
    return articles


def load_seed_set(folder: Path, expected: Path) -> list[ArticleTruth]:
    """``expected_seeds.json``: catalogued figures only (its file says so)."""
    data = json.loads(expected.read_text("utf-8"))["articles"]
    return [
        ArticleTruth(
            name,
            folder / name,
            tuple(
                TruthFigure(
                    f["unit"]["name"],
                    float(f["value"]),
                    None if f["denominator"] is None else float(f["denominator"]),
                    bool(f["is_target"]),
                    f["indicator"],
                    None,
                    f["indicator"],
                    f["quote"],
                )
                for f in article["figures"]
            ),
        )
        for name, article in data.items()
    ]


def _figure(figure: dict[str, Any], unit: str, indicator: str | None) -> TruthFigure:
    denominator = figure.get("denominator")
    return TruthFigure(
        unit,
        float(figure["value"]),
        None if denominator is None else float(denominator),
        bool(figure["is_target"]),
        indicator,
        figure.get("kind"),
        figure.get("what", ""),
        figure["quote"],
        figure.get("unit"),
    )


# The same amount in the units readers and the catalog write ("4,8 ngàn ha" is 48 km²).
_CONVERSIONS = {
    ("ha", "km²"): 0.01,
    ("km²", "ha"): 100.0,
    ("m²", "ha"): 1e-4,
    ("m2", "ha"): 1e-4,
    ("ha", "m²"): 1e4,
    ("tỷ đồng", "triệu đồng"): 1e3,
    ("triệu đồng", "tỷ đồng"): 1e-3,
}


def _in_catalog_unit(truth: TruthFigure, catalog: Catalog) -> float:
    indicator = catalog.get(truth.indicator) if truth.indicator else None
    if indicator is None or truth.measure is None:
        return truth.value
    return truth.value * _CONVERSIONS.get((truth.measure, indicator.unit), 1.0)


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _label_fits(label: str | None, what: str) -> bool:
    words = [w for w in _words(label or "") if w not in _LABEL_STOP]
    if not words:
        return False
    wanted = set(_words(what))
    return sum(w in wanted for w in words) / len(words) >= _LABEL_SHARE


# "TP. Mỹ Tho", "TX. Cai Lậy": a unit a reader wrote with its level word, which then says
# its level and type too (the city, not the province or the district of the same name).
_LEVEL_WORD = re.compile(
    r"(tp\.|tx\.|thành phố|thị xã|huyện|quận|xã|phường|thị trấn|tỉnh)\s*(?=\w)", re.IGNORECASE
)
_WRITTEN_TYPES = {
    "tp.": ("district", "Thành phố"),
    "thành phố": ("district", "Thành phố"),
    "tx.": ("district", "Thị xã"),
    "thị xã": ("district", "Thị xã"),
    "huyện": ("district", "Huyện"),
    "quận": ("district", "Quận"),
    "xã": ("commune", "Xã"),
    "phường": ("commune", "Phường"),
    "thị trấn": ("commune", "Thị trấn"),
    "tỉnh": ("province", "Tỉnh"),
}


def same_unit_name(name: str, written: str) -> bool:
    """The reader wrote the unit's name, its spelling on the page ("Chư Jút" for the
    gazetteer's "Cư Jút") or its former name ("Thừa Thiên Huế" for "Huế")."""
    return fold(name) == fold(written) or any(
        loose_pattern(known).fullmatch(written.strip()) for known in (name, *former_names(name))
    )


def _same_unit(found: ExtractedFigure, written: str) -> bool:
    word = _LEVEL_WORD.match(written)
    if word is None:
        return same_unit_name(found.unit.name, written)
    level, kind = _WRITTEN_TYPES[word.group(1).lower()]
    typed = found.unit.type is None or fold(found.unit.type) == fold(kind)
    return (
        found.unit.level == level
        and typed
        and same_unit_name(found.unit.name, written[word.end() :])
    )


def _count_of_no_whole(truth: TruthFigure, catalog: Catalog) -> bool:
    """ "8.112 hộ nghèo/506.184 hộ" recorded as a count indicator: the catalog's counts keep
    no whole, so the count alone is that figure."""
    indicator = catalog.get(truth.indicator) if truth.indicator else None
    return indicator is not None and indicator.kind == "count"


def matches(found: ExtractedFigure, truth: TruthFigure, catalog: Catalog) -> bool:
    """Same unit, value, denominator, target flag and meaning."""
    if not _same_unit(found, truth.unit) or found.is_target != truth.is_target:
        return False
    if not _same(found.value, _in_catalog_unit(truth, catalog)):
        return False
    if truth.denominator is not None:
        if found.denominator is None:
            if not _count_of_no_whole(truth, catalog):
                return False
        elif not _same(found.denominator, truth.denominator):
            return False
    elif found.denominator is not None:
        indicator = catalog.get(found.indicator)
        fixed = indicator.denominator if indicator else None
        if fixed is None or not _same(found.denominator, fixed):
            return False
    if truth.indicator is not None:
        return found.indicator == truth.indicator
    return (
        found.indicator == UNCATALOGUED
        and found.kind == truth.kind
        and _label_fits(found.label, truth.what)
    )


@dataclass(slots=True)
class Judgement:
    """One article's figures paired with what was recorded."""

    right: list[tuple[ExtractedFigure, TruthFigure]]
    wrong: list[ExtractedFigure]
    missed: list[TruthFigure]
    ignored: int = 0

    @property
    def found(self) -> int:
        return len(self.right) + len(self.wrong)


def judge(
    found: Sequence[ExtractedFigure],
    truth: Sequence[TruthFigure],
    catalog: Catalog,
    *,
    catalogued_only: bool = False,
) -> Judgement:
    """Pair each figure found with one recorded figure it matches (catalogued pairs first).

    ``catalogued_only``: the record lists catalogued figures only (the seeds), so
    uncatalogued figures found are neither right nor wrong there.
    """
    pool = list(found)
    ignored = 0
    if catalogued_only:
        ignored = sum(f.indicator == UNCATALOGUED for f in pool)
        pool = [f for f in pool if f.indicator != UNCATALOGUED]
    left = list(truth)
    right, wrong = [], []
    ordered = sorted(pool, key=lambda f: f.indicator == UNCATALOGUED)
    for figure in ordered:
        pair = next((t for t in left if matches(figure, t, catalog)), None)
        if pair is None:
            wrong.append(figure)
        else:
            left.remove(pair)
            right.append((figure, pair))
    return Judgement(right, wrong, left, ignored)
