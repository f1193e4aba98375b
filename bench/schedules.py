"""How long does a start take to rebuild the weekly schedules, and to send what is owed?

Run on demand: ``python bench/schedules.py [--chats N]``. Seeds a store in a temporary
directory, subscribes N chats (private chats and one group in twenty, spread over the
units with figures and over the week), then starts the real ``Application`` offline
twice, timing ``schedule_all`` in ``post_init``:

* a start when nothing is owed (every subscription made just now): reading the
  subscriptions and making one job each, until the bot answers (``post_init``);
* a start a week later with every digest owed: the same wait to answer, then the CPU to
  compose and enqueue each digest in the background (the outbox write included), and the
  deliverer sending them all without a rate limiter;
* a restart right after: nothing is owed any more, nothing is sent.

Prints wall-clock and CPU figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import build_application
from bot.domain.subscriptions import subscribe
from bot.domain.weekly import WeeklyTime
from bot.jobs.digests import finish_catch_up
from bot.offline import OfflineRequest
from bot.services import Services
from tests.auxil.harness import make_settings


def _subscribe_all(settings, chats: int, at: datetime) -> int:
    services = Services.open(settings)
    try:
        units = sorted(services.store.unit_ids_with_observations())
        with services.store.transaction():
            for n in range(chats):
                chat_id = -(10**12 + n) if n % 20 == 0 else 10**9 + n
                weekly = WeeklyTime(n % 7, 6 + n % 12, (n * 7) % 60)
                subscribe(
                    services.store,
                    chat_id,
                    units[n % len(units)],
                    weekly,
                    chat_type="group" if chat_id < 0 else "private",
                    created_by=1,
                    now=at,
                )
        return len(units)
    finally:
        services.close()


async def _start(settings, now: datetime) -> tuple[float, float, int, float]:
    """(wall s until the bot answers, CPU s until caught up, messages sent, wall s to send)."""
    services = await asyncio.to_thread(Services.open, settings)
    services.clock = lambda: now
    request = OfflineRequest()
    app = build_application(settings, request=request, services=services, rate_limiter=None)
    async with app:
        wall, cpu = time.perf_counter(), time.process_time()
        await app.post_init(app)
        wall = time.perf_counter() - wall
        await finish_catch_up(app)
        cpu = time.process_time() - cpu
        drained = time.perf_counter()
        await app.bot_data["deliverer"].drain()
        drained = time.perf_counter() - drained
        sent = len(request.sent("sendMessage")) + len(request.sent("sendPhoto"))
        await app.post_shutdown(app)
    return wall, cpu, sent, drained


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=3000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = make_settings(Path(tmp) / "data")
        made = datetime(2026, 11, 25, 10, 0, tzinfo=settings.tzinfo)
        units = _subscribe_all(settings, args.chats, made)
        print(f"{args.chats} subscriptions over {units} units with figures")
        wall, cpu, sent, _ = asyncio.run(_start(settings, made + timedelta(minutes=1)))
        print(f"start, nothing owed:   answers after {wall:5.2f} s, {cpu:6.2f} s CPU, {sent} sent")
        wall, cpu, sent, drained = asyncio.run(_start(settings, made + timedelta(days=7)))
        per = 1000 * cpu / max(args.chats, 1)
        print(
            f"start, all owed:       answers after {wall:5.2f} s, {cpu:6.2f} s CPU to catch up"
            f" ({per:.2f} ms CPU per owed digest), {sent} messages sent in {drained:.2f} s more"
        )
        wall, cpu, sent, _ = asyncio.run(_start(settings, made + timedelta(days=7)))
        print(f"restart, all sent:     answers after {wall:5.2f} s, {cpu:6.2f} s CPU, {sent} sent")


if __name__ == "__main__":
    main()
