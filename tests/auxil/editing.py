"""Helpers for the editors' tests: an owner's id, replies to messages, documents."""

from __future__ import annotations

from typing import Any

from telegram import Update

from bot.offline import SentCall, message_update
from tests.auxil.harness import BotHarness

__all__ = ["EDITOR_ID", "OTHER_ID", "OWNER_ID", "send_update", "with_document", "with_reply"]

#: In ``BOT_ADMIN_IDS`` for the ``admin_bot`` fixture.
OWNER_ID = 900
#: Added by the owner in some tests.
EDITOR_ID = 901
#: Never an admin.
OTHER_ID = 902


def with_reply(
    payload: dict[str, Any], text: str, *, from_id: int = 555, name: str = "Lan"
) -> dict:
    """``payload`` (a message update) answering an earlier message of user ``from_id``."""
    payload["message"]["reply_to_message"] = {
        "message_id": 5,
        "date": 0,
        "chat": payload["message"]["chat"],
        "from": {"id": from_id, "is_bot": False, "first_name": name},
        "text": text,
    }
    return payload


def with_document(
    harness: BotHarness, caption: str, content: bytes, *, user_id: int, name: str = "bai.txt"
) -> dict:
    """A message carrying a document (served by the offline Bot API's getFile)."""
    file_id = f"doc{len(harness.request.files) + 1}"
    harness.request.files[file_id] = content
    payload = message_update("", user_id=user_id)
    message = payload["message"]
    del message["text"]
    message["caption"] = caption
    message["document"] = {
        "file_id": file_id,
        "file_unique_id": file_id,
        "file_name": name,
        "mime_type": "text/plain",
        "file_size": len(content),
    }
    return payload


async def send_update(harness: BotHarness, payload: dict[str, Any]) -> list[SentCall]:
    """Process a hand-built update and return what the bot sent or edited."""
    harness.request.clear()
    await harness.app.process_update(Update.de_json(payload, harness.app.bot))
    return harness.replies()
