"""PTB's rate limiter for this bot: every message request goes through one :class:`Pacer`.

Replaces ``AIORateLimiter``, which lets a full bucket burst past a rolling second, does
not space messages to one chat, and halts every chat on one chat's 429. Here replies to
commands (the default priority) go before broadcast messages, which the deliverer marks
with ``rate_limit_args=Priority.BROADCAST``. A 429 pauses that chat (everyone, when
several chats get one at once); a reply is retried after the pause, a broadcast message
goes back to the deliverer, which has other chats to serve meanwhile.

Requests that send nothing to a chat (``getMe``, ``answerCallbackQuery``,
``getChatMember``, ``sendChatAction`` …) are not counted and never wait.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from bot.delivery.limits import TELEGRAM_LIMITS, FloodLimits
from bot.delivery.pacing import Clock, Pacer, Priority, Sleep

__all__ = ["FloodLimiter", "counts_as_message", "retry_after_seconds"]

log = logging.getLogger(__name__)

_MESSAGE_PREFIXES = ("send", "edit", "copy", "forward")
_NOT_MESSAGES = frozenset({"sendchataction", "editforumtopic", "editgeneralforumtopic"})


def counts_as_message(endpoint: str) -> bool:
    """Whether Telegram counts this request against its message limits."""
    name = endpoint.lower()
    return name.startswith(_MESSAGE_PREFIXES) and name not in _NOT_MESSAGES


def retry_after_seconds(exc: RetryAfter) -> float:
    # The public attribute warns while PTB moves it from int to timedelta; this one is settled.
    value = getattr(exc, "_retry_after", None)
    if not isinstance(value, timedelta):
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class FloodLimiter(BaseRateLimiter[Priority]):
    """Rolling-window pacing for every message, replies first; see the module docstring."""

    def __init__(
        self,
        limits: FloodLimits = TELEGRAM_LIMITS,
        *,
        max_retries: int = 3,
        clock: Clock | None = None,
        sleep: Sleep | None = None,
    ) -> None:
        kwargs: dict[str, Any] = {}
        if clock is not None:
            kwargs["clock"] = clock
        if sleep is not None:
            kwargs["sleep"] = sleep
        self.pacer = Pacer(limits, **kwargs)
        self._max_retries = max_retries

    async def initialize(self) -> None:
        """Nothing to open: the pacer starts its dispatcher on the first request."""

    async def shutdown(self) -> None:
        await self.pacer.close()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: Priority | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        chat_id = data.get("chat_id")
        if chat_id is None or not counts_as_message(endpoint) or data.get("allow_paid_broadcast"):
            return await callback(*args, **kwargs)
        priority = rate_limit_args or Priority.INTERACTIVE
        attempt = 0
        while True:
            await self.pacer.acquire(chat_id, priority)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                self.pacer.note_retry_after(chat_id, retry_after_seconds(exc))
                if priority is Priority.BROADCAST or attempt >= self._max_retries:
                    raise
                attempt += 1
                log.info("Chat %s told to wait %s s; retrying", chat_id, retry_after_seconds(exc))
