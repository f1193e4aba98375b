"""How fast is a durable ``/capnhat``, and does it slow ``/xa`` for everyone else?

Run on demand: ``python bench/editing.py [--updates N] [--observations N]``. Builds the
synthetic national store (every gazetteer unit, about 300,000 figures, plus the seed
articles) in a temporary directory, then, through the whole ``Application`` on an
offline Bot API:

* times ``/capnhat <xã> <chỉ số>=<giá trị>`` from an editor, update by update: parse,
  lookup, plan against the unit's figures, the figure and its audit entries in one
  durable store transaction (off the event loop), the reply; beside it, in the same run,
  sqlite3 (WAL, ``synchronous=FULL``) doing the same logical write: one transaction with
  the figure, the audit entry and the editor's change, on a table holding the same
  national figures; and our store doing that write alone (no Telegram, no template);
* times ``/xa`` for other chats idle, then while an editor posts 10 updates a second.

Prints figures beside their targets; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from telegram import Update
from telegram.ext import Application

from bench.lookup import build_store
from bench.synthetic import percentile
from bot.app import build_application
from bot.domain.audit import Editor, current_figures, record_change
from bot.domain.catalog import Catalog
from bot.domain.editing import parse_edit, plan_edit
from bot.domain.models import AdminSource, Unit
from bot.offline import OfflineRequest, message_update
from bot.services import Services
from bot.settings import Settings

__all__ = ["main"]

EDITOR = 777
#: Below AIORateLimiter's 30 messages a second overall, so its waits are not timed.
READS_PER_SECOND = 10.0
EDITS_PER_SECOND = 10.0
TARGETS = {"vs_sqlite_p99": 3.0, "busy_vs_idle_p99": 2.0}


def _ms(samples: list[float], fraction: float) -> float:
    return percentile(samples, fraction) * 1000


def _line(label: str, samples: list[float]) -> str:
    p50, p99 = _ms(samples, 0.5), _ms(samples, 0.99)
    return f"{label}: p50 {p50:.2f} ms, p99 {p99:.2f} ms (n={len(samples)})"


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def editable_communes(services: Services, rng: random.Random, count: int) -> list[Unit]:
    """Legacy communes that ``<name> <district>`` names alone (no buttons), drawn at random."""
    communes = [u for u in services.registry.gazetteer if u.level == "commune" and u.district]
    rng.shuffle(communes)
    chosen: list[Unit] = []
    for unit in communes:
        match = services.finder.find(f"{unit.name} {unit.district}")
        if match.preferred is not None and match.preferred.id == unit.id and not match.others:
            chosen.append(unit)
        if len(chosen) == count:
            break
    return chosen


def edit_command(services: Services, unit: Unit, rng: random.Random) -> str:
    """A /capnhat of an indicator the unit has no figure for yet: nothing to confirm."""
    catalog: Catalog = services.catalog
    have = {o["indicator"] for o in services.observations(unit.id)}
    choices = [i for i in catalog.indicators if "commune" in i.levels and i.key not in have]
    indicator = rng.choice([i for i in choices if i.kind == "percent"] or choices)
    value = f"{rng.randint(1, 99)},{rng.randint(0, 9)}%" if indicator.kind == "percent" else "5"
    return f"/capnhat {unit.name} {unit.district} {indicator.alias}={value}"


async def _timed(app: Application, text: str, user_id: int) -> float:
    update = Update.de_json(message_update(text, user_id=user_id), app.bot)
    start = time.perf_counter()
    await app.process_update(update)
    return time.perf_counter() - start


async def time_updates(
    app: Application, request: OfflineRequest, commands: list[str]
) -> list[float]:
    samples = []
    for command in commands:
        request.clear()
        samples.append(await _timed(app, command, EDITOR))
        sent = request.sent()
        if not sent or "Đã cập nhật" not in sent[0].text:
            raise RuntimeError(f"{command!r} was not saved: {sent[0].text if sent else 'no reply'}")
        await asyncio.sleep(1 / EDITS_PER_SECOND / 2)
    return samples


async def time_reads(app: Application, readers: list[str], edits: list[str] | None) -> list[float]:
    """``/xa`` from other chats at a steady pace, with or without an editor posting alongside."""
    samples: list[float] = []
    tasks: list[asyncio.Task[float]] = []

    async def editor() -> None:
        for command in edits or []:
            tasks.append(asyncio.create_task(_timed(app, command, EDITOR)))
            await asyncio.sleep(1 / EDITS_PER_SECOND)

    async def reader(n: int, text: str) -> None:
        samples.append(await _timed(app, f"/xa {text}", 5000 + n))

    writer = asyncio.create_task(editor())
    reads = []
    for n, text in enumerate(readers):
        reads.append(asyncio.create_task(reader(n, text)))
        await asyncio.sleep(1 / READS_PER_SECOND)
    await asyncio.gather(*reads, writer)
    await asyncio.gather(*tasks)
    return samples


def time_store_alone(services: Services, units: list[Unit], rng: random.Random) -> list[float]:
    """The write /capnhat makes, without Telegram: read the unit, plan, one transaction."""
    editor = Editor(EDITOR, "bench")
    samples = []
    for unit in units:
        command = edit_command(services, unit, rng)
        spec = command.split(" ", 1)[1][len(f"{unit.name} {unit.district} ") :]
        at = datetime.now(services.settings.tzinfo).isoformat(timespec="milliseconds")
        start = time.perf_counter()
        request = parse_edit(spec, services.catalog, services.today())
        source = AdminSource(EDITOR, at, name=editor.name)
        with services.store.transaction():
            current = current_figures(services.store, unit.id)
            planned = plan_edit(
                request, unit.id, current, services.catalog, source, services.today()
            )
            record_change(services.store, planned, editor, at)
        samples.append(time.perf_counter() - start)
    return samples


class SqliteEdits:
    """The same logical write in SQLite: figure, audit entry and editor's change, one COMMIT."""

    def __init__(self, path: Path, services: Services) -> None:
        self._conn = sqlite3.connect(path, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.executescript(
            """
            CREATE TABLE obs (id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, doc TEXT NOT NULL);
            CREATE INDEX obs_unit ON obs (unit_id);
            CREATE TABLE edits (id TEXT, unit_id TEXT, doc TEXT, PRIMARY KEY (unit_id, id));
            CREATE TABLE editor_changes (id TEXT, user_id INTEGER, doc TEXT,
                                         PRIMARY KEY (user_id, id));
            """
        )
        self._conn.execute("BEGIN")
        self._conn.executemany(
            "INSERT OR IGNORE INTO obs VALUES (?, ?, ?)",
            (
                (d["id"], d["unit_id"], json.dumps(d, ensure_ascii=False))
                for d in services.store.iter_observations()
            ),
        )
        self._conn.execute("COMMIT")
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def edit(self, serial: int, unit_id: str) -> float:
        """Read the unit's figures (for old → new), then write the three rows durably."""
        start = time.perf_counter()
        rows = self._conn.execute("SELECT doc FROM obs WHERE unit_id = ?", (unit_id,)).fetchall()
        figure = {"id": f"edit-{serial}", "unit_id": unit_id, "value": 5, "old": len(rows)}
        audit = {"id": f"c{serial}", "unit_id": unit_id, "items": [figure], "user_id": EDITOR}
        self._conn.execute("BEGIN")
        self._conn.execute(
            "INSERT INTO obs VALUES (?, ?, ?)", (figure["id"], unit_id, json.dumps(figure))
        )
        self._conn.execute(
            "INSERT INTO edits VALUES (?, ?, ?)", (audit["id"], unit_id, json.dumps(audit))
        )
        self._conn.execute(
            "INSERT INTO editor_changes VALUES (?, ?, ?)", (audit["id"], EDITOR, json.dumps(audit))
        )
        self._conn.execute("COMMIT")
        return time.perf_counter() - start

    def close(self) -> None:
        self._conn.close()


async def run(settings: Settings, args: argparse.Namespace, rng: random.Random, tmp: Path) -> None:
    request = OfflineRequest()
    app = build_application(settings, request=request)
    async with app:
        await app.post_init(app)
        try:
            services: Services = app.bot_data["services"]
            units = editable_communes(services, rng, 2 * args.updates + args.busy_edits + 10)
            commands = [edit_command(services, u, rng) for u in units]
            for command in commands[:10]:
                await app.process_update(
                    Update.de_json(message_update(command, user_id=EDITOR), app.bot)
                )
            ours = await time_updates(app, request, commands[10 : 10 + args.updates])

            alone = time_store_alone(services, units[10 + args.updates :][: args.updates], rng)
            sqlite = SqliteEdits(tmp / "baseline.sqlite", services)
            try:
                baseline = [sqlite.edit(n, u.id) for n, u in enumerate(units[: args.updates])]
            finally:
                sqlite.close()

            communes = [
                u for u in services.registry.gazetteer if u.level == "commune" and u.district
            ]
            readers = [f"{u.name} {u.district}" for u in rng.sample(communes, args.reads)]
            idle = await time_reads(app, readers, None)
            busy = await time_reads(app, readers, commands[10 + 2 * args.updates :])
        finally:
            await app.post_shutdown(app)

    print(_line("/capnhat through the Application (durable)", ours))
    print(_line("our store alone: plan + figure and audit in one transaction", alone))
    print(_line("sqlite3 WAL synchronous=FULL, same logical write", baseline))
    for label, samples in (("/capnhat", ours), ("store alone", alone)):
        ratio = percentile(samples, 0.99) / percentile(baseline, 0.99)
        print(
            f"{label} p99 / sqlite3 p99 = {ratio:.2f}x (target <= "
            f"{TARGETS['vs_sqlite_p99']:g}x: {_verdict(ratio <= TARGETS['vs_sqlite_p99'])})"
        )
    print(_line(f"/xa for other chats, idle ({READS_PER_SECOND:g}/s)", idle))
    print(_line(f"/xa for other chats, editor posting {EDITS_PER_SECOND:g} updates/s", busy))
    slow = percentile(busy, 0.99) / percentile(idle, 0.99)
    print(
        f"/xa p99 busy / idle = {slow:.2f}x (target <= {TARGETS['busy_vs_idle_p99']:g}x: "
        f"{_verdict(slow <= TARGETS['busy_vs_idle_p99'])})"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--updates", type=int, default=500)
    parser.add_argument("--reads", type=int, default=300)
    parser.add_argument("--busy-edits", type=int, default=300)
    parser.add_argument("--observations", type=int, default=300_000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="bench-editing-") as tmp:
        data_dir = Path(tmp) / "data"
        settings = Settings(
            _env_file=None,
            telegram_bot_token=None,
            bot_data_dir=data_dir,
            bot_admin_ids=frozenset({EDITOR}),
            bot_timezone="Asia/Ho_Chi_Minh",
        )
        units, written, seconds = build_store(data_dir, rng, args.observations)
        print(f"synthetic store: {written:,} observations over {units:,} units ({seconds:.0f} s)")
        Services.open(settings).close()
        asyncio.run(run(settings, args, rng, Path(tmp)))


if __name__ == "__main__":
    main()
