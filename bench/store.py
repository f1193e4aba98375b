"""How fast is a durable single-figure write when the store holds all of Vietnam?

Run on demand: ``python bench/store.py [--observations N] [--writes N]``. Builds a
synthetic national store (every 2025 commune/ward, every legacy commune, district and
province from ``vietnamadminunits``) in a temporary directory, then times opening it,
single-figure writes and a full iteration, and compares the writes with TinyDB's default
one-file ``JSONStorage`` and with SQLite (WAL, ``synchronous=FULL``) holding the same
documents. Each timed write of ours is durable when it returns (its journal record is
synced); checkpoints that fall inside the timed writes are counted and stay in the
figures, and the checkpoint at close is timed too. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tinydb import TinyDB

from bench.synthetic import percentile, synthetic_observation
from bot.domain.catalog import Indicator, load_catalog
from bot.domain.gazetteer import load_gazetteer
from bot.domain.models import Unit
from bot.store import Store

__all__ = ["main"]

#: Above this, a one-file write is too slow to repeat --writes times.
SLOW_WRITE_SECONDS = 1.0
ONEFILE_BUDGET_SECONDS = 60.0


def national_units() -> list[Unit]:
    """Every unit the bot may hold figures for: all 2025 and legacy units of the gazetteer."""
    return list(load_gazetteer())


def make_observation(
    rng: random.Random, units: list[Unit], indicators: list[Indicator], serial: int
) -> dict:
    """A figure for a random unit, of an indicator that applies at its level."""
    unit = rng.choice(units)
    usable = [i for i in indicators if unit.level in i.levels] or indicators
    return synthetic_observation(rng, unit, rng.choice(usable), serial)


def timed(action: Callable[[], Any]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def describe(label: str, samples: list[float]) -> str:
    return (
        f"{label}: n={len(samples)} p50={percentile(samples, 0.5) * 1000:.2f} ms "
        f"p99={percentile(samples, 0.99) * 1000:.2f} ms max={max(samples) * 1000:.2f} ms"
    )


def build_ours(directory: Path, by_unit: dict[str, list[dict]]) -> float:
    """One durable write per unit through the real store."""
    start = time.perf_counter()
    with Store.open(directory) as store:
        for docs in by_unit.values():
            store.add_observations(docs)
    return time.perf_counter() - start


def bench_onefile(path: Path, docs: list[dict], new_docs: list[dict]) -> tuple[list[float], str]:
    db = TinyDB(path, ensure_ascii=False)
    table = db.table("observations")
    table.insert_multiple(docs)
    samples = [timed(lambda: table.insert(new_docs[0]))]
    wanted = len(new_docs)
    if samples[0] > SLOW_WRITE_SECONDS:
        wanted = max(3, min(20, wanted, int(ONEFILE_BUDGET_SECONDS / samples[0])))
    for doc in new_docs[1:wanted]:
        samples.append(timed(lambda doc=doc: table.insert(doc)))
    db.close()
    note = ""
    if wanted < len(new_docs):
        note = (
            f"  (one write took {samples[0]:.2f} s > {SLOW_WRITE_SECONDS:.0f} s: timed "
            f"{wanted} writes instead of {len(new_docs)}; its p99 is close to the max)"
        )
    return samples, note


class SqliteBaseline:
    """The same documents in one SQLite table, each write its own durable transaction."""

    def __init__(self, path: Path, docs: list[dict]) -> None:
        self._conn = sqlite3.connect(path, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute(
            "CREATE TABLE obs (id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, doc TEXT NOT NULL)"
        )
        self._conn.execute("CREATE INDEX obs_unit ON obs (unit_id)")
        self._conn.execute("BEGIN")
        self._conn.executemany(
            "INSERT INTO obs VALUES (?, ?, ?)",
            ((d["id"], d["unit_id"], json.dumps(d, ensure_ascii=False)) for d in docs),
        )
        self._conn.execute("COMMIT")
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def add(self, doc: dict) -> None:
        self._conn.execute("BEGIN")
        self._conn.execute(
            "INSERT OR IGNORE INTO obs VALUES (?, ?, ?)",
            (doc["id"], doc["unit_id"], json.dumps(doc, ensure_ascii=False)),
        )
        self._conn.execute("COMMIT")

    def close(self) -> None:
        self._conn.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--observations", type=int, default=300_000)
    parser.add_argument("--writes", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)

    units = national_units()
    indicators = list(load_catalog().indicators)
    start = time.perf_counter()
    docs = [make_observation(rng, units, indicators, n) for n in range(args.observations)]
    by_unit: dict[str, list[dict]] = defaultdict(list)
    for doc in docs:
        by_unit[doc["unit_id"]].append(doc)
    new_docs = [
        make_observation(rng, units, indicators, args.observations + n) for n in range(args.writes)
    ]
    print(
        f"synthetic data: {len(units):,} units, {len(docs):,} observations over "
        f"{len(by_unit):,} units, generated in {time.perf_counter() - start:.1f} s"
    )

    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        tmp_dir = Path(tmp)
        data_dir = tmp_dir / "data"
        print(f"build (ours, one durable write per unit): {build_ours(data_dir, by_unit):.1f} s")

        sqlite = SqliteBaseline(tmp_dir / "bench.sqlite", docs)
        # The bot holds no 300k generated dicts: freeze them so a collection pass over
        # them does not land inside a timed write.
        gc.collect()
        gc.freeze()
        start = time.perf_counter()
        store = Store.open(data_dir)
        print(f"open store: {(time.perf_counter() - start) * 1000:.1f} ms")
        checkpoints_before = store.checkpoint_count
        ours = [timed(lambda doc=doc: store.add_observations([doc])) for doc in new_docs]
        checkpoints = store.checkpoint_count - checkpoints_before
        baseline = [timed(lambda doc=doc: sqlite.add(doc)) for doc in new_docs]
        sqlite.close()
        print(describe("ours, durable single-figure writes", ours))
        print(f"checkpoints during the timed writes: {checkpoints}")
        print(describe("sqlite WAL synchronous=FULL", baseline))
        start = time.perf_counter()
        count = sum(1 for _ in store.iter_observations())
        print(f"iterate all observations: {count:,} in {time.perf_counter() - start:.2f} s")
        print(f"close (checkpoint of the journal): {timed(store.close) * 1000:.1f} ms")

        onefile, note = bench_onefile(tmp_dir / "onefile.json", docs, new_docs)
        print(describe("tinydb one-file JSONStorage", onefile) + note)

    ours_p99, sqlite_p99 = percentile(ours, 0.99), percentile(baseline, 0.99)
    onefile_p99 = percentile(onefile, 0.99)
    print(f"ours p99 / sqlite p99 = {ours_p99 / sqlite_p99:.2f} (target <= 3)")
    print(f"onefile p99 / ours p99 = {onefile_p99 / ours_p99:.1f} (target >= 10)")


if __name__ == "__main__":
    main()
