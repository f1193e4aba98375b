"""Who may change data: owners from ``BOT_ADMIN_IDS`` and the editors they add in the chat.

Owners are configuration, so they cannot be removed from the chat; editors added with
``/quantri`` live in the store and survive restarts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.constants import ADMINS_COLLECTION

if TYPE_CHECKING:
    from bot.settings import Settings
    from bot.store import Store

__all__ = [
    "ADMINS_COLLECTION",
    "Admin",
    "add_admin",
    "is_admin",
    "is_owner",
    "list_admins",
    "remove_admin",
]


@dataclass(frozen=True, slots=True)
class Admin:
    """A data editor: an owner (configured) or someone an owner added."""

    user_id: int
    name: str | None
    owner: bool
    added_by: int | None = None
    added_at: str | None = None


def is_owner(settings: Settings, user_id: int | None) -> bool:
    return user_id is not None and user_id in settings.bot_admin_ids


def is_admin(store: Store, settings: Settings, user_id: int | None) -> bool:
    """An owner, or an editor added in the chat."""
    if user_id is None:
        return False
    return is_owner(settings, user_id) or store.get_doc(ADMINS_COLLECTION, str(user_id)) is not None


def list_admins(store: Store, settings: Settings) -> list[Admin]:
    """Owners first (by id), then added editors in the order they were added."""
    owners = [Admin(user_id, None, True) for user_id in sorted(settings.bot_admin_ids)]
    added = [
        Admin(
            user_id=int(doc["user_id"]),
            name=doc.get("name"),
            owner=False,
            added_by=doc.get("added_by"),
            added_at=doc.get("added_at"),
        )
        for doc in store.all_docs(ADMINS_COLLECTION)
        if int(doc["user_id"]) not in settings.bot_admin_ids
    ]
    return owners + added


def add_admin(store: Store, user_id: int, name: str | None, added_by: int, at: str) -> bool:
    """Make ``user_id`` an editor; False when they already are one."""
    key = str(user_id)
    if store.get_doc(ADMINS_COLLECTION, key) is not None:
        return False
    doc = {"user_id": user_id, "name": name, "added_by": added_by, "added_at": at}
    store.put_doc(ADMINS_COLLECTION, key, doc)
    return True


def remove_admin(store: Store, user_id: int) -> bool:
    """Remove an added editor; False when they were not one (owners are configuration)."""
    return store.delete_doc(ADMINS_COLLECTION, str(user_id))
