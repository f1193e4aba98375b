"""Deep-link payloads (``t.me/<bot>?start=xa_<token>``) that stay valid across restarts.

Telegram allows 1–64 characters from ``A-Z a-z 0-9 _ -`` in a start parameter. Gazetteer
ids (``legacy-28993``) and article ids fit as they are, so a link survives re-seeding; an
id that does not fit travels as a hash of itself, found again among the article units.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

from bot.constants import DEEP_LINK_DANGKY, DEEP_LINK_XA

if TYPE_CHECKING:
    from bot.domain.models import Unit
    from bot.domain.registry import UnitRegistry

__all__ = ["deep_link", "link_token", "parse_start_payload", "resolve_link_token"]

_SAFE = re.compile(r"[A-Za-z0-9_-]{1,56}")
_HASHED = "h_"


def link_token(unit_id: str) -> str:
    """The unit's id when link-safe, else ``h_`` and a hash of it."""
    if _SAFE.fullmatch(unit_id) and not unit_id.startswith(_HASHED):
        return unit_id
    return _HASHED + hashlib.sha1(unit_id.encode("utf-8")).hexdigest()[:24]


def resolve_link_token(registry: UnitRegistry, token: str) -> Unit | None:
    if not token.startswith(_HASHED):
        return registry.get(token)
    return next((u for u in registry.article_units() if link_token(u.id) == token), None)


def deep_link(bot_username: str | None, prefix: str, unit_id: str) -> str | None:
    """``https://t.me/<bot>?start=<prefix><token>``; None before the bot knows its name."""
    if not bot_username:
        return None
    return f"https://t.me/{bot_username}?start={prefix}{link_token(unit_id)}"


def parse_start_payload(payload: str) -> tuple[str, str] | None:
    """``xa_legacy-1`` → (``xa``, ``legacy-1``); None for anything else."""
    for prefix in (DEEP_LINK_XA, DEEP_LINK_DANGKY):
        if payload.startswith(prefix) and len(payload) > len(prefix):
            return prefix.rstrip("_"), payload[len(prefix) :]
    return None
