"""Vietnamese numbers: what articles and admins write, and what the bot shows."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.numbers import NumberFormatError, format_number, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("46.346,8", 46346.8),
        ("133,33", 133.33),
        ("02", 2),
        ("01", 1),
        ("1.000", 1000),
        ("1.000.000", 1_000_000),
        ("46346.8", 46346.8),
        ("60,5", 60.5),
        ("1.5", 1.5),
        ("12,345,678", 12_345_678),
        ("1 000", 1000),
        ("1\u00a0000", 1000),
        (" 60 ", 60),
        ("-5", -5),
        ("−2,5", -2.5),
        ("+7", 7),
        ("0", 0),
        ("1.234,56", 1234.56),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1.2.3", "1,2,3", "12,", ".5", "5.", "1..0", "%"])
def test_parse_number_refuses_what_is_no_number(text: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_number(text)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (46346.8, "46.346,8"),
        (1000, "1.000"),
        (19, "19"),
        (0.5, "0,5"),
        (133.33, "133,33"),
        (100.0, "100"),
        (1_250_000, "1.250.000"),
        (-1234.5, "-1.234,5"),
    ],
)
def test_format_number(value: float, text: str) -> None:
    assert format_number(value) == text


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_integers_round_trip(value: int) -> None:
    assert parse_number(format_number(value)) == value


@given(
    st.decimals(
        min_value=-(10**9), max_value=10**9, places=2, allow_nan=False, allow_infinity=False
    )
)
def test_two_decimal_values_round_trip(value: Decimal) -> None:
    number = float(value)
    assert parse_number(format_number(number)) == pytest.approx(number, abs=1e-9)


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_vietnamese_grouping_parses_like_plain_digits(whole: int, cents: int) -> None:
    grouped = f"{whole:,}".replace(",", ".") + f",{cents:02d}"
    assert parse_number(grouped) == pytest.approx(whole + cents / 100)
