"""How fast does ``/xa <name>`` answer when the store holds all of Vietnam?

Run on demand: ``python bench/lookup.py [--queries N] [--observations N]``. Builds a
synthetic national store (every unit of the gazetteer, 2025 and legacy, about 300,000
figures, plus the seed articles) in a temporary directory, then:

* times ``/xa`` queries of every kind officials type (exact, folded, CamelCase, typos,
  shared names that get buttons, names followed by their district) through the whole
  ``Application`` on an offline Bot API, then the finder's lookup alone, beside the same
  lookups done the naive way, a TinyDB ``Query`` scan over a table of all units;
* times a cold start: a fresh ``python -m bot console`` process until its first answer;
* reports peak memory (RSS) of that process and of this one.

Prints figures beside their targets; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from telegram import Update
from tinydb import Query, TinyDB
from tinydb.storages import MemoryStorage

from bench.synthetic import percentile, synthetic_observation
from bot.app import build_application
from bot.domain.catalog import load_catalog
from bot.domain.gazetteer import load_gazetteer
from bot.domain.models import Unit
from bot.offline import OfflineRequest, SentCall, message_update
from bot.services import Services
from bot.settings import Settings
from bot.store import Store
from bot.text import fold, fold_words

__all__ = ["main"]

ROOT = Path(__file__).resolve().parent.parent

#: AIORateLimiter lets the bot send 30 messages a second overall; faster than that the
#: bench would time the limiter's waits, not the lookup. Real traffic stays below it too.
PACE_PER_SECOND = 25.0
COLD_START_TIMEOUT = 120.0
TARGETS = {"p50_ms": 2.0, "p99_ms": 10.0, "speedup": 20.0, "cold_s": 3.0, "rss_mb": 400.0}


def build_store(data_dir: Path, rng: random.Random, total: int) -> tuple[int, int, float]:
    """Every gazetteer unit gets about ``total / units`` figures; one durable write per unit.

    Generated unit by unit, so this process never holds all the figures at once and its
    peak RSS stays the bot's, not the generator's.
    """
    units = list(load_gazetteer())
    catalog = load_catalog()
    by_level = {
        level: [i for i in catalog.indicators if level in i.levels]
        for level in ("commune", "district", "province")
    }
    per_unit, extra = divmod(total, len(units))
    written = 0
    start = time.perf_counter()
    with Store.open(data_dir) as store:
        for index, unit in enumerate(units):
            count = per_unit + (1 if index < extra else 0)
            docs = [
                synthetic_observation(rng, unit, rng.choice(by_level[unit.level]), written + n)
                for n in range(count)
            ]
            written += len(store.add_observations(docs))
    return len(units), written, time.perf_counter() - start


# Queries


def _camel(name: str) -> str:
    return "".join(word.capitalize() for word in fold_words(name).split())


def _with_district(unit: Unit) -> str:
    """``Mỹ Thạnh Giồng Trôm``: how officials tell apart communes sharing a name."""
    return f"{unit.name} {unit.district}"


def _typo(rng: random.Random, name: str) -> str:
    """One slip of the finger on a folded name: a letter dropped, doubled or swapped."""
    letters = list(fold(name))
    if len(letters) < 4:
        return "".join(letters) + "x"
    at = rng.randrange(1, len(letters) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        del letters[at]
    elif kind == 1:
        letters.insert(at, letters[at])
    else:
        letters[at], letters[at + 1] = letters[at + 1], letters[at]
    return "".join(letters)


def make_queries(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """(kind, text) pairs: every kind in turn, units drawn at random from the gazetteer."""
    communes = [u for u in load_gazetteer() if u.level == "commune"]
    by_name: dict[str, list[Unit]] = defaultdict(list)
    for unit in communes:
        by_name[fold(unit.name)].append(unit)
    shared = [units[0] for units in by_name.values() if len(units) > 1]
    legacy = [u for u in communes if u.district]
    makers: list[tuple[str, Callable[[], str]]] = [
        ("exact", lambda: rng.choice(communes).name),
        ("folded", lambda: fold_words(rng.choice(communes).name)),
        ("camel", lambda: _camel(rng.choice(communes).name)),
        ("typo", lambda: _typo(rng, rng.choice(communes).name)),
        ("shared", lambda: rng.choice(shared).name),
        ("district", lambda: _with_district(rng.choice(legacy))),
        ("seeded", lambda: rng.choice(["MyThanh", "Mỹ Thạnh Giồng Trôm", "my thanh"])),
    ]
    return [(kind, make()) for kind, make in (makers[n % len(makers)] for n in range(count))]


# Through the whole application


@dataclass
class Timings:
    """Per query, in order: whole-update seconds, what the user got, lookup-only seconds."""

    update: list[float] = field(default_factory=list)
    outcome: list[str] = field(default_factory=list)
    lookup: list[float] = field(default_factory=list)


def _outcome(call: SentCall) -> str:
    if call.reply_markup:
        return "buttons"
    return "not found" if "Không tìm thấy" in call.text else "answer"


async def time_application(settings: Settings, queries: list[tuple[str, str]]) -> Timings:
    """``process_update`` of ``/xa <query>`` (handler, lookup, store, template, send), then
    the finder's lookup alone, for a like-for-like comparison with the naive scan.
    """
    request = OfflineRequest()
    app = build_application(settings, request=request)
    timings = Timings()
    async with app:
        await app.post_init(app)
        try:
            for _kind, text in queries[:20]:
                await app.process_update(Update.de_json(message_update(f"/xa {text}"), app.bot))
            await asyncio.sleep(30 / PACE_PER_SECOND)
            for n, (_kind, text) in enumerate(queries):
                update = Update.de_json(message_update(f"/xa {text}", user_id=1000 + n), app.bot)
                request.clear()
                start = time.perf_counter()
                await app.process_update(update)
                elapsed = time.perf_counter() - start
                sent = request.sent()
                if not sent:
                    raise RuntimeError(f"no reply to /xa {text}")
                timings.update.append(elapsed)
                timings.outcome.append(_outcome(sent[0]))
                await asyncio.sleep(max(0.0, 1 / PACE_PER_SECOND - elapsed))
            finder = app.bot_data["services"].finder
            for _kind, text in queries:
                start = time.perf_counter()
                finder.find(text, ("commune",))
                timings.lookup.append(time.perf_counter() - start)
        finally:
            await app.post_shutdown(app)
    return timings


# The naive way


class NaiveScan:
    """What a first implementation would do: one TinyDB table of units, scanned per query."""

    def __init__(self) -> None:
        self._db = TinyDB(storage=MemoryStorage)
        # No query cache: repeated names would otherwise not be scans at all.
        self._table = self._db.table("units", cache_size=0)
        self._table.insert_multiple(
            {
                "id": u.id,
                "name": u.name,
                "level": u.level,
                "district": u.district,
                "province": u.province,
                "folded": fold(u.name),
                "label": fold(" ".join(p for p in (u.name, u.district, u.province) if p)),
            }
            for u in load_gazetteer()
        )

    def find(self, text: str) -> list[dict[str, Any]]:
        """Folded-name equality; failing that, the query anywhere in "name district province"."""
        unit = Query()
        key = fold(re.sub(r"^(?:xã|xa|phường|phuong)\s+", "", text, flags=re.IGNORECASE))
        found = self._table.search((unit.level == "commune") & (unit.folded == key))
        if not found:
            found = self._table.search(
                (unit.level == "commune") & unit.label.search(re.escape(key))
            )
        return found

    def close(self) -> None:
        self._db.close()


def time_scan(queries: list[tuple[str, str]]) -> tuple[list[float], int]:
    scan = NaiveScan()
    samples: list[float] = []
    hits = 0
    try:
        for _kind, text in queries:
            start = time.perf_counter()
            found = scan.find(text)
            samples.append(time.perf_counter() - start)
            hits += bool(found)
    finally:
        scan.close()
    return samples, hits


# Cold start


def _peak_rss_mb(pid: int) -> float | None:
    """``VmHWM`` of a live process: its own peak, unlike ``getrusage(RUSAGE_CHILDREN)``.

    On Linux a child's ``ru_maxrss`` starts from its parent's peak (the memory it shared
    between fork and exec), so it would report this bench's size, not the bot's.
    """
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return int(match.group(1)) / 1024 if match else None


def cold_start(data_dir: Path) -> tuple[float, float | None]:
    """Wall seconds from spawning ``python -m bot console`` to its first answer on stdout,
    and that process's peak RSS in MB once it has answered.

    From a pipe the console prints nothing but replies, each in one flushed write, so the
    first line out is the answer; it then waits for the next line, still alive to be
    measured. District-qualified, because every Mỹ Thạnh has figures in this store.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_"))}
    env.update(PYTHONIOENCODING="utf-8", BOT_DATA_DIR=str(data_dir))
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "console"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    watchdog = threading.Timer(COLD_START_TIMEOUT, process.kill)
    watchdog.start()
    try:
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write("/xa Mỹ Thạnh Giồng Trôm\n".encode())
        process.stdin.flush()
        first = process.stdout.readline()
        answered = time.perf_counter() - start
        rss = _peak_rss_mb(process.pid)
        process.stdin.close()
        output = (first + process.stdout.read()).decode("utf-8", "replace")
        process.wait()
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
            process.wait()
    if "Xã Mỹ Thạnh" not in output or process.returncode != 0:
        raise RuntimeError(f"the console gave no answer (exit {process.returncode}): {output!r}")
    return answered, rss


# Report


def _ms(samples: list[float], fraction: float) -> float:
    return percentile(samples, fraction) * 1000


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def _own_max_rss_mb() -> float:
    """Peak RSS of this process in MB; Linux reports kilobytes, macOS bytes."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def _line(label: str, samples: list[float]) -> str:
    return f"p50={_ms(samples, 0.5):6.2f} ms  p99={_ms(samples, 0.99):6.2f} ms  ({label})"


def report(
    queries: list[tuple[str, str]], ours: Timings, scan: list[float], scan_hits: int
) -> None:
    kinds = Counter(kind for kind, _ in queries)
    print(
        f"/xa through the Application, {len(ours.update)} queries, paced at "
        f"{PACE_PER_SECOND:g}/s below the rate limiter:"
    )
    for kind in kinds:
        picked = [n for n, (k, _) in enumerate(queries) if k == kind]
        got = Counter(ours.outcome[n] for n in picked)
        print(
            f"  {kind:<9} n={len(picked):<4} "
            + _line(
                ", ".join(f"{v} {k}" for k, v in got.most_common()),
                [ours.update[n] for n in picked],
            )
        )
    p50, p99 = _ms(ours.update, 0.5), _ms(ours.update, 0.99)
    print(
        f"  all       p50={p50:.2f} ms (target <= {TARGETS['p50_ms']:g} ms: "
        f"{_verdict(p50 <= TARGETS['p50_ms'])})  p99={p99:.2f} ms (target <= "
        f"{TARGETS['p99_ms']:g} ms: {_verdict(p99 <= TARGETS['p99_ms'])})  "
        f"max={max(ours.update) * 1000:.2f} ms"
    )
    print("same queries, lookup only:")
    print(
        "  ours, UnitFinder.find        "
        + _line("folded-name dict, fuzzy only on a miss", ours.lookup)
    )
    print(
        "  naive TinyDB Query scan      "
        + _line(f"equality then substring scan; no fuzzy; {scan_hits}/{len(scan)} found", scan)
    )
    whole = statistics.median(scan) / statistics.median(ours.update)
    lookup = statistics.median(scan) / statistics.median(ours.lookup)
    print(
        f"scan p50 / whole /xa update p50 = {whole:.1f}x (target >= "
        f"{TARGETS['speedup']:g}x: {_verdict(whole >= TARGETS['speedup'])})"
    )
    print(
        f"scan p50 / lookup-only p50 = {lookup:.1f}x (target >= {TARGETS['speedup']:g}x: "
        f"{_verdict(lookup >= TARGETS['speedup'])})"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--observations", type=int, default=300_000)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory(prefix="bench-lookup-") as tmp:
        data_dir = Path(tmp) / "data"
        settings = Settings(
            _env_file=None,
            telegram_bot_token=None,
            bot_data_dir=data_dir,
            bot_admin_ids=frozenset(),
            bot_timezone="Asia/Ho_Chi_Minh",
        )
        units, written, seconds = build_store(data_dir, rng, args.observations)
        print(
            f"synthetic store: {written:,} observations over {units:,} units "
            f"(every gazetteer unit, 2025 and legacy), built in {seconds:.1f} s"
        )
        start = time.perf_counter()
        Services.open(settings).close()
        print(f"seeded from seeds/ in {time.perf_counter() - start:.1f} s")

        runs = [cold_start(data_dir) for _ in range(args.cold_runs)]
        colds = [seconds for seconds, _ in runs]
        cold = statistics.median(colds)
        print(
            f"cold start to first answer (python -m bot console, /xa Mỹ Thạnh Giồng Trôm): "
            f"median {cold:.2f} s of {', '.join(f'{c:.2f}' for c in colds)} (target <= "
            f"{TARGETS['cold_s']:g} s: {_verdict(cold <= TARGETS['cold_s'])})"
        )
        child_rss = max((rss for _, rss in runs if rss is not None), default=None)

        queries = make_queries(rng, args.queries)
        ours = asyncio.run(time_application(settings, queries))
    scan, hits = time_scan(queries)
    report(queries, ours, scan, hits)

    own_rss = _own_max_rss_mb()
    for label, rss in (("console process", child_rss), ("this bench process", own_rss)):
        if rss is None:
            print(f"peak RSS of {label}: n/a (no /proc here)")
            continue
        print(
            f"peak RSS of {label}: {rss:.0f} MB (target <= {TARGETS['rss_mb']:g} MB: "
            f"{_verdict(rss <= TARGETS['rss_mb'])})"
        )


if __name__ == "__main__":
    main()
