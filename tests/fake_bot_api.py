"""A fake Telegram Bot API server on 127.0.0.1, for tests that run the real ``python -m bot run``.

The bot talks HTTP to it exactly as to Telegram (``TELEGRAM_BASE_URL`` points here); a
test queues updates with :meth:`FakeBotApi.push_message` / :meth:`FakeBotApi.push_callback`
and waits for what the bot sends with :meth:`FakeBotApi.wait_for`. It can also answer the
next calls of a method with 429 ``retry_after`` or 403 ``Forbidden``, as Telegram does.

Standard library only: a ``ThreadingHTTPServer`` in a daemon thread, stopped by the
context manager or, at the latest, by a hard deadline, so a broken test never leaves it
running.
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from bot.offline import BOT_USER, SentCall, callback_update, chat_member, message_update

__all__ = ["ApiCall", "FakeBotApi"]

DEFAULT_TOKEN = "123:TEST"
#: Longest a ``getUpdates`` with nothing to return blocks, whatever ``timeout`` asks for:
#: short, so the bot notices a stop signal and the server its own shutdown quickly.
MAX_POLL_SECONDS = 1.0
DEFAULT_DEADLINE_SECONDS = 180.0

Predicate = Callable[["ApiCall"], bool]


@dataclass
class ApiCall(SentCall):
    """One request the bot made: method, parameters as sent, and the HTTP status we answered."""

    status: int = 200
    at: float = field(default_factory=time.monotonic)

    @property
    def chat_id(self) -> str:
        return str(self.params.get("chat_id", ""))


@dataclass
class _Fault:
    """How to answer the next ``remaining`` calls of one method instead of succeeding."""

    remaining: int
    status: int
    description: str
    parameters: dict[str, Any] | None = None


class FakeBotApi:
    """The Bot API as far as this bot uses it; records every call, thread-safely."""

    def __init__(
        self, token: str = DEFAULT_TOKEN, *, deadline: float = DEFAULT_DEADLINE_SECONDS
    ) -> None:
        self.token = token
        self._deadline = deadline
        self._cond = threading.Condition()
        self._updates: deque[dict[str, Any]] = deque()
        self._calls: list[ApiCall] = []
        self._faults: dict[str, deque[_Fault]] = {}
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(5000)
        self._closed = False
        self._chat_admins: dict[int, set[int]] = {}
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="fake-bot-api",
            daemon=True,
        )
        self._timer = threading.Timer(deadline, self.close)
        self._timer.daemon = True

    # Lifecycle

    def start(self) -> FakeBotApi:
        self._thread.start()
        self._timer.start()
        return self

    def close(self) -> None:
        """Stop serving and wake every waiting long poll; idempotent, any thread."""
        with self._cond:
            if self._closed:
                return
            self._closed = True
            self._cond.notify_all()
        self._timer.cancel()
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeBotApi:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def base_url(self) -> str:
        """What ``TELEGRAM_BASE_URL`` should be: the token is appended by the bot, as PTB does."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/bot"

    # What users do

    def push_message(
        self,
        text: str,
        *,
        user_id: int = 1,
        chat_id: int | None = None,
        chat_type: str = "private",
    ) -> dict[str, Any]:
        """Queue a text message from a user, as ``getUpdates`` will deliver it."""
        update = message_update(text, user_id=user_id, chat_id=chat_id, chat_type=chat_type)
        return self._push(update)

    def push_callback(
        self, data: str, message: dict[str, Any], *, user_id: int = 1
    ) -> dict[str, Any]:
        """Queue a press on a button with ``data`` under the bot's ``message`` (its JSON)."""
        return self._push(callback_update(data, message, user_id=user_id))

    def push_inline_query(self, query: str, *, user_id: int = 1) -> dict[str, Any]:
        """Queue ``@bot <query>`` typed by ``user_id`` in some chat."""
        sender = {"id": user_id, "is_bot": False, "first_name": "Cán bộ"}
        inline = {"id": f"iq{len(self.calls)}", "from": sender, "query": query, "offset": ""}
        return self._push({"inline_query": inline})

    def _push(self, update: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            # Our own ids: Telegram's are increasing per bot, and offsets rely on it.
            update["update_id"] = next(self._update_ids)
            self._updates.append(update)
            self._cond.notify_all()
        return update

    def make_admin(self, chat_id: int, user_id: int) -> None:
        """``getChatMember`` will say ``user_id`` administers the group ``chat_id``."""
        with self._cond:
            self._chat_admins.setdefault(chat_id, set()).add(user_id)

    # What the bot did

    @property
    def calls(self) -> list[ApiCall]:
        """A snapshot of every call so far, oldest first."""
        with self._cond:
            return list(self._calls)

    def sent(self, method: str = "sendMessage") -> list[ApiCall]:
        return [c for c in self.calls if c.method == method]

    def wait_for(
        self,
        method: str,
        predicate: Predicate | None = None,
        timeout: float = 10.0,
        *,
        since: int = 0,
    ) -> ApiCall:
        """The first call of ``method`` (from index ``since`` on) that ``predicate`` accepts.

        Raises ``TimeoutError`` listing what was called, so a failure says what happened.
        """
        end = time.monotonic() + timeout
        with self._cond:
            checked = since
            while True:
                for call in self._calls[checked:]:
                    if call.method == method and (predicate is None or predicate(call)):
                        return call
                checked = max(checked, len(self._calls))
                left = end - time.monotonic()
                if left <= 0 or self._closed:
                    seen = [c.method for c in self._calls[since:]]
                    raise TimeoutError(f"no matching {method} within {timeout} s; calls: {seen}")
                self._cond.wait(left)

    def message_json(self, call: ApiCall) -> dict[str, Any]:
        """The Bot API ``Message`` that answered ``call`` (to press its buttons)."""
        return self._message(call.params)

    # Fault injection

    def fail_next(
        self,
        method: str = "sendMessage",
        count: int = 1,
        *,
        status: int = 429,
        retry_after: int | None = 1,
        description: str | None = None,
    ) -> None:
        """Answer the next ``count`` calls of ``method`` with an error instead of success."""
        parameters = {"retry_after": retry_after} if status == 429 and retry_after else None
        if description is None:
            description = (
                f"Too Many Requests: retry after {retry_after}"
                if status == 429
                else "Forbidden: bot was blocked by the user"
                if status == 403
                else HTTPStatus(status).phrase
            )
        with self._cond:
            self._faults.setdefault(method, deque()).append(
                _Fault(count, status, description, parameters)
            )

    def forbid_next(self, method: str = "sendMessage", count: int = 1) -> None:
        """The next ``count`` calls get 403, as when the user blocked the bot."""
        self.fail_next(method, count, status=403, retry_after=None)

    # Serving

    def handle(self, token: str, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """Answer one Bot API call; runs on the server's request threads."""
        if token != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        if method == "getUpdates":
            updates = self._poll(params)
            self._record(ApiCall(method, params))
            return 200, {"ok": True, "result": updates}
        with self._cond:
            fault = self._take_fault(method)
            status = fault.status if fault else 200
            self._calls.append(ApiCall(method, params, status=status))
            self._cond.notify_all()
        if fault is not None:
            body: dict[str, Any] = {
                "ok": False,
                "error_code": fault.status,
                "description": fault.description,
            }
            if fault.parameters:
                body["parameters"] = fault.parameters
            return fault.status, body
        return 200, {"ok": True, "result": self._result(method, params)}

    def _record(self, call: ApiCall) -> None:
        with self._cond:
            self._calls.append(call)
            self._cond.notify_all()

    def _take_fault(self, method: str) -> _Fault | None:
        queue = self._faults.get(method)
        if not queue:
            return None
        fault = queue[0]
        fault.remaining -= 1
        if fault.remaining <= 0:
            queue.popleft()
        return fault

    def _poll(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        """Long polling: confirm updates below ``offset``, wait a little for new ones."""
        offset = int(params.get("offset") or 0)
        limit = max(1, min(100, int(params.get("limit") or 100)))
        wait = min(float(params.get("timeout") or 0), MAX_POLL_SECONDS)
        end = time.monotonic() + wait
        with self._cond:
            while True:
                while self._updates and self._updates[0]["update_id"] < offset:
                    self._updates.popleft()
                if self._updates or self._closed:
                    break
                left = end - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
            return list(itertools.islice(self._updates, limit))

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return {**BOT_USER, "id": int(self.token.split(":", 1)[0])}
        if method in {"sendMessage", "sendPhoto"}:
            with self._cond:
                message_id = next(self._message_ids)
            message = self._message({**params, "message_id": message_id})
            if method == "sendPhoto":
                del message["text"]
                message["caption"] = str(params.get("caption", ""))
                photo = {"file_id": "f", "file_unique_id": "f", "width": 1, "height": 1}
                message["photo"] = [photo]
            return message
        if method == "getChatMember":
            user_id = _as_int(params.get("user_id"))
            with self._cond:
                admin = user_id in self._chat_admins.get(_as_int(params.get("chat_id")), set())
            return chat_member(user_id, admin)
        if method == "editMessageText":
            return self._message(params) if params.get("chat_id") else True
        return True

    def _message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = _as_int(params.get("chat_id"))
        message: dict[str, Any] = {
            "message_id": _as_int(params.get("message_id")),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": {**BOT_USER, "id": int(self.token.split(":", 1)[0])},
            "text": str(params.get("text", "")),
        }
        markup = params.get("reply_markup")
        if markup:
            message["reply_markup"] = json.loads(markup) if isinstance(markup, str) else markup
        return message


def _as_int(value: Any) -> int:
    """Chat and message ids arrive as decimal strings; ``@channel`` names map to 0."""
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def parse_body(content_type: str, body: bytes) -> dict[str, Any]:
    """Bot API parameters from a request body: form-encoded, multipart or JSON.

    PTB sends form-encoded fields, or multipart when a file goes along; values that are
    objects (``reply_markup``) arrive as JSON strings, numbers as decimal strings.
    """
    kind = content_type.split(";", 1)[0].strip().lower()
    if not body:
        return {}
    if kind == "application/json":
        data = json.loads(body)
        return data if isinstance(data, dict) else {}
    if kind == "multipart/form-data":
        header = f"Content-Type: {content_type}\r\n\r\n".encode()
        parsed = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(header + body)
        params: dict[str, Any] = {}
        for part in parsed.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            params[str(name)] = payload if part.get_filename() else payload.decode("utf-8")
        return params
    return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))


def _handler_for(api: FakeBotApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        """``/bot<token>/<method>`` by GET (query string) or POST (body)."""

        def do_GET(self) -> None:
            self._serve(b"")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self._serve(self.rfile.read(length))

        def _serve(self, body: bytes) -> None:
            url = urlsplit(self.path)
            parts = url.path.strip("/").split("/")
            if len(parts) != 2 or not parts[0].startswith("bot"):
                self._send(404, {"ok": False, "error_code": 404, "description": "Not Found"})
                return
            try:
                params = dict(parse_qsl(url.query, keep_blank_values=True))
                params.update(parse_body(self.headers.get("Content-Type", ""), body))
            except (ValueError, UnicodeDecodeError) as exc:
                problem = f"Bad Request: {exc}"
                self._send(400, {"ok": False, "error_code": 400, "description": problem})
                return
            status, answer = api.handle(parts[0][len("bot") :], parts[1], params)
            self._send(status, answer)

        def _send(self, status: int, answer: dict[str, Any]) -> None:
            data = json.dumps(answer, ensure_ascii=False).encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the bot gave up on this request (it is stopping): nothing to tell it

        def log_message(self, format: str, *args: Any) -> None:
            return None

    return Handler
