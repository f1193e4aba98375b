"""/dangky: a chat subscribes to a unit's weekly digest, at the day and time it chose."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.domain.subscriptions import for_chat
from bot.jobs.digests import job_name
from tests.auxil.harness import BotHarness, plain

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
#: Wednesday 2 December 2026, 14:00 in Vietnam.
NOW = datetime(2026, 12, 2, 14, 0, tzinfo=HCM)
GROUP = -100200300
MY_THANH_GT = "Mỹ Thạnh Giồng Trôm"


@pytest.fixture
def clocked(bot: BotHarness) -> BotHarness:
    bot.app.bot_data["services"].clock = lambda: NOW
    return bot


def _subscriptions(bot: BotHarness, chat_id: int) -> list:
    return for_chat(bot.app.bot_data["services"].store, chat_id)


def _jobs(bot: BotHarness, chat_id: int, unit_id: str) -> list:
    assert bot.app.job_queue is not None
    return list(bot.app.job_queue.get_jobs_by_name(job_name(chat_id, unit_id)))


async def test_default_is_monday_seven_with_the_exact_next_time(clocked: BotHarness) -> None:
    """An official subscribes a commune; the reply says exactly when the first digest comes."""
    replies = await clocked.send(f"/dangky {MY_THANH_GT}", user_id=7)
    text = plain(replies[0].text)
    assert "Đã đăng ký bản tin Xã Mỹ Thạnh (Giồng Trôm, Bến Tre)" in text
    assert "Thứ Hai 07:00 hằng tuần" in text
    assert "Lần gửi tới: Thứ Hai, 07/12/2026 07:00" in text
    [subscription] = _subscriptions(clocked, 7)
    assert (subscription.weekday, subscription.hour, subscription.minute) == (0, 7, 0)
    assert subscription.created_by == 7 and subscription.chat_type == "private"
    [job] = _jobs(clocked, 7, subscription.unit_id)
    assert job.job.trigger.get_next_fire_time(None, NOW) == datetime(2026, 12, 7, 7, 0, tzinfo=HCM)


async def test_day_and_time_are_kept_and_changing_them_moves_the_one_job(
    clocked: BotHarness,
) -> None:
    await clocked.send(f"/dangky {MY_THANH_GT} thứ sáu 16h30", user_id=7)
    replies = await clocked.send(f"/dangky {MY_THANH_GT} cn 19h", user_id=7)
    text = plain(replies[0].text)
    assert "Đã đổi giờ" in text and "Chủ Nhật 19:00" in text
    assert "Chủ Nhật, 06/12/2026 19:00" in text
    [subscription] = _subscriptions(clocked, 7)
    assert (subscription.weekday, subscription.hour) == (6, 19)
    [job] = _jobs(clocked, 7, subscription.unit_id)
    assert job.job.trigger.get_next_fire_time(None, NOW) == datetime(2026, 12, 6, 19, tzinfo=HCM)
    again = await clocked.send(f"/dangky {MY_THANH_GT} cn 19h", user_id=7)
    assert "đã đăng ký" in plain(again[0].text)
    assert len(_jobs(clocked, 7, subscription.unit_id)) == 1


async def test_shared_name_asks_and_the_button_subscribes_the_unit_chosen(
    clocked: BotHarness,
) -> None:
    """Eleven communes are called Mỹ Thạnh: the official picks one; the time typed is kept."""
    replies = await clocked.send("/dangky MyThanh thứ sáu 16h", user_id=7)
    assert replies[0].reply_markup is not None
    assert _subscriptions(clocked, 7) == []
    pressed = await clocked.press(replies[0], "Giồng Trôm", user_id=7)
    text = plain(pressed[-1].text)
    assert "Xã Mỹ Thạnh (Giồng Trôm, Bến Tre)" in text and "Thứ Sáu 16:00" in text
    [subscription] = _subscriptions(clocked, 7)
    assert subscription.weekday == 4 and subscription.hour == 16


async def test_a_district_is_subscribed_as_a_district(clocked: BotHarness) -> None:
    for text in ("/dangky huyen GiongTrom", "/dangky huyện Giồng Trôm t3 7h"):
        replies = await clocked.send(text, user_id=8)
        reply = plain(replies[0].text)
        assert "Huyện Giồng Trôm" in reply and "các xã trong huyện" in reply
    [subscription] = _subscriptions(clocked, 8)
    assert clocked.app.bot_data["services"].registry.get(subscription.unit_id).level == "district"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (f"/dangky {MY_THANH_GT} thu9", "Không hiểu ngày “thu9”"),
        (f"/dangky {MY_THANH_GT} thứ tám", "Không hiểu ngày “thứ tám”"),
        (f"/dangky {MY_THANH_GT} 25h", "Không hiểu giờ “25h”"),
        (f"/dangky {MY_THANH_GT} t2 7:75", "Không hiểu giờ “7:75”"),
    ],
)
async def test_bad_day_or_time_says_what_to_type(
    clocked: BotHarness, text: str, shown: str
) -> None:
    replies = await clocked.send(text, user_id=9)
    reply = plain(replies[0].text)
    assert shown in reply
    assert "/dangky Mỹ Thạnh thứ hai 7h30" in reply
    assert _subscriptions(clocked, 9) == []


async def test_without_a_name_shows_how(clocked: BotHarness) -> None:
    replies = await clocked.send("/dangky")
    assert "/dangky Mỹ Thạnh" in plain(replies[0].text)


async def test_unknown_name_gets_suggestions(clocked: BotHarness) -> None:
    replies = await clocked.send("/dangky MyThan")
    assert "Không tìm thấy" in plain(replies[0].text)


async def test_in_a_group_only_its_administrators_subscribe(clocked: BotHarness) -> None:
    """A member is refused, kindly; an administrator (asked of Telegram) subscribes the group."""
    clocked.request.chat_admins[GROUP] = {50}
    refused = await clocked.send(
        f"/dangky {MY_THANH_GT}", chat_id=GROUP, chat_type="group", user_id=51
    )
    assert "chỉ quản trị viên của nhóm" in plain(refused[0].text)
    assert _subscriptions(clocked, GROUP) == []
    done = await clocked.send(
        f"/dangky {MY_THANH_GT}", chat_id=GROUP, chat_type="supergroup", user_id=50
    )
    assert "cho nhóm này" in plain(done[0].text)
    [subscription] = _subscriptions(clocked, GROUP)
    assert subscription.chat_type == "supergroup" and subscription.created_by == 50
    asked = clocked.calls("getChatMember")
    assert [c.params["user_id"] for c in asked] == [50]
    # Asked once a minute at most: the next command answers from the cache.
    await clocked.send(f"/huydangky {MY_THANH_GT}", chat_id=GROUP, chat_type="group", user_id=50)
    assert clocked.calls("getChatMember") == []
    assert _subscriptions(clocked, GROUP) == []


async def test_a_bot_admin_may_subscribe_any_group(data_dir) -> None:
    from tests.auxil.harness import make_settings, running_bot

    async with running_bot(make_settings(data_dir, bot_admin_ids=frozenset({99}))) as bot:
        replies = await bot.send(
            f"/dangky {MY_THANH_GT}", chat_id=GROUP, chat_type="group", user_id=99
        )
        assert "Đã đăng ký" in plain(replies[0].text)


async def test_a_member_cannot_press_an_administrators_button(clocked: BotHarness) -> None:
    """The buttons check rights too: the presser may not be who typed the command."""
    clocked.request.chat_admins[GROUP] = {50}
    asked = await clocked.send("/dangky MyThanh", chat_id=GROUP, chat_type="group", user_id=50)
    pressed = await clocked.press(asked[0], "Giồng Trôm", user_id=51, chat_type="group")
    assert "chỉ quản trị viên của nhóm" in plain(pressed[-1].text)
    assert _subscriptions(clocked, GROUP) == []
    pressed = await clocked.press(asked[0], "Giồng Trôm", user_id=50, chat_type="group")
    assert "Đã đăng ký" in plain(pressed[-1].text)


async def test_command_addressed_to_the_bot_by_name(clocked: BotHarness) -> None:
    """In a group with several bots, /dangky@bantinxa_bot is ours."""
    clocked.request.chat_admins[GROUP] = {50}
    replies = await clocked.send(
        f"/dangky@bantinxa_bot {MY_THANH_GT} t6 8h", chat_id=GROUP, chat_type="group", user_id=50
    )
    assert "Thứ Sáu 08:00" in plain(replies[0].text)
    assert len(_subscriptions(clocked, GROUP)) == 1
    other = await clocked.send(
        f"/dangky@other_bot {MY_THANH_GT}", chat_id=GROUP - 1, chat_type="group", user_id=50
    )
    assert other == [] and _subscriptions(clocked, GROUP - 1) == []


async def test_time_zone_is_the_configured_one(data_dir) -> None:
    """With BOT_TIMEZONE=Asia/Tokyo, 07:00 means 07:00 in Tokyo."""
    from tests.auxil.harness import make_settings, running_bot

    tokyo = ZoneInfo("Asia/Tokyo")
    async with running_bot(make_settings(data_dir, bot_timezone="Asia/Tokyo")) as bot:
        bot.app.bot_data["services"].clock = lambda: NOW
        replies = await bot.send(f"/dangky {MY_THANH_GT}", user_id=7)
        # 14:00 in Vietnam is 16:00 in Tokyo, the same Wednesday.
        assert "Thứ Hai, 07/12/2026 07:00" in plain(replies[0].text)
        [subscription] = for_chat(bot.app.bot_data["services"].store, 7)
        [job] = bot.app.job_queue.get_jobs_by_name(job_name(7, subscription.unit_id))
        fire = job.job.trigger.get_next_fire_time(None, NOW)
        assert fire == datetime(2026, 12, 7, 7, 0, tzinfo=tokyo)


async def test_a_group_that_became_a_supergroup_keeps_its_subscriptions(
    clocked: BotHarness,
) -> None:
    """Telegram's service message in the old group moves everything to the new id."""
    from telegram import Update

    clocked.request.chat_admins[GROUP] = {50}
    await clocked.send(f"/dangky {MY_THANH_GT}", chat_id=GROUP, chat_type="group", user_id=50)
    [subscription] = _subscriptions(clocked, GROUP)
    supergroup = -1009990001
    payload = {
        "update_id": 999001,
        "message": {
            "message_id": 5,
            "date": 0,
            "chat": {"id": GROUP, "type": "group", "title": "Nhóm cán bộ"},
            "from": {"id": 50, "is_bot": False, "first_name": "Cán bộ"},
            "migrate_to_chat_id": supergroup,
        },
    }
    await clocked.app.process_update(Update.de_json(payload, clocked.app.bot))
    assert _subscriptions(clocked, GROUP) == []
    [moved] = _subscriptions(clocked, supergroup)
    assert moved.unit_id == subscription.unit_id and moved.weekday == subscription.weekday
    assert _jobs(clocked, GROUP, subscription.unit_id) == []
    assert len(_jobs(clocked, supergroup, subscription.unit_id)) == 1
    replies = await clocked.send("/theodoi", chat_id=supergroup, chat_type="supergroup")
    assert "Xã Mỹ Thạnh" in plain(replies[0].text)
