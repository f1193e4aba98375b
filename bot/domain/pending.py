"""What a button will do when pressed, kept in the store under a short token.

Telegram gives a button 64 bytes of callback data: too little for an editor's list of
figures or an article. The payload waits here, durable like any other write, so a
restart between the question and the press loses nothing; the button carries only the
token. Payloads older than :data:`PENDING_TTL` are dropped as new ones are saved.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot.constants import PENDING_COLLECTION

if TYPE_CHECKING:
    from bot.store import Store

__all__ = ["PENDING_TTL", "drop_pending", "get_pending", "save_pending"]

PENDING_TTL = timedelta(days=2)


def save_pending(store: Store, kind: str, user_id: int, payload: dict[str, Any], at: str) -> str:
    """Keep ``payload`` for a later press; returns its token (10 characters)."""
    token = secrets.token_urlsafe(8)[:10].replace("|", "_").replace(":", "_")
    oldest = (datetime.fromisoformat(at) - PENDING_TTL).isoformat()
    with store.transaction():
        for key, doc in store.all_docs_with_keys(PENDING_COLLECTION):
            if str(doc.get("at", "")) < oldest:
                store.delete_doc(PENDING_COLLECTION, key)
        doc = {"kind": kind, "user_id": user_id, "at": at, "payload": payload}
        store.put_doc(PENDING_COLLECTION, token, doc)
    return token


def get_pending(store: Store, token: str, kind: str) -> dict[str, Any] | None:
    """The payload saved under ``token`` for ``kind``; None when unknown, used or expired."""
    if not token or len(token) > 16 or not token.replace("-", "").replace("_", "").isalnum():
        return None
    doc = store.get_doc(PENDING_COLLECTION, token)
    if doc is None or doc.get("kind") != kind:
        return None
    return doc


def drop_pending(store: Store, token: str) -> bool:
    return store.delete_doc(PENDING_COLLECTION, token)
