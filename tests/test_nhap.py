"""/nhap: an article's figures proposed with their quotes, saved only on "Lưu"."""

from __future__ import annotations

from bot.constants import IMPORTED_TEXTS_COLLECTION
from bot.offline import message_update
from tests.auxil.editing import OTHER_ID, OWNER_ID, send_update, with_document, with_reply
from tests.auxil.harness import BotHarness, plain

ARTICLE = """Mỹ Thạnh về đích nông thôn mới
Ngày 10/11/2026
Đến nay xã Mỹ Thạnh, huyện Giồng Trôm đã đạt 18/19 tiêu chí nông thôn mới. Toàn xã có 260 đảng viên.
"""
NAMELESS = """Nông thôn mới khởi sắc
Ngày 10/11/2026
Đến nay xã đã đạt 17/19 tiêu chí nông thôn mới. Toàn xã có 300 đảng viên.
"""


def figures(bot: BotHarness) -> list[tuple[str, float]]:
    services = bot.app.bot_data["services"]
    unit = services.finder.find("Mỹ Thạnh Giồng Trôm").preferred
    return sorted(
        (o["indicator"], o["value"])
        for o in services.observations(unit.id)
        if not o.get("retracted")
        and o["indicator"] in {"ntm_tieu_chi", "dang_vien"}
        and not o["is_target"]
    )


async def test_text_after_the_command_is_proposed_then_saved(admin_bot: BotHarness) -> None:
    before = figures(admin_bot)
    proposal = (await admin_bot.send(f"/nhap {ARTICLE}", user_id=OWNER_ID))[-1]
    text = plain(proposal.text)
    assert "Mỹ Thạnh về đích nông thôn mới" in text and "18/19" in text and "260" in text
    assert "đã đạt 18/19 tiêu chí nông thôn mới" in text, "each figure with its quote"
    assert figures(admin_bot) == before, "nothing is saved before Lưu"

    refused = await admin_bot.press(proposal, "Lưu", user_id=OTHER_ID)
    assert "dành cho cán bộ" in plain(refused[-1].text)
    assert figures(admin_bot) == before

    saved = await admin_bot.press(proposal, "Lưu", user_id=OWNER_ID)
    assert "Đã lưu 2 số liệu" in plain(saved[-1].text)
    assert ("ntm_tieu_chi", 18) in figures(admin_bot) and ("dang_vien", 260) in figures(admin_bot)
    shown = plain((await admin_bot.send("/nguon Mỹ Thạnh"))[0].text)
    assert "Mỹ Thạnh về đích nông thôn mới" in shown
    services = admin_bot.app.bot_data["services"]
    (part,) = services.store.parts(IMPORTED_TEXTS_COLLECTION)
    assert (
        "260 đảng viên"
        in services.store.get_doc(IMPORTED_TEXTS_COLLECTION, part, part=part)["text"]
    )

    again = (await admin_bot.send(f"/nhap {ARTICLE}", user_id=OWNER_ID))[-1]
    duplicate = await admin_bot.press(again, "Lưu", user_id=OWNER_ID)
    assert "đã được nhập trước đó" in plain(duplicate[-1].text)

    undone = plain((await admin_bot.send("/hoantac", user_id=OWNER_ID))[0].text)
    assert "18/19 → 16/19" in undone


async def test_a_reply_to_a_message(admin_bot: BotHarness) -> None:
    payload = with_reply(message_update("/nhap", user_id=OWNER_ID), ARTICLE)
    proposal = (await send_update(admin_bot, payload))[-1]
    assert "18/19" in plain(proposal.text)


async def test_a_txt_document(admin_bot: BotHarness) -> None:
    payload = with_document(admin_bot, "/nhap", ARTICLE.encode("utf-8"), user_id=OWNER_ID)
    proposal = (await send_update(admin_bot, payload))[-1]
    assert "18/19" in plain(proposal.text)
    assert admin_bot.calls("getFile")
    wrong = with_document(admin_bot, "/nhap", b"\x89PNG", user_id=OWNER_ID, name="anh.png")
    wrong["message"]["document"]["mime_type"] = "image/png"
    assert "Chỉ nhận tệp văn bản .txt" in plain((await send_update(admin_bot, wrong))[-1].text)


async def test_bỏ_discards(admin_bot: BotHarness) -> None:
    before = figures(admin_bot)
    proposal = (await admin_bot.send(f"/nhap {ARTICLE}", user_id=OWNER_ID))[-1]
    dropped = await admin_bot.press(proposal, "Bỏ", user_id=OWNER_ID)
    assert "không lưu gì" in plain(dropped[-1].text)
    late = await admin_bot.press(proposal, "Lưu", user_id=OWNER_ID)
    assert "đã cũ" in plain(late[-1].text)
    assert figures(admin_bot) == before


async def test_an_article_naming_no_unit_asks_which(admin_bot: BotHarness) -> None:
    asked = plain((await admin_bot.send(f"/nhap {NAMELESS}", user_id=OWNER_ID))[-1].text)
    assert "Không xác định được xã" in asked and "/nhap Mỹ Thạnh" in asked
    payload = with_reply(
        message_update("/nhap Mỹ Thạnh Giồng Trôm", user_id=OWNER_ID), f"/nhap {NAMELESS}"
    )
    proposal = (await send_update(admin_bot, payload))[-1]
    text = plain(proposal.text)
    assert "Mỹ Thạnh (Giồng Trôm, Bến Tre)" in text and "17/19" in text
    assert "Nông thôn mới khởi sắc" in text
    await admin_bot.press(proposal, "Lưu", user_id=OWNER_ID)
    assert ("dang_vien", 300) in figures(admin_bot)


async def test_empty_and_non_editor(admin_bot: BotHarness) -> None:
    usage = plain((await admin_bot.send("/nhap", user_id=OWNER_ID))[-1].text)
    assert "Gửi bài viết" in usage
    refused = plain((await admin_bot.send(f"/nhap {ARTICLE}", user_id=OTHER_ID))[-1].text)
    assert "dành cho cán bộ" in refused
