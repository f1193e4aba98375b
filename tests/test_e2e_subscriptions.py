"""Weekly digests end to end: the real ``python -m bot run`` long-polling a fake Bot API.

A private chat and a group subscribe; the group's administrator is asked of "Telegram";
/theodoi, /bantin and /guibantin answer over HTTP; each chat gets /guibantin's digest once,
and a restart (graceful, then kill -9) neither resends it nor forgets a subscription.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from tests import test_e2e_run as e2e
from tests.fake_bot_api import ApiCall, FakeBotApi
from tests.telegram_html import html_problems, plain_text
from tests.test_e2e_run import STOP_SECONDS, stop

REPLY_SECONDS = 30.0
OFFICIAL = 4242
ADMIN = 99
GROUP = -100555
GROUP_ADMIN = 50
MEMBER = 51
DIGEST_METHODS = {"sendMessage", "sendPhoto"}


def start_bot(server: FakeBotApi, data_dir: Path, log: Path) -> subprocess.Popen[bytes]:
    return e2e.start_bot(
        server, data_dir, log, BOT_ADMIN_IDS=str(ADMIN), BOT_TIMEZONE="Asia/Ho_Chi_Minh"
    )


class Chat:
    """Types into one chat and reads what the bot sends there."""

    def __init__(self, server: FakeBotApi, process: subprocess.Popen[bytes], log: Path) -> None:
        self.server, self.process, self.log = server, process, log

    def say(self, text: str, *, chat_id: int, user_id: int, chat_type: str = "private") -> str:
        """Send ``text`` and return the bot's next message to that chat, as read."""
        mark = len(self.server.calls)
        self.server.push_message(text, user_id=user_id, chat_id=chat_id, chat_type=chat_type)
        return plain_text(self.next(chat_id, mark).text)

    def next(self, chat_id: int, since: int, timeout: float = REPLY_SECONDS) -> ApiCall:
        end = time.monotonic() + timeout
        while True:
            for call in self.server.calls[since:]:
                if call.method in DIGEST_METHODS and call.chat_id == str(chat_id):
                    assert html_problems(call.text) == [], call.text
                    return call
            if self.process.poll() is not None or time.monotonic() > end:
                tail = self.log.read_text("utf-8", "replace")[-3000:]
                pytest.fail(f"no message to {chat_id} (exit {self.process.returncode}):\n{tail}")
            time.sleep(0.05)


def _to(server: FakeBotApi, chat_id: int, since: int) -> list[ApiCall]:
    return [
        c
        for c in server.calls[since:]
        if c.method in DIGEST_METHODS and c.chat_id == str(chat_id) and c.status == 200
    ]


@pytest.fixture
def server() -> FakeBotApi:
    with FakeBotApi(deadline=170.0) as api:
        yield api


def test_subscribe_preview_broadcast_and_restart(
    server: FakeBotApi, data_dir: Path, tmp_path: Path
) -> None:
    log = tmp_path / "bot.log"
    process = start_bot(server, data_dir, log)
    try:
        chat = Chat(server, process, log)
        text = chat.say(
            "/dangky Mỹ Thạnh Giồng Trôm thứ sáu 16h30", chat_id=OFFICIAL, user_id=OFFICIAL
        )
        assert "Đã đăng ký bản tin Xã Mỹ Thạnh" in text and "Thứ Sáu 16:30" in text

        server.make_admin(GROUP, GROUP_ADMIN)
        refused = chat.say(
            "/dangky Mỹ Thạnh Giồng Trôm", chat_id=GROUP, user_id=MEMBER, chat_type="group"
        )
        assert "chỉ quản trị viên của nhóm" in refused
        done = chat.say(
            "/dangky@bantinxa_bot Mỹ Thạnh Giồng Trôm",
            chat_id=GROUP,
            user_id=GROUP_ADMIN,
            chat_type="supergroup",
        )
        assert "cho nhóm này" in done

        listed = chat.say("/theodoi", chat_id=OFFICIAL, user_id=OFFICIAL)
        assert "Xã Mỹ Thạnh" in listed and "lần tới: Thứ Sáu" in listed

        mark = len(server.calls)
        server.push_message("/bantin", user_id=OFFICIAL)
        preview = chat.next(OFFICIAL, mark)
        assert preview.method == "sendPhoto" and "Bản tin tuần" in plain_text(preview.text)
        # The chart's caption is short; the digest's text follows as its own message.
        server.wait_for("sendMessage", lambda c: c.chat_id == str(OFFICIAL), since=mark)

        mark = len(server.calls)
        server.push_message("/guibantin", user_id=ADMIN)
        answer = plain_text(chat.next(ADMIN, mark).text)
        assert "tới 2 chat" in answer
        count = int(answer.split("(")[1].split()[0])
        deadline = time.monotonic() + REPLY_SECONDS
        while len(_to(server, OFFICIAL, mark)) + len(_to(server, GROUP, mark)) < count:
            assert time.monotonic() < deadline, [
                (c.method, c.chat_id, c.status)
                for c in server.calls[mark:]
                if c.method != "getUpdates"
            ]
            time.sleep(0.1)
        got = {chat_id: len(_to(server, chat_id, mark)) for chat_id in (OFFICIAL, GROUP)}
        assert got[OFFICIAL] == got[GROUP] == count // 2
        assert any("Bản tin tuần" in plain_text(c.text) for c in _to(server, GROUP, mark))
        first_digest = _to(server, OFFICIAL, mark)[0].text
        assert "Bản tin đầu tiên" in plain_text(first_digest) or _to(server, OFFICIAL, mark)[1:]

        code = stop(process)
        assert code == 0, log.read_text("utf-8", "replace")[-3000:]
        process = start_bot(server, data_dir, tmp_path / "bot2.log")
        chat = Chat(server, process, tmp_path / "bot2.log")
        listed = chat.say("/theodoi", chat_id=GROUP, user_id=MEMBER, chat_type="supergroup")
        assert "Bản tin nhóm này đang nhận (1)" in listed
        time.sleep(1.0)
        assert len(_to(server, OFFICIAL, mark)) == count // 2, "a restart resends nothing"
        assert len(_to(server, GROUP, mark)) == count // 2 + 1, "only the /theodoi reply"

        process.kill()
        process.wait(timeout=STOP_SECONDS)
        process = start_bot(server, data_dir, tmp_path / "bot3.log")
        chat = Chat(server, process, tmp_path / "bot3.log")
        listed = chat.say("/theodoi", chat_id=OFFICIAL, user_id=OFFICIAL)
        assert "Bản tin bạn đang nhận (1)" in listed
        assert len(_to(server, OFFICIAL, mark)) == count // 2 + 1
    finally:
        stop(process)
