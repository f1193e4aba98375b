"""A chat's digest as messages: within Telegram's limits, valid HTML, baselines saved on send."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bot import digest_messages
from bot.constants import BASELINES_COLLECTION
from bot.delivery.outbox import OutboundMessage, enqueue_run, mark_sent, pending_entries
from bot.digest_messages import (
    CAPTION_LIMIT,
    baseline_key,
    baseline_part,
    compose_digest,
    move_baselines,
)
from bot.domain.models import AdminSource, ArticleSource, Observation
from bot.rendering import MESSAGE_LIMIT
from bot.services import Services
from tests.auxil.harness import make_settings, plain
from tests.telegram_html import html_problems

MY_THANH = "legacy-28993"
GIONG_TROM = "legacy-d-834"
CHAT = 5001
MONDAY = date(2026, 12, 7)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def services(data_dir: Path) -> Iterator[Services]:
    opened = Services.open(make_settings(data_dir))
    yield opened
    opened.close()


def check_limits(messages: list[OutboundMessage]) -> None:
    """What Telegram would accept: captions ≤ 1,024, texts ≤ 4,096, HTML that parses."""
    assert messages
    for message in messages:
        assert not html_problems(message.text), html_problems(message.text)
        if message.photo is not None:
            assert message.photo.startswith(PNG_SIGNATURE)
            assert len(plain(message.text).encode("utf-16-le")) // 2 <= CAPTION_LIMIT
        else:
            assert len(message.text) <= MESSAGE_LIMIT


def read(messages: list[OutboundMessage]) -> str:
    return "\n".join(plain(m.text) for m in messages)


def deliver(services: Services, run_id: str, messages: list[OutboundMessage]) -> None:
    """What delivery does: enqueue, then mark each message sent (applying its writes)."""
    assert enqueue_run(services.store, run_id, messages)
    for entry in pending_entries(services.store):
        assert mark_sent(services.store, entry)


def admin_figure(unit_id: str, indicator: str, value: float, **extra) -> dict:
    return Observation(
        unit_id=unit_id,
        indicator=indicator,
        value=value,
        as_of="2026-12-01",
        source=AdminSource(
            user_id=42, time="2026-12-01T09:00:00+07:00", note="báo cáo <quý> & năm"
        ),
        **extra,
    ).to_dict()


def test_first_digest_is_the_standing_with_a_chart(services: Services) -> None:
    messages = compose_digest(services, CHAT, [MY_THANH], MONDAY)
    check_limits(messages)
    assert messages[0].photo is not None
    text = read(messages)
    assert "Bản tin tuần 07/12/2026" in text and "Xã Mỹ Thạnh" in text
    assert "tình hình hiện tại" in text
    assert "16/19" in text and "Giao thông" in text
    assert "quá hạn" in text
    assert "→" not in text  # nothing is shown as changed the first time


def test_only_the_last_message_saves_the_baseline(services: Services) -> None:
    messages = compose_digest(services, CHAT, [MY_THANH], MONDAY)
    assert all(not m.after_sent for m in messages[:-1])
    (write,) = messages[-1].after_sent
    assert write.collection == BASELINES_COLLECTION
    assert write.key == baseline_key(CHAT, MY_THANH) == f"{CHAT}:{MY_THANH}"
    assert write.part == baseline_part(CHAT)
    assert write.doc["units"][MY_THANH]["f"]["ntm_tieu_chi"][:2] == [16, 19]
    # Composing reads; nothing is saved until the messages are sent.
    assert services.store.get_doc(BASELINES_COLLECTION, write.key, part=write.part) is None


def test_after_sending_the_next_digest_says_nothing_changed(services: Services) -> None:
    deliver(services, "digest:1", compose_digest(services, CHAT, [MY_THANH], MONDAY))
    again = compose_digest(services, CHAT, [MY_THANH], date(2026, 12, 14))
    check_limits(again)
    (message,) = again
    assert message.photo is None  # no news, no chart
    text = plain(message.text)
    assert "Không có gì thay đổi kể từ bản tin 07/12/2026" in text
    assert len(text.splitlines()) == 2  # the title and one short line
    assert message.after_sent  # the baseline's date moves on


def test_a_new_figure_is_reported_old_to_new_with_criteria(services: Services) -> None:
    deliver(services, "digest:1", compose_digest(services, CHAT, [MY_THANH], MONDAY))
    services.store.add_observations(
        [
            admin_figure(
                MY_THANH,
                "ntm_tieu_chi",
                17,
                denominator=19,
                criteria_unmet=("co_so_vat_chat_van_hoa", "quoc_phong_an_ninh"),
            )
        ]
    )
    messages = compose_digest(services, CHAT, [MY_THANH], date(2026, 12, 14))
    check_limits(messages)
    assert messages[0].photo is not None
    text = read(messages)
    assert "16/19 → 17/19 tiêu chí (01/12/2026)" in text
    assert "đạt thêm: Giao thông" in text
    assert "Cập nhật của quản trị viên 42" in text and "báo cáo <quý> & năm" in text
    assert "còn thiếu 2 tiêu chí" in text


def test_each_chat_has_its_own_baseline(services: Services) -> None:
    deliver(services, "digest:1", compose_digest(services, CHAT, [MY_THANH], MONDAY))
    other = compose_digest(services, CHAT + 1, [MY_THANH], MONDAY)
    assert "tình hình hiện tại" in read(other)


def test_district_digest_covers_its_communes(services: Services) -> None:
    messages = compose_digest(services, CHAT, [GIONG_TROM], MONDAY)
    check_limits(messages)
    text = read(messages)
    assert "Huyện Giồng Trôm" in text and "Xã Mỹ Thạnh" in text and "NTM 16/19" in text
    deliver(services, "digest:d", messages)
    services.store.add_observations(
        [admin_figure(MY_THANH, "ntm_tieu_chi", 18, denominator=19, criteria_unmet=("giao_thong",))]
    )
    later = read(compose_digest(services, CHAT, [GIONG_TROM], date(2026, 12, 14)))
    assert "Xã Mỹ Thạnh" in later and "16/19 → 18/19" in later
    assert "Quốc phòng và an ninh" in later  # met since, named


def test_a_long_digest_gets_a_short_caption_and_split_text(services: Services) -> None:
    """Every indicator of the catalog with a long source title: far over one caption."""
    unit = "legacy-28996"
    docs = []
    for n, indicator in enumerate(services.catalog.indicators):
        value = min(indicator.max, 7.0)
        denominator = (indicator.denominator or 9.0) if indicator.kind == "ratio" else None
        source = ArticleSource(
            file=f"long/{n}.txt",
            title=f"Bài số {n}: " + "kết quả thực hiện nghị quyết & chương trình <mục tiêu> " * 3,
            date="2026-11-30",
            quote="…",
        )
        docs.append(
            Observation(
                unit_id=unit,
                indicator=indicator.key,
                value=value,
                as_of="2026-11-30",
                source=source,
                denominator=denominator,
            ).to_dict()
        )
    services.store.add_observations(docs)
    messages = compose_digest(services, CHAT, [unit], MONDAY)
    check_limits(messages)
    assert messages[0].photo is not None
    assert len(messages) >= 3  # the chart with a short caption, then the text in parts
    assert "Chi tiết ở tin nhắn sau" in plain(messages[0].text)
    assert all(m.photo is None for m in messages[1:])
    assert messages[-1].after_sent and not any(m.after_sent for m in messages[:-1])


def test_several_units_each_save_their_own_baseline(services: Services) -> None:
    messages = compose_digest(services, CHAT, [MY_THANH, GIONG_TROM, "no-such-unit"], MONDAY)
    keys = [w.key for m in messages for w in m.after_sent]
    assert keys == [baseline_key(CHAT, MY_THANH), baseline_key(CHAT, GIONG_TROM)]


def test_a_unit_without_figures_says_so(services: Services) -> None:
    (message,) = compose_digest(services, CHAT, ["legacy-28996"], MONDAY)
    assert message.photo is None
    assert "chưa có số liệu nào" in plain(message.text)


def test_baselines_follow_a_group_that_became_a_supergroup(services: Services) -> None:
    group, supergroup = -4001, -1004001
    deliver(services, "digest:g", compose_digest(services, group, [MY_THANH], MONDAY))
    assert move_baselines(services.store, group, supergroup) == 1
    (message,) = compose_digest(services, supergroup, [MY_THANH], date(2026, 12, 14))
    assert "Không có gì thay đổi" in plain(message.text)
    assert "tình hình hiện tại" in read(compose_digest(services, group, [MY_THANH], MONDAY))


def test_a_chart_that_cannot_be_drawn_leaves_the_text(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("no fonts")

    monkeypatch.setattr(digest_messages, "draw_chart", broken)
    digest_messages._chart_png.cache_clear()
    messages = compose_digest(services, CHAT, [MY_THANH], date(2026, 12, 8))
    check_limits(messages)
    assert all(m.photo is None for m in messages)
    assert "tình hình hiện tại" in read(messages) and messages[-1].after_sent
