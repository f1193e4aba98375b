"""The deliverer through the real Application, against an offline Bot API that plays faults.

Every scenario runs on a virtual clock (tests/auxil/virtual_time.py): the 150 ms round
trips, Telegram's windows, ``retry_after`` and back-off all pass without real waiting.
Messages are numbered; what matters is what Telegram accepted: each number exactly once
(a timeout after acceptance being the one documented way to get a second copy), in order
within a chat, within the flood limits.
"""

from __future__ import annotations

import asyncio
import random
import re
from collections import Counter
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from telegram import Update

from bot.app import build_application
from bot.constants import OUTBOX_FAILED_COLLECTION
from bot.delivery import (
    Deliverer,
    FloodLimiter,
    OutboundMessage,
    StateWrite,
    enqueue_run,
    pending_entries,
)
from bot.offline import message_update
from bot.services import Services
from tests.auxil.faults import Accepted, Fault, FaultyRequest, window_overflows
from tests.auxil.harness import make_settings, plain
from tests.auxil.virtual_time import run_virtual

pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*:DeprecationWarning")
_NUMBER = re.compile(r"Tin số (\d+)")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@dataclass
class Delivery:
    services: Services
    deliverer: Deliverer
    request: FaultyRequest
    app: object
    gone: list[int] = field(default_factory=list)
    migrated: list[tuple[int, int]] = field(default_factory=list)


@asynccontextmanager
async def delivering(data_dir: Path, request: FaultyRequest) -> AsyncIterator[Delivery]:
    """The real application with our limiter on the loop's (virtual) clock, started."""
    loop = asyncio.get_running_loop()
    settings = make_settings(data_dir)
    services = await asyncio.to_thread(Services.open, settings)
    limiter = FloodLimiter(clock=loop.time)
    app = build_application(settings, request=request, services=services, rate_limiter=limiter)
    gone: list[int] = []
    migrated: list[tuple[int, int]] = []
    deliverer = Deliverer(
        services.store,
        on_chat_gone=gone.append,
        on_chat_migrated=lambda old, new: migrated.append((old, new)),
    )
    app.bot_data["deliverer"] = deliverer
    async with app:
        await app.post_init(app)
        try:
            yield Delivery(services, deliverer, request, app, gone, migrated)
        finally:
            await app.post_shutdown(app)


def numbered(chat_id: int, number: int, **kwargs: object) -> OutboundMessage:
    return OutboundMessage(chat_id, f"<b>Tin số {number}</b> gửi {chat_id}", **kwargs)  # type: ignore[arg-type]


def enqueue_numbered(services: Services, chats: dict[int, int]) -> dict[int, list[int]]:
    """``chats``: chat id -> how many messages (one run each chat); returns the numbers."""
    numbers: dict[int, list[int]] = {}
    counter = 0
    for chat, count in chats.items():
        numbers[chat] = list(range(counter, counter + count))
        counter += count
        messages = [numbered(chat, n) for n in numbers[chat]]
        assert enqueue_run(services.store, f"test:{chat}", messages)
    return numbers


def numbers_of(accepted: list[Accepted]) -> list[int]:
    return [int(m.group(1)) for a in accepted if (m := _NUMBER.search(a.text))]


def assert_within_limits(accepted: list[Accepted]) -> None:
    times = [a.at for a in accepted]
    assert window_overflows(times, 30, 1.0) == 0
    for chat in {a.chat_id for a in accepted}:
        chat_times = [a.at for a in accepted if a.chat_id == chat]
        assert window_overflows(chat_times, 1, 1.0) == 0
        if chat < 0:
            assert window_overflows(chat_times, 20, 60.0) == 0


def first_seen_in_order(accepted: list[Accepted], chat: int) -> bool:
    seen: list[int] = []
    for n in numbers_of([a for a in accepted if a.chat_id == chat]):
        if n not in seen:
            seen.append(n)
    return seen == sorted(seen)


def test_every_message_once_within_the_limits(data_dir: Path) -> None:
    """120 private chats and 3 groups (photo, then text): all arrive once, none too fast."""

    async def scenario() -> tuple[FaultyRequest, dict[int, list[int]], Delivery]:
        request = FaultyRequest()
        async with delivering(data_dir, request) as d:
            chats = {chat: 1 for chat in range(1, 121)} | {-100 - g: 25 for g in range(3)}
            numbers = await asyncio.to_thread(enqueue_numbered, d.services, chats)
            baseline = StateWrite("digest_baselines", "5:xa", {"seen": True})
            photo_run = [
                OutboundMessage(5, "Biểu đồ", photo=PNG),
                OutboundMessage(5, "Chữ sau ảnh", after_sent=(baseline,)),
            ]
            await asyncio.to_thread(enqueue_run, d.services.store, "photo:5", photo_run)
            d.deliverer.wake()
            await d.deliverer.drain()
            assert await asyncio.to_thread(pending_entries, d.services.store) == []
            assert d.services.store.get_doc("digest_baselines", "5:xa") == {"seen": True}
        return request, numbers, d

    request, numbers, d = run_virtual(scenario())
    expected = sorted(n for ns in numbers.values() for n in ns)
    assert sorted(numbers_of(request.accepted)) == expected
    assert request.flood_429s == 0 and d.deliverer.stats.rate_limited == 0
    assert_within_limits(request.accepted)
    assert all(first_seen_in_order(request.accepted, chat) for chat in numbers)
    to_five = [a for a in request.accepted if a.chat_id == 5]
    assert [a.method for a in to_five] == ["sendMessage", "sendPhoto", "sendMessage"]
    assert [a.text for a in to_five[1:]] == ["Biểu đồ", "Chữ sau ảnh"]
    # 75 group messages at 20 a minute: the groups set the pace, the private chats did not wait.
    private = [a.at for a in request.accepted if a.chat_id > 0]
    assert max(private) - min(private) < 10


def test_faults_each_get_their_answer(data_dir: Path) -> None:
    """429 holds one chat, 403 ends one, a migrated group is followed, 5xx and timeouts retry."""

    async def scenario() -> tuple[Delivery, dict[int, list[int]]]:
        request = FaultyRequest()
        request.fail(11, Fault("retry_after", 7))
        request.fail(12, Fault("forbidden"))
        request.fail(-13, Fault("migrate", -1_001_300))
        request.fail(14, Fault("server", 502), Fault("server", 500))
        request.fail(15, Fault("timeout"))
        request.fail(16, Fault("bad_request"))
        async with delivering(data_dir, request) as d:
            chats = {11: 2, 12: 3, -13: 3, 14: 2, 15: 2, 16: 2} | {c: 1 for c in range(100, 160)}
            numbers = await asyncio.to_thread(enqueue_numbered, d.services, chats)
            d.deliverer.wake()
            await d.deliverer.drain()
            failed = d.services.store.all_docs(OUTBOX_FAILED_COLLECTION, part="16")
            assert [doc["index"] for doc in failed] == [0]
        return d, numbers

    d, numbers = run_virtual(scenario())
    accepted = d.request.accepted
    got = Counter(numbers_of(accepted))
    assert d.gone == [12]
    assert not any(a.chat_id == 12 for a in accepted)
    assert d.migrated == [(-13, -1_001_300)]
    assert numbers_of([a for a in accepted if a.chat_id == -1_001_300]) == numbers[-13]
    for chat in (11, 14, 15):
        assert numbers_of([a for a in accepted if a.chat_id == chat]) == numbers[chat]
    assert numbers_of([a for a in accepted if a.chat_id == 16]) == numbers[16][1:]
    assert all(got[n] == 1 for n in got)
    held = [a.at for a in accepted if a.chat_id == 11]
    others = [a.at for a in accepted if a.chat_id >= 100]
    assert held[0] >= 7.0 and max(others) < held[0]  # the 429 stalled no one else
    assert d.request.flood_429s == 0
    assert_within_limits(accepted)


def test_numbered_messages_under_random_faults(data_dir: Path) -> None:
    """450 numbered messages, one send in five failing at random: none lost, and the only
    copies are those of timeouts that came after Telegram had accepted."""

    async def scenario() -> tuple[FaultyRequest, dict[int, list[int]]]:
        request = FaultyRequest(rng=random.Random(6), fault_rate=0.2)
        async with delivering(data_dir, request) as d:
            chats = {chat: 3 for chat in range(1, 141)} | {-500 - g: 3 * 10 for g in range(1)}
            numbers = await asyncio.to_thread(enqueue_numbered, d.services, chats)
            d.deliverer.wake()
            await d.deliverer.drain()
        return request, numbers

    request, numbers = run_virtual(scenario())
    expected = {n for ns in numbers.values() for n in ns}
    got = Counter(numbers_of(request.accepted))
    lost = expected - set(got)
    duplicated = sum(count - 1 for count in got.values())
    late_timeouts = sum(1 for _, fault in request.faults_played if fault.kind == "timeout_after")
    kinds = Counter(fault.kind for _, fault in request.faults_played)
    assert set(kinds) >= {"retry_after", "server", "timeout", "timeout_after"}
    assert lost == set()
    assert duplicated == late_timeouts
    assert request.flood_429s == 0
    assert all(first_seen_in_order(request.accepted, chat) for chat in numbers)
    assert_within_limits(request.accepted)


def test_a_restart_in_the_middle_resends_only_what_was_not_marked(data_dir: Path) -> None:
    """The process stops after 40-odd messages, sends hanging; the next one sends the rest."""
    chats = {chat: 2 for chat in range(1, 61)}

    async def first_run() -> tuple[list[int], dict[int, list[int]]]:
        request = FaultyRequest(hang_after=40)
        async with delivering(data_dir, request) as d:
            numbers = await asyncio.to_thread(enqueue_numbered, d.services, chats)
            d.deliverer.wake()
            while True:
                left = await asyncio.to_thread(pending_entries, d.services.store)
                if len(request.accepted) >= 40 and len(left) == 120 - len(request.accepted):
                    break
                await asyncio.sleep(0.5)
        return numbers_of(request.accepted), numbers

    async def second_run() -> list[int]:
        request = FaultyRequest()
        async with delivering(data_dir, request) as d:
            await d.deliverer.drain()
        return numbers_of(request.accepted)

    before, numbers = run_virtual(first_run())
    after = run_virtual(second_run())
    assert 40 <= len(before) < 120
    assert not set(before) & set(after)
    assert sorted(before + after) == sorted(n for ns in numbers.values() for n in ns)


def test_replies_keep_flowing_during_a_broadcast(data_dir: Path) -> None:
    """A /help typed while 200 digests wait is answered within a slot and a round trip."""

    async def scenario() -> tuple[float, str, Callable[[], int]]:
        request = FaultyRequest()
        async with delivering(data_dir, request) as d:
            await asyncio.to_thread(enqueue_numbered, d.services, {c: 1 for c in range(1, 201)})
            d.deliverer.wake()
            await asyncio.sleep(3.0)
            loop = asyncio.get_running_loop()
            start = loop.time()
            update = Update.de_json(message_update("/help", user_id=9999), d.app.bot)  # type: ignore[attr-defined]
            await d.app.process_update(update)  # type: ignore[attr-defined]
            waited = loop.time() - start
            reply = request.texts_to(9999)[0]
            sent_by_then = len(request.accepted)
            await d.deliverer.drain()
        return waited, reply, lambda: sent_by_then

    waited, reply, sent_by_then = run_virtual(scenario())
    assert "/xa" in plain(reply)
    assert waited <= 0.15 + 1.03 / 30 + 0.01
    assert sent_by_then() < 200  # the broadcast was still going
