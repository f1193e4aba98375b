"""Deep links: a shared link opens the unit's summary; every summary carries its link."""

from __future__ import annotations

from bot.domain.links import link_token, parse_start_payload
from tests.auxil.harness import BotHarness, plain


async def test_a_summary_link_answers_that_unit(bot: BotHarness) -> None:
    (summary,) = await bot.send("/xa Mỹ Thạnh Giồng Trôm")
    link = plain(summary.text).rsplit("Chia sẻ: ", 1)[1].strip()
    assert link == "https://t.me/bantinxa_bot?start=xa_legacy-28993"
    (opened,) = await bot.send("/start " + link.rsplit("=", 1)[1])
    assert plain(opened.text) == plain(summary.text)


async def test_a_district_link_answers_the_district(bot: BotHarness) -> None:
    (opened,) = await bot.send("/start xa_legacy-d-834")
    assert "Huyện Giồng Trôm" in plain(opened.text)


async def test_a_subscribe_link_offers_a_button_and_a_dead_link_says_so(bot: BotHarness) -> None:
    (offer,) = await bot.send("/start dangky_legacy-28993")
    assert "Nhận bản tin hằng tuần" in plain(offer.text)
    (button,) = offer.reply_markup["inline_keyboard"][0]
    assert button["callback_data"] == "u:dangky:legacy-28993"
    (dead,) = await bot.send("/start xa_legacy-99999999")
    assert "không còn trỏ tới đơn vị nào" in plain(dead.text)


def test_tokens_are_link_safe_and_read_back() -> None:
    assert link_token("legacy-28993") == "legacy-28993"
    odd = link_token("article x/Bến Tre")
    assert odd.startswith("h_") and odd.replace("_", "").isalnum()
    assert parse_start_payload("xa_legacy-1") == ("xa", "legacy-1")
    assert parse_start_payload("hello") is None
