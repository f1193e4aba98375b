"""Waiting for Telegram before ``run`` starts polling: a bot started before the network
is up must come up by itself once it is, saying what it waits for, one line per attempt.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from telegram import Bot
from telegram.error import InvalidToken, NetworkError

from bot.settings import Settings

__all__ = ["wait_for_telegram"]

log = logging.getLogger(__name__)
FIRST_DELAY = 1.0
MAX_DELAY = 60.0


async def wait_for_telegram(
    settings: Settings,
    *,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    max_attempts: int | None = None,
) -> None:
    """Return once ``getMe`` succeeds; raise ``InvalidToken`` at once if Telegram refuses it.

    Network errors, DNS failures and 5xx answers are retried with doubling delays up to a
    minute (``max_attempts`` bounds this for tests).
    """
    assert settings.token, "run needs a token"
    delay, attempt = FIRST_DELAY, 0
    while True:
        attempt += 1
        bot = Bot(settings.token, base_url=settings.telegram_base_url)
        try:
            async with bot:
                return
        except InvalidToken:
            raise
        except NetworkError as exc:
            if max_attempts is not None and attempt >= max_attempts:
                raise
            log.warning(
                "Chưa kết nối được Telegram (%s: %s); thử lại sau %.0f giây (lần %d)",
                type(exc).__name__,
                exc,
                delay,
                attempt,
            )
        await sleep(delay)
        delay = min(delay * 2, MAX_DELAY)
