"""/hoantac: undo the caller's own last change, then the one before; always recorded."""

from __future__ import annotations

from bot.constants import EDITS_COLLECTION
from tests.auxil.editing import EDITOR_ID, OTHER_ID, OWNER_ID
from tests.auxil.harness import BotHarness, plain


async def test_undo_twice_goes_back_two_changes(admin_bot: BotHarness) -> None:
    await admin_bot.send("/capnhat Mỹ Thạnh ntm=17/19", user_id=OWNER_ID)
    await admin_bot.send("/capnhat Mỹ Thạnh ntm=18/19", user_id=OWNER_ID)
    first = plain((await admin_bot.send("/hoantac", user_id=OWNER_ID))[0].text)
    assert "18/19 → 17/19" in first and "lần nữa" in first
    second = plain((await admin_bot.send("/hoantac", user_id=OWNER_ID))[0].text)
    assert "17/19 → 16/19" in second
    nothing = plain((await admin_bot.send("/hoantac", user_id=OWNER_ID))[0].text)
    assert "chưa có thay đổi nào" in nothing
    shown = plain((await admin_bot.send("/xa Mỹ Thạnh"))[0].text)
    assert "16/19" in shown and "18/19" not in shown


async def test_each_editor_undoes_only_their_own(admin_bot: BotHarness) -> None:
    await admin_bot.send(f"/quantri them {EDITOR_ID}", user_id=OWNER_ID)
    await admin_bot.send("/capnhat Mỹ Thạnh ntm=17/19", user_id=OWNER_ID)
    await admin_bot.send("/capnhat Mỹ Thạnh dang_vien=250", user_id=EDITOR_ID)
    text = plain((await admin_bot.send("/hoantac", user_id=OWNER_ID))[0].text)
    assert "17/19 → 16/19" in text and "đảng viên" not in text
    shown = plain((await admin_bot.send("/xa Mỹ Thạnh"))[0].text)
    assert "250 người" in shown


async def test_a_non_editor_is_refused(admin_bot: BotHarness) -> None:
    await admin_bot.send("/capnhat Mỹ Thạnh ntm=17/19", user_id=OWNER_ID)
    refused = plain((await admin_bot.send("/hoantac", user_id=OTHER_ID))[0].text)
    assert "dành cho cán bộ" in refused
    assert "17/19" in plain((await admin_bot.send("/xa Mỹ Thạnh"))[0].text)


async def test_the_undo_is_in_the_audit_trail(admin_bot: BotHarness) -> None:
    await admin_bot.send("/capnhat Mỹ Thạnh ntm=17/19", user_id=OWNER_ID)
    await admin_bot.send("/hoantac", user_id=OWNER_ID)
    services = admin_bot.app.bot_data["services"]
    unit = services.finder.find("Mỹ Thạnh Giồng Trôm").preferred
    edit, undo = services.store.all_docs(EDITS_COLLECTION, part=unit.id)
    assert undo["kind"] == "undo" and undo["undoes"] == edit["id"]
    assert undo["items"][0]["old"]["value"] == 17 and undo["items"][0]["new"]["value"] == 16
