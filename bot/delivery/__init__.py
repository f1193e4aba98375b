"""How messages leave: the outbox, pacing under Telegram's flood limits, retries, 403 and migration.

Below handlers and jobs: they build :class:`OutboundMessage` lists and call
:func:`enqueue_run`; the :class:`Deliverer` (``bot_data["deliverer"]``) sends them. The
one place that knows Telegram's limits (``limits``), also for replies to commands
(:class:`FloodLimiter`, the application's rate limiter).
"""

from bot.delivery.deliverer import Deliverer, DeliveryStats
from bot.delivery.limiter import FloodLimiter
from bot.delivery.limits import TELEGRAM_LIMITS, FloodLimits
from bot.delivery.outbox import (
    OutboundMessage,
    PendingEntry,
    StateWrite,
    enqueue_run,
    pending_entries,
    run_known,
)
from bot.delivery.pacing import Pacer, Priority

__all__ = [
    "TELEGRAM_LIMITS",
    "Deliverer",
    "DeliveryStats",
    "FloodLimiter",
    "FloodLimits",
    "OutboundMessage",
    "Pacer",
    "PendingEntry",
    "Priority",
    "StateWrite",
    "enqueue_run",
    "pending_entries",
    "run_known",
]
