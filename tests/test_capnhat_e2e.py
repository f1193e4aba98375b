"""Editors through the real ``python -m bot run`` against an HTTP Bot API, and ``kill -9``.

The store starts seeded (a copy of the session's seeded store), so the process answers
within seconds; every figure is checked as a user reads it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import PROJECT_ROOT
from tests import test_e2e_run as e2e
from tests.fake_bot_api import FakeBotApi
from tests.telegram_html import html_problems, plain_text
from tests.test_e2e_run import STOP_SECONDS, await_reply, bot_env, stop

OWNER = 5151
OFFICIAL = 6161
REPLY_SECONDS = 30.0
ACKNOWLEDGED = 20


def start_bot(server: FakeBotApi, data_dir: Path, log: Path) -> subprocess.Popen[bytes]:
    return e2e.start_bot(server, data_dir, log, BOT_ADMIN_IDS=str(OWNER))


@pytest.fixture
def server() -> Iterator[FakeBotApi]:
    with FakeBotApi(deadline=170.0) as api:
        yield api


class Chat:
    """One user's side of the conversation with the running process."""

    def __init__(self, server: FakeBotApi, process: subprocess.Popen[bytes], log: Path) -> None:
        self.server, self.process, self.log = server, process, log

    def say(self, text: str, user_id: int) -> str:
        mark = len(self.server.calls)
        self.server.push_message(text, user_id=user_id)
        answer = await_reply(self.server, self.process, self.log, user_id, mark, REPLY_SECONDS)
        assert html_problems(answer.text) == [], answer.text
        return plain_text(answer.text)


def test_editor_story_and_kill_after_twenty_acknowledged_updates(
    server: FakeBotApi, data_dir: Path, tmp_path: Path
) -> None:
    """Refused, 16/19 → 17/19, /xa shows it, /hoantac undoes it, bad values change nothing;
    20 acknowledged updates then ``kill -9``: all 20 are there after a restart.
    """
    log = tmp_path / "bot.log"
    process = start_bot(server, data_dir, log)
    try:
        chat = Chat(server, process, log)
        assert "dành cho cán bộ" in chat.say("/capnhat Mỹ Thạnh ntm=17/19", OFFICIAL)
        assert "16/19" in chat.say("/xa Mỹ Thạnh", OFFICIAL)
        assert "16/19 → 17/19" in chat.say("/capnhat Mỹ Thạnh ntm=17/19", OWNER)
        assert "17/19 tiêu chí" in chat.say("/xa Mỹ Thạnh", OFFICIAL)
        assert "17/19 → 16/19" in chat.say("/hoantac", OWNER)
        shown = chat.say("/xa Mỹ Thạnh", OFFICIAL)
        assert "16/19 tiêu chí" in shown and "17/19 tiêu chí" not in shown

        for bad in (
            "ntm=20/19",
            "ntm=abc",
            "ntm=17/19 ngay=01/01/2099",
            "ntm=17/19 ngay=31/02/2026",
            "ntmm=17",
            "",
        ):
            answer = chat.say(f"/capnhat Mỹ Thạnh {bad}".strip(), OWNER)
            assert "/capnhat" in answer and "Đã cập nhật" not in answer, answer
        unknown = chat.say("/capnhat Mỹ Thanhh ntm=17/19", OWNER)
        assert "Mỹ Thạnh" in unknown and "Đã cập nhật" not in unknown
        assert "16/19 tiêu chí" in chat.say("/xa Mỹ Thạnh", OFFICIAL)

        for number in range(ACKNOWLEDGED):
            answer = chat.say(f"/capnhat Mỹ Thạnh dang_vien={250 + number}", OWNER)
            assert "Đã cập nhật" in answer and f"{250 + number}" in answer, answer
        process.kill()
        process.wait(timeout=STOP_SECONDS)

        log2 = tmp_path / "bot2.log"
        process = start_bot(server, data_dir, log2)
        chat = Chat(server, process, log2)
        history = chat.say("/lichsu Mỹ Thạnh dang_vien", OFFICIAL)
        for number in range(ACKNOWLEDGED):
            assert f"{250 + number} người" in history, f"update {number + 1} was lost"
        assert f"{250 + ACKNOWLEDGED - 1} người" in chat.say("/xa Mỹ Thạnh", OFFICIAL)
        assert "dang_vien=250" not in history
        undone = chat.say("/hoantac", OWNER)
        assert f"{250 + ACKNOWLEDGED - 1} → {250 + ACKNOWLEDGED - 2}" in undone, undone
    finally:
        stop(process)
    exported = subprocess.run(
        [sys.executable, "-m", "bot", "export"],
        cwd=PROJECT_ROOT,
        env=bot_env(BOT_DATA_DIR=str(data_dir)),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert exported.returncode == 0, exported.stderr
    rows = [
        r
        for r in json.loads(exported.stdout)
        if r["indicator"] == "dang_vien" and r["source_kind"] == "admin"
    ]
    assert sorted(r["value"] for r in rows) == [250 + n for n in range(ACKNOWLEDGED)]
    assert all(r["admin_user_id"] == OWNER and r["admin_time"] for r in rows)
    health = subprocess.run(
        [sys.executable, "-m", "bot", "check"],
        cwd=PROJECT_ROOT,
        env=bot_env(BOT_DATA_DIR=str(data_dir)),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert health.returncode == 0, health.stdout + health.stderr
