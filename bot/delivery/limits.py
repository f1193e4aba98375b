"""Telegram's flood limits, in one place (Bot FAQ: "My bot is hitting limits")."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["TELEGRAM_LIMITS", "FloodLimits"]


@dataclass(frozen=True)
class FloodLimits:
    """Ceilings over rolling windows; ``margin`` widens each window a little.

    Telegram counts a message when it arrives, a few milliseconds after it left here and
    not always with the same delay: a window 30 ms wider than a second keeps the 31st
    message out of the second Telegram sees, at a cost of 3 % of the rate.
    """

    per_second: int = 30
    second: float = 1.0
    per_chat: int = 1
    chat_period: float = 1.0
    per_group: int = 20
    group_period: float = 60.0
    margin: float = 0.03
    #: Added to Telegram's ``retry_after``, which is rounded to whole seconds.
    retry_margin: float = 0.1
    #: 429s for this many different chats within ``second``: the pause is for everyone.
    chats_for_global_pause: int = 3


TELEGRAM_LIMITS = FloodLimits()
