"""/theodoi: what this chat receives and exactly when the next digest comes."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from tests.auxil.harness import BotHarness, make_settings, plain, running_bot

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = datetime(2026, 12, 2, 14, 0, tzinfo=HCM)  # a Wednesday
GROUP = -100200300


async def test_lists_subscriptions_soonest_first(bot: BotHarness) -> None:
    bot.app.bot_data["services"].clock = lambda: NOW
    await bot.send("/dangky huyen Giồng Trôm")
    await bot.send("/dangky Mỹ Thạnh Giồng Trôm thứ sáu 16h30")
    replies = await bot.send("/theodoi")
    text = plain(replies[0].text)
    assert "Bản tin bạn đang nhận (2)" in text
    friday = text.index("lần tới: Thứ Sáu, 04/12/2026 16:30")
    monday = text.index("lần tới: Thứ Hai, 07/12/2026 07:00")
    assert friday < monday
    assert text.index("Xã Mỹ Thạnh") < text.index("Huyện Giồng Trôm")
    assert "Asia/Ho_Chi_Minh" in text


async def test_nothing_yet_says_how_to_subscribe(bot: BotHarness) -> None:
    replies = await bot.send("/theodoi")
    assert "chưa đăng ký bản tin nào" in plain(replies[0].text)
    assert "/dangky Mỹ Thạnh" in plain(replies[0].text)


async def test_any_member_of_a_group_may_look(bot: BotHarness) -> None:
    bot.request.chat_admins[GROUP] = {50}
    await bot.send("/dangky Mỹ Thạnh Giồng Trôm", chat_id=GROUP, chat_type="group", user_id=50)
    replies = await bot.send("/theodoi", chat_id=GROUP, chat_type="group", user_id=51)
    text = plain(replies[0].text)
    assert "Bản tin nhóm này đang nhận (1)" in text and "Xã Mỹ Thạnh" in text


async def test_next_time_in_another_time_zone(data_dir) -> None:
    """BOT_TIMEZONE=Europe/Berlin: Monday 07:00 in Berlin, said as Berlin's wall clock."""
    async with running_bot(make_settings(data_dir, bot_timezone="Europe/Berlin")) as bot:
        # Monday 7 December, 10:00 in Vietnam (past 07:00) is 04:00 in Berlin (not yet).
        bot.app.bot_data["services"].clock = lambda: datetime(2026, 12, 7, 10, 0, tzinfo=HCM)
        await bot.send("/dangky Mỹ Thạnh Giồng Trôm")
        replies = await bot.send("/theodoi")
        text = plain(replies[0].text)
        assert "Thứ Hai, 07/12/2026 07:00" in text and "Europe/Berlin" in text
