"""How well does the extractor read the seed articles? Precision and recall per article.

Run on demand: ``python bench/extraction.py [--expected FILE] [--seeds DIR] [--check]``.
Compares the figures extracted from each article named in ``tests/expected_seeds.json``
with the figures written there by hand. A figure matches on the folded unit name and
level, indicator, value, denominator and target flag. Prints per-article and overall
precision and recall, the misses, the false positives, quotes that differ, and the time
spent. ``--check`` exits with status 1 when precision or recall is below 0.95.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import PROJECT_ROOT
from bot.domain.catalog import load_catalog
from bot.domain.gazetteer import load_gazetteer
from bot.extraction import ExtractedFigure, extract_file
from bot.text import fold

__all__ = ["figure_key", "main"]

THRESHOLD = 0.95
Key = tuple[str, str, str, float, float | None, bool]


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


def _expected_key(figure: dict) -> Key:
    unit = figure["unit"]
    return figure_key(
        unit["name"],
        unit["level"],
        figure["indicator"],
        figure["value"],
        figure["denominator"],
        figure["is_target"],
    )


def _found_key(figure: ExtractedFigure) -> Key:
    return figure_key(
        figure.unit.name,
        figure.unit.level,
        figure.indicator,
        figure.value,
        figure.denominator,
        figure.is_target,
    )


def _show(key: Key) -> str:
    name, level, indicator, value, denominator, target = key
    amount = f"{value:g}" + (f"/{denominator:g}" if denominator is not None else "")
    return f"{name} ({level}) {indicator} = {amount}{' [mục tiêu]' if target else ''}"


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--expected", type=Path, default=PROJECT_ROOT / "tests" / "expected_seeds.json"
    )
    parser.add_argument("--seeds", type=Path, default=PROJECT_ROOT / "seeds")
    parser.add_argument("--check", action="store_true", help="exit 1 below 0.95")
    args = parser.parse_args(argv)

    expected = json.loads(args.expected.read_text(encoding="utf-8"))["articles"]
    started = time.perf_counter()
    catalog, gazetteer = load_catalog(), load_gazetteer()
    provinces = gazetteer.province_names()
    setup = time.perf_counter() - started

    total_tp = total_found = total_expected = 0
    elapsed = 0.0
    print(
        f"{'article':<28} {'expected':>8} {'found':>6} {'matched':>8} "
        f"{'precision':>10} {'recall':>7}"
    )
    details: list[str] = []
    for name, article in expected.items():
        tick = time.perf_counter()
        extracted = extract_file(
            args.seeds / name, catalog=catalog, province_names=provinces, gazetteer=gazetteer
        )
        elapsed += time.perf_counter() - tick
        wanted = Counter(_expected_key(f) for f in article["figures"])
        got = Counter(_found_key(f) for f in extracted.figures)
        matched = wanted & got
        tp = sum(matched.values())
        total_tp += tp
        total_found += sum(got.values())
        total_expected += sum(wanted.values())
        print(
            f"{name:<28} {sum(wanted.values()):>8} {sum(got.values()):>6} {tp:>8} "
            f"{_ratio(tp, sum(got.values())):>10.3f} {_ratio(tp, sum(wanted.values())):>7.3f}"
        )
        details += [f"  miss      {name}: {_show(k)}" for k in (wanted - got).elements()]
        details += [f"  false pos {name}: {_show(k)}" for k in (got - wanted).elements()]
        quotes = {_found_key(f): f.quote for f in extracted.figures}
        for figure in article["figures"]:
            quote = quotes.get(_expected_key(figure))
            if quote is not None and figure["quote"] not in quote:
                details.append(f"  quote     {name}: {_show(_expected_key(figure))}: «{quote}»")

    precision = _ratio(total_tp, total_found)
    recall = _ratio(total_tp, total_expected)
    print(
        f"{'overall':<28} {total_expected:>8} {total_found:>6} {total_tp:>8} "
        f"{precision:>10.3f} {recall:>7.3f}"
    )
    print("\n".join(details) if details else "no misses, no false positives")
    tick = time.perf_counter()
    for name in expected:
        extract_file(
            args.seeds / name, catalog=catalog, province_names=provinces, gazetteer=gazetteer
        )
    warm = time.perf_counter() - tick
    print(
        f"time: setup {setup * 1000:.0f} ms (catalog, gazetteer); first pass "
        f"{elapsed * 1000:.0f} ms (builds the phrase and place indexes), then "
        f"{warm * 1000 / len(expected):.1f} ms per article"
    )
    if args.check and (precision < THRESHOLD or recall < THRESHOLD):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
