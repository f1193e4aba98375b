"""How fast are inline answers and history charts when the store holds all of Vietnam?

Run on demand: ``python bench/reach.py [--queries N] [--charts N] [--observations N]``.
Builds the synthetic national store of ``bench/lookup.py``, then times, through the whole
``Application`` on an offline Bot API (so the network is excluded): inline queries of
every kind officials type, and ``/lichsu`` charts drawn as the bot draws them; and, while
charts are being drawn, ``/xa`` for other chats beside its idle time. Prints figures
beside their targets; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from telegram import Update

from bench.lookup import build_store, make_queries
from bench.synthetic import percentile
from bot.app import build_application
from bot.charts import render_series_chart
from bot.handlers import lichsu
from bot.handlers.lichsu import _chart
from bot.offline import OfflineRequest, message_update
from bot.services import Services
from bot.settings import Settings

__all__ = ["main"]

TARGETS = {"inline_p99_ms": 20.0, "chart_p99_ms": 150.0, "xa_ratio": 2.0}


def _inline_update(text: str, n: int) -> dict:
    return {
        "update_id": 10_000_000 + n,
        "inline_query": {
            "id": f"q{n}",
            "from": {"id": 5000 + n, "is_bot": False, "first_name": "Cán bộ"},
            "query": text,
            "offset": "",
        },
    }


def _ms(samples: list[float], fraction: float) -> float:
    return percentile(samples, fraction) * 1000


async def run(settings: Settings, queries: list[str], charts: int) -> dict[str, list[float]]:
    request = OfflineRequest()
    app = build_application(settings, request=request, rate_limiter=None, warm=True)
    timings: dict[str, list[float]] = {
        "inline": [],
        "chart": [],
        "chart_here": [],
        "xa_idle": [],
        "xa_busy": [],
    }
    async with app:
        await app.post_init(app)
        try:
            services: Services = app.bot_data["services"]
            for n, text in enumerate(queries):
                update = Update.de_json(_inline_update(text, n), app.bot)
                start = time.perf_counter()
                await app.process_update(update)
                timings["inline"].append(time.perf_counter() - start)
            units = [u for u in services.registry if services.registry.has_figures(u.id)]
            units = [u for u in units if u.level == "commune"][:charts]
            for unit in units:
                start = time.perf_counter()
                await asyncio.to_thread(_chart, services, unit, None)
                timings["chart"].append(time.perf_counter() - start)
            # Baseline, same run and machine: the same charts drawn in this process.
            for unit in units:
                with_worker = lichsu.draw_chart
                lichsu.draw_chart = render_series_chart
                try:
                    start = time.perf_counter()
                    await asyncio.to_thread(_chart, services, unit, None)
                    timings["chart_here"].append(time.perf_counter() - start)
                finally:
                    lichsu.draw_chart = with_worker

            async def xa(n: int, key: str) -> None:
                update = Update.de_json(message_update("/xa Mỹ Thạnh", user_id=900 + n), app.bot)
                start = time.perf_counter()
                await app.process_update(update)
                timings[key].append(time.perf_counter() - start)

            for n in range(100):
                await xa(n, "xa_idle")
            drawing = asyncio.gather(
                *(asyncio.to_thread(_chart, services, unit, None) for unit in units[:20])
            )
            for n in range(100):
                await xa(n, "xa_busy")
                await asyncio.sleep(0.005)
            await drawing
        finally:
            await app.post_shutdown(app)
    return timings


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--charts", type=int, default=100)
    parser.add_argument("--observations", type=int, default=300_000)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="bench-reach-") as tmp:
        data_dir = Path(tmp) / "data"
        settings = Settings(_env_file=None, telegram_bot_token=None, bot_data_dir=data_dir)
        units, written, seconds = build_store(data_dir, rng, args.observations)
        print(f"synthetic store: {written:,} figures over {units:,} units ({seconds:.0f} s)")
        Services.open(settings).close()
        queries = [text for _kind, text in make_queries(rng, args.queries)]
        t = asyncio.run(run(settings, queries, args.charts))
    inline_p99 = _ms(t["inline"], 0.99)
    chart_p99 = _ms(t["chart"], 0.99)
    idle, busy = _ms(t["xa_idle"], 0.99), _ms(t["xa_busy"], 0.99)
    print(
        f"inline answer: n={len(t['inline'])} p50={_ms(t['inline'], 0.5):.2f} ms "
        f"p99={inline_p99:.2f} ms (target <= {TARGETS['inline_p99_ms']:g} ms)"
    )
    print(
        f"history chart: n={len(t['chart'])} p50={_ms(t['chart'], 0.5):.1f} ms "
        f"p99={chart_p99:.1f} ms (target <= {TARGETS['chart_p99_ms']:g} ms)"
    )
    here_p99 = _ms(t["chart_here"], 0.99)
    print(
        f"  baseline, drawn in the bot's own process: p50={_ms(t['chart_here'], 0.5):.1f} ms "
        f"p99={here_p99:.1f} ms (worker / in-process p99: {chart_p99 / here_p99:.2f}x)"
    )
    print(
        f"/xa p99 idle {idle:.2f} ms, while 20 charts draw {busy:.2f} ms: "
        f"{busy / idle:.2f}x (target <= {TARGETS['xa_ratio']:g}x)"
    )


if __name__ == "__main__":
    main()
