"""Which chats get which unit's weekly digest, and when.

A subscription is one chat and one unit (a commune, or a district with its communes) at a
weekly time in the bot's time zone. Subscriptions are partitioned by chat, so one chat's
change rewrites one small file; the schedules are rebuilt from them at every start.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal
from zoneinfo import ZoneInfo

from bot.constants import BASELINES_COLLECTION, SUBSCRIPTIONS_COLLECTION
from bot.domain.weekly import WeeklyTime

if TYPE_CHECKING:
    from bot.store import Store

__all__ = [
    "SUBSCRIPTIONS_COLLECTION",
    "SubscribeResult",
    "Subscription",
    "all_subscriptions",
    "drop_chat",
    "for_chat",
    "for_unit",
    "get_subscription",
    "last_due_slot",
    "migrate_chat",
    "next_send_time",
    "subscribe",
    "subscription_key",
    "unsubscribe",
    "unsubscribe_all",
]


@dataclass(frozen=True, slots=True)
class Subscription:
    """One chat's weekly digest of one unit; ``weekday`` 0 is Monday."""

    chat_id: int
    unit_id: str
    weekday: int
    hour: int
    minute: int
    chat_type: str
    created_by: int
    created_at: str

    @property
    def key(self) -> str:
        return subscription_key(self.chat_id, self.unit_id)

    @property
    def weekly(self) -> WeeklyTime:
        return WeeklyTime(self.weekday, self.hour, self.minute)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Subscription:
        return cls(
            chat_id=int(data["chat_id"]),
            unit_id=str(data["unit_id"]),
            weekday=int(data["weekday"]),
            hour=int(data["hour"]),
            minute=int(data["minute"]),
            chat_type=str(data.get("chat_type") or "private"),
            created_by=int(data.get("created_by") or 0),
            created_at=str(data["created_at"]),
        )


#: What ``subscribe`` did: a new subscription, a new weekly time, or nothing to change.
SubscribeResult = Literal["new", "moved", "same"]


def subscription_key(chat_id: int, unit_id: str) -> str:
    return f"{chat_id}:{unit_id}"


def _part(chat_id: int) -> str:
    return str(chat_id)


def subscribe(
    store: Store,
    chat_id: int,
    unit_id: str,
    weekly: WeeklyTime,
    *,
    chat_type: str,
    created_by: int,
    now: datetime,
) -> tuple[Subscription, SubscribeResult]:
    """Subscribe ``chat_id`` to ``unit_id`` at ``weekly`` (or move it there).

    ``created_at`` is when this weekly time was chosen: a digest that fell due before it
    is not owed on start-up.
    """
    existing = get_subscription(store, chat_id, unit_id)
    subscription = Subscription(
        chat_id=chat_id,
        unit_id=unit_id,
        weekday=weekly.weekday,
        hour=weekly.hour,
        minute=weekly.minute,
        chat_type=chat_type,
        created_by=created_by,
        created_at=now.isoformat(timespec="seconds"),
    )
    if existing is not None and existing.weekly == weekly:
        return existing, "same"
    store.put_doc(
        SUBSCRIPTIONS_COLLECTION, subscription.key, subscription.to_dict(), part=_part(chat_id)
    )
    return subscription, "new" if existing is None else "moved"


def get_subscription(store: Store, chat_id: int, unit_id: str) -> Subscription | None:
    doc = store.get_doc(
        SUBSCRIPTIONS_COLLECTION, subscription_key(chat_id, unit_id), part=_part(chat_id)
    )
    return None if doc is None else Subscription.from_dict(doc)


def unsubscribe(store: Store, chat_id: int, unit_id: str) -> bool:
    """End one subscription; False when the chat had none for that unit."""
    return store.delete_doc(
        SUBSCRIPTIONS_COLLECTION, subscription_key(chat_id, unit_id), part=_part(chat_id)
    )


def unsubscribe_all(store: Store, chat_id: int) -> list[Subscription]:
    """End every subscription of ``chat_id`` in one atomic write; returns what ended."""
    ended = for_chat(store, chat_id)
    with store.transaction():
        for subscription in ended:
            store.delete_doc(SUBSCRIPTIONS_COLLECTION, subscription.key, part=_part(chat_id))
    return ended


def for_chat(store: Store, chat_id: int) -> list[Subscription]:
    """This chat's subscriptions, in the order they were made."""
    docs = store.all_docs(SUBSCRIPTIONS_COLLECTION, part=_part(chat_id))
    return [Subscription.from_dict(doc) for doc in docs]


def all_subscriptions(store: Store) -> list[Subscription]:
    """Every chat's subscriptions."""
    return [
        Subscription.from_dict(doc)
        for part in store.parts(SUBSCRIPTIONS_COLLECTION)
        for doc in store.all_docs(SUBSCRIPTIONS_COLLECTION, part=part)
    ]


def for_unit(store: Store, unit_id: str) -> list[Subscription]:
    """Every subscription to ``unit_id``, whichever chat."""
    return [s for s in all_subscriptions(store) if s.unit_id == unit_id]


def drop_chat(store: Store, chat_id: int) -> int:
    """A chat that blocked or removed the bot: end its subscriptions; how many ended."""
    return len(unsubscribe_all(store, chat_id))


def migrate_chat(store: Store, old_chat_id: int, new_chat_id: int) -> int:
    """A group became a supergroup: its subscriptions and digest baselines follow it.

    One atomic write; returns how many subscriptions moved.
    """
    moving = for_chat(store, old_chat_id)
    old_part, new_part = _part(old_chat_id), _part(new_chat_id)
    with store.transaction():
        for subscription in moving:
            moved = Subscription(
                **{**subscription.to_dict(), "chat_id": new_chat_id, "chat_type": "supergroup"}
            )
            store.put_doc(SUBSCRIPTIONS_COLLECTION, moved.key, moved.to_dict(), part=new_part)
            store.delete_doc(SUBSCRIPTIONS_COLLECTION, subscription.key, part=old_part)
        prefix = f"{old_chat_id}:"
        for key, doc in store.all_docs_with_keys(BASELINES_COLLECTION, part=old_part):
            if key.startswith(prefix):
                new_key = f"{new_chat_id}:{key[len(prefix) :]}"
                store.put_doc(BASELINES_COLLECTION, new_key, doc, part=new_part)
                store.delete_doc(BASELINES_COLLECTION, key, part=old_part)
    return len(moving)


def _slot_on(day: datetime, subscription: Subscription, tz: ZoneInfo) -> datetime:
    """The subscription's wall-clock time on ``day``'s date in ``tz``."""
    return datetime(day.year, day.month, day.day, subscription.hour, subscription.minute, tzinfo=tz)


def next_send_time(subscription: Subscription, now: datetime, tz: ZoneInfo) -> datetime:
    """The first weekly slot strictly after ``now``, in ``tz``."""
    local = now.astimezone(tz)
    ahead = (subscription.weekday - local.weekday()) % 7
    slot = _slot_on(local + timedelta(days=ahead), subscription, tz)
    if slot <= local:
        slot = _slot_on(local + timedelta(days=ahead + 7), subscription, tz)
    return slot


def last_due_slot(subscription: Subscription, now: datetime, tz: ZoneInfo) -> datetime:
    """The latest weekly slot at or before ``now``, in ``tz``."""
    local = now.astimezone(tz)
    behind = (local.weekday() - subscription.weekday) % 7
    slot = _slot_on(local - timedelta(days=behind), subscription, tz)
    if slot > local:
        slot = _slot_on(local - timedelta(days=behind + 7), subscription, tz)
    return slot
