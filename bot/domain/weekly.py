"""A weekly time as officials type it: ``thứ hai 7h30``, ``t2 07:00``, ``cn 19h``.

The words after a commune's name in ``/dangky Mỹ Thạnh thu2 7h`` are read from the end:
a time, a day, in either order. Anything that looks like a day or a time but is not one
(``thu9``, ``25h``) is an error with its own message, rather than part of the name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from bot.text import fold

__all__ = [
    "DEFAULT_TIME",
    "WEEKDAY_NAMES",
    "ScheduleError",
    "WeeklyTime",
    "describe",
    "ptb_day",
    "split_weekly_time",
]

#: Monday = 0 … Sunday = 6, as Python's ``date.weekday()``.
WEEKDAY_NAMES = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

#: ``hai`` … ``bay``: the day after "thứ", folded.
_DAY_WORDS = {"hai": 0, "ba": 1, "tu": 2, "nam": 3, "sau": 4, "bay": 5}
#: A day typed alone must be spelled as the day is: folded, "Nam" and "Hải" would be days.
_BARE_DAYS = {"hai": 0, "ba": 1, "tư": 2, "tu": 2, "năm": 3, "sáu": 4, "sau": 4, "bảy": 5, "bay": 5}
_SUNDAY_WORDS = {"cn", "chunhat"}
_DAY_CODE = re.compile(r"^(?:thu|t)(\d{1,2})$")
_TIME = re.compile(r"^(\d{1,2})(?:(?::|h|g)(\d{1,2})?)(?:p|ph|phut)?$")
_TIME_LIKE = re.compile(r"^\d+(?:[:hg]\d*|\s*gio)")


@dataclass(frozen=True, slots=True)
class WeeklyTime:
    """A day of the week (0 = Monday) and a wall-clock time in the bot's time zone."""

    weekday: int
    hour: int
    minute: int

    def encode(self) -> str:
        """Short enough for a button's callback data: ``0@0700``."""
        return f"{self.weekday}@{self.hour:02d}{self.minute:02d}"

    @classmethod
    def decode(cls, text: str | None) -> WeeklyTime:
        """The inverse of :meth:`encode`; anything else is the default time."""
        match = re.fullmatch(r"([0-6])@([01]\d|2[0-3])([0-5]\d)", text or "")
        if match is None:
            return DEFAULT_TIME
        return cls(int(match[1]), int(match[2]), int(match[3]))

    @property
    def day_name(self) -> str:
        return WEEKDAY_NAMES[self.weekday]

    @property
    def clock(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"


DEFAULT_TIME = WeeklyTime(weekday=0, hour=7, minute=0)


class ScheduleError(ValueError):
    """A word that looks like a day or a time but is not one; ``kind`` says which."""

    def __init__(self, kind: Literal["day", "time"], word: str) -> None:
        super().__init__(f"bad {kind}: {word!r}")
        self.kind = kind
        self.word = word


def ptb_day(weekday: int) -> int:
    """Python's weekday (0 = Monday) → PTB's ``run_daily`` day (0 = Sunday, since v20)."""
    return (weekday + 1) % 7


def _day(words: list[str], last_as_typed: str) -> tuple[int, int, bool] | None:
    """(weekday, words used, typed alone) for a day ending ``words`` (folded), else None.

    Raises :class:`ScheduleError` for ``thu9``, ``t8``, ``thứ tám`` and the like, with
    the number of words it read as its ``word``.
    """
    last = words[-1]
    if last in _SUNDAY_WORDS:
        return 6, 1, False
    if len(words) >= 2 and words[-2] + last == "chunhat":
        return 6, 2, False
    code = _DAY_CODE.match(last)
    if code:
        number = int(code[1])
        if not 2 <= number <= 7:
            raise ScheduleError("day", "1")
        return number - 2, 1, False
    if len(words) >= 2 and words[-2] == "thu":
        if last.isdigit():
            if not 2 <= int(last) <= 7:
                raise ScheduleError("day", "2")
            return int(last) - 2, 2, False
        if last in _DAY_WORDS:
            return _DAY_WORDS[last], 2, False
        raise ScheduleError("day", "2")
    if last.startswith("thu") and last[3:] in _DAY_WORDS:
        return _DAY_WORDS[last[3:]], 1, False
    bare = last_as_typed.lower()
    if bare in _BARE_DAYS:
        return _BARE_DAYS[bare], 1, True
    return None


def _time(word: str) -> tuple[int, int] | None:
    """(hour, minute) from ``7:00``, ``07h``, ``7h30``, ``19h``; None when not time-like."""
    match = _TIME.match(word)
    if match is None:
        if _TIME_LIKE.match(word):
            raise ScheduleError("time", word)
        return None
    hour, minute = int(match[1]), int(match[2] or 0)
    if hour > 23 or minute > 59 or (match[2] is not None and len(match[2]) != 2):
        raise ScheduleError("time", word)
    return hour, minute


def _fold_token(word: str) -> str:
    """Folded, but ``7:30`` keeps its colon."""
    return ":".join(fold(part) for part in word.split(":"))


def split_weekly_time(
    text: str, is_name: Callable[[str], bool] | None = None
) -> tuple[str, WeeklyTime]:
    """``Mỹ Thạnh thứ hai 7h30`` → (``Mỹ Thạnh``, Monday 07:30); missing parts default.

    The name keeps its spelling; day and time are read from its last words, in either
    order. A day typed alone (``ba``) that ends a real name (``is_name``) stays in the
    name. Raises :class:`ScheduleError` for a day or time that cannot be.
    """
    words = text.split()
    folded = [_fold_token(w) for w in words]
    day: int | None = None
    clock: tuple[int, int] | None = None
    for _ in range(2):
        if len(folded) < 2:
            break
        if clock is None:
            # "7 giờ 30" and "7 giờ" are typed as well as "7h30".
            joined = _joined_time(folded)
            if joined is not None:
                clock, used = joined
                del words[-used:], folded[-used:]
                continue
        if day is None and len(folded) >= 2:
            try:
                found = _day(folded, words[-1])
            except ScheduleError as exc:
                # Name the words as they were typed, not folded.
                raise ScheduleError("day", " ".join(words[-int(exc.word) :])) from None
            if found is not None:
                weekday, used, alone = found
                rest = " ".join(words[:-used])
                if alone and is_name and not is_name(rest) and is_name(" ".join(words)):
                    break
                day = weekday
                del words[-used:], folded[-used:]
                continue
        break
    weekday = DEFAULT_TIME.weekday if day is None else day
    hour, minute = (DEFAULT_TIME.hour, DEFAULT_TIME.minute) if clock is None else clock
    return " ".join(words), WeeklyTime(weekday, hour, minute)


def _joined_time(folded: list[str]) -> tuple[tuple[int, int], int] | None:
    """A time in the last one to three words: ``7h30``, ``7 gio``, ``7 gio 30``."""
    if len(folded) >= 4 and folded[-2] == "gio" and folded[-3].isdigit() and folded[-1].isdigit():
        found = _time(f"{folded[-3]}h{folded[-1]}")
        return (found, 3) if found else None
    if len(folded) >= 3 and folded[-1] == "gio" and folded[-2].isdigit():
        found = _time(f"{folded[-2]}h")
        return (found, 2) if found else None
    found = _time(folded[-1])
    return (found, 1) if found else None


def describe(weekly: WeeklyTime) -> str:
    """``Thứ Hai, 07:00``: how a reply names the weekly time."""
    return f"{weekly.day_name}, {weekly.clock}"
