"""``python -m bot run`` end to end: the real process, long polling a fake Bot API.

Slow-ish (the first start seeds a fresh store), but it is the only test that exercises
the CLI, settings from the environment, the writer lock across processes and PTB's HTTP
layer together, as an operator starts the bot.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import PROJECT_ROOT
from tests.fake_bot_api import ApiCall, FakeBotApi
from tests.telegram_html import html_problems, plain_text

#: The first start seeds the store from seeds/ before it polls.
FIRST_REPLY_SECONDS = 60.0
REPLY_SECONDS = 15.0
STOP_SECONDS = 15.0
OFFICIAL = 4242


def bot_env(**values: str) -> dict[str, str]:
    """This process's environment without any bot setting or proxy, plus ``values``."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TELEGRAM_", "BOT_")) and "proxy" not in key.lower()
    }
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(values)
    return env


def start_bot(
    server: FakeBotApi, data_dir: Path, log: Path, **settings: str
) -> subprocess.Popen[bytes]:
    """``python -m bot run`` against ``server``, its output in ``log``; ``settings`` adds
    environment variables (``BOT_ADMIN_IDS=...``).
    """
    env = bot_env(
        TELEGRAM_BOT_TOKEN=server.token,
        TELEGRAM_BASE_URL=server.base_url,
        BOT_DATA_DIR=str(data_dir),
        **settings,
    )
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def stop(process: subprocess.Popen[bytes]) -> int:
    """SIGTERM, as systemd or Ctrl-C would; kill if it does not stop in time."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode


def await_reply(
    server: FakeBotApi,
    process: subprocess.Popen[bytes],
    log: Path,
    chat_id: int,
    since: int,
    timeout: float,
) -> ApiCall:
    """The bot's next message to ``chat_id``; fails at once, with its log, if it died."""
    end = time.monotonic() + timeout
    while True:
        try:
            return server.wait_for(
                "sendMessage", lambda c: c.chat_id == str(chat_id), timeout=1.0, since=since
            )
        except TimeoutError:
            if process.poll() is not None or time.monotonic() > end:
                log_tail = log.read_text("utf-8", "replace")[-3000:]
                pytest.fail(f"no reply to chat {chat_id} (exit {process.returncode}):\n{log_tail}")


#: Shaped like a real token, so a leak in any log line would be found.
TOKEN = "7312345678:AAH3xQ-secret-part-of-the-token_9z"


@pytest.fixture
def server() -> Iterator[FakeBotApi]:
    with FakeBotApi(TOKEN, deadline=150.0) as api:
        yield api


def test_official_gets_answers_over_the_bot_api(server: FakeBotApi, tmp_path: Path) -> None:
    """An operator starts the bot on a fresh machine; officials ask about communes and get
    correct, well-formed answers; a second bot on the same data is refused; SIGTERM stops it.
    """
    data_dir, log = tmp_path / "data", tmp_path / "bot.log"
    process = start_bot(server, data_dir, log)
    try:
        mark = len(server.calls)
        server.push_message("/xa MyThanh", user_id=OFFICIAL)
        answer = await_reply(server, process, log, OFFICIAL, mark, FIRST_REPLY_SECONDS)
        text = plain_text(answer.text)
        assert "Mỹ Thạnh" in text
        assert "245" in text
        assert "16/19" in text
        assert "Mỹ Thạnh chuyển biến tích cực trên nhiều lĩnh vực" in text
        assert html_problems(answer.text) == []
        assert answer.params.get("parse_mode") == "HTML"

        mark = len(server.calls)
        server.push_message("/xa", user_id=OFFICIAL + 1)
        usage = await_reply(server, process, log, OFFICIAL + 1, mark, REPLY_SECONDS)
        assert "Bạn chưa nhập tên xã" in plain_text(usage.text)
        assert "/xa Mỹ Thạnh" in plain_text(usage.text)
        assert html_problems(usage.text) == []

        mark = len(server.calls)
        server.push_message("/xa <b>&", user_id=OFFICIAL + 2)
        odd = await_reply(server, process, log, OFFICIAL + 2, mark, REPLY_SECONDS)
        assert html_problems(odd.text) == []
        assert "&lt;b&gt;" in odd.text
        assert "lỗi" not in plain_text(odd.text)

        mark = len(server.calls)
        server.fail_next("sendMessage", 1, status=429, retry_after=1)
        server.push_message("/xa AnKhanh", user_id=OFFICIAL + 3)
        retried = await_reply(server, process, log, OFFICIAL + 3, mark, REPLY_SECONDS)
        assert "255" in plain_text(retried.text), "a 429 is waited out and the reply sent"

        mark = len(server.calls)
        server.forbid_next("sendMessage", 1)
        server.push_message("/xa MyThanh", user_id=OFFICIAL + 4)
        server.push_message("/huyen GiongTrom", user_id=OFFICIAL + 5)
        after_block = await_reply(server, process, log, OFFICIAL + 5, mark, REPLY_SECONDS)
        assert "19/25" in plain_text(after_block.text), "a blocked chat does not stop the rest"
        blocked = [c for c in server.sent() if c.chat_id == str(OFFICIAL + 4)]
        assert len(blocked) == 1, "no apology is sent to a chat that blocked the bot"

        second = subprocess.run(
            [sys.executable, "-m", "bot", "run"],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
            env=bot_env(
                TELEGRAM_BOT_TOKEN=server.token,
                TELEGRAM_BASE_URL=server.base_url,
                BOT_DATA_DIR=str(data_dir),
            ),
        )
        assert second.returncode != 0
        assert "lock" in (second.stderr + second.stdout).lower()
        assert process.poll() is None, "the first bot must keep running"
    finally:
        code = stop(process)
    logged = log.read_text("utf-8", "replace")
    assert code == 0, logged[-3000:]
    assert TOKEN.split(":")[1] not in logged, "the token never reaches a log line"


def test_bot_killed_hard_comes_back_with_its_data(server: FakeBotApi, tmp_path: Path) -> None:
    """kill -9 mid-run: the next start takes the lock again and answers from the same store."""
    data_dir, log = tmp_path / "data", tmp_path / "bot.log"
    process = start_bot(server, data_dir, log)
    try:
        mark = len(server.calls)
        server.push_message("/xa MyThanh", user_id=OFFICIAL)
        await_reply(server, process, log, OFFICIAL, mark, FIRST_REPLY_SECONDS)
        process.kill()
        process.wait(timeout=STOP_SECONDS)
        process = start_bot(server, data_dir, tmp_path / "bot2.log")
        mark = len(server.calls)
        server.push_message("/xa AnKhanh", user_id=OFFICIAL + 1)
        again = await_reply(server, process, tmp_path / "bot2.log", OFFICIAL + 1, mark, 30.0)
        assert "255" in plain_text(again.text)
    finally:
        stop(process)


def test_run_without_token_explains_how_to_get_one(tmp_path: Path) -> None:
    """Someone runs the bot before creating it with @BotFather: told how, and about the console."""
    env = bot_env(BOT_DATA_DIR=str(tmp_path / "data"))
    if (PROJECT_ROOT / ".env").exists():
        # Settings also read PROJECT_ROOT/.env; an empty variable overrides it and means "unset".
        env["TELEGRAM_BOT_TOKEN"] = ""
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert result.returncode != 0
    assert "@BotFather" in result.stderr
    assert "python -m bot console" in result.stderr
    assert not (tmp_path / "data").exists(), "no store is created without a token"


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("<b>Xã Mỹ Thạnh</b> &amp; <i>x</i> &#273; &#x111;", True),
        ('<a href="https://example.com/?a=1&amp;b=2">nguồn</a>', True),
        ('<pre><code class="language-text">a &lt; b</code></pre>', True),
        ("<blockquote expandable>trích dẫn</blockquote>", True),
        ("a & b", False),
        ("&nbsp;", False),
        ("x < y", False),
        ("<p>đoạn</p>", False),
        ("<br>", False),
        ("<b>mở", False),
        ("<b><i>sai thứ tự</b></i>", False),
        ("<a>không có href</a>", False),
        ("<code><b>x</b></code>", False),
        ("", False),
        ("x" * 4097, False),
    ],
)
def test_html_checker_knows_telegram_rules(text: str, ok: bool) -> None:
    """The checker the end-to-end test relies on accepts what Telegram parses, refuses the rest."""
    assert (html_problems(text) == []) is ok, html_problems(text)
