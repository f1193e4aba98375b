"""Can a Monday broadcast reach every chat once, at Telegram's pace, while replies keep flowing?

Run on demand: ``python bench/broadcast.py [--chats 3000] [--groups 50] [--latency 0.15]``
(``--chats 300`` for a run of a few seconds per variant). Starts a flood-limit simulator
of the Bot API on 127.0.0.1 in its own process: it counts every message on arrival over
rolling windows, as Telegram does (30 in any second, 1 a second per chat, 20 a minute per
group), answers 429 with ``retry_after`` when one is exceeded, and answers every call
after ``--latency`` seconds, a real round trip. Then, for each variant, the real
``Application`` (``build_application`` with ``TELEGRAM_BASE_URL`` pointing at the
simulator, long polling it) enqueues one run per chat (one message per private chat,
``--group-messages`` per group) and its deliverer sends them all, while the simulator
types ``/xa`` from other users every ``--probe-every`` seconds:

* ``ours``: the bot as configured, with :class:`bot.delivery.FloodLimiter`;
* ``aio``: the same bot and deliverer with PTB's ``AIORateLimiter()`` at its defaults.

Prints msg/s (as the simulator accepted them), chats that got nothing, chats that got
something twice, 429s, the delay of replies to ``/xa``, and CPU in this process per
message built and per message delivered. The message is a representative digest: the
real ``/xa`` summary of a commune, rendered by its template. Asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import multiprocessing
import re
import shutil
import statistics
import sys
import tempfile
import time
import urllib.request
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from telegram.ext import AIORateLimiter, Application

from bot.app import RateLimiterChoice, build_application, start_services, stop_services
from bot.delivery import Deliverer, OutboundMessage, enqueue_run
from bot.domain.summary import summarize_unit
from bot.offline import BOT_USER, message_update
from bot.rendering import render
from bot.services import Services
from bot.settings import Settings

__all__ = ["main"]

TOKEN = "123456:BENCH"
TARGETS = {"msg_per_s": 28.5, "lost": 0, "duplicated": 0, "429s": 0}
_MARK = re.compile(r"#(\d+)\.(\d+)<")
_SENDS = frozenset({"sendMessage", "sendPhoto"})
PROBE_USER = 900_000_000
MAX_POLL_SECONDS = 1.0


# The simulator (its own process)


class FloodSimulator:
    """Telegram's counting, on arrival, over rolling windows; one asyncio thread, no locks.

    One event loop rather than a thread per connection: the arrival time it stamps is
    not delayed by thread scheduling, so what it counts is what the bot sent.
    """

    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.reset()

    def reset(self) -> None:
        self.windows: dict[str, deque[float]] = {}
        self.delivered: Counter[str] = Counter()
        self.accepted_at: list[float] = []
        self.flood_429s = 0
        self.updates: deque[dict[str, Any]] = deque()
        self.update_id = 0
        self.probes: dict[int, float] = {}
        self.reply_delays: list[float] = []

    def admit(self, chat_id: int, now: float) -> float | None:
        """None when the message fits every window (and is counted); else seconds to wait."""
        limits = [("all", 30, 1.0), (f"c{chat_id}", 1, 1.0)]
        if chat_id < 0:
            limits.append((f"g{chat_id}", 20, 60.0))
        wait = 0.0
        for name, limit, period in limits:
            times = self.windows.setdefault(name, deque())
            while times and times[0] <= now - period:
                times.popleft()
            if len(times) >= limit:
                wait = max(wait, times[0] + period - now)
        if wait:
            self.flood_429s += 1
            return wait
        for name, _limit, _period in limits:
            self.windows[name].append(now)
        self.accepted_at.append(now)
        return None

    def push(self, user_id: int, text: str) -> None:
        self.update_id += 1
        update = message_update(text, user_id=user_id)
        update["update_id"] = self.update_id
        self.updates.append(update)

    async def poll(self, offset: int, timeout: float) -> list[dict[str, Any]]:
        end = time.monotonic() + min(timeout, MAX_POLL_SECONDS)
        while True:
            while self.updates and self.updates[0]["update_id"] < offset:
                self.updates.popleft()
            if self.updates or time.monotonic() >= end:
                break
            await asyncio.sleep(0.01)
        handed = list(self.updates)
        now = time.monotonic()
        for update in handed:
            self.probes.setdefault(update["message"]["chat"]["id"], now)
        return handed

    async def answer(
        self, method: str, params: dict[str, str], arrived: float
    ) -> tuple[int, dict[str, Any]]:
        if method == "getUpdates":
            offset, timeout = int(params.get("offset") or 0), float(params.get("timeout") or 0)
            return 200, {"ok": True, "result": await self.poll(offset, timeout)}
        result: Any = True
        if method in _SENDS:
            chat_id = int(params["chat_id"])
            wait = self.admit(chat_id, arrived)
            await asyncio.sleep(self.latency)
            if wait is not None:
                retry = max(1, round(wait + 0.5))
                return 429, {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {retry}",
                    "parameters": {"retry_after": retry},
                }
            text = params.get("text") or params.get("caption") or ""
            for run, index in _MARK.findall(text):
                self.delivered[f"{run}.{index}"] += 1
            asked = self.probes.pop(chat_id, None) if chat_id >= PROBE_USER else None
            if asked is not None:
                self.reply_delays.append(arrived - asked)
            result = {
                "message_id": 1,
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                "text": text,
            }
        else:
            await asyncio.sleep(self.latency)
            if method == "getMe":
                result = {**BOT_USER, "id": int(TOKEN.split(":")[0])}
        return 200, {"ok": True, "result": result}

    def control(self, action: str, params: dict[str, Any]) -> dict[str, Any]:
        if action == "reset":
            self.reset()
        elif action == "push":
            self.push(int(params["user_id"]), params["text"])
        elif action == "stats":
            return {
                "delivered": dict(self.delivered),
                "accepted_at": list(self.accepted_at),
                "flood_429s": self.flood_429s,
                "reply_delays": list(self.reply_delays),
            }
        return {"ok": True}

    async def connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """HTTP/1.1 with keep-alive, one request after another, as httpx sends them."""
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                arrived = time.monotonic()
                lines = head.decode("latin-1").split("\r\n")
                target = lines[0].split(" ")[1]
                headers = {
                    name.strip().lower(): value.strip()
                    for name, _, value in (line.partition(":") for line in lines[1:] if line)
                }
                body = await reader.readexactly(int(headers.get("content-length") or 0))
                url = urlsplit(target)
                params: dict[str, Any] = dict(parse_qsl(url.query))
                if headers.get("content-type", "").startswith("application/json") and body:
                    params.update(json.loads(body))
                elif body:
                    params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
                path = url.path.strip("/").split("/")
                if path[0] == "control":
                    status, answer = 200, self.control(path[1], params)
                else:
                    status, answer = await self.answer(path[-1], params, arrived)
                data = json.dumps(answer).encode()
                writer.write(
                    f"HTTP/1.1 {status} -\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(data)}\r\n\r\n".encode()
                    + data
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass  # the bot closed the connection
        finally:
            writer.close()


async def _serve(port_out: Any, latency: float) -> None:
    sim = FloodSimulator(latency)
    server = await asyncio.start_server(sim.connection, "127.0.0.1", 0)
    port_out.send(server.sockets[0].getsockname()[1])
    async with server:
        await server.serve_forever()


def serve(port_out: Any, latency: float) -> None:
    """The simulator process: serve until the parent ends it (daemon process)."""
    asyncio.run(_serve(port_out, latency))


class SimulatorClient:
    def __init__(self, port: int) -> None:
        self.root = f"http://127.0.0.1:{port}"

    def control(self, action: str, **params: Any) -> dict[str, Any]:
        data = json.dumps(params).encode()
        request = urllib.request.Request(
            f"{self.root}/control/{action}", data, {"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=30) as answer:
            return json.loads(answer.read())


# The bot side


@dataclass
class Outcome:
    name: str
    messages: int
    wall_s: float
    msg_per_s: float
    lost_chats: int
    duplicated_chats: int
    lost: int
    duplicated: int
    flood_429s: int
    reply_p50_ms: float
    reply_max_ms: float
    replies: int
    probes: int
    cpu_ms_per_message: float


def build_messages(
    services: Services, chats: int, groups: int, group_messages: int
) -> tuple[dict[int, list[OutboundMessage]], float]:
    """One run per chat, representative digests; CPU per message built."""
    units = [u for u in services.registry.article_units() if services.observations(u.id)]
    today = services.today()
    runs: dict[int, list[OutboundMessage]] = {}
    start = time.process_time()
    # Groups among the private chats, as subscriptions come, not all at the end.
    chat_ids: list[int] = [1_000 + n for n in range(chats)]
    for g in range(groups):
        chat_ids.insert((g * len(chat_ids)) // groups, -1_000_000 - g)
    for run, chat in enumerate(chat_ids):
        count = 1 if chat > 0 else group_messages
        messages = []
        for index in range(count):
            unit = units[(run + index) % len(units)]
            summary = summarize_unit(
                unit, services.observations(unit.id), services.catalog, services.registry, today
            )
            text = render(services.templates, "xa", s=summary, share=None)
            # The mark the simulator counts by: run and message number.
            messages.append(OutboundMessage(chat, f"{text}\n<i>#{run}.{index}</i>"))
        runs[chat] = messages
    built = sum(len(m) for m in runs.values())
    return runs, (time.process_time() - start) / built * 1000


async def run_variant(
    name: str,
    limiter: RateLimiterChoice,
    seeded: Path,
    work: Path,
    port: int,
    runs: dict[int, list[OutboundMessage]],
    probe_names: list[str],
    probe_every: float,
) -> Outcome:
    sim = SimulatorClient(port)
    await asyncio.to_thread(sim.control, "reset")
    data_dir = work / name
    shutil.copytree(seeded, data_dir, ignore=shutil.ignore_patterns("*.lock"))
    settings = Settings(
        _env_file=None,
        telegram_bot_token=TOKEN,
        telegram_base_url=f"http://127.0.0.1:{port}/bot",
        bot_data_dir=data_dir,
        bot_timezone="Asia/Ho_Chi_Minh",
    )
    app: Application = build_application(settings, rate_limiter=limiter)
    async with app:
        await start_services(app)
        await app.updater.start_polling(poll_interval=0.0, timeout=1)  # type: ignore[union-attr]
        await app.start()
        deliverer: Deliverer = app.bot_data["deliverer"]
        store = app.bot_data["services"].store

        def enqueue_all() -> None:
            for chat, messages in runs.items():
                enqueue_run(store, f"bench:{name}:{chat}", messages)

        await asyncio.to_thread(enqueue_all)
        probes = 0
        stop_probing = asyncio.Event()

        async def probe() -> None:
            nonlocal probes
            while not stop_probing.is_set():
                text = f"/xa {probe_names[probes % len(probe_names)]}"
                await asyncio.to_thread(sim.control, "push", user_id=PROBE_USER + probes, text=text)
                probes += 1
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop_probing.wait(), probe_every)

        samples: list[tuple[int, int]] = []

        async def sample() -> None:
            pacer = getattr(app.bot.rate_limiter, "pacer", None)
            while True:
                await asyncio.sleep(0.25)
                samples.append((deliverer.in_flight, pacer.waiting if pacer else -1))

        # Warm up as a bot that has been running: the first /xa builds its indexes.
        warm_up = {"user_id": PROBE_USER + 999_999, "text": "/xa Mỹ Thạnh"}
        await asyncio.to_thread(sim.control, "push", **warm_up)
        for _ in range(100):
            await asyncio.sleep(0.2)
            if (await asyncio.to_thread(sim.control, "stats"))["reply_delays"]:
                break
        await asyncio.to_thread(sim.control, "reset")
        cpu0, wall0 = time.process_time(), time.perf_counter()
        deliverer.wake()
        prober = asyncio.create_task(probe())
        sampler = asyncio.create_task(sample())
        await deliverer.drain()
        sampler.cancel()
        print(
            f"  in flight (mean) {statistics.fmean(s[0] for s in samples):.1f}, "
            f"waiting for the pacer {statistics.fmean(s[1] for s in samples):.1f}"
        )
        wall = time.perf_counter() - wall0
        cpu = time.process_time() - cpu0
        stop_probing.set()
        await prober
        await asyncio.sleep(1.0)  # the last probe's reply
        await app.updater.stop()  # type: ignore[union-attr]
        await app.stop()
        await stop_services(app)
    stats = await asyncio.to_thread(sim.control, "stats")
    expected = {f"{run}.{i}" for run, chat in enumerate(runs) for i in range(len(runs[chat]))}
    delivered: dict[str, int] = stats["delivered"]
    lost_keys = expected - set(delivered)
    duplicated_keys = {k for k, n in delivered.items() if n > 1}
    times = sorted(stats["accepted_at"])
    broadcast = len(times)
    delays = [d * 1000 for d in stats["reply_delays"]]
    return Outcome(
        name=name,
        messages=len(expected),
        wall_s=wall,
        msg_per_s=(broadcast - 1) / (times[-1] - times[0]) if broadcast > 1 else 0.0,
        lost_chats=len({k.split(".")[0] for k in lost_keys}),
        duplicated_chats=len({k.split(".")[0] for k in duplicated_keys}),
        lost=len(lost_keys),
        duplicated=sum(delivered[k] - 1 for k in duplicated_keys),
        flood_429s=stats["flood_429s"],
        reply_p50_ms=statistics.median(delays) if delays else float("nan"),
        reply_max_ms=max(delays) if delays else float("nan"),
        replies=len(delays),
        probes=probes,
        cpu_ms_per_message=cpu / max(1, len(expected)) * 1000,
    )


def _reply_delays(o: Outcome) -> str:
    return f"{o.reply_p50_ms:.0f} / {o.reply_max_ms:.0f}"


def _report(outcomes: list[Outcome], build_ms: float, latency: float) -> None:
    print(f"\nRound trip {latency * 1000:.0f} ms; CPU to build one message: {build_ms:.2f} ms")
    rows: list[tuple[str, Callable[[Outcome], str], str]] = [
        ("messages", lambda o: str(o.messages), ""),
        ("wall time (s)", lambda o: f"{o.wall_s:.1f}", ""),
        ("msg/s accepted", lambda o: f"{o.msg_per_s:.2f}", f">= {TARGETS['msg_per_s']}"),
        ("chats with 0 digests", lambda o: str(o.lost_chats), "0"),
        ("chats with more than one", lambda o: str(o.duplicated_chats), "0"),
        ("messages lost / duplicated", lambda o: f"{o.lost} / {o.duplicated}", "0 / 0"),
        ("429s received", lambda o: str(o.flood_429s), "0"),
        ("/xa replies during the run", lambda o: f"{o.replies} of {o.probes}", ""),
        ("reply delay p50 / max (ms)", _reply_delays, ""),
        ("CPU per message sent (ms)", lambda o: f"{o.cpu_ms_per_message:.2f}", ""),
    ]
    names = [o.name for o in outcomes]
    print(f"{'':30}" + "".join(f"{n:>16}" for n in names) + f"{'target':>12}")
    for label, value, target in rows:
        print(f"{label:30}" + "".join(f"{value(o):>16}" for o in outcomes) + f"{target:>12}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=3000, help="private chats subscribed")
    parser.add_argument("--groups", type=int, default=50, help="groups subscribed")
    parser.add_argument("--group-messages", type=int, default=3, help="messages per group")
    parser.add_argument("--latency", type=float, default=0.15, help="round trip (s)")
    parser.add_argument("--probe-every", type=float, default=2.0, help="seconds between /xa")
    parser.add_argument(
        "--variants", default="ours,aio", help="comma-separated: ours (FloodLimiter), aio"
    )
    args = parser.parse_args(argv)
    receive, send = multiprocessing.Pipe(duplex=False)
    simulator = multiprocessing.Process(target=serve, args=(send, args.latency), daemon=True)
    simulator.start()
    port = receive.recv()
    try:
        with tempfile.TemporaryDirectory(prefix="bench-broadcast-") as tmp:
            work = Path(tmp)
            seeded = work / "seeded"
            base = Settings(_env_file=None, bot_data_dir=seeded, bot_timezone="Asia/Ho_Chi_Minh")
            services = Services.open(base)
            try:
                runs, build_ms = build_messages(
                    services, args.chats, args.groups, args.group_messages
                )
                probe_names = [u.name for u in services.registry.article_units()][:20]
            finally:
                services.close()
            limiters: dict[str, RateLimiterChoice] = {"ours": "telegram", "aio": AIORateLimiter()}
            outcomes = []
            for name in args.variants.split(","):
                print(f"running {name} …", flush=True)
                outcome = asyncio.run(
                    run_variant(
                        name,
                        limiters[name],
                        seeded,
                        work,
                        port,
                        runs,
                        probe_names,
                        args.probe_every,
                    )
                )
                outcomes.append(outcome)
            _report(outcomes, build_ms, args.latency)
    finally:
        simulator.terminate()
        simulator.join(5)


if __name__ == "__main__":
    main()
