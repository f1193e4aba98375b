"""Inline mode: ``@bot My Thanh`` in any chat lists the communes as cards to post."""

from __future__ import annotations

from bot.handlers.inline import PAGE_SIZE
from tests.auxil.editing import OWNER_ID
from tests.auxil.harness import BotHarness, plain
from tests.telegram_html import html_problems


async def test_an_inline_query_returns_cards_with_ntm_progress_and_a_link(bot: BotHarness) -> None:
    answer = await bot.inline("My Thanh")
    results = answer["results"]
    assert 1 < len(results) <= 50 and answer["cache_time"] > 0
    first = results[0]
    assert first["title"].startswith("Xã Mỹ Thạnh – Giồng Trôm")
    assert len(first["id"].encode()) <= 64
    card = first["input_message_content"]["message_text"]
    assert not html_problems(card)
    text = plain(card)
    assert "Nông thôn mới: 16/19 tiêu chí" in text
    assert "chưa đạt: Giao thông" in text and "15/04/2022" in text
    (button,) = first["reply_markup"]["inline_keyboard"][0]
    assert button["url"] == "https://t.me/bantinxa_bot?start=xa_legacy-28993"
    assert len({r["id"] for r in results}) == len(results)


async def test_a_typo_still_finds_and_an_empty_query_offers_the_bot(bot: BotHarness) -> None:
    typo = await bot.inline("My Thanhh")
    assert any("Mỹ Thạnh" in r["title"] for r in typo["results"])
    empty = await bot.inline("")
    assert empty["results"] == [] and "button" in empty


async def test_a_common_name_comes_a_page_at_a_time_as_the_user_scrolls(bot: BotHarness) -> None:
    first = await bot.inline("Tân Thành")
    assert len(first["results"]) == PAGE_SIZE and first["next_offset"] == str(PAGE_SIZE)
    seen = [r["id"] for r in first["results"]]
    offset = first["next_offset"]
    while offset:
        page = await bot.inline("Tân Thành", offset=offset)
        seen += [r["id"] for r in page["results"]]
        offset = page.get("next_offset", "")
    assert len(seen) == len(set(seen)) > 2 * PAGE_SIZE
    assert all("Tân Thành" in r["title"] for r in first["results"])
    nonsense = await bot.inline("Tân Thành", offset="abc")
    assert [r["id"] for r in nonsense["results"]] == seen[:PAGE_SIZE]


async def test_a_card_shows_a_new_figure_at_once_and_loses_it_on_undo(
    admin_bot: BotHarness,
) -> None:
    def ntm_line(answer: dict) -> str:
        card = plain(answer["results"][0]["input_message_content"]["message_text"])
        return next(line for line in card.splitlines() if "Nông thôn mới" in line)

    assert "16/19" in ntm_line(await admin_bot.inline("My Thanh"))
    await admin_bot.send("/capnhat Mỹ Thạnh ntm=17/19", user_id=OWNER_ID)
    assert "17/19" in ntm_line(await admin_bot.inline("My Thanh"))
    await admin_bot.send("/hoantac", user_id=OWNER_ID)
    assert "16/19" in ntm_line(await admin_bot.inline("My Thanh"))
