"""How well does the extractor read the seed articles? Precision and recall per article.

Run on demand: ``python bench/extraction.py [--expected FILE] [--seeds DIR]
[--unseen-expected FILE] [--unseen DIR] [--check]``.
Compares the figures extracted from each article named in ``tests/expected_seeds.json``
with the figures written there by hand, then does the same for the articles of
``tests/unseen_articles`` (``tests/expected_unseen.json``): other provinces, wards, towns and
the two-tier units of 2025, which show how far the rules carry beyond the seeds. A figure
matches on the folded unit name and level, indicator, value, denominator and target flag.
Prints per-article and overall precision and recall, the misses, the false positives,
quotes that differ, and the time spent. ``--check`` exits with status 1 when the seeds'
precision or recall is below 0.95.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import PROJECT_ROOT
from bot.domain.catalog import Catalog, load_catalog
from bot.domain.gazetteer import Gazetteer, load_gazetteer
from bot.extraction import extract_file
from tests.auxil.expectations import Key, expected_key, found_key, load_expected

__all__ = ["main"]

THRESHOLD = 0.95


def _show(key: Key) -> str:
    name, level, indicator, value, denominator, target = key
    amount = f"{value:g}" + (f"/{denominator:g}" if denominator is not None else "")
    return f"{name} ({level}) {indicator} = {amount}{' [mục tiêu]' if target else ''}"


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


@dataclass(slots=True)
class _Score:
    """Counts over one set of articles."""

    matched: int = 0
    found: int = 0
    expected: int = 0
    elapsed: float = 0.0

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.found)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.expected)


def _score_set(
    expected: dict, folder: Path, catalog: Catalog, gazetteer: Gazetteer, provinces: list[str]
) -> _Score:
    """Print one table (per article, then overall) and its misses; return the counts."""
    score = _Score()
    print(
        f"{'article':<28} {'expected':>8} {'found':>6} {'matched':>8} "
        f"{'precision':>10} {'recall':>7}"
    )
    details: list[str] = []
    for name, article in expected.items():
        tick = time.perf_counter()
        extracted = extract_file(
            folder / name, catalog=catalog, province_names=provinces, gazetteer=gazetteer
        )
        score.elapsed += time.perf_counter() - tick
        wanted = Counter(expected_key(f) for f in article["figures"])
        got = Counter(found_key(f) for f in extracted.figures)
        tp = sum((wanted & got).values())
        score.matched += tp
        score.found += sum(got.values())
        score.expected += sum(wanted.values())
        print(
            f"{name[:28]:<28} {sum(wanted.values()):>8} {sum(got.values()):>6} {tp:>8} "
            f"{_ratio(tp, sum(got.values())):>10.3f} {_ratio(tp, sum(wanted.values())):>7.3f}"
        )
        details += [f"  miss      {name}: {_show(k)}" for k in (wanted - got).elements()]
        details += [f"  false pos {name}: {_show(k)}" for k in (got - wanted).elements()]
        quotes = {found_key(f): f.quote for f in extracted.figures}
        for figure in article["figures"]:
            quote = quotes.get(expected_key(figure))
            if quote is not None and figure["quote"] not in quote:
                details.append(f"  quote     {name}: {_show(expected_key(figure))}: «{quote}»")
    print(
        f"{'overall':<28} {score.expected:>8} {score.found:>6} {score.matched:>8} "
        f"{score.precision:>10.3f} {score.recall:>7.3f}"
    )
    print("\n".join(details) if details else "no misses, no false positives")
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--expected", type=Path, default=PROJECT_ROOT / "tests" / "expected_seeds.json"
    )
    parser.add_argument("--seeds", type=Path, default=PROJECT_ROOT / "seeds")
    parser.add_argument(
        "--unseen-expected", type=Path, default=PROJECT_ROOT / "tests" / "expected_unseen.json"
    )
    parser.add_argument("--unseen", type=Path, default=PROJECT_ROOT / "tests" / "unseen_articles")
    parser.add_argument("--check", action="store_true", help="exit 1 below 0.95 (seeds)")
    args = parser.parse_args(argv)

    expected = load_expected(args.expected)
    started = time.perf_counter()
    catalog, gazetteer = load_catalog(), load_gazetteer()
    provinces = gazetteer.province_names()
    setup = time.perf_counter() - started

    seeds = _score_set(expected, args.seeds, catalog, gazetteer, provinces)
    tick = time.perf_counter()
    for name in expected:
        extract_file(
            args.seeds / name, catalog=catalog, province_names=provinces, gazetteer=gazetteer
        )
    warm = time.perf_counter() - tick
    print(
        f"time: setup {setup * 1000:.0f} ms (catalog, gazetteer); first pass "
        f"{seeds.elapsed * 1000:.0f} ms (builds the phrase and place indexes), then "
        f"{warm * 1000 / len(expected):.1f} ms per article"
    )
    if args.unseen_expected.exists():
        unseen = load_expected(args.unseen_expected)
        print(f"\nunseen articles ({args.unseen.name}): other provinces and phrasing")
        other = _score_set(unseen, args.unseen, catalog, gazetteer, provinces)
        print(
            f"summary: seeds precision {seeds.precision:.3f} recall {seeds.recall:.3f}; "
            f"unseen precision {other.precision:.3f} recall {other.recall:.3f}"
        )
    if args.check and (seeds.precision < THRESHOLD or seeds.recall < THRESHOLD):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
