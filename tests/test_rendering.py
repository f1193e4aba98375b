"""Reply formatting: Vietnamese numbers and dates, progress bars, message splitting."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.rendering import progress_bar, split_message, vn_date, vn_number
from tests.telegram_html import html_problems, plain_text


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


_WORDS = st.text(alphabet='ab <>&"\u1ea1', min_size=1, max_size=40).map(html.escape)
_HTML_PIECES = st.one_of(
    _WORDS,
    _WORDS.map(lambda w: f"<b>{w}</b>"),
    _WORDS.map(lambda w: f"<i>x <b>{w}</b> y</i>"),
    _WORDS.map(lambda w: f'<a href="https://example.vn/?a=1&amp;b=2">{w}</a>'),
)


@settings(max_examples=400)
@given(st.lists(st.lists(_HTML_PIECES, max_size=40).map("".join), max_size=30))
def test_split_keeps_every_line_the_limit_and_valid_html(lines: list[str]) -> None:
    text = "\n".join(lines)
    chunks = split_message(text, limit=300)
    assert all(len(c) <= 300 for c in chunks)
    assert all(not html_problems(c) for c in chunks if c.strip()), chunks

    def letters(html_text: str) -> str:
        return re.sub(r"\s", "", plain_text(html_text))

    assert "".join(letters(c) for c in chunks) == letters(text)


def test_a_long_quote_is_cut_between_entities_not_inside_one() -> None:
    sentence = html.escape("Xã đạt 16/19 tiêu chí <nông thôn mới> & hơn thế. " * 110)
    text = f"<b>Trích dẫn:</b> «<i>{sentence}</i>»"
    chunks = split_message(text)
    assert len(chunks) >= 2 and all(len(c) <= 4096 for c in chunks)
    for chunk in chunks:
        assert not html_problems(chunk), chunk[:200]
        assert not re.search(r"&[a-z]*$", chunk.replace("</i>", "")), chunk[-20:]
