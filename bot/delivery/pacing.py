"""Pacing under Telegram's limits over rolling windows, with replies ahead of broadcasts.

Each limit is a rolling window (at most N events in any span of T seconds), not a
leaky bucket: a bucket that starts full lets 30 messages out at once and 30 more a
moment later, which is 60 in one second as Telegram counts. Sends are also spread
evenly (one every 1/30 s), so no burst of 30 arrives at once for network jitter to push
into the next second. One dispatcher grants sends one at a time, each the moment every
window it falls under has room; of the
requests waiting, an interactive reply goes before any broadcast message whose chat is
ready, so a broadcast fills only what replies leave free and a reply waits at most one
slot (1/30 s) for the overall window.

Time and sleep are injected, so tests drive the windows with a virtual clock.
"""

from __future__ import annotations

import asyncio
import bisect
import itertools
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum

from bot.delivery.limits import TELEGRAM_LIMITS, FloodLimits

__all__ = ["ChatKey", "Pacer", "Priority", "RollingWindow", "chat_key", "is_group"]

log = logging.getLogger(__name__)

ChatKey = int | str
Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[object]]
#: Chats whose windows are all empty are forgotten once this many are remembered.
_PRUNE_ABOVE = 4096


class Priority(StrEnum):
    """Who waits for a send: a person who just typed, or a broadcast that can wait."""

    INTERACTIVE = "interactive"
    BROADCAST = "broadcast"


class RollingWindow:
    """At most ``limit`` events in any ``period`` seconds."""

    __slots__ = ("_period", "_times")

    def __init__(self, limit: int, period: float) -> None:
        self._times: deque[float] = deque(maxlen=limit)
        self._period = period

    def next_free(self, now: float) -> float:
        """The earliest time from ``now`` on at which one more event fits."""
        if len(self._times) < (self._times.maxlen or 0):
            return now
        return max(now, self._times[0] + self._period)

    def record(self, at: float) -> None:
        self._times.append(at)

    def idle(self, now: float) -> bool:
        """No event within the last period: the window no longer constrains anything."""
        return not self._times or self._times[-1] + self._period <= now


def chat_key(chat_id: object) -> ChatKey:
    """Integer chat ids as integers (PTB may pass them as strings), ``@names`` as they are."""
    try:
        return int(chat_id)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return str(chat_id)


def is_group(chat: ChatKey) -> bool:
    """Groups, supergroups and channels have negative ids (or an ``@name``)."""
    return isinstance(chat, str) or chat < 0


@dataclass(order=True)
class _Waiter:
    rank: int
    seq: int
    chat: ChatKey = field(compare=False)
    granted: asyncio.Future[None] = field(compare=False)


class Pacer:
    """Grants sends within the overall, per-chat and per-group windows, and 429 pauses."""

    def __init__(
        self,
        limits: FloodLimits = TELEGRAM_LIMITS,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.limits = limits
        self._clock = clock
        self._sleep = sleep
        self._overall = RollingWindow(limits.per_second, limits.second + limits.margin)
        self._spacing = (limits.second + limits.spacing_margin) / limits.per_second
        #: When the next send is due on the even schedule; a late wake-up (the loop was
        #: busy) may catch up one slot, so lateness does not add up into a lower rate.
        self._next_slot = float("-inf")
        self._chats: dict[ChatKey, RollingWindow] = {}
        self._groups: dict[ChatKey, RollingWindow] = {}
        self._chat_holds: dict[ChatKey, float] = {}
        self._global_hold = 0.0
        self._recent_429: deque[tuple[float, ChatKey]] = deque()
        self._waiters: list[_Waiter] = []
        self._seq = itertools.count()
        self._changed = asyncio.Event()
        self._dispatcher: asyncio.Task[None] | None = None
        self.granted = 0
        self.retry_afters = 0
        self.global_pauses = 0

    @property
    def waiting(self) -> int:
        """Sends waiting for their turn."""
        return len(self._waiters)

    def now(self) -> float:
        return self._clock()

    def chat_ready_at(self, chat_id: object, now: float | None = None) -> float:
        """When a message to this chat could next go, as far as its own limits and pauses say.

        ``now`` at or after the result means now; pass the ``now`` you compare with.
        """
        if now is None:
            now = self._clock()
        chat = chat_key(chat_id)
        ready = max(now, self._global_hold, self._chat_holds.get(chat, 0.0))
        window = self._chats.get(chat)
        if window is not None:
            ready = max(ready, window.next_free(now))
        group = self._groups.get(chat)
        if group is not None:
            ready = max(ready, group.next_free(now))
        return ready

    async def acquire(self, chat_id: object, priority: Priority = Priority.INTERACTIVE) -> None:
        """Wait for this chat's turn; the send counts from the moment this returns."""
        loop = asyncio.get_running_loop()
        rank = 0 if priority is Priority.INTERACTIVE else 1
        waiter = _Waiter(rank, next(self._seq), chat_key(chat_id), loop.create_future())
        bisect.insort(self._waiters, waiter)
        self._changed.set()
        if self._dispatcher is None or self._dispatcher.done():
            self._dispatcher = loop.create_task(self._dispatch(), name="flood-pacer")
        try:
            await waiter.granted
        except asyncio.CancelledError:
            if waiter in self._waiters:
                self._waiters.remove(waiter)
            raise

    def note_retry_after(self, chat_id: object, seconds: float) -> None:
        """Telegram said wait: hold this chat, or everyone when several chats hear it at once."""
        now = self._clock()
        chat = chat_key(chat_id)
        until = now + seconds + self.limits.retry_margin
        self.retry_afters += 1
        self._chat_holds[chat] = max(self._chat_holds.get(chat, 0.0), until)
        self._recent_429.append((now, chat))
        while self._recent_429 and self._recent_429[0][0] < now - self.limits.second:
            self._recent_429.popleft()
        chats = {c for _, c in self._recent_429}
        if len(chats) >= self.limits.chats_for_global_pause and until > self._global_hold:
            self._global_hold = until
            self.global_pauses += 1
            log.warning("%d chats told to wait: pausing every send %.1f s", len(chats), seconds)
        self._changed.set()

    async def close(self) -> None:
        if self._dispatcher is not None:
            self._dispatcher.cancel()
            await asyncio.gather(self._dispatcher, return_exceptions=True)
            self._dispatcher = None

    # The dispatcher

    async def _dispatch(self) -> None:
        while self._waiters:
            self._changed.clear()
            now = self._clock()
            overall_at = max(self._overall.next_free(now), self._next_slot, self._global_hold)
            if overall_at > now:
                await self._sleep(overall_at - now)
                continue
            earliest = None
            for waiter in self._waiters:
                if waiter.granted.done():
                    continue
                ready = self.chat_ready_at(waiter.chat, now)
                if ready <= now:
                    self._grant(waiter, now)
                    break
                earliest = ready if earliest is None else min(earliest, ready)
            else:
                self._waiters = [w for w in self._waiters if not w.granted.done()]
                if self._waiters:
                    await self._wait_change(None if earliest is None else earliest - now)

    def _grant(self, waiter: _Waiter, now: float) -> None:
        limits = self.limits
        self._waiters.remove(waiter)
        self._overall.record(now)
        self._next_slot = max(self._next_slot, now - self._spacing) + self._spacing
        chat = waiter.chat
        window = self._chats.get(chat)
        if window is None:
            window = self._chats[chat] = RollingWindow(
                limits.per_chat, limits.chat_period + limits.chat_margin
            )
        window.record(now)
        if is_group(chat):
            group = self._groups.get(chat)
            if group is None:
                group = self._groups[chat] = RollingWindow(
                    limits.per_group, limits.group_period + limits.group_margin
                )
            group.record(now)
        self.granted += 1
        if len(self._chats) > _PRUNE_ABOVE and self.granted % 256 == 0:
            self._prune(now)
        waiter.granted.set_result(None)

    async def _wait_change(self, timeout: float | None) -> None:
        """Sleep until ``timeout`` passes or something changes (a new waiter, a pause)."""
        changed = asyncio.ensure_future(self._changed.wait())
        waits: set[asyncio.Future[object]] = {changed}
        if timeout is not None:
            waits.add(asyncio.ensure_future(self._sleep(max(timeout, 0.0))))
        try:
            await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for pending in waits:
                pending.cancel()

    def _prune(self, now: float) -> None:
        for windows in (self._chats, self._groups):
            for chat in [c for c, w in windows.items() if w.idle(now)]:
                del windows[chat]
        for chat in [c for c, until in self._chat_holds.items() if until <= now]:
            del self._chat_holds[chat]
