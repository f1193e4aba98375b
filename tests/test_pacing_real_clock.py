"""The pacer on the real monotonic clock, which has always moved on when read again."""

from __future__ import annotations

import asyncio

from bot.delivery.pacing import Pacer


async def test_first_sends_are_granted_on_a_real_clock() -> None:
    """A private chat and a group each get their first send (no waiting involved)."""
    pacer = Pacer()
    try:
        await asyncio.wait_for(pacer.acquire(5), timeout=10)
        await asyncio.wait_for(pacer.acquire(-100), timeout=10)
        assert pacer.granted == 2
    finally:
        await pacer.close()
