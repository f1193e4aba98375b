"""/quantri: list the editors; owners add and remove them by id or by replying."""

from __future__ import annotations

import pytest

from bot.offline import message_update
from tests.auxil.editing import EDITOR_ID, OTHER_ID, OWNER_ID, send_update, with_reply
from tests.auxil.harness import BotHarness, plain


async def test_owner_adds_and_removes_by_id(admin_bot: BotHarness) -> None:
    listed = plain((await admin_bot.send("/quantri", user_id=OWNER_ID))[0].text)
    assert f"{OWNER_ID} (chủ bot)" in listed
    added = plain((await admin_bot.send(f"/quantri them {EDITOR_ID}", user_id=OWNER_ID))[0].text)
    assert "Đã thêm" in added
    saved = await admin_bot.send("/capnhat Mỹ Thạnh ntm=17/19", user_id=EDITOR_ID)
    assert "16/19 → 17/19" in plain(saved[0].text), "the new editor may post figures"
    listed = plain((await admin_bot.send("/quantri", user_id=EDITOR_ID))[0].text)
    assert str(EDITOR_ID) in listed
    removed = plain((await admin_bot.send(f"/quantri xóa {EDITOR_ID}", user_id=OWNER_ID))[0].text)
    assert "Đã bỏ quyền" in removed
    refused = await admin_bot.send("/capnhat Mỹ Thạnh ntm=18/19", user_id=EDITOR_ID)
    assert "dành cho cán bộ" in plain(refused[0].text)


@pytest.mark.parametrize("word", ["them", "thêm", "add", "THÊM"])
async def test_natural_forms_to_add(admin_bot: BotHarness, word: str) -> None:
    text = plain((await admin_bot.send(f"/quantri {word} {EDITOR_ID}", user_id=OWNER_ID))[0].text)
    assert "Đã thêm" in text


async def test_owner_adds_by_replying_to_a_message(admin_bot: BotHarness) -> None:
    payload = with_reply(
        message_update("/quantri them", user_id=OWNER_ID), "xin quyền", from_id=777, name="Lan"
    )
    text = plain((await send_update(admin_bot, payload))[0].text)
    assert "Đã thêm Lan (777)" in text
    listed = plain((await admin_bot.send("/quantri", user_id=OWNER_ID))[0].text)
    assert "777 — Lan" in listed


async def test_only_owners_change_the_list(admin_bot: BotHarness) -> None:
    await admin_bot.send(f"/quantri them {EDITOR_ID}", user_id=OWNER_ID)
    text = plain((await admin_bot.send(f"/quantri them {OTHER_ID}", user_id=EDITOR_ID))[0].text)
    assert "Chỉ chủ bot" in text
    refused = plain((await admin_bot.send("/quantri", user_id=OTHER_ID))[0].text)
    assert "dành cho cán bộ" in refused


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (f"xoa {OWNER_ID}", "là chủ bot"),
        (f"xoa {OTHER_ID}", "không phải cán bộ"),
        (f"them {OWNER_ID}", "đã là cán bộ"),
        ("them abc", "không phải mã số"),
        ("them", "trả lời (reply)"),
        ("lung tung", "Không hiểu"),
    ],
)
async def test_bad_or_useless_requests_say_why(admin_bot: BotHarness, args: str, says: str) -> None:
    text = plain((await admin_bot.send(f"/quantri {args}", user_id=OWNER_ID))[0].text)
    assert says in text
