"""Sends what the outbox holds: every chat in its turn, several sends in flight, nothing twice.

Each chat is a lane: its messages leave one after another, in the order enqueued, the
next only once the previous was accepted and marked sent. Lanes are served by up to
``concurrency`` sends at once, so a 150–300 ms round trip does not cap the rate; the
pacer of the bot's :class:`FloodLimiter` says when a chat may have its next message and
grants each send within the overall window.

What Telegram answers decides what happens to the lane:

* accepted: the entry is marked sent (removed, its ``after_sent`` writes applied, one
  transaction), then the next entry goes;
* ``RetryAfter``: this chat waits what Telegram said, the other lanes go on;
* ``Forbidden`` (blocked, kicked): the chat's entries are dropped and ``on_chat_gone``
  is called, both in one transaction;
* ``ChatMigrated``: ``on_chat_migrated(old, new)``, then the same entry goes to the new id;
* a timeout, network error or 5xx: the entry is sent again after a back-off (1, 2, 4 … s,
  at most 5 min). A timeout may come after Telegram accepted the message, so that retry
  can duplicate it (at least once, as ``sendMessage`` has no idempotency key); an entry
  recorded as sent is never sent again;
* any other bad request: the entry is moved to ``outbox_failed`` and the lane goes on.

The callbacks run in a worker thread, inside the transaction that drops the entries
(``on_chat_gone``) or on their own (``on_chat_migrated``): plain synchronous store writes.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from telegram import Bot
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError

from bot.delivery import outbox
from bot.delivery.limiter import FloodLimiter, retry_after_seconds
from bot.delivery.outbox import OutboundMessage, PendingEntry
from bot.delivery.pacing import Clock, Priority, Sleep
from bot.store import Store

__all__ = ["Deliverer", "DeliveryStats"]

log = logging.getLogger(__name__)

_CONCURRENCY = 32
_BACKOFF_BASE = 1.0
_BACKOFF_CAP = 300.0
_MARK_ATTEMPTS = 3
_STOP_GRACE = 10.0
_GONE_PHRASES = ("chat not found", "user not found", "bot was kicked", "have no rights to send")


def _chat_gone_logged(chat_id: int) -> None:
    log.info("Chat %s is gone (blocked or removed the bot)", chat_id)


def _chat_migrated_logged(old_chat_id: int, new_chat_id: int) -> None:
    log.info("Chat %s became supergroup %s", old_chat_id, new_chat_id)


@dataclass
class DeliveryStats:
    """What the deliverer did since it started."""

    sent: int = 0
    rate_limited: int = 0
    retried: int = 0
    chats_gone: int = 0
    dropped: int = 0
    migrated: int = 0
    failed: int = 0


class Deliverer:
    """The outbox's sender; see the module docstring."""

    def __init__(
        self,
        store: Store,
        *,
        on_chat_gone: Callable[[int], None] = _chat_gone_logged,
        on_chat_migrated: Callable[[int, int], None] = _chat_migrated_logged,
        concurrency: int = _CONCURRENCY,
        clock: Clock | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self._store = store
        self._on_chat_gone = on_chat_gone
        self._on_chat_migrated = on_chat_migrated
        self._concurrency = concurrency
        self._clock = clock
        self._sleep = sleep
        self._bot: Bot | None = None
        self._limiter: FloodLimiter | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._lanes: dict[int, deque[PendingEntry]] = {}
        self._known: set[str] = set()
        self._ready: list[tuple[float, int, int]] = []
        self._queued: set[int] = set()
        self._inflight: dict[int, asyncio.Task[None]] = {}
        #: Sends not yet answered; a send being marked in the store no longer counts, so a
        #: slow store write (a journal checkpoint) does not hold up the other chats' sends.
        self._sending = 0
        self._not_before: dict[int, float] = {}
        self._attempts: dict[str, int] = {}
        self._migrated: dict[int, int] = {}
        self._order = itertools.count()
        self._kick = asyncio.Event()
        self._idle = asyncio.Event()
        self._rescan_wanted = True
        self._stopping = False
        self.stats = DeliveryStats()

    # Lifecycle

    def start(self, bot: Bot) -> None:
        """Begin sending in the background, starting with whatever the outbox already holds."""
        if self._task is not None:
            return
        self._bot = bot
        limiter = getattr(bot, "rate_limiter", None)
        self._limiter = limiter if isinstance(limiter, FloodLimiter) else None
        self._loop = asyncio.get_running_loop()
        self._task = self._loop.create_task(self._run(), name="deliverer")

    def wake(self) -> None:
        """New entries were enqueued: look at the outbox again. Safe from any thread."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self._request_rescan()
        else:
            loop.call_soon_threadsafe(self._request_rescan)

    async def drain(self) -> None:
        """Return once nothing unsent remains in the outbox (entries enqueued before the call)."""
        if self._task is None:
            raise RuntimeError("the deliverer was not started")
        self._request_rescan()
        while not self._idle.is_set() or self._rescan_wanted:
            if self._task.done():
                self._task.result()
                raise RuntimeError("the deliverer stopped")
            waiter = asyncio.ensure_future(self._idle.wait())
            await asyncio.wait({waiter, self._task}, return_when=asyncio.FIRST_COMPLETED)
            waiter.cancel()

    async def stop(self) -> None:
        """Let the sends in flight finish (briefly) and stop; unsent entries stay for next time."""
        if self._task is None or self._stopping:
            return
        self._stopping = True
        self._kick.set()
        if self._inflight:
            await asyncio.wait(set(self._inflight.values()), timeout=_STOP_GRACE)
        for task in self._inflight.values():
            task.cancel()
        self._task.cancel()
        await asyncio.gather(self._task, *self._inflight.values(), return_exceptions=True)

    @property
    def in_flight(self) -> int:
        """Sends started and not yet answered (waiting for the pacer included)."""
        return len(self._inflight)

    @property
    def pending(self) -> int:
        """Messages known and not yet sent."""
        return sum(len(lane) for lane in self._lanes.values())

    # The loop

    def _now(self) -> float:
        if self._limiter is not None:
            return self._limiter.pacer.now()
        if self._clock is not None:
            return self._clock()
        assert self._loop is not None
        return self._loop.time()

    def _request_rescan(self) -> None:
        self._rescan_wanted = True
        self._idle.clear()
        self._kick.set()

    async def _run(self) -> None:
        while not self._stopping:
            self._kick.clear()
            if self._rescan_wanted:
                self._rescan_wanted = False
                await self._rescan()
            self._dispatch_ready()
            if not self._lanes and not self._inflight and not self._rescan_wanted:
                self._idle.set()
            await self._wait_for_work()

    async def _rescan(self) -> None:
        try:
            entries = await asyncio.to_thread(outbox.pending_entries, self._store)
        except Exception:
            log.exception("Could not read the outbox; trying again shortly")
            self._loop.call_later(_BACKOFF_BASE, self._request_rescan)  # type: ignore[union-attr]
            return
        for entry in entries:
            if entry.key in self._known:
                continue
            self._known.add(entry.key)
            lane = self._lanes.setdefault(entry.chat_id, deque())
            lane.append(entry)
            self._schedule(entry.chat_id)

    def _schedule(self, chat: int, at: float | None = None) -> None:
        if chat in self._queued or chat in self._inflight or not self._lanes.get(chat):
            return
        self._queued.add(chat)
        heapq.heappush(self._ready, (self._now() if at is None else at, next(self._order), chat))

    def _ready_at(self, chat: int, now: float) -> float:
        ready = self._not_before.get(chat, now)
        if self._limiter is not None:
            ready = max(ready, self._limiter.pacer.chat_ready_at(self._target(chat), now))
        return ready

    def _dispatch_ready(self) -> None:
        now = self._now()
        while self._ready and self._sending < self._concurrency:
            at, order, chat = self._ready[0]
            if at > now:
                return
            heapq.heappop(self._ready)
            ready = self._ready_at(chat, now)
            if ready > now:
                heapq.heappush(self._ready, (ready, order, chat))
                continue
            self._queued.discard(chat)
            lane = self._lanes.get(chat)
            if not lane:
                continue
            self._sending += 1
            task = asyncio.get_running_loop().create_task(self._deliver(chat, lane[0]))
            self._inflight[chat] = task

    async def _wait_for_work(self) -> None:
        timeout = None
        if self._ready and self._sending < self._concurrency:
            timeout = max(self._ready[0][0] - self._now(), 0.0)
        kicked = asyncio.ensure_future(self._kick.wait())
        waits: set[asyncio.Future[Any]] = {kicked}
        if timeout is not None:
            waits.add(asyncio.ensure_future(self._sleep(timeout)))
        try:
            await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in waits:
                waiter.cancel()

    # One send

    def _target(self, chat: int) -> int:
        while chat in self._migrated:
            chat = self._migrated[chat]
        return chat

    async def _deliver(self, chat: int, entry: PendingEntry) -> None:
        released = False

        def release_slot() -> None:
            nonlocal released
            if not released:
                released = True
                self._sending -= 1
                self._kick.set()

        try:
            await self._deliver_entry(chat, entry, release_slot)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("Delivery of %s failed unexpectedly", entry.key)
            self._back_off(chat, entry)
        finally:
            release_slot()
            self._inflight.pop(chat, None)
            self._schedule(chat, self._not_before.get(chat))
            self._kick.set()

    async def _deliver_entry(
        self, chat: int, entry: PendingEntry, release_slot: Callable[[], None]
    ) -> None:
        message = await asyncio.to_thread(outbox.load_message, self._store, entry)
        if message is None:
            self._pop(chat, entry)
            return
        target = self._target(chat)
        try:
            await self._send(target, message)
        except RetryAfter as exc:
            seconds = retry_after_seconds(exc)
            self.stats.rate_limited += 1
            self._not_before[chat] = self._now() + seconds + 0.1
            log.info("Telegram asks chat %s to wait %.0f s", target, seconds)
            return
        except ChatMigrated as exc:
            new_chat = int(exc.new_chat_id)
            self.stats.migrated += 1
            await asyncio.to_thread(self._on_chat_migrated, target, new_chat)
            self._migrated[target] = new_chat
            return
        except Forbidden as exc:
            await self._chat_gone(chat, target, str(exc))
            return
        except BadRequest as exc:
            if any(phrase in str(exc).lower() for phrase in _GONE_PHRASES):
                await self._chat_gone(chat, target, str(exc))
                return
            log.error("Telegram refused %s for chat %s: %s", entry.key, target, exc)
            self.stats.failed += 1
            await asyncio.to_thread(outbox.mark_failed, self._store, entry, str(exc))
            self._pop(chat, entry)
            return
        except TelegramError as exc:
            log.warning("Sending %s to chat %s failed (%s); will retry", entry.key, target, exc)
            self._back_off(chat, entry)
            return
        release_slot()
        self.stats.sent += 1
        self._not_before.pop(chat, None)
        self._attempts.pop(entry.key, None)
        await self._mark_sent(entry)
        self._pop(chat, entry)

    async def _send(self, chat_id: int, message: OutboundMessage) -> None:
        assert self._bot is not None
        extra: dict[str, Any] = {}
        if self._limiter is not None:
            extra["rate_limit_args"] = Priority.BROADCAST
        if message.photo is not None:
            await self._bot.send_photo(chat_id, message.photo, caption=message.text, **extra)
        else:
            await self._bot.send_message(chat_id, message.text, **extra)

    async def _mark_sent(self, entry: PendingEntry) -> None:
        """Record the send; the key stays known even if the store fails, so it is not resent."""
        for attempt in range(_MARK_ATTEMPTS):
            try:
                await asyncio.to_thread(outbox.mark_sent, self._store, entry)
                self._known.discard(entry.key)
                return
            except Exception:
                log.exception("Could not mark %s as sent (attempt %d)", entry.key, attempt + 1)
                await self._sleep(_BACKOFF_BASE * 2**attempt)

    def _pop(self, chat: int, entry: PendingEntry) -> None:
        lane = self._lanes.get(chat)
        if lane and lane[0] == entry:
            lane.popleft()
        if not lane:
            self._lanes.pop(chat, None)
            self._not_before.pop(chat, None)

    def _back_off(self, chat: int, entry: PendingEntry) -> None:
        attempts = self._attempts[entry.key] = self._attempts.get(entry.key, 0) + 1
        self.stats.retried += 1
        delay = min(_BACKOFF_CAP, _BACKOFF_BASE * 2 ** (attempts - 1))
        self._not_before[chat] = self._now() + delay

    async def _chat_gone(self, chat: int, target: int, reason: str) -> None:
        log.info("Chat %s is gone (%s); dropping what was waiting for it", target, reason)
        self.stats.chats_gone += 1
        lane = self._lanes.pop(chat, deque())
        self._not_before.pop(chat, None)
        for entry in lane:
            self._known.discard(entry.key)
            self._attempts.pop(entry.key, None)
        self.stats.dropped += await asyncio.to_thread(self._drop_chat, chat, target)

    def _drop_chat(self, chat: int, target: int) -> int:
        try:
            with self._store.transaction():
                dropped = outbox.drop_chat(self._store, chat)
                self._on_chat_gone(target)
            return dropped
        except Exception:
            log.exception("on_chat_gone(%s) failed; dropping the chat's messages anyway", target)
            return outbox.drop_chat(self._store, chat)
