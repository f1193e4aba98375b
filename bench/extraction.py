"""How far can the extractor's figures be trusted? Precision of meaning and recall, per set.

Run on demand: ``python bench/extraction.py [--verbose] [--set dev|unseen|seeds]``.

Three sets, each scored per article and overall:

- ``dev``: ``tests/extraction_dev`` (real articles from many provinces, every figure recorded
  by a reader who never saw the extractor; the catalog indicator of each figure in
  ``tests/expected_dev_indicators.json``);
- ``unseen``: ``tests/unseen_articles`` with ``tests/expected_unseen.json`` (same fields);
- ``seeds``: ``seeds/`` with ``tests/expected_seeds.json``, which records catalogued figures
  only, so there uncatalogued figures found are counted apart, not scored.

A figure found is right only with the right unit, value (and denominator, but for a
catalog count, which keeps no whole: "8.112 hộ nghèo/506.184 hộ" is 8.112), target flag and
meaning: the catalog indicator, or for an uncatalogued figure its kind and a label naming
what the reader wrote down (tests/auxil/truth.py). Recall is over every recorded figure, no
exclusions; "catalogued recall" over the recorded figures that have a catalog indicator.
Also prints the time to read 100 articles and to seed a fresh store from them (the
budget is 10 s). Asserts nothing.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import PROJECT_ROOT
from bot.domain.catalog import UNCATALOGUED, Catalog, load_catalog
from bot.domain.gazetteer import Gazetteer, load_gazetteer
from bot.extraction import ExtractedFigure, extract_file
from tests.auxil.truth import (
    ArticleTruth,
    judge,
    load_dev_set,
    load_seed_set,
    load_unseen_set,
)

__all__ = ["main"]

TESTS = PROJECT_ROOT / "tests"
TIMED_ARTICLES = 100


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _show(figure: ExtractedFigure) -> str:
    amount = f"{figure.value:g}" + (f"/{figure.denominator:g}" if figure.denominator else "")
    meaning = (
        f"[{figure.kind}] {figure.label}" if figure.indicator == UNCATALOGUED else figure.indicator
    )
    target = " (mục tiêu)" if figure.is_target else ""
    return f"{figure.unit.name}: {meaning} = {amount}{target}"


@dataclass(slots=True)
class _Score:
    right: int = 0
    found: int = 0
    recorded: int = 0
    catalogued_right: int = 0
    catalogued: int = 0
    ignored: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.right, self.found)

    @property
    def recall(self) -> float:
        return _ratio(self.right, self.recorded)

    @property
    def catalogued_recall(self) -> float:
        return _ratio(self.catalogued_right, self.catalogued)


def _score_set(
    title: str,
    articles: list[ArticleTruth],
    catalog: Catalog,
    gazetteer: Gazetteer,
    *,
    catalogued_only: bool = False,
    verbose: bool = False,
) -> _Score:
    provinces = gazetteer.province_names()
    score = _Score()
    print(f"\n== {title}")
    print(
        f"{'article':<34} {'recorded':>8} {'found':>6} {'right':>6} {'precision':>9} "
        f"{'recall':>7} {'cat.rec':>7}"
    )
    details: list[str] = []
    for article in articles:
        extracted = extract_file(
            article.path, catalog=catalog, province_names=provinces, gazetteer=gazetteer
        )
        verdict = judge(
            extracted.figures, article.figures, catalog, catalogued_only=catalogued_only
        )
        catalogued = [t for t in article.figures if t.indicator]
        catalogued_right = sum(1 for _, t in verdict.right if t.indicator)
        score.right += len(verdict.right)
        score.found += verdict.found
        score.recorded += len(article.figures)
        score.catalogued += len(catalogued)
        score.catalogued_right += catalogued_right
        score.ignored += verdict.ignored
        print(
            f"{article.file[:34]:<34} {len(article.figures):>8} {verdict.found:>6} "
            f"{len(verdict.right):>6} {_ratio(len(verdict.right), verdict.found):>9.3f} "
            f"{_ratio(len(verdict.right), len(article.figures)):>7.3f} "
            f"{_ratio(catalogued_right, len(catalogued)):>7.3f}"
        )
        if verbose:
            details += [
                f"  wrong  {article.file}: {_show(f)}  «{f.quote[:90]}»" for f in verdict.wrong
            ]
            details += [f"  missed {article.file}: {t.show()}  «{t.quote}»" for t in verdict.missed]
        if extracted.subject is None:
            details.append(f"  no unit {article.file}: {'; '.join(extracted.problems)}")
    print(
        f"{'overall':<34} {score.recorded:>8} {score.found:>6} {score.right:>6} "
        f"{score.precision:>9.3f} {score.recall:>7.3f} {score.catalogued_recall:>7.3f}"
    )
    if score.ignored:
        print(f"({score.ignored} uncatalogued figures found; this record lists none, so unscored)")
    if details:
        print("\n".join(details))
    return score


def _time_100(articles: list[ArticleTruth], catalog: Catalog, gazetteer: Gazetteer) -> float:
    provinces = gazetteer.province_names()
    paths = [a.path for a in articles]
    started = time.perf_counter()
    for index in range(TIMED_ARTICLES):
        extract_file(
            paths[index % len(paths)],
            catalog=catalog,
            province_names=provinces,
            gazetteer=gazetteer,
        )
    return time.perf_counter() - started


def _seed_100(articles: list[ArticleTruth]) -> tuple[float, int]:
    """Seconds to seed a fresh store from 100 articles (the sets' files, repeated under new
    names), and the figures stored."""
    from bot.services import Services
    from tests.auxil.harness import make_settings

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "seeds"
        folder.mkdir()
        for index in range(TIMED_ARTICLES):
            source = articles[index % len(articles)].path
            shutil.copyfile(source, folder / f"{index:03d}_{source.name}")
        services = Services.open(make_settings(Path(tmp) / "data"), seed_if_empty=False)
        try:
            started = time.perf_counter()
            report = services.seed(folder)
            return time.perf_counter() - started, report.figures
        finally:
            services.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list wrong and missed")
    parser.add_argument("--set", choices=("dev", "unseen", "seeds"), action="append")
    args = parser.parse_args(argv)
    chosen = args.set or ["dev", "unseen", "seeds"]

    started = time.perf_counter()
    catalog, gazetteer = load_catalog(), load_gazetteer()
    setup = time.perf_counter() - started
    sets = {
        "dev": lambda: load_dev_set(
            TESTS / "extraction_dev", TESTS / "expected_dev_indicators.json"
        ),
        "unseen": lambda: load_unseen_set(
            TESTS / "unseen_articles", TESTS / "expected_unseen.json"
        ),
        "seeds": lambda: load_seed_set(PROJECT_ROOT / "seeds", TESTS / "expected_seeds.json"),
    }
    scores: dict[str, _Score] = {}
    everything: list[ArticleTruth] = []
    for name in chosen:
        articles = sets[name]()
        everything += articles
        scores[name] = _score_set(
            name,
            articles,
            catalog,
            gazetteer,
            catalogued_only=name == "seeds",
            verbose=args.verbose,
        )
    elapsed = _time_100(everything, catalog, gazetteer)
    seeding, stored = _seed_100(everything)
    print(
        f"\ntime: setup {setup:.2f} s; {TIMED_ARTICLES} articles read in {elapsed:.2f} s; "
        f"seeding a fresh store from {TIMED_ARTICLES} articles ({stored} figures) {seeding:.2f} s"
    )
    print("summary (precision of meaning, recall over all recorded, catalogued recall):")
    for name, score in scores.items():
        print(
            f"  {name:<7} precision {score.precision:.3f}  recall {score.recall:.3f}  "
            f"catalogued recall {score.catalogued_recall:.3f}  "
            f"({score.right}/{score.found} right, {score.recorded} recorded)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
