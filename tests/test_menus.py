"""The command menu by role: the public list for all, the editors' list for each editor."""

from __future__ import annotations

import json
from pathlib import Path

from bot.constants import ADMIN_COMMANDS, COMMANDS
from tests.auxil.harness import make_settings, plain, running_bot


async def test_editors_get_their_own_menu_and_help(data_dir: Path) -> None:
    settings = make_settings(data_dir, bot_admin_ids=frozenset({42}))
    async with running_bot(settings) as bot:
        menus = {
            json.dumps(
                json.loads(c.params["scope"])
                if isinstance(c.params["scope"], str)
                else c.params["scope"],
                sort_keys=True,
            ): c.params["commands"]
            for c in bot.calls("setMyCommands")
        }
        default = json.dumps({"type": "default"}, sort_keys=True)
        editor = json.dumps({"chat_id": 42, "type": "chat"}, sort_keys=True)
        assert set(menus) == {default, editor}

        def names(commands: object) -> list[str]:
            items = json.loads(commands) if isinstance(commands, str) else commands
            return [c["command"] for c in items]

        assert names(menus[default]) == [name for name, _ in COMMANDS]
        assert names(menus[editor]) == [name for name, _ in COMMANDS + ADMIN_COMMANDS]
        (editor_help,) = await bot.send("/help", user_id=42)
        (public_help,) = await bot.send("/help", user_id=7)
        assert "Lệnh cho cán bộ cập nhật số liệu" in plain(editor_help.text)
        assert "Lệnh cho cán bộ cập nhật số liệu" not in plain(public_help.text)


async def test_an_editor_added_or_removed_in_the_chat_gets_the_menu_of_the_role(
    data_dir: Path,
) -> None:
    async with running_bot(make_settings(data_dir, bot_admin_ids=frozenset({42}))) as bot:
        await bot.send("/quantri them 777", user_id=42)
        (added,) = [c for c in bot.calls("setMyCommands") if "777" in str(c.params["scope"])]
        assert "capnhat" in str(added.params["commands"])
        await bot.send("/quantri xoa 777", user_id=42)
        (removed,) = bot.calls("deleteMyCommands")
        assert "777" in str(removed.params["scope"])
