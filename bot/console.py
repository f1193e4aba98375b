"""``python -m bot console``: the real application, offline, in a terminal.

Interactive on a terminal (a number picks a button of the last reply); from a pipe it
reads one command per line and prints each reply as plain text, so it can be scripted.
"""

from __future__ import annotations

import asyncio
import html
import io
import re
import sys
from typing import Any, TextIO

from telegram import Update

from bot.app import build_application
from bot.constants import CONSOLE_FLAG
from bot.offline import OfflineRequest, SentCall, callback_update, message_update
from bot.settings import Settings

__all__ = ["html_to_text", "run_console"]

_TAG = re.compile(r"<[^>]+>")
_PROMPT = "bạn> "


def html_to_text(text: str) -> str:
    """Telegram HTML → what the user reads."""
    return html.unescape(_TAG.sub("", text))


_SHOWN = {"sendMessage", "editMessageText", "sendPhoto"}


def _show(call: SentCall, out: TextIO, user_id: int) -> list[dict[str, Any]]:
    chat_id = str(call.params.get("chat_id", user_id))
    if chat_id != str(user_id):
        # A digest /guibantin sends to another chat: say whose it is.
        out.write(f"→ chat {chat_id}:\n")
    if call.method == "sendPhoto":
        out.write("[ảnh biểu đồ]\n" + html_to_text(str(call.params.get("caption", ""))).rstrip())
        out.write("\n")
        return []
    out.write(html_to_text(call.text).rstrip() + "\n")
    buttons = [b for row in (call.reply_markup or {}).get("inline_keyboard", []) for b in row]
    for number, button in enumerate(buttons, start=1):
        out.write(f"  [{number}] {button['text']}\n")
    return buttons


async def _console(settings: Settings, user_id: int, lines: TextIO, out: TextIO, tty: bool) -> None:
    request = OfflineRequest()
    app = build_application(settings, request=request, rate_limiter=None)
    async with app:
        # Offline, /guibantin shows what each chat would get before it answers.
        app.bot_data[CONSOLE_FLAG] = True
        await app.post_init(app)
        request.clear()
        last_message: dict[str, Any] | None = None
        last_buttons: list[dict[str, Any]] = []
        if tty:
            out.write("Bản tin xã — chế độ ngoại tuyến. Gõ /help để xem lệnh, Ctrl-D để thoát.\n")
        try:
            while True:
                if tty:
                    out.write(_PROMPT)
                    out.flush()
                line = lines.readline()
                if not line:
                    break
                text = line.strip()
                if not text:
                    continue
                if _button_number(text, len(last_buttons)):
                    data = last_buttons[int(text) - 1]["callback_data"]
                    payload = callback_update(data, last_message or {}, user_id=user_id)
                else:
                    payload = message_update(text, user_id=user_id)
                    last_buttons = []
                await app.process_update(Update.de_json(payload, app.bot))
                for call in request.calls:
                    if call.method in _SHOWN:
                        buttons = _show(call, out, user_id)
                        if buttons:
                            last_buttons = buttons
                            last_message = _message_json(call, user_id)
                            if tty:
                                out.write("  (gõ số để chọn)\n")
                if not tty:
                    out.write("\n")
                out.flush()
                request.clear()
        finally:
            await app.post_shutdown(app)


def _button_number(text: str, buttons: int) -> bool:
    """A plain number picking a shown button (``²`` and ``①`` are digits to Python, not ints)."""
    return text.isascii() and text.isdigit() and len(text) <= 3 and 1 <= int(text) <= buttons


def _message_json(call: SentCall, user_id: int) -> dict[str, Any]:
    return {
        "message_id": 1,
        "date": 0,
        "chat": {"id": call.params.get("chat_id", user_id), "type": "private"},
        "text": call.text,
        "reply_markup": call.reply_markup,
    }


def run_console(settings: Settings, user_id: int) -> None:
    """Run until end of input."""
    tty = sys.stdin.isatty()
    if isinstance(sys.stdin, io.TextIOWrapper):
        # A byte that is not UTF-8 becomes U+FFFD instead of ending the console.
        sys.stdin.reconfigure(errors="replace")
    asyncio.run(_console(settings, user_id, sys.stdin, sys.stdout, tty))
