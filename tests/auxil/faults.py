"""An offline Bot API with a round trip, Telegram's flood limits, and faults played back.

:class:`FaultyRequest` answers like :class:`OfflineRequest`, but each message call takes
``latency`` seconds of the loop's clock (virtual in tests), is counted against the three
limits as Telegram counts them (on arrival, over rolling windows, answered 429 when
exceeded), and may get a scripted or random fault: 429 with ``retry_after``, 403,
``ChatMigrated`` (400 with ``migrate_to_chat_id``), 5xx, a timeout before Telegram took
the message, or a timeout after it did (the case no sender can tell from a failure).
"""

from __future__ import annotations

import asyncio
import bisect
import json
import random
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Literal

from telegram.error import TimedOut
from telegram.request import RequestData

from bot.offline import OfflineRequest, SentCall

__all__ = ["Accepted", "Fault", "FaultyRequest", "window_overflows"]

FaultKind = Literal[
    "retry_after", "forbidden", "migrate", "server", "timeout", "timeout_after", "bad_request"
]
_SENDS = frozenset({"sendMessage", "sendPhoto"})


@dataclass(frozen=True)
class Fault:
    kind: FaultKind
    #: seconds for ``retry_after``, the new chat id for ``migrate``, the status for ``server``
    value: int = 0


@dataclass(frozen=True)
class Accepted:
    """A message Telegram took: when it arrived, where, and its text (or caption)."""

    at: float
    chat_id: int
    method: str
    text: str


def window_overflows(times: list[float], limit: int, period: float) -> int:
    """How many events had ``limit`` others before them within ``period`` (0 when within)."""
    ordered = sorted(times)
    return sum(
        1
        for i, at in enumerate(ordered)
        if i - bisect.bisect_right(ordered, at - period, 0, i) >= limit
    )


@dataclass
class FaultyRequest(OfflineRequest):
    latency: float = 0.15
    script: dict[int, deque[Fault]] = field(default_factory=dict)
    rng: random.Random | None = None
    fault_rate: float = 0.0
    random_kinds: tuple[FaultKind, ...] = ("retry_after", "server", "timeout", "timeout_after")
    accepted: list[Accepted] = field(default_factory=list)
    faults_played: list[tuple[int, Fault]] = field(default_factory=list)
    flood_429s: int = 0
    hang_after: int | None = None
    _gone: set[int] = field(default_factory=set)
    _migrated: dict[int, int] = field(default_factory=dict)
    _arrivals: dict[str, deque[float]] = field(default_factory=dict)

    def fail(self, chat_id: int, *faults: Fault) -> None:
        """The next sends to ``chat_id`` get these faults, in order."""
        self.script.setdefault(chat_id, deque()).extend(faults)

    def texts_to(self, chat_id: int) -> list[str]:
        return [a.text for a in self.accepted if a.chat_id == chat_id]

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
        api_method = url.rsplit("/", 1)[-1]
        if api_method not in _SENDS:
            return await super().do_request(url, method, request_data)
        params = dict(request_data.parameters) if request_data else {}
        self.calls.append(SentCall(api_method, params))
        chat_id = int(params["chat_id"])
        text = str(params.get("text", params.get("caption", "")))
        loop = asyncio.get_running_loop()
        arrived = loop.time()
        if self.hang_after is not None and len(self.accepted) >= self.hang_after:
            await asyncio.Event().wait()  # the process is about to die mid-request
        fault = self._fault_for(chat_id)
        if fault is None and not self._within_limits(chat_id, arrived):
            self.flood_429s += 1
            fault = Fault("retry_after", 1)
        await asyncio.sleep(self.latency)
        if fault is not None:
            self.faults_played.append((chat_id, fault))
            if fault.kind == "timeout":
                raise TimedOut("Timed out")
            if fault.kind == "timeout_after":
                self._accept(arrived, chat_id, api_method, text)
                raise TimedOut("Timed out")
            return _error(fault)
        self._accept(arrived, chat_id, api_method, text)
        result = self._answer(api_method, params)
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _accept(self, at: float, chat_id: int, method: str, text: str) -> None:
        self.accepted.append(Accepted(at, chat_id, method, text))

    def _fault_for(self, chat_id: int) -> Fault | None:
        if chat_id in self._gone:
            return Fault("forbidden")
        if chat_id in self._migrated:
            return Fault("migrate", self._migrated[chat_id])
        queued = self.script.get(chat_id)
        if queued:
            fault = queued.popleft()
            if fault.kind == "forbidden":
                self._gone.add(chat_id)
            if fault.kind == "migrate":
                self._migrated[chat_id] = fault.value
            return fault
        if self.rng is not None and self.rng.random() < self.fault_rate:
            kind = self.rng.choice(self.random_kinds)
            return Fault(kind, 1 if kind == "retry_after" else 502 if kind == "server" else 0)
        return None

    def _within_limits(self, chat_id: int, at: float) -> bool:
        """Telegram counts on arrival: 30 in any second, 1 a second a chat, 20 a minute a group."""
        windows = [("all", 30, 1.0), (f"chat:{chat_id}", 1, 1.0)]
        if chat_id < 0:
            windows.append((f"group:{chat_id}", 20, 60.0))
        for name, limit, period in windows:
            times = self._arrivals.setdefault(name, deque())
            while times and times[0] <= at - period:
                times.popleft()
            if len(times) >= limit:
                return False
        for name, _limit, _period in windows:
            self._arrivals[name].append(at)
        return True


def _error(fault: Fault) -> tuple[int, bytes]:
    body: dict[str, Any]
    if fault.kind == "retry_after":
        body = {
            "error_code": 429,
            "description": f"Too Many Requests: retry after {fault.value}",
            "parameters": {"retry_after": fault.value},
        }
    elif fault.kind == "forbidden":
        body = {"error_code": 403, "description": "Forbidden: bot was blocked by the user"}
    elif fault.kind == "migrate":
        body = {
            "error_code": 400,
            "description": "Bad Request: group chat was upgraded to a supergroup chat",
            "parameters": {"migrate_to_chat_id": fault.value},
        }
    elif fault.kind == "bad_request":
        body = {"error_code": 400, "description": "Bad Request: can't parse entities"}
    else:
        body = {"error_code": fault.value or 500, "description": "Internal Server Error"}
    return body["error_code"], json.dumps({"ok": False, **body}).encode()
