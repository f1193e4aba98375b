"""/capnhat: an editor posts figures; old → new, confirmation for doubts, all or nothing."""

from __future__ import annotations

import pytest

from bot.constants import EDITS_COLLECTION
from bot.domain.export import export_rows
from bot.offline import SentCall
from bot.services import Services
from tests.auxil.editing import OTHER_ID, OWNER_ID
from tests.auxil.harness import BotHarness, plain


def services(bot: BotHarness) -> Services:
    """The running bot's services: where the test reads the store."""
    return bot.app.bot_data["services"]


def ntm_values(bot: BotHarness, unit_id: str) -> list[tuple[float, bool]]:
    """Every NTM count stored for ``unit_id`` (achievements), with its retracted flag."""
    return [
        (o["value"], bool(o.get("retracted")))
        for o in services(bot).observations(unit_id)
        if o["indicator"] == "ntm_tieu_chi" and not o["is_target"]
    ]


def button_data(call: SentCall) -> list[str]:
    markup = call.reply_markup or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


@pytest.fixture
def my_thanh(admin_bot: BotHarness) -> str:
    unit = services(admin_bot).finder.find("Mỹ Thạnh Giồng Trôm").preferred
    assert unit is not None
    return unit.id


async def test_the_editor_story(admin_bot: BotHarness, my_thanh: str) -> None:
    """Refused for a non-editor; 16/19 → 17/19 for the editor; /xa shows it; /hoantac undoes."""
    refused = await admin_bot.send("/capnhat Mỹ Thạnh ntm=17/19", user_id=OTHER_ID)
    assert "dành cho cán bộ cập nhật số liệu" in plain(refused[0].text)
    assert ntm_values(admin_bot, my_thanh) == [(16, False)]

    saved = await admin_bot.send("/capnhat Mỹ Thạnh ntm=17/19", user_id=OWNER_ID)
    text = plain(saved[0].text)
    assert "16/19 → 17/19" in text
    assert "Mỹ Thạnh (Giồng Trôm, Bến Tre)" in text
    assert any(d.startswith("h:") for d in button_data(saved[0]))

    shown = plain((await admin_bot.send("/xa Mỹ Thạnh", user_id=OTHER_ID))[0].text)
    assert "17/19" in shown and "Cán bộ" in shown

    undone = plain((await admin_bot.send("/hoantac", user_id=OWNER_ID))[0].text)
    assert "17/19 → 16/19" in undone
    shown = plain((await admin_bot.send("/xa Mỹ Thạnh", user_id=OTHER_ID))[0].text)
    assert "16/19" in shown and "17/19" not in shown
    assert ntm_values(admin_bot, my_thanh) == [(16, False), (17, True)], "history is kept"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ("ntm=20/19", "ngoài khoảng hợp lệ"),
        ("ntm=abc", "Không hiểu giá trị"),
        ("ntm=17/19 ngay=01/01/2099", "tương lai"),
        ("ntm=17/19 ngay=32/01/2026", "không có thật"),
        ("ntm=17/19 ngay=hôm qua", "dd/mm/yyyy"),
        ("ntmm=17", "Gần giống"),
        ("ntm=17/19 dang_vien=abc", "Không hiểu giá trị «abc»"),
    ],
)
async def test_bad_values_are_refused_and_nothing_changes(
    admin_bot: BotHarness, my_thanh: str, args: str, says: str
) -> None:
    replies = await admin_bot.send(f"/capnhat Mỹ Thạnh {args}", user_id=OWNER_ID)
    text = plain(replies[0].text)
    assert says in text and "Không có gì được lưu" in text and "/capnhat" in text
    assert ntm_values(admin_bot, my_thanh) == [(16, False)]


async def test_an_empty_command_and_an_unknown_unit(admin_bot: BotHarness) -> None:
    usage = plain((await admin_bot.send("/capnhat", user_id=OWNER_ID))[0].text)
    assert "/capnhat Mỹ Thạnh ntm=17/19" in usage
    unknown = plain((await admin_bot.send("/capnhat Mỹ Thanhh ntm=17", user_id=OWNER_ID))[0].text)
    assert "Mỹ Thạnh" in unknown, "suggestions for a typo"
    no_name = plain((await admin_bot.send("/capnhat ntm=17", user_id=OWNER_ID))[0].text)
    assert "Thiếu tên xã" in no_name


async def test_a_drop_waits_for_lưu(admin_bot: BotHarness, my_thanh: str) -> None:
    asked = (await admin_bot.send("/capnhat Mỹ Thạnh ntm=15/19", user_id=OWNER_ID))[0]
    assert "16/19 → 15/19" in plain(asked.text) and "giảm" in plain(asked.text)
    assert ntm_values(admin_bot, my_thanh) == [(16, False)]

    refused = await admin_bot.press(asked, "Lưu", user_id=OTHER_ID)
    assert "dành cho cán bộ" in plain(refused[-1].text)
    assert admin_bot.calls("answerCallbackQuery"), "the press is answered first"
    assert ntm_values(admin_bot, my_thanh) == [(16, False)]

    saved = await admin_bot.press(asked, "Lưu", user_id=OWNER_ID)
    assert "16/19 → 15/19" in plain(saved[-1].text) and "Đã cập nhật" in plain(saved[-1].text)
    assert sorted(ntm_values(admin_bot, my_thanh)) == [(15, False), (16, False)]

    again = await admin_bot.press(asked, "Lưu", user_id=OWNER_ID)
    assert "đã cũ" in plain(again[-1].text), "a second press saves nothing more"
    assert len(ntm_values(admin_bot, my_thanh)) == 2


async def test_bỏ_discards(admin_bot: BotHarness, my_thanh: str) -> None:
    asked = (await admin_bot.send("/capnhat Mỹ Thạnh ntm=15/19", user_id=OWNER_ID))[0]
    dropped = await admin_bot.press(asked, "Bỏ", user_id=OWNER_ID)
    assert "không lưu gì" in plain(dropped[-1].text)
    assert ntm_values(admin_bot, my_thanh) == [(16, False)]


async def test_forged_callback_data_changes_nothing(admin_bot: BotHarness, my_thanh: str) -> None:
    saved = (await admin_bot.send("/capnhat Mỹ Thạnh ntm=17/19", user_id=OWNER_ID))[0]
    undo = next(d for d in button_data(saved) if d.startswith("h:"))
    for data in (undo, "e:ok:forged", "u:capnhat:" + my_thanh + "|nope"):
        forged = {
            "text": "x",
            "reply_markup": {"inline_keyboard": [[{"text": "b", "callback_data": data}]]},
        }
        replies = await admin_bot.press(SentCall("sendMessage", forged), "b", user_id=OTHER_ID)
        assert "dành cho cán bộ" in plain(replies[-1].text)
    assert ntm_values(admin_bot, my_thanh) == [(16, False), (17, False)]
    stale = {
        "text": "x",
        "reply_markup": {"inline_keyboard": [[{"text": "b", "callback_data": "e:ok:forged"}]]},
    }
    replies = await admin_bot.press(SentCall("sendMessage", stale), "b", user_id=OWNER_ID)
    assert "đã cũ" in plain(replies[-1].text)


async def test_the_undo_button_and_the_audit_entry(admin_bot: BotHarness, my_thanh: str) -> None:
    saved = (
        await admin_bot.send(
            '/capnhat Mỹ Thạnh ntm=17/19 ghichu="báo cáo tháng 11"', user_id=OWNER_ID
        )
    )[0]
    (entry,) = services(admin_bot).store.all_docs(EDITS_COLLECTION, part=my_thanh)
    assert entry["user_id"] == OWNER_ID and entry["user_name"] == "Cán bộ"
    assert entry["note"] == "báo cáo tháng 11"
    (item,) = entry["items"]
    assert (item["indicator"], item["old"]["value"], item["new"]["value"]) == (
        "ntm_tieu_chi",
        16,
        17,
    )

    undone = await admin_bot.press(saved, "Hoàn tác", user_id=OWNER_ID)
    assert "17/19 → 16/19" in plain(undone[-1].text)
    again = await admin_bot.press(saved, "Hoàn tác", user_id=OWNER_ID)
    assert "đã được hoàn tác rồi" in plain(again[-1].text)
    kinds = [e["kind"] for e in services(admin_bot).store.all_docs(EDITS_COLLECTION, part=my_thanh)]
    assert kinds == ["edit", "undo"], "the undo is recorded too"


async def test_export_names_the_editor(admin_bot: BotHarness) -> None:
    await admin_bot.send('/capnhat Mỹ Thạnh ntm=17/19 ghichu="báo cáo"', user_id=OWNER_ID)
    s = services(admin_bot)
    rows = [
        r
        for r in export_rows(s.store.iter_observations(), s.registry, s.catalog)
        if r["source_kind"] == "admin"
    ]
    assert [(r["admin_user_id"], r["admin_name"], r["admin_note"], r["value"]) for r in rows] == [
        (OWNER_ID, "Cán bộ", "báo cáo", 17)
    ]
    assert rows[0]["admin_time"]


async def test_a_criterion_by_name_updates_the_count(admin_bot: BotHarness, my_thanh: str) -> None:
    text = plain(
        (await admin_bot.send("/capnhat Mỹ Thạnh tc_giao_thong=dat", user_id=OWNER_ID))[0].text
    )
    assert "16/19 → 17/19" in text and "Giao thông" not in text.split("chưa đạt:")[-1]
    shown = plain((await admin_bot.send("/xa Mỹ Thạnh", user_id=OTHER_ID))[0].text)
    assert "17/19" in shown and "chưa đạt: Cơ sở vật chất văn hóa; Quốc phòng và an ninh" in shown


async def test_a_target_with_its_deadline(admin_bot: BotHarness) -> None:
    text = plain(
        (
            await admin_bot.send(
                "/capnhat Mỹ Thạnh muctieu_ntm=19/19 han=31/12/2026", user_id=OWNER_ID
            )
        )[0].text
    )
    assert "mục tiêu" in text and "31/12/2026" in text
    shown = plain((await admin_bot.send("/xa Mỹ Thạnh", user_id=OTHER_ID))[0].text)
    assert "mục tiêu 19/19 tiêu chí đến 31/12/2026" in shown


async def test_a_shared_name_moves_the_update_to_the_unit_pressed(
    admin_bot: BotHarness, my_thanh: str
) -> None:
    saved = (await admin_bot.send("/capnhat Mỹ Thạnh ntm=17/19", user_id=OWNER_ID))[0]
    assert all(len(d.encode()) <= 64 for d in button_data(saved))
    moved = await admin_bot.press(saved, "Ba Tri", user_id=OWNER_ID)
    text = plain(moved[-1].text)
    assert "Ba Tri" in text and "(chưa có) → 17/19" in text and "đã được hoàn tác" in text
    assert ntm_values(admin_bot, my_thanh) == [(16, False), (17, True)]
    ba_tri = services(admin_bot).finder.find("Mỹ Thạnh Ba Tri").preferred
    assert ntm_values(admin_bot, ba_tri.id) == [(17, False)]


async def test_history_and_sources_show_the_edit(admin_bot: BotHarness) -> None:
    await admin_bot.send('/capnhat Mỹ Thạnh ntm=17/19 ghichu="báo cáo"', user_id=OWNER_ID)
    history = plain((await admin_bot.send("/lichsu Mỹ Thạnh ntm"))[0].text)
    assert "bài “Mỹ Thạnh chuyển biến" in history and "quản trị viên Cán bộ (900)" in history
    sources = plain((await admin_bot.send("/nguon Mỹ Thạnh"))[0].text)
    assert "người cập nhật Cán bộ (900)" in sources and "báo cáo" in sources


@pytest.mark.parametrize(
    "text",
    [
        "/capnhat <b>& ntm=<b>",
        "/capnhat Mỹ Thạnh =",
        '/capnhat Mỹ Thạnh ghichu="',
        "/capnhat Mỹ Thạnh ntm=17/0",
        "/capnhat Mỹ Thạnh ntm=17/19/19",
        "/capnhat Mỹ Thạnh ntm=1e5",
        "/capnhat Mỹ Thạnh ntm=NaN",
        "/capnhat Mỹ Thạnh tc_=dat",
        "/capnhat Mỹ Thạnh muctieu",
        "/capnhat Mỹ Thạnh " + "x=1 " * 300,
        "/capnhat Giồng Trôm ntm=17",
        "/capnhat Mỹ Thạnh ntm_huyen=5/9",
        "/capnhat Mỹ Thạnh ntm=19/19 tc_giao_thong=chuadat",
        "/quantri them 0",
        "/quantri them 99999999999999999999",
        "/nhap x",
        "/hoantac extra words",
    ],
)
async def test_odd_input_from_an_editor_gets_a_clear_reply(
    admin_bot: BotHarness, text: str
) -> None:
    replies = await admin_bot.send(text, user_id=OWNER_ID)
    assert replies, text
    for reply in replies:
        assert "gặp lỗi" not in plain(reply.text), (text, reply.text)
    assert ntm_values(
        admin_bot,
        admin_bot.app.bot_data["services"].finder.find("Mỹ Thạnh Giồng Trôm").preferred.id,
    ) == [(16, False)]


async def test_a_name_shared_by_units_without_figures_asks_first(admin_bot: BotHarness) -> None:
    """No unit to guess: buttons, and the figures wait for the press under a short token."""
    asked = (await admin_bot.send("/capnhat An Hòa dang_vien=120", user_id=OWNER_ID))[0]
    assert "Chọn một" in plain(asked.text)
    data = button_data(asked)
    assert data and all(len(d.encode()) <= 64 for d in data)
    label = asked.reply_markup["inline_keyboard"][0][0]["text"]
    refused = await admin_bot.press(asked, label, user_id=OTHER_ID)
    assert "dành cho cán bộ" in plain(refused[-1].text)
    saved = await admin_bot.press(asked, label, user_id=OWNER_ID)
    assert "(chưa có) → 120" in plain(saved[-1].text)
    token_unit = data[0].split(":", 2)[2].split("|")[0]
    values = [o["value"] for o in services(admin_bot).observations(token_unit)]
    assert values == [120]
