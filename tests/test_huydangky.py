"""/huydangky: a chat stops a digest, or all of them, and its weekly job goes too."""

from __future__ import annotations

from bot.domain.subscriptions import for_chat
from bot.jobs.digests import job_name
from tests.auxil.harness import BotHarness, plain

MY_THANH_GT = "Mỹ Thạnh Giồng Trôm"
GROUP = -100200300


def _units(bot: BotHarness, chat_id: int) -> list[str]:
    return [s.unit_id for s in for_chat(bot.app.bot_data["services"].store, chat_id)]


def _job_names(bot: BotHarness) -> set[str]:
    assert bot.app.job_queue is not None
    return {job.name for job in bot.app.job_queue.jobs() if job.name}


async def test_unsubscribe_one_by_its_shared_name(bot: BotHarness) -> None:
    """ "Mỹ Thạnh" names eleven communes, but this chat follows one: that one ends."""
    await bot.send(f"/dangky {MY_THANH_GT}")
    await bot.send("/dangky huyen Giồng Trôm")
    [commune, district] = _units(bot, 1)
    replies = await bot.send("/huydangky my thanh")
    text = plain(replies[0].text)
    assert "Đã hủy bản tin Xã Mỹ Thạnh (Giồng Trôm, Bến Tre)" in text
    assert "còn 1 bản tin" in text
    assert _units(bot, 1) == [district]
    assert job_name(1, commune) not in _job_names(bot)
    assert job_name(1, district) in _job_names(bot)


async def test_not_subscribed_says_so(bot: BotHarness) -> None:
    for name in (MY_THANH_GT, "MyThanh"):
        replies = await bot.send(f"/huydangky {name}")
        assert "chưa đăng ký bản tin Xã Mỹ Thạnh" in plain(replies[0].text)
        assert replies[0].reply_markup is None, "no buttons for units nobody follows here"


async def test_tatca_ends_everything(bot: BotHarness) -> None:
    await bot.send(f"/dangky {MY_THANH_GT}")
    await bot.send("/dangky huyen Giồng Trôm")
    replies = await bot.send("/huydangky tatca")
    assert "Đã hủy cả 2 bản tin" in plain(replies[0].text)
    assert _units(bot, 1) == []
    assert not any(name.startswith("digest:1:") for name in _job_names(bot))
    again = await bot.send("/huydangky Tất cả")
    assert "chưa đăng ký bản tin nào" in plain(again[0].text)


async def test_without_argument_shows_how(bot: BotHarness) -> None:
    replies = await bot.send("/huydangky")
    text = plain(replies[0].text)
    assert "/huydangky Mỹ Thạnh" in text and "/huydangky tatca" in text


async def test_in_a_group_a_member_cannot_unsubscribe(bot: BotHarness) -> None:
    bot.request.chat_admins[GROUP] = {50}
    await bot.send(f"/dangky {MY_THANH_GT}", chat_id=GROUP, chat_type="group", user_id=50)
    for text in (f"/huydangky {MY_THANH_GT}", "/huydangky tatca"):
        refused = await bot.send(text, chat_id=GROUP, chat_type="group", user_id=51)
        assert "chỉ quản trị viên của nhóm" in plain(refused[0].text)
    assert len(_units(bot, GROUP)) == 1
