"""Vietnamese text helpers: normalisation and folding for search.

Text reaches us composed (NFC) or decomposed (NFD); everything is normalised to NFC
before it is stored or compared, and folded (no tone or vowel marks, đ → d, lower case,
no spaces) before it is matched.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "clean_input",
    "fold",
    "fold_words",
    "nfc",
    "split_camel_case",
    "strip_unit_prefix",
]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")

# Administrative prefixes people type before a name; longest first so "thị trấn"
# wins over "thị", and "tt"/"p." abbreviations are recognised.
_UNIT_PREFIXES = (
    "thanh pho",
    "thi tran",
    "thi xa",
    "phuong",
    "huyen",
    "quan",
    "tinh",
    "xa",
    "tp",
    "tt",
    "tx",
    "p",
    "q",
    "h",
    "x",
)
_PREFIX_RE = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in _UNIT_PREFIXES) + r")(?:\.\s*|\s+)",
)


# Letters that look like Vietnamese ones and are typed for them: the Icelandic eth "Ð"
# (U+00D0) for "Đ" in "Ðắk D’rông".
_LOOKALIKES = str.maketrans({"\u00d0": "Đ", "\u00f0": "đ"})


def nfc(text: str) -> str:
    """Return ``text`` in composed Unicode form (NFC), look-alike letters made Vietnamese."""
    return unicodedata.normalize("NFC", text).translate(_LOOKALIKES)


def clean_input(text: str, max_length: int = 200) -> str:
    """NFC, without control or zero-width characters, squeezed spaces, at most ``max_length``."""
    text = _CONTROL.sub(" ", nfc(text))
    return " ".join(text.split())[:max_length]


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


@lru_cache(maxsize=65536)
def fold_words(text: str) -> str:
    """Lower case, no diacritics, đ → d, words separated by single spaces."""
    plain = _strip_marks(nfc(text)).lower()
    return " ".join(_NON_ALNUM.sub(" ", plain).split())


def fold(text: str) -> str:
    """Search key: :func:`fold_words` without the spaces (``Mỹ Thạnh`` → ``mythanh``)."""
    return fold_words(text).replace(" ", "")


def split_camel_case(text: str) -> str:
    """``MyThanh`` → ``My Thanh``; ``GiồngTrôm`` → ``Giồng Trôm``; other text unchanged."""
    text = nfc(text)
    # Vietnamese capitals and small letters interleave in Unicode, so no regex range
    # separates them: ask each character instead.
    out: list[str] = []
    for previous, current in zip(" " + text, text, strict=False):
        if current.isupper() and previous.islower():
            out.append(" ")
        out.append(current)
    return "".join(out)


def strip_unit_prefix(text: str) -> str:
    """Drop an administrative prefix (``xã``, ``phường``, ``TT.``, ``huyện`` …) from a name.

    Works on folded words; returns the folded words of the rest. A name that is only a
    prefix ("Xã") is returned unchanged.
    """
    words = fold_words(split_camel_case(text))
    stripped = _PREFIX_RE.sub("", words, count=1)
    return stripped or words
