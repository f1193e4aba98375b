"""Vietnamese numbers: parsing what people and articles write, formatting what we show.

Vietnamese writes ``.`` for thousands and ``,`` for decimals (``46.346,8``), but admins
also type the plain way (``46346.8``). Parsing decides by the shape of the number.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel import Locale
from babel.numbers import format_decimal

__all__ = ["NumberFormatError", "format_number", "parse_number"]

_LOCALE = Locale.parse("vi_VN")
_GROUPED_DOTS = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_GROUPED_COMMAS = re.compile(r"^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$")
_DECIMAL_COMMA = re.compile(r"^\d+,\d+$")
_DECIMAL_DOT = re.compile(r"^\d+\.\d+$")
_PLAIN = re.compile(r"^\d+$")


class NumberFormatError(ValueError):
    """Raised when text is not a number in any accepted notation."""


def parse_number(text: str) -> float:
    """Parse ``46.346,8``, ``46346.8``, ``133,33``, ``02``, ``1.000`` into a float.

    A single dot followed by exactly three digits (``1.000``) is a thousands separator, as
    in Vietnamese print; ``1.5`` is a decimal point.
    """
    raw = text.strip().replace("\u00a0", "").replace(" ", "")
    sign = -1.0 if raw.startswith(("-", "−")) else 1.0
    raw = raw.lstrip("+-−")
    if _PLAIN.match(raw):
        normal = raw
    elif _GROUPED_DOTS.match(raw):
        normal = raw.replace(".", "").replace(",", ".")
    elif _DECIMAL_COMMA.match(raw):
        normal = raw.replace(",", ".")
    elif _GROUPED_COMMAS.match(raw):
        normal = raw.replace(",", "")
    elif _DECIMAL_DOT.match(raw):
        normal = raw
    else:
        raise NumberFormatError(text)
    try:
        return sign * float(Decimal(normal))
    except InvalidOperation as exc:  # pragma: no cover - guarded by the patterns above
        raise NumberFormatError(text) from exc


@lru_cache(maxsize=8192)
def format_number(value: float, max_decimals: int = 2) -> str:
    """``46346.8`` → ``46.346,8``; integers print without decimals."""
    if value == int(value):
        return format_decimal(int(value), locale=_LOCALE)
    pattern = "#,##0." + "#" * max_decimals
    return format_decimal(value, format=pattern, locale=_LOCALE)
