"""A Bot API that never leaves the process: for the console and for tests.

It answers the calls the bot makes (``getMe``, ``sendMessage``, ``editMessageText`` …)
as Telegram would, and records every call so a caller can show or assert what a user
would have seen.
"""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from telegram.request import BaseRequest, RequestData

__all__ = [
    "BOT_USER",
    "OFFLINE_TOKEN",
    "OfflineRequest",
    "SentCall",
    "callback_update",
    "chat_member",
    "message_update",
]

OFFLINE_TOKEN = "123456:OFFLINE-CONSOLE-TOKEN"
BOT_USER = {
    "id": 123456,
    "is_bot": True,
    "first_name": "Bản tin xã",
    "username": "bantinxa_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}


@dataclass
class SentCall:
    """One Bot API call the bot made: method name and its parameters."""

    method: str
    params: dict[str, Any]

    @property
    def text(self) -> str:
        """The message text, or a photo's caption."""
        return str(self.params.get("text", self.params.get("caption", "")))

    @property
    def reply_markup(self) -> dict[str, Any] | None:
        markup = self.params.get("reply_markup")
        return json.loads(markup) if isinstance(markup, str) else markup


@dataclass
class OfflineRequest(BaseRequest):
    """Records calls and answers like the Bot API; no network, ever."""

    calls: list[SentCall] = field(default_factory=list)
    #: Who administers each group: ``getChatMember`` says "administrator" for them.
    chat_admins: dict[int, set[int]] = field(default_factory=dict)
    _message_ids: itertools.count = field(default_factory=lambda: itertools.count(1000))
    _texts: dict[tuple[str, str], str] = field(default_factory=dict)
    #: Documents users "sent", by file id: answered by ``getFile`` and the file download.
    files: dict[str, bytes] = field(default_factory=dict)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    def sent(self, method: str = "sendMessage") -> list[SentCall]:
        return [c for c in self.calls if c.method == method]

    def clear(self) -> None:
        self.calls.clear()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        if "/file/bot" in url:
            # A file download (``File.download_as_bytearray``): raw bytes, not JSON.
            file_id = url.rsplit("/", 1)[-1]
            self.calls.append(SentCall("downloadFile", {"file_id": file_id}))
            found = self.files.get(file_id)
            return (200, found) if found is not None else (404, b"Not Found")
        api_method = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        self.calls.append(SentCall(api_method, params))
        if api_method == "editMessageText" and self._unchanged(params):
            # Telegram refuses an edit that changes nothing; handlers must cope.
            error = {
                "ok": False,
                "error_code": 400,
                "description": "Bad Request: message is not modified",
            }
            return 400, json.dumps(error).encode()
        result = self._answer(api_method, params)
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _unchanged(self, params: dict[str, Any]) -> bool:
        key = (str(params.get("chat_id")), str(params.get("message_id")))
        unchanged = self._texts.get(key) == params.get("text")
        self._texts[key] = str(params.get("text"))
        return unchanged

    def _answer(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method in {"sendMessage", "sendPhoto", "editMessageText"}:
            chat_id = params.get("chat_id", 0)
            message = {
                "message_id": params.get("message_id") or next(self._message_ids),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if int(chat_id) > 0 else "group"},
                "from": BOT_USER,
            }
            if method == "sendPhoto":
                message["caption"] = params.get("caption", "")
                message["photo"] = [
                    {"file_id": "offline", "file_unique_id": "o", "width": 1, "height": 1}
                ]
            else:
                message["text"] = params.get("text", "")
            if params.get("reply_markup"):
                markup = params["reply_markup"]
                message["reply_markup"] = json.loads(markup) if isinstance(markup, str) else markup
            return message
        if method == "getChatMember":
            return chat_member(
                int(params["user_id"]),
                int(params["user_id"]) in self.chat_admins.get(int(params["chat_id"]), set()),
            )
        if method == "getFile":
            file_id = str(params.get("file_id", ""))
            content = self.files.get(file_id, b"")
            return {
                "file_id": file_id,
                "file_unique_id": file_id,
                "file_size": len(content),
                "file_path": f"documents/{file_id}",
            }
        if method == "getUpdates":
            return []
        return True


def chat_member(user_id: int, admin: bool) -> dict[str, Any]:
    """A Bot API ``ChatMember``: an administrator with the usual rights, or a plain member."""
    user = {"id": user_id, "is_bot": False, "first_name": "Cán bộ"}
    if not admin:
        return {"status": "member", "user": user}
    rights = [
        "can_manage_chat",
        "can_delete_messages",
        "can_manage_video_chats",
        "can_restrict_members",
        "can_promote_members",
        "can_change_info",
        "can_invite_users",
        "can_post_stories",
        "can_edit_stories",
        "can_delete_stories",
    ]
    return {
        "status": "administrator",
        "user": user,
        "can_be_edited": False,
        "is_anonymous": False,
        **{right: right != "can_promote_members" for right in rights},
    }


_update_ids = itertools.count(1)


def message_update(
    text: str,
    *,
    user_id: int = 1,
    chat_id: int | None = None,
    chat_type: str = "private",
    first_name: str = "Cán bộ",
) -> dict[str, Any]:
    """A Bot API ``Update`` (as JSON) carrying a text message; commands get their entity."""
    chat_id = user_id if chat_id is None else chat_id
    message: dict[str, Any] = {
        "message_id": next(_update_ids),
        "date": int(time.time()),
        "chat": {"id": chat_id, "type": chat_type},
        "from": {"id": user_id, "is_bot": False, "first_name": first_name},
        "text": text,
    }
    if text.startswith("/"):
        command = text.split(maxsplit=1)[0]
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
    if chat_type != "private":
        message["chat"]["title"] = "Nhóm cán bộ"
    return {"update_id": next(_update_ids), "message": message}


def callback_update(
    data: str,
    message: dict[str, Any],
    *,
    user_id: int = 1,
    first_name: str = "Cán bộ",
) -> dict[str, Any]:
    """A Bot API ``Update`` for a press on an inline button of ``message``."""
    return {
        "update_id": next(_update_ids),
        "callback_query": {
            "id": str(next(_update_ids)),
            "from": {"id": user_id, "is_bot": False, "first_name": first_name},
            "chat_instance": "offline",
            "data": data,
            "message": message,
        },
    }
