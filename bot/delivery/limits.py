"""Telegram's flood limits, in one place (Bot FAQ: "My bot is hitting limits")."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["TELEGRAM_LIMITS", "FloodLimits"]


@dataclass(frozen=True)
class FloodLimits:
    """Ceilings over rolling windows; ``margin`` widens each window a little.

    Telegram counts a message when it arrives, a few milliseconds after it left here and
    not always with the same delay. Sends are spaced evenly 3 % wider than 1/30 s
    (``spacing_margin``), so 30 of them span 1.03 s and the 31st stays out of the second
    Telegram sees; the rolling window itself (``margin``) is the hard cap behind that
    schedule, only 10 ms wider, so that one late send (a busy loop) does not cost a pause
    every second. The windows of one chat and one group cost no rate to widen, so they
    get a wider margin.
    """

    per_second: int = 30
    second: float = 1.0
    per_chat: int = 1
    chat_period: float = 1.0
    per_group: int = 20
    group_period: float = 60.0
    margin: float = 0.01
    spacing_margin: float = 0.03
    chat_margin: float = 0.25
    group_margin: float = 1.0
    #: Added to Telegram's ``retry_after``, which is rounded to whole seconds.
    retry_margin: float = 0.1
    #: 429s for this many different chats within ``second``: the pause is for everyone.
    chats_for_global_pause: int = 3


TELEGRAM_LIMITS = FloodLimits()
