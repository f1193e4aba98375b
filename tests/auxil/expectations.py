"""Hand-written expectation files (``tests/expected_*.json``) and how figures are matched.

Shared by the extraction tests and ``bench/extraction.py`` so both count a match the same
way: folded unit name and level, indicator, value, denominator and target flag.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.domain.catalog import Catalog
from bot.domain.gazetteer import Gazetteer
from bot.extraction import ExtractedArticle, ExtractedFigure, extract_file
from bot.text import fold

__all__ = [
    "Key",
    "expected_key",
    "extract_all",
    "figure_key",
    "figure_params",
    "found_key",
    "load_expected",
]

Key = tuple[str, str, str, float, float | None, bool]


def load_expected(path: Path) -> dict[str, dict[str, Any]]:
    """The ``articles`` mapping of an expectation file: file name → title, date, figures."""
    return json.loads(path.read_text("utf-8"))["articles"]


def figure_key(
    unit_name: str,
    level: str,
    indicator: str,
    value: float,
    denominator: float | None,
    is_target: bool,
) -> Key:
    """What two figures must share to be the same figure."""
    return (
        fold(unit_name),
        level,
        indicator,
        round(float(value), 6),
        None if denominator is None else round(float(denominator), 6),
        bool(is_target),
    )


def expected_key(figure: dict[str, Any]) -> Key:
    unit = figure["unit"]
    return figure_key(
        unit["name"],
        unit["level"],
        figure["indicator"],
        figure["value"],
        figure["denominator"],
        figure["is_target"],
    )


def found_key(figure: ExtractedFigure) -> Key:
    return figure_key(
        figure.unit.name,
        figure.unit.level,
        figure.indicator,
        figure.value,
        figure.denominator,
        figure.is_target,
    )


def figure_params(articles: dict[str, dict[str, Any]]) -> list[Any]:
    """One pytest parameter per expected figure, with a readable id."""
    return [
        pytest.param(
            name,
            figure,
            id=f"{name[:3]}-{figure['indicator']}-{figure['value']:g}"
            + ("-target" if figure["is_target"] else ""),
        )
        for name, article in articles.items()
        for figure in article["figures"]
    ]


def extract_all(
    folder: Path, names: list[str], catalog: Catalog, gazetteer: Gazetteer
) -> dict[str, ExtractedArticle]:
    """Each named article of ``folder``, read by the extractor."""
    provinces = gazetteer.province_names()
    return {
        name: extract_file(folder / name, catalog=catalog, province_names=provinces)
        for name in names
    }
