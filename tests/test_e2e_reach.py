"""Reach through the real ``python -m bot run`` over HTTP: inline cards, deep links, a
history chart, the district ranking and menus by role.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fake_bot_api import FakeBotApi
from tests.telegram_html import plain_text
from tests.test_e2e_run import await_reply, start_bot, stop

OWNER = 7070
OFFICIAL = 8080
SECONDS = 30.0


@pytest.fixture
def server() -> Iterator[FakeBotApi]:
    with FakeBotApi(deadline=150.0) as api:
        yield api


def test_inline_links_chart_ranking_and_menus(
    server: FakeBotApi, data_dir: Path, tmp_path: Path
) -> None:
    log = tmp_path / "bot.log"
    process = start_bot(server, data_dir, log, BOT_ADMIN_IDS=str(OWNER))
    try:
        mark = len(server.calls)
        server.push_message("/xa Mỹ Thạnh Giồng Trôm", user_id=OFFICIAL)
        summary = await_reply(server, process, log, OFFICIAL, mark, SECONDS)
        link = plain_text(summary.text).rsplit("Chia sẻ: ", 1)[1].strip()
        payload = link.rsplit("start=", 1)[1]

        mark = len(server.calls)
        server.push_inline_query("My Thanh", user_id=OFFICIAL)
        answer = server.wait_for("answerInlineQuery", timeout=SECONDS, since=mark)
        results = answer.params["results"]
        results = json.loads(results) if isinstance(results, str) else results
        assert any("Mỹ Thạnh – Giồng Trôm" in r["title"] for r in results)
        card = results[0]["input_message_content"]["message_text"]
        assert "16/19" in plain_text(card)

        mark = len(server.calls)
        server.push_message(f"/start {payload}", user_id=OFFICIAL + 1)
        opened = await_reply(server, process, log, OFFICIAL + 1, mark, SECONDS)
        assert plain_text(opened.text) == plain_text(summary.text)

        mark = len(server.calls)
        server.push_message("/lichsu Mỹ Thạnh Giồng Trôm ntm", user_id=OFFICIAL)
        server.wait_for("sendPhoto", lambda c: c.chat_id == str(OFFICIAL), SECONDS, since=mark)

        mark = len(server.calls)
        server.push_message("/huyen Giồng Trôm", user_id=OFFICIAL)
        district = await_reply(server, process, log, OFFICIAL, mark, SECONDS)
        assert "Huyện Giồng Trôm" in plain_text(district.text)
        assert "Xếp hạng nông thôn mới" in plain_text(district.text)
        assert "1. Mỹ Thạnh: 16/19 tiêu chí" in plain_text(district.text)

        menus = {
            str(c.params.get("scope")): str(c.params.get("commands"))
            for c in server.sent("setMyCommands")
        }
        owner_menu = next(m for scope, m in menus.items() if str(OWNER) in scope)
        public_menu = next(m for scope, m in menus.items() if "default" in scope)
        assert "capnhat" in owner_menu and "capnhat" not in public_menu
    finally:
        stop(process)
