"""/guibantin: an admin sends the digest now to every subscribed chat, or those of one unit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot import PROJECT_ROOT
from bot.constants import BASELINES_COLLECTION
from tests.auxil.harness import BotHarness, make_settings, plain, running_bot

ADMIN = 99
OFFICIAL = 7
GROUP = -100200300
MY_THANH_GT = "Mỹ Thạnh Giồng Trôm"


@pytest.fixture
async def admin_bot(data_dir: Path):
    async with running_bot(make_settings(data_dir, bot_admin_ids=frozenset({ADMIN}))) as bot:
        bot.request.chat_admins[GROUP] = {50}
        await bot.send(f"/dangky {MY_THANH_GT}", user_id=OFFICIAL)
        await bot.send("/dangky huyen Giồng Trôm", user_id=OFFICIAL)
        await bot.send(f"/dangky {MY_THANH_GT}", chat_id=GROUP, chat_type="group", user_id=50)
        await bot.send("/dangky huyện Ba Tri", user_id=OFFICIAL + 1)
        yield bot


def _delivered(bot: BotHarness) -> dict[str, list[str]]:
    """What each chat received, as plain text (captions included), in order."""
    got: dict[str, list[str]] = {}
    for call in bot.request.calls:
        if call.method in {"sendMessage", "sendPhoto"}:
            text = call.params.get("caption") if call.method == "sendPhoto" else call.text
            got.setdefault(str(call.params["chat_id"]), []).append(plain(str(text)))
    return got


async def _run(bot: BotHarness, text: str) -> tuple[str, dict[str, list[str]]]:
    await bot.send(text, user_id=ADMIN)
    await bot.app.bot_data["deliverer"].drain()
    delivered = _delivered(bot)
    answer = delivered.pop(str(ADMIN))
    return "\n".join(answer), delivered


async def test_every_subscribed_chat_gets_its_digests_once(admin_bot: BotHarness) -> None:
    answer, delivered = await _run(admin_bot, "/guibantin")
    assert "tới 3 chat" in answer
    assert set(delivered) == {str(OFFICIAL), str(GROUP), str(OFFICIAL + 1)}
    official = "\n".join(delivered[str(OFFICIAL)])
    assert "Xã Mỹ Thạnh" in official and "Huyện Giồng Trôm" in official
    assert "Huyện Ba Tri" in "\n".join(delivered[str(OFFICIAL + 1)])
    store = admin_bot.app.bot_data["services"].store
    saved = store.all_docs_with_keys(BASELINES_COLLECTION, part=str(OFFICIAL))
    assert len(saved) == 2, "each chat's baselines move on once its digest is sent"
    # Sent again: each chat is told what changed since its own last digest (nothing).
    _, again = await _run(admin_bot, "/guibantin")
    assert set(again) == {str(OFFICIAL), str(GROUP), str(OFFICIAL + 1)}
    assert "Bản tin đầu tiên" not in "\n".join(again[str(OFFICIAL)])


async def test_one_commune_reaches_only_its_chats(admin_bot: BotHarness) -> None:
    answer, delivered = await _run(admin_bot, f"/guibantin {MY_THANH_GT}")
    assert "Xã Mỹ Thạnh" in answer and "tới 2 chat" in answer
    assert set(delivered) == {str(OFFICIAL), str(GROUP)}
    assert "Huyện Giồng Trôm" not in "\n".join(delivered[str(OFFICIAL)])


async def test_a_unit_nobody_follows(admin_bot: BotHarness) -> None:
    answer, delivered = await _run(admin_bot, "/guibantin huyện Thạnh Phú")
    assert "Chưa chat nào đăng ký bản tin" in answer and delivered == {}


async def test_only_admins(admin_bot: BotHarness) -> None:
    replies = await admin_bot.send("/guibantin", user_id=OFFICIAL)
    assert "dành cho cán bộ cập nhật số liệu" in plain(replies[0].text)
    await admin_bot.app.bot_data["deliverer"].drain()
    assert set(_delivered(admin_bot)) == {str(OFFICIAL)}


def test_console_shows_what_each_chat_would_get(data_dir: Path) -> None:
    """Offline, the admin sees each chat's digest before the count."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_"))}
    env.update(PYTHONIOENCODING="utf-8", BOT_DATA_DIR=str(data_dir), BOT_ADMIN_IDS="5")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--user-id", "5"],
        cwd=PROJECT_ROOT,
        env=env,
        input=f"/dangky {MY_THANH_GT}\n/guibantin\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "[ảnh biểu đồ]" in out and "Bản tin tuần" in out
    assert out.index("Bản tin tuần") < out.index("tới 1 chat")
