"""Reply formatting: Vietnamese numbers and dates, progress bars, message splitting."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.rendering import progress_bar, split_message, vn_date, vn_number


def test_vietnamese_numbers_and_dates() -> None:
    assert vn_number(46346.8) == "46.346,8"
    assert vn_number(133.33) == "133,33"
    assert vn_number(245) == "245"
    assert vn_number(None) == "—"
    assert vn_date("2022-04-15") == "15/04/2022"
    assert vn_date(None) == "—"


def test_progress_bar() -> None:
    assert progress_bar(16, 19).endswith("84%")
    assert progress_bar(19, 19).startswith("▰" * 10)
    assert progress_bar(5, None) == ""


@given(st.lists(st.text(alphabet="ab<>&\u1ea1", max_size=300), max_size=60))
def test_split_keeps_every_line_and_the_limit(lines: list[str]) -> None:
    text = "\n".join(lines)
    chunks = split_message(text, limit=500)
    assert all(len(c) <= 500 for c in chunks)
    assert "".join(chunks).replace("\n", "") == text.replace("\n", "")
