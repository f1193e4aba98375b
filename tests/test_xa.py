"""/xa: an official asks where a commune stands."""

from __future__ import annotations

import unicodedata

import pytest

from tests.auxil.harness import BotHarness, plain


async def test_my_thanh_shows_figures_targets_and_sources(bot: BotHarness) -> None:
    """/xa MyThanh answers with Mỹ Thạnh's figures, unmet criteria, target and source."""
    replies = await bot.send("/xa MyThanh")
    text = plain("\n".join(r.text for r in replies))
    assert "Xã Mỹ Thạnh" in text
    assert "Giồng Trôm" in text and "Bến Tre" in text
    assert "245" in text
    assert "16/19" in text
    assert "Giao thông" in text or "giao thông" in text
    assert "19/19" in text and "quá hạn" in text
    assert "Mỹ Thạnh chuyển biến tích cực trên nhiều lĩnh vực" in text
    assert "15/04/2022" in text


@pytest.mark.parametrize(
    "query",
    [
        "my thanh",
        "Mỹ Thạnh",
        "MỸ THẠNH",
        "mythanh",
        "xã Mỹ Thạnh",
        "Xa My Thanh",
        unicodedata.normalize("NFD", "Mỹ Thạnh"),
    ],
)
async def test_every_spelling_finds_my_thanh(bot: BotHarness, query: str) -> None:
    """Officials type names with or without marks, any case, NFC or NFD."""
    replies = await bot.send(f"/xa {query}")
    text = plain(replies[0].text)
    assert "Xã Mỹ Thạnh" in text and "245" in text


async def test_an_khanh_of_chau_thanh_ben_tre(bot: BotHarness) -> None:
    """An Khánh, merged away since, still answers as the article named it."""
    replies = await bot.send("/xa AnKhanh")
    text = plain(replies[0].text)
    assert "An Khánh" in text and "Châu Thành" in text and "Bến Tre" in text
    assert "255" in text


async def test_typo_gets_suggestions(bot: BotHarness) -> None:
    """A typo is answered with the closest names, Mỹ Thạnh (with figures) first."""
    replies = await bot.send("/xa MyThan")
    text = plain(replies[0].text)
    assert "Không tìm thấy" in text
    assert "Mỹ Thạnh" in text.split("Có phải")[1].splitlines()[1]


async def test_shared_name_gets_buttons_and_answers_in_place(bot: BotHarness) -> None:
    """Several communes of one name: buttons with district and province; a press answers."""
    replies = await bot.send("/xa An Phước")
    assert "Chọn" in plain(replies[0].text)
    buttons = [b for row in replies[0].reply_markup["inline_keyboard"] for b in row]
    assert len(buttons) >= 2
    assert all(len(b["callback_data"].encode()) <= 64 for b in buttons)
    assert any("Bến Tre" in b["text"] for b in buttons)
    pressed = await bot.press(replies[0], "Bến Tre")
    assert bot.calls("answerCallbackQuery")
    assert pressed[0].method == "editMessageText"
    assert "An Phước" in plain(pressed[0].text)
    assert "Chưa có số liệu" in plain(pressed[0].text)


async def test_unit_without_figures_says_so(bot: BotHarness) -> None:
    """A commune the gazetteer knows but with no figures says so plainly."""
    replies = await bot.send("/xa Phúc Xá")
    assert "Chưa có số liệu" in plain(replies[0].text)


async def test_2025_commune_lists_merged_communes_with_figures(bot: BotHarness) -> None:
    """Lương Phú (2025) took in Mỹ Thạnh: the answer points to the old commune's figures."""
    replies = await bot.send("/xa Lương Phú Vĩnh Long")
    text = plain(replies[0].text)
    assert "Mỹ Thạnh" in text


async def test_a_district_name_points_to_huyen(bot: BotHarness) -> None:
    """/xa with a district's name suggests /huyen instead of failing silently."""
    replies = await bot.send("/xa Phù Cừ")
    text = plain(replies[0].text)
    assert "là huyện" in text and "/huyen Phù Cừ" in text


@pytest.mark.parametrize(
    "argument",
    ["", "a" * 500, "<b>", "x > y & z", "🙂🙂", "\x00\x07abc\u200b", "&amp;", "</code>"],
)
async def test_bad_input_gets_a_helpful_reply(bot: BotHarness, argument: str) -> None:
    """Nothing, very long text, HTML characters, emoji, control characters: a reply, no error."""
    replies = await bot.send(f"/xa {argument}".strip())
    assert len(replies) == 1
    text = replies[0].text
    assert "lỗi" not in plain(text)
    assert "/xa" in plain(text)
    assert len(text) <= 4096
    assert "\x00" not in text
    if "<b>" in argument:
        assert "“&lt;b&gt;”" in text
    if "& z" in argument:
        assert "&amp; z" in text


async def test_merger_chain_is_told_both_ways(bot: BotHarness) -> None:
    """An Khánh went into Thị trấn Châu Thành before 2025, then into Phú Túc: both are said,
    and Phú Túc points back to An Khánh's figures."""
    text = plain((await bot.send("/xa AnKhanh"))[0].text)
    assert "Đã sáp nhập vào thị trấn Châu Thành" in text
    assert "Từ 01/07/2025 thuộc xã Phú Túc" in text
    back = plain((await bot.send("/xa Phú Túc Vĩnh Long"))[0].text)
    assert "xã An Khánh (Châu Thành)" in back


async def test_pressing_the_same_button_twice_is_harmless(bot: BotHarness) -> None:
    """A second press changes nothing (Telegram says "not modified"): no new message."""
    replies = await bot.send("/xa An Phước")
    first = await bot.press(replies[0], "Bến Tre")
    assert first and "An Phước" in plain(first[0].text)
    again = await bot.press(replies[0], "Bến Tre")
    assert [r.method for r in again] == ["editMessageText"], "no new message, no apology"


async def test_figures_no_indicator_counts_come_apart_under_so_lieu_khac(bot: BotHarness) -> None:
    """ "Ban Thường vụ Đảng ủy 5 đồng chí" is shown as what it is, after the catalogued
    groups, and never as a catalogued line; the committee the catalog counts stays there."""
    replies = await bot.send("/xa AnKhanh")
    text = plain(replies[0].text)
    catalogued, _, others = text.partition("Số liệu khác")
    assert others, text
    assert "Ban Thường vụ Đảng ủy: 5 đồng chí" in others.split("Nguồn")[0]
    assert "Ban Thường vụ" not in catalogued
    assert "Ban Chấp hành" not in others.split("Nguồn")[0]
    assert len(replies[0].text) <= 4096
