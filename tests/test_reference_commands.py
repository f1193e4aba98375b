"""/start, /help, /chiso, /lichsu, /nguon: reading what the bot knows and where from."""

from __future__ import annotations

import json

from tests.auxil.harness import BotHarness, plain


async def test_start_explains_and_lists_commands(bot: BotHarness) -> None:
    """/start greets in Vietnamese and lists the commands."""
    text = plain((await bot.send("/start"))[0].text)
    assert "Bản tin xã" in text
    for command in ("/xa", "/huyen", "/chiso", "/lichsu", "/nguon"):
        assert command in text


async def test_help_lists_commands(bot: BotHarness) -> None:
    """/help shows the commands with examples."""
    text = plain((await bot.send("/help"))[0].text)
    assert "/xa Mỹ Thạnh" in text


async def test_command_menu_is_registered(bot: BotHarness) -> None:
    """Starting the bot registers the command menu with Telegram."""
    menus = bot.calls("setMyCommands")
    assert menus
    commands = menus[-1].params["commands"]
    if isinstance(commands, str):
        commands = json.loads(commands)
    assert {c["command"] for c in commands} >= {"xa", "huyen", "chiso", "lichsu", "nguon"}


async def test_chiso_lists_aliases(bot: BotHarness) -> None:
    """/chiso lists indicators with the aliases admins type, and the 19 NTM criteria."""
    replies = await bot.send("/chiso")
    text = plain("\n".join(r.text for r in replies))
    assert "ntm" in text and "dang_vien" in text
    assert "19 tiêu chí" in text
    assert all(len(r.text) <= 4096 for r in replies)


async def test_lichsu_shows_dated_history(bot: BotHarness) -> None:
    """/lichsu Mỹ Thạnh lists figures with dates and their article."""
    text = plain((await bot.send("/lichsu Mỹ Thạnh"))[0].text)
    assert "15/04/2022" in text and "245" in text
    assert "Mỹ Thạnh chuyển biến tích cực" in text


async def test_lichsu_one_indicator(bot: BotHarness) -> None:
    """/lichsu Mỹ Thạnh ntm narrows the history to the NTM criteria."""
    text = plain((await bot.send("/lichsu Mỹ Thạnh ntm"))[0].text)
    assert "16/19" in text
    assert "245" not in text


async def test_nguon_gives_exact_quotes(bot: BotHarness) -> None:
    """/nguon shows the article and the exact sentence behind each figure."""
    text = plain("\n".join(r.text for r in await bot.send("/nguon MyThanh")))
    assert "hiện có 245 đảng viên" in text
    assert "000_dafb2d235bbc4cd0.txt" in text


async def test_unknown_command_is_answered(bot: BotHarness) -> None:
    """A command the bot doesn't have is answered with a pointer to /help."""
    text = plain((await bot.send("/khongco"))[0].text)
    assert "/help" in text


async def test_unknown_command_in_a_group_is_left_to_other_bots(bot: BotHarness) -> None:
    """In a group, a command the bot lacks may be another bot's: no reply unless addressed."""
    assert await bot.send("/khongco", chat_id=-100, chat_type="group") == []
    replies = await bot.send("/khongco@bantinxa_bot", chat_id=-100, chat_type="group")
    assert "/help" in plain(replies[0].text)
