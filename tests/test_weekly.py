"""Days and times as officials type them after /dangky, and when the next digest comes."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.domain.subscriptions import Subscription, last_due_slot, next_send_time
from bot.domain.weekly import DEFAULT_TIME, ScheduleError, WeeklyTime, ptb_day, split_weekly_time

HCM = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("Mỹ Thạnh thu2", 0),
        ("Mỹ Thạnh THU3", 1),
        ("Mỹ Thạnh t4", 2),
        ("Mỹ Thạnh thứ năm", 3),
        ("Mỹ Thạnh Thứ Sáu", 4),
        ("Mỹ Thạnh THỨ BẢY", 5),
        ("Mỹ Thạnh thu bay", 5),
        ("Mỹ Thạnh thứ 7", 5),
        ("Mỹ Thạnh cn", 6),
        ("Mỹ Thạnh CN", 6),
        ("Mỹ Thạnh chủ nhật", 6),
        ("Mỹ Thạnh chu nhat", 6),
        ("Mỹ Thạnh chunhat", 6),
        ("Mỹ Thạnh hai", 0),
        ("Mỹ Thạnh tư", 2),
        ("Mỹ Thạnh bảy", 5),
        ("Mỹ Thạnh thuhai", 0),
        (unicodedata.normalize("NFD", "Mỹ Thạnh thứ tư"), 2),
    ],
)
def test_days(text: str, weekday: int) -> None:
    """Every way of writing a weekday, with or without marks, any case, NFC or NFD."""
    name, weekly = split_weekly_time(text)
    assert unicodedata.normalize("NFC", name) == "Mỹ Thạnh"
    assert weekly == WeeklyTime(weekday, 7, 0)


@pytest.mark.parametrize(
    ("word", "clock"),
    [
        ("7:00", (7, 0)),
        ("07h", (7, 0)),
        ("7h30", (7, 30)),
        ("19h", (19, 0)),
        ("19:30", (19, 30)),
        ("0h", (0, 0)),
        ("23:59", (23, 59)),
        ("7H", (7, 0)),
        ("7g", (7, 0)),
    ],
)
def test_times(word: str, clock: tuple[int, int]) -> None:
    name, weekly = split_weekly_time(f"Mỹ Thạnh {word}")
    assert name == "Mỹ Thạnh"
    assert (weekly.weekday, weekly.hour, weekly.minute) == (0, *clock)


def test_day_and_time_in_either_order_and_spoken_hours() -> None:
    assert split_weekly_time("Mỹ Thạnh thứ sáu 16h30")[1] == WeeklyTime(4, 16, 30)
    assert split_weekly_time("Mỹ Thạnh 16h30 thứ sáu")[1] == WeeklyTime(4, 16, 30)
    assert split_weekly_time("Mỹ Thạnh cn 7 giờ 30")[1] == WeeklyTime(6, 7, 30)
    assert split_weekly_time("Mỹ Thạnh Giồng Trôm t3 19h") == (
        "Mỹ Thạnh Giồng Trôm",
        WeeklyTime(1, 19, 0),
    )


def test_default_is_monday_seven() -> None:
    assert split_weekly_time("Mỹ Thạnh") == ("Mỹ Thạnh", DEFAULT_TIME)
    assert WeeklyTime(0, 7, 0) == DEFAULT_TIME


@pytest.mark.parametrize(
    ("text", "kind", "word"),
    [
        ("Mỹ Thạnh thu9", "day", "thu9"),
        ("Mỹ Thạnh t8", "day", "t8"),
        ("Mỹ Thạnh thứ tám", "day", "thứ tám"),
        ("Mỹ Thạnh thứ 1", "day", "thứ 1"),
        ("Mỹ Thạnh 25h", "time", "25h"),
        ("Mỹ Thạnh 7:75", "time", "7:75"),
        ("Mỹ Thạnh 7h5", "time", "7h5"),
        ("Mỹ Thạnh thu2 24:00", "time", "24:00"),
    ],
)
def test_bad_day_or_time_is_named(text: str, kind: str, word: str) -> None:
    """What looks like a day or a time but is not one is an error, not part of the name."""
    with pytest.raises(ScheduleError) as caught:
        split_weekly_time(text)
    assert (caught.value.kind, caught.value.word) == (kind, word)


def test_a_name_ending_in_a_day_word_keeps_it() -> None:
    """ "Long Hai" is a place before it is a Monday, when the place exists."""
    assert split_weekly_time("Long Hai", lambda n: n == "Long Hai") == ("Long Hai", DEFAULT_TIME)
    assert split_weekly_time("Long Hai", lambda n: n == "Long") == ("Long", DEFAULT_TIME)
    # Folded, "Nam" would be Thursday: only "năm" as spelled is a day.
    assert split_weekly_time("Tân Nam")[0] == "Tân Nam"
    assert split_weekly_time("Tân Nam năm")[1].weekday == 3


def test_encode_round_trip_fits_a_button() -> None:
    weekly = WeeklyTime(6, 19, 5)
    assert WeeklyTime.decode(weekly.encode()) == weekly
    assert len(weekly.encode().encode()) <= 10
    assert WeeklyTime.decode("garbage") == DEFAULT_TIME
    assert WeeklyTime.decode(None) == DEFAULT_TIME


def test_ptb_days_start_on_sunday() -> None:
    """python-telegram-bot ≥ 20 counts 0 = Sunday … 6 = Saturday; Python 0 = Monday."""
    assert [ptb_day(d) for d in range(7)] == [1, 2, 3, 4, 5, 6, 0]


def _sub(weekday: int, hour: int, minute: int = 0) -> Subscription:
    return Subscription(1, "u", weekday, hour, minute, "private", 1, "2026-01-01T00:00:00+07:00")


def test_next_and_last_slot_in_the_time_zone() -> None:
    """Wednesday 2 December 2026, 14:00 in Hồ Chí Minh City."""
    now = datetime(2026, 12, 2, 14, 0, tzinfo=HCM)
    monday = _sub(0, 7)
    assert next_send_time(monday, now, HCM) == datetime(2026, 12, 7, 7, 0, tzinfo=HCM)
    assert last_due_slot(monday, now, HCM) == datetime(2026, 11, 30, 7, 0, tzinfo=HCM)
    same_day_later = _sub(2, 15, 30)
    assert next_send_time(same_day_later, now, HCM) == datetime(2026, 12, 2, 15, 30, tzinfo=HCM)
    assert last_due_slot(same_day_later, now, HCM) == datetime(2026, 11, 25, 15, 30, tzinfo=HCM)
    exactly_now = _sub(2, 14)
    assert last_due_slot(exactly_now, now, HCM) == now
    assert next_send_time(exactly_now, now, HCM) == datetime(2026, 12, 9, 14, 0, tzinfo=HCM)


def test_slots_follow_the_zone_not_the_clock_given() -> None:
    """A UTC 'now' is read in the bot's zone: 23:30 UTC Sunday is Monday 06:30 in Vietnam."""
    now_utc = datetime(2026, 12, 6, 23, 30, tzinfo=ZoneInfo("UTC"))
    assert next_send_time(_sub(0, 7), now_utc, HCM) == datetime(2026, 12, 7, 7, 0, tzinfo=HCM)
    berlin = ZoneInfo("Europe/Berlin")
    # Across the end of summer time (25 October 2026) the wall-clock hour is kept.
    summer = datetime(2026, 10, 20, 12, 0, tzinfo=berlin)
    slot = next_send_time(_sub(0, 7), summer, berlin)
    assert slot == datetime(2026, 10, 26, 7, 0, tzinfo=berlin)
    assert slot.utcoffset() is not None and slot.utcoffset().total_seconds() == 3600
