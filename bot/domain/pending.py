"""What a button will do when pressed, kept in the store under a short token.

Telegram gives a button 64 bytes of callback data: too little for an editor's list of
figures or an article. The payload waits here, durable like any other write, so a
restart between the question and the press loses nothing; the button carries only the
token. The collection is partitioned by the token's first two characters, so saving one
payload rewrites a file holding about 1/256 of them; payloads older than
:data:`PENDING_TTL` are refused, and dropped from a part whenever it is written.
"""

from __future__ import annotations

import re
import secrets
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot.constants import PENDING_COLLECTION

if TYPE_CHECKING:
    from bot.store import Store

__all__ = ["PENDING_TTL", "drop_pending", "get_pending", "save_pending"]

PENDING_TTL = timedelta(days=2)
_TOKEN = re.compile(r"^[0-9a-f]{10}$")


def _part(token: str) -> str:
    return token[:2]


def _expired(doc: dict[str, Any], now: datetime) -> bool:
    try:
        return datetime.fromisoformat(str(doc.get("at"))) < now - PENDING_TTL
    except ValueError:
        return True


def save_pending(store: Store, kind: str, user_id: int, payload: dict[str, Any], at: str) -> str:
    """Keep ``payload`` for a later press; returns its token (10 hex characters)."""
    token = secrets.token_hex(5)
    now = datetime.fromisoformat(at)
    with store.transaction():
        for key, doc in store.all_docs_with_keys(PENDING_COLLECTION, part=_part(token)):
            if _expired(doc, now):
                store.delete_doc(PENDING_COLLECTION, key, part=_part(token))
        doc = {"kind": kind, "user_id": user_id, "at": at, "payload": payload}
        store.put_doc(PENDING_COLLECTION, token, doc, part=_part(token))
    return token


def get_pending(store: Store, token: str, kind: str, now: datetime) -> dict[str, Any] | None:
    """The payload saved under ``token`` for ``kind``; None when unknown, used or expired."""
    if not _TOKEN.match(token or ""):
        return None
    doc = store.get_doc(PENDING_COLLECTION, token, part=_part(token))
    if doc is None or doc.get("kind") != kind:
        return None
    if _expired(doc, now):
        return None
    return doc


def drop_pending(store: Store, token: str) -> bool:
    if not _TOKEN.match(token or ""):
        return False
    return store.delete_doc(PENDING_COLLECTION, token, part=_part(token))
