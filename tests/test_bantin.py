"""/bantin: this chat's digest now, as it would be sent, without counting as sent."""

from __future__ import annotations

from bot.constants import BASELINES_COLLECTION
from tests.auxil.harness import BotHarness, plain
from tests.telegram_html import html_problems

MY_THANH_GT = "Mỹ Thạnh Giồng Trôm"
GROUP = -100200300


def _photos(bot: BotHarness) -> list:
    photos = bot.calls("sendPhoto")
    for call in photos:
        assert not html_problems(call.params["caption"]), call.params["caption"]
        assert len(call.params["caption"]) <= 1024
    return photos


async def test_subscribed_chat_sees_its_digest_and_it_stays_unsent(bot: BotHarness) -> None:
    """The preview shows the chart and the text; Monday's digest still starts from scratch."""
    await bot.send(f"/dangky {MY_THANH_GT}")
    for _ in range(2):
        replies = await bot.send("/bantin")
        photos = _photos(bot)
        text = plain("\n".join([c.params["caption"] for c in photos] + [r.text for r in replies]))
        assert "Bản tin tuần" in text and "Xã Mỹ Thạnh (Giồng Trôm, Bến Tre)" in text
        assert "16/19" in text and "245" in text
        assert "Bản tin đầu tiên" in text, "a preview does not move the chat's baseline"
        assert len(photos) == 1
    store = bot.app.bot_data["services"].store
    assert (
        store.parts(BASELINES_COLLECTION) == []
        or store.all_docs(BASELINES_COLLECTION, part="1") == []
    )


async def test_one_unit_by_name_even_unsubscribed(bot: BotHarness) -> None:
    replies = await bot.send("/bantin huyện Giồng Trôm")
    text = plain("\n".join([c.params["caption"] for c in _photos(bot)] + [r.text for r in replies]))
    assert "Huyện Giồng Trôm" in text and "Xã Mỹ Thạnh" in text


async def test_nothing_subscribed_says_how(bot: BotHarness) -> None:
    replies = await bot.send("/bantin")
    text = plain(replies[0].text)
    assert "chưa đăng ký bản tin nào" in text and "/bantin Mỹ Thạnh" in text


async def test_shared_name_asks_first(bot: BotHarness) -> None:
    replies = await bot.send("/bantin MyThanh")
    assert replies[0].reply_markup is not None
    pressed = await bot.press(replies[0], "Giồng Trôm")
    assert any("Mỹ Thạnh" in plain(r.text) for r in pressed) or _photos(bot)


async def test_any_group_member_may_preview(bot: BotHarness) -> None:
    bot.request.chat_admins[GROUP] = {50}
    await bot.send(f"/dangky {MY_THANH_GT}", chat_id=GROUP, chat_type="group", user_id=50)
    await bot.send("/bantin", chat_id=GROUP, chat_type="group", user_id=51)
    [photo] = _photos(bot)
    assert str(photo.params["chat_id"]) == str(GROUP)
