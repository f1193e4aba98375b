"""Drive the real ``Application`` offline and read what the user would see."""

from __future__ import annotations

import html
import json
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.app import build_application
from bot.offline import OfflineRequest, SentCall, callback_update, message_update
from bot.settings import Settings
from tests.telegram_html import html_problems

__all__ = ["BotHarness", "make_settings", "plain", "running_bot"]

_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """What a Telegram user reads of an HTML message."""
    return html.unescape(_TAG.sub("", text))


def make_settings(data_dir: Path, **overrides: Any) -> Settings:
    """Settings for a test: no .env, no token, the given data directory."""
    values: dict[str, Any] = {
        "telegram_bot_token": None,
        "bot_data_dir": data_dir,
        "bot_admin_ids": frozenset(),
        "bot_timezone": "Asia/Ho_Chi_Minh",
        **overrides,
    }
    return Settings(_env_file=None, **values)


class BotHarness:
    """A user's side of a chat with the bot."""

    def __init__(self, app: Application, request: OfflineRequest) -> None:
        self.app = app
        self.request = request

    async def send(
        self, text: str, *, user_id: int = 1, chat_id: int | None = None, chat_type: str = "private"
    ) -> list[SentCall]:
        """Type ``text`` and return the messages the bot sent or edited in answer."""
        self.request.clear()
        payload = message_update(text, user_id=user_id, chat_id=chat_id, chat_type=chat_type)
        await self.app.process_update(Update.de_json(payload, self.app.bot))
        return self.replies()

    async def press(
        self, reply: SentCall, text_contains: str, *, user_id: int = 1, chat_type: str = "private"
    ) -> list[SentCall]:
        """Press the button of ``reply`` whose label contains ``text_contains``."""
        markup = reply.reply_markup or {}
        buttons = [b for row in markup.get("inline_keyboard", []) for b in row]
        button = next(b for b in buttons if text_contains in b["text"])
        message = {
            "message_id": 77,
            "date": 0,
            "chat": {"id": reply.params.get("chat_id", user_id), "type": chat_type},
            "text": reply.text,
            "reply_markup": markup,
        }
        self.request.clear()
        payload = callback_update(button["callback_data"], message, user_id=user_id)
        await self.app.process_update(Update.de_json(payload, self.app.bot))
        return self.replies()

    async def inline(self, query: str, *, user_id: int = 1, offset: str = "") -> dict[str, Any]:
        """Type ``@bot <query>`` in some chat (``offset``: scroll to the page Telegram was
        told of); the parameters of the bot's answer."""
        self.request.clear()
        payload = {
            "update_id": 900000 + len(query),
            "inline_query": {
                "id": "iq-1",
                "from": {"id": user_id, "is_bot": False, "first_name": "Cán bộ"},
                "query": query,
                "offset": offset,
            },
        }
        await self.app.process_update(Update.de_json(payload, self.app.bot))
        (answer,) = self.request.sent("answerInlineQuery")
        results = answer.params.get("results")
        return {
            **answer.params,
            "results": json.loads(results) if isinstance(results, str) else results,
        }

    def replies(self) -> list[SentCall]:
        """Messages sent or edited; each must be one Telegram would accept as HTML."""
        sent = [c for c in self.request.calls if c.method in {"sendMessage", "editMessageText"}]
        for call in sent:
            if call.params.get("parse_mode") == "HTML":
                assert not html_problems(call.text), (html_problems(call.text), call.text)
        return sent

    def calls(self, method: str) -> list[SentCall]:
        return self.request.sent(method)


@asynccontextmanager
async def running_bot(settings: Settings) -> AsyncIterator[BotHarness]:
    """The real application, initialised and with its services started, offline."""
    request = OfflineRequest()
    app = build_application(settings, request=request, rate_limiter=None)
    async with app:
        await app.post_init(app)
        try:
            yield BotHarness(app, request)
        finally:
            await app.post_shutdown(app)
