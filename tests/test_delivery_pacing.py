"""The pacer's rolling windows and priorities, on a virtual clock (no real waiting)."""

from __future__ import annotations

import asyncio
import itertools

from bot.delivery import Pacer, Priority
from bot.delivery.pacing import RollingWindow
from tests.auxil.faults import window_overflows
from tests.auxil.virtual_time import run_virtual


async def _grants(pacer: Pacer, chats: list[int], priority: Priority) -> list[float]:
    """Acquire once per entry of ``chats``, all at once; the grant times, in grant order."""
    loop = asyncio.get_running_loop()
    times: list[float] = []

    async def one(chat: int) -> None:
        await pacer.acquire(chat, priority)
        times.append(loop.time())

    await asyncio.gather(*(one(chat) for chat in chats))
    return times


def _pacer() -> Pacer:
    return Pacer(clock=asyncio.get_running_loop().time)


def test_window_counts_the_last_period() -> None:
    window = RollingWindow(2, 1.0)
    assert window.next_free(0.0) == 0.0
    window.record(0.0)
    window.record(0.4)
    assert window.next_free(0.5) == 1.0
    assert window.next_free(1.2) == 1.2


def test_never_more_than_30_in_any_rolling_second() -> None:
    """300 chats at once: no second holds 31, and the rate stays close to 30."""

    async def scenario() -> list[float]:
        return await _grants(_pacer(), list(range(1, 301)), Priority.BROADCAST)

    times = run_virtual(scenario())
    assert window_overflows(times, 30, 1.0) == 0
    rate = (len(times) - 1) / (times[-1] - times[0])
    assert 28.5 <= rate <= 30


def test_one_message_a_second_per_chat_and_twenty_a_minute_per_group() -> None:
    async def scenario() -> tuple[list[float], list[float]]:
        pacer = _pacer()
        private, group = await asyncio.gather(
            _grants(pacer, [7] * 5, Priority.BROADCAST),
            _grants(pacer, [-100500] * 25, Priority.BROADCAST),
        )
        return private, group

    private, group = run_virtual(scenario())
    assert all(b - a >= 1.0 for a, b in itertools.pairwise(private))
    assert window_overflows(group, 20, 60.0) == 0
    assert window_overflows(group, 1, 1.0) == 0
    assert group[20] - group[0] >= 60.0


def test_a_reply_overtakes_a_broadcast() -> None:
    """While 600 broadcast sends wait, a reply gets the next free slot of the second."""

    async def scenario() -> tuple[float, list[float]]:
        pacer = _pacer()
        loop = asyncio.get_running_loop()
        broadcast = asyncio.ensure_future(_grants(pacer, list(range(1, 601)), Priority.BROADCAST))
        await asyncio.sleep(3.0)
        asked = loop.time()
        await pacer.acquire(999_999, Priority.INTERACTIVE)
        waited = loop.time() - asked
        return waited, await broadcast

    waited, broadcast_times = run_virtual(scenario())
    assert waited <= 1.03 / 30 + 1e-6
    assert window_overflows(broadcast_times, 30, 1.0) == 0


def test_retry_after_holds_that_chat_only() -> None:
    async def scenario() -> tuple[float, list[float]]:
        pacer = _pacer()
        loop = asyncio.get_running_loop()
        await pacer.acquire(42, Priority.BROADCAST)
        pacer.note_retry_after(42, 5)
        start = loop.time()
        held = asyncio.ensure_future(pacer.acquire(42, Priority.BROADCAST))
        others = await _grants(pacer, list(range(100, 160)), Priority.BROADCAST)
        await held
        return loop.time() - start, [t - start for t in others]

    held_for, others = run_virtual(scenario())
    assert held_for >= 5.0
    assert others[-1] < 5.0  # the other 60 chats went meanwhile


def test_many_chats_told_to_wait_pause_everyone() -> None:
    async def scenario() -> float:
        pacer = _pacer()
        loop = asyncio.get_running_loop()
        for chat in (1, 2, 3):
            pacer.note_retry_after(chat, 4)
        start = loop.time()
        await pacer.acquire(77, Priority.INTERACTIVE)
        return loop.time() - start

    assert run_virtual(scenario()) >= 4.0
