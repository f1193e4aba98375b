"""Numbers in a sentence that can be figures, with their units; the rest set aside.

Most digits in a report are not figures: dates, document numbers ("Nghị quyết số 03",
"01-NQ/TU", "ISO 9001:2015"), ordinals ("mức độ 3", "tiêm mũi 3", "Trung ương 4"), ages
and doses ("12 tuổi", "2 mũi"), years and terms ("nhiệm kỳ 2020 - 2025"), list markers
("1]"), names ("Rạch Miễu 2", "Covid-19", "4G/5G"). They are told apart by their
neighbours, never by their value alone. A bracket may hold figures ("(33 tổ chức cơ sở đảng
và 37 chi bộ tổ dân phố)", "(đạt 100% so với Nghị quyết)"), which are read like the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extraction.folding import lower_aligned
from bot.numbers import NumberFormatError, parse_number

__all__ = ["COUNT_WORDS", "Quantity", "find_quantities"]

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_DENOMINATOR = re.compile(r"\s?/\s?(\d+(?:[.,]\d+)*)")
_DAY_RANGE_AFTER = re.compile(r"\s*[-–]\s*\d{1,2}/(\d{1,2})(?:/\d{4})?(?![\d/])")
_LAST_DAY, _LAST_MONTH = 31, 12
_OUT_OF_TOTAL = re.compile(r"\s+trong\s+tổng\s+số\s+(\d+(?:[.,]\d+)*)(?=\s+[^\W\d_])")
# Read on the lower-case NFC text: folded, "đồng" (money) would also match "động", "dòng".
# After a scale, "32 triệu động", "35 triệu động/người/năm" is money mistyped.
_SUFFIX = re.compile(
    r"\s*(?:(?P<pct>%|phần trăm(?!\w))"
    r"|(?P<scale>nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?!\w)"
    r"(?:\s*(?P<money>đồng|vnđ|vnd|đ|động(?=\s*(?:/|[.,;:)]|$)))(?!\w))?"
    r"|(?P<money_only>đồng|vnđ|vnd)(?!\w)(?!\s+(?:chí|bào|ruộng|thời|tình|loạt|bộ|đội|hương"
    r"|minh|nghiệp|thuận|khởi|hành|lòng|ý)(?!\w)))"
)
# "43 hộ nghèo/2.254 hộ": a count, then the whole it is out of, each with its own noun. The
# count keeps its noun ("hộ nghèo" names it); the whole is read as an aside, not a figure,
# but for one noun on both sides ("106 xã/150 xã") it is the whole of an x/y.
_NOUN_OVER_WHOLE = re.compile(
    r"\s+(?P<noun>[^\W\d_]+)(?P<more>(?:\s+[^\W\d_]+){0,3})\s*/\s*(?P<whole>\d+(?:[.,]\d+)*)"
    r"\s+(?P=noun)(?!\w)"
)
# "26 xã trong tổng số 122 xã": units counted out of all of them, one noun on both sides.
_UNITS_OUT_OF_TOTAL = re.compile(
    r"\s+(?P<noun>xã|phường|huyện|thôn|ấp|bản|trường)\s+trong\s+tổng\s+số\s+"
    r"(?P<whole>\d+(?:[.,]\d+)*)\s+(?P=noun)(?!\w)"
)
# "dân số trên 90 vạn người": a vạn is ten thousand.
_SCALES = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_TIMES_AFTER = re.compile(r"\s*lần(?!\w)")
_MULTIPLYING = frozenset({"tăng", "gấp", "giảm", "hơn", "khoảng", "gần"})
_ALL_OF = re.compile(r"[^.;:]{0,60}?(?<!\w)đều(?!\w)")
_SMALLER_SCALE = re.compile(
    r"\s+(?P<number>\d{1,3}(?:,\d+)?)\s*(?P<scale>triệu|nghìn|ngàn)(?!\w)"
    r"(?:\s*(?P<money>đồng|vnđ|vnd|đ)(?!\w))?"
)
# "Covid – 19", "Rạch Miễu - 2": a name's number after a dash.
_NAME_DASH = re.compile(r"[A-ZĐ][^\W\d_]*\s*[-–]\s*$")
_LIST_BEFORE = re.compile(r"(\d+)\s*(?:,|và|hoặc)\s*$")
# "32 xã thuộc khu vực 1, 27 xã thuộc khu vực 2": a count after a label, not another label.
_COUNTED_NOUN_AFTER = re.compile(
    r"\s+(?:xã|phường|thị\s+trấn|huyện|thôn|ấp|bản|hộ|người|đảng\s+viên|chi\s+bộ|sản\s+phẩm"
    r"|tiêu\s+chí|trường|đơn\s+vị)(?!\w)"
)
_MEASURE = re.compile(
    r"\s*(km\s2(?![\d]|[.,]\d)|m\s2(?![\d]|[.,]\d)|m2|m²|m3|m³|km2|km²|km|ha|hécta|héc-ta|hec-ta"
    r"|héc\s+ta|kg|m|mét"
    # "1.800 USD", "1.044/920 triệu USD": a foreign currency, measured as written.
    r"|tấn|usd)(?!\w)"
)
_MEASURE_NAMES = {
    "km 2": "km²",
    "m 2": "m²",
    "m2": "m²",
    "m²": "m²",
    "m3": "m³",
    "m³": "m³",
    "km2": "km²",
    "km²": "km²",
    "km": "km",
    "ha": "ha",
    "hécta": "ha",
    "héc-ta": "ha",
    "hec-ta": "ha",
    "héc ta": "ha",
    "kg": "kg",
    "m": "m",
    "mét": "m",
    "tấn": "tấn",
    "usd": "USD",
}
_PER_UNIT = re.compile(r"(?:\s*/\s*[^\W\d_]+)+")
# "đạt 3, 4 sao": the first grade of a list of grades.
_GRADES_AFTER = re.compile(r"\s*(?:,|và|hoặc|-|–)\s*\d{1,2}\s*sao(?!\w)")
# "35.864 ngày công" is work given, not a duration.
_NOT_A_FIGURE_AFTER = re.compile(
    r"\s*(?:tuổi|mũi|tháng|năm|ngày(?!\s+công)|giờ|phút|giây|lần|sao|buổi|đợt|khóa|khoá|nhiệm kỳ|kỳ"
    r"|quý|tuần|tiết|thế hệ|độ|cấp)(?!\w)"
)
_RANGE_AFTER = re.compile(r"\s*(?:den|toi|-|–)\s*(?:duoi|tren|hon|khoang|gan)?\s*\d")
_LOWER_BOUND_AFTER = re.compile(r"\s*(?:%\s*)?tro (?:len|xuong)")
_YEAR_RANGE_AFTER = re.compile(r"\s*[-–]\s*(?:19|20)\d\d(?!\d)")
_YEAR_RANGE_BEFORE = re.compile(r"(?:19|20)\d\d\s*[-–]\s*$")
_MASKS = tuple(
    re.compile(p)
    for p in (
        r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}",
        r"\d{1,2}-\d{1,2}-\d{4}",
        r"(?<![\d.,])\d{1,2}\.\d{1,2}\.\d{4}(?![\d])",
        r"(?<![\d.,/])\d{1,2}\s*[/-]\s*(?:19|20)\d\d(?!\d)",
        r"(?:ngay|sang|chieu|toi|dem|hom)\s+(?:ngay\s+)?\d{1,2}\s*/\s*\d{1,2}",
        # "chiều 21.5, Đại hội …": a day and month written with a dot.
        r"(?:ngay|sang|chieu|toi|dem|trua)\s+\d{1,2}\.\d{1,2}(?!\d|[.,]\d)",
        r"\d{1,2}\s*(?:h|:)\s*\d{2}(?!\d)",
        # "Hôm nay (31/7)": a day and month in brackets.
        r"\(\s*\d{1,2}\s*/\s*\d{1,2}\s*\)",
        r"\d+\s*:\s*\d+",
        # "Trong 2 ngày 27 và 28/5": the days of a meeting.
        r"ngay\s+\d{1,2}(?:\s*(?:,|va)\s*\d{1,2})+\s*/\s*\d{1,2}",
    )
)
_WORD = re.compile(r"\w+")
_CLAUSE_STOP = re.compile(r"[;:!?()“”\"]|[.,](?=\s)")
_CLAUSE_OPENERS = ',;:(“"–-…'

# Words after which a number is a label, not an amount: "số 03", "mũi 3", "quý 2",
# "mức độ 4", "Nghị quyết 03", "Trung ương 4", "khu phố 2"…
_LABEL_ONE = frozenset(
    {
        "số",
        "mũi",
        "khóa",
        "khoá",
        "thứ",
        "đợt",
        "quý",
        "tháng",
        "ngày",
        "năm",
        "kỳ",
        "điều",
        "khoản",
        "chương",
        "nhóm",
        "loại",
        "ấp",
        "tổ",
        "khóm",
        "khu",
        "thôn",
        "phường",
        "quận",
        "lô",
        "mục",
        "hạng",
        "top",
        "bước",
        "lần",
        "trang",
        "câu",
        "cầu",
        "kênh",
        "lộ",
        "hiệu",
        "tuổi",
        "thoại",
        "hotline",
        "fax",
    }
)
_LABEL_TWO = frozenset(
    {
        "mức độ",
        "cấp độ",
        "giai đoạn",
        "nhiệm kỳ",
        "khu phố",
        "dân phố",
        "khu vực",
        "kỳ họp",
        "lần thứ",
        "nghị quyết",
        "chỉ thị",
        "quyết định",
        "kết luận",
        "kế hoạch",
        "chương trình",
        "thông tư",
        "thông báo",
        "công văn",
        "trung ương",
        "tỉnh lộ",
        "quốc lộ",
        "huyện lộ",
        "hương lộ",
        "đường tỉnh",
        "tuyến số",
    }
)
_COUNT_BEFORE_SO = frozenset({"tổng", "dân", "trong"})
_LEVEL_AFTER_CAP = frozenset({"tỉnh", "huyện", "xã", "thành", "phố", "cơ", "sở", "ương"})
_YEAR_BEFORE = frozenset(
    {
        "năm",
        "đến",
        "từ",
        "đoạn",
        "kỳ",
        "khóa",
        "khoá",
        "cuối",
        "đầu",
        "trong",
        "sau",
        "trước",
        "vào",
        "tết",
        "xuân",
        "mùa",
        "hết",
        "tới",
        "độ",
        "nhìn",
    }
)
_APPROX_ONE = frozenset({"gần", "khoảng", "hơn", "trên", "dưới", "chừng", "tầm", "ngót", "ước"})
_APPROX_TWO = frozenset({"xấp xỉ", "ước đạt", "ước tính", "ước khoảng", "gần như", "trên dưới"})


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number that may be a figure; ``amount`` includes its scale word (4 ngàn → 4000),
    ``written`` is the number as the article writes it; ``upper`` ends a range ("10-12%")."""

    start: int
    end: int
    amount: float
    denominator: float | None
    percent: bool
    money: bool
    scaled: bool
    measure: str | None
    approximate: bool
    written: float = 0.0
    upper: float | None = None
    #: Stated in words ("không còn hộ nghèo" is 0 hộ nghèo): a figure only where an
    #: indicator counts the noun that follows.
    in_words: bool = False


def _masked(folded: str) -> list[tuple[int, int]]:
    return [m.span() for pattern in _MASKS for m in pattern.finditer(folded)]


def _words_before(lower: str, position: int) -> list[str]:
    """The words just before ``position`` in its own clause: "chữ ký số; 98%" is no "số 98"."""
    window = lower[max(0, position - 60) : position]
    stops = list(_CLAUSE_STOP.finditer(window))
    return _WORD.findall(window[stops[-1].end() :] if stops else window)


_CAPITALISED_NOUNS = frozenset({"Đảng"})


def _proper_noun_before(text: str, position: int) -> bool:
    """The word before is capitalised mid-clause: the number belongs to a name."""
    before = text[:position].rstrip()
    word = re.search(r"(\w+)$", before)
    if not word or not word.group(1)[0].isupper() or word.group(1).isdigit():
        return False
    if word.group(1) in _CAPITALISED_NOUNS:
        # "đưa ra khỏi Đảng 7 trường hợp": the Party is written with a capital, no name.
        return False
    rest = before[: word.start()].rstrip()
    return bool(rest) and rest[-1] not in _CLAUSE_OPENERS


def _is_label(words: list[str]) -> bool:
    if not words:
        return False
    last = words[-1]
    if last == "số":
        return len(words) < 2 or words[-2] not in _COUNT_BEFORE_SO
    if len(words) >= 2 and words[-2] == "cấp" and last in _LEVEL_AFTER_CAP:
        return True
    return last in _LABEL_ONE or (len(words) >= 2 and f"{words[-2]} {last}" in _LABEL_TWO)


def _approximate(words: list[str], folded_after: str) -> bool:
    if words and words[-1] in _APPROX_ONE:
        return True
    if len(words) >= 2 and f"{words[-2]} {words[-1]}" in _APPROX_TWO:
        return True
    return bool(words and words[-1] == "từ" and _LOWER_BOUND_AFTER.match(folded_after))


def _parse(raw: str) -> float | None:
    try:
        return parse_number(raw)
    except NumberFormatError:
        return None


def _is_year(value: float, raw: str, words: list[str], folded: str, start: int, end: int) -> bool:
    if not raw.isdigit() or not _FIRST_YEAR <= value <= _LAST_YEAR:
        return False
    if words and words[-1] in _YEAR_BEFORE:
        return True
    if _YEAR_RANGE_AFTER.match(folded, end) or _YEAR_RANGE_BEFORE.search(folded[:start]):
        return True
    after = folded[end:].lstrip()
    return not after or after[0] in ",.;:)…"


_HYPHEN_RANGE = re.compile(r"[-–](\d+(?:[.,]\d+)*)")
# "kết nạp 12-13 đảng viên mới", "12-15 xã đạt chuẩn": a range of a count, its noun after.
_COUNTED_AFTER_RANGE = re.compile(
    r"\s+(?:xã|phường|thôn|bản|ấp|hộ|người|đảng\s+viên|chi\s+bộ|sản\s+phẩm|tiêu\s+chí"
    r"|chỉ\s+tiêu|doanh\s+nghiệp|hợp\s+tác\s+xã|lao\s+động)(?!\w)"
)
_FIRST_YEAR, _LAST_YEAR = 1900, 2100


def _hyphen_range(
    text: str, lower: str, folded: str, start: int, end: int
) -> tuple[Quantity, int] | None:
    """ "10-12%", "5-10 tỷ đồng", "12-15 xã": a range whose high end carries the unit or is
    followed by what it counts. Without either ("28-4", "2020-2025") the pair is a date, a
    term or a code, and is no range."""
    found = _HYPHEN_RANGE.match(folded, end)
    if found is None:
        return None
    low, high = _parse(folded[start:end]), _parse(found.group(1))
    if low is None or high is None or high <= low:
        return None
    suffix = _SUFFIX.match(lower, found.end())
    if suffix is None:
        if _COUNTED_AFTER_RANGE.match(lower, found.end()) is None or (
            _FIRST_YEAR <= high <= _LAST_YEAR
        ):
            # "giai đoạn 2021-2025 xã đã …": a term, not a count.
            return None
        return _ranged(start, found.end(), low, high, None), found.end()
    return _ranged(start, suffix.end(), low, high, suffix), suffix.end()


def _ranged(
    start: int, end: int, low: float, high: float, suffix: re.Match[str] | None
) -> Quantity:
    scale = suffix.group("scale") if suffix else None
    return Quantity(
        start=start,
        end=end,
        amount=low * _SCALES.get(scale or "", 1.0),
        denominator=None,
        percent=bool(suffix and suffix.group("pct")),
        money=bool(suffix and (suffix.group("money") or suffix.group("money_only"))),
        scaled=scale in ("triệu", "tỷ", "tỉ"),
        measure=None,
        approximate=True,
        written=low,
        upper=high,
    )


# "không còn hộ nghèo", "giảm hết hộ nghèo", "xóa hết nhà tạm": none left of what follows.
_NONE_LEFT = re.compile(
    r"(?<!\w)(?:không\s+còn|không\s+có|giảm\s+hết|xóa\s+hết|xoá\s+hết)(?=\s+[^\W\d_])"
)


# "không còn hộ nghèo và cận nghèo", "…, hộ cận nghèo": none left of the near-poor either.
# "6 hộ nghèo và cận nghèo", "không còn hộ nghèo, hộ cận nghèo": the two grades together.
POOR_AND_NEAR_POOR = re.compile(
    r"(?<!\w)hộ\s+nghèo\s*(?:,|và)\s*(?P<near>(?:hộ\s+)?cận\s+nghèo)(?!\w)"
)


def _none_left(lower: str) -> list[Quantity]:
    found = []
    for m in _NONE_LEFT.finditer(lower):
        found.append(
            Quantity(m.start(), m.end(), 0.0, None, False, False, False, None, False, in_words=True)
        )
        after = len(lower) - len(lower[m.end() :].lstrip())
        if after > m.end() and (too := POOR_AND_NEAR_POOR.match(lower, after)):
            # Placed on the space before "cận nghèo", outside the phrase it counts.
            at = too.start("near") - 1
            found.append(
                Quantity(at, at, 0.0, None, False, False, False, None, False, in_words=True)
            )
    return found


# Counts from two to ten as pages write them in words.
_TWO_TO_TEN = ("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
COUNT_WORDS = {word: count for count, word in enumerate(_TWO_TO_TEN, 2)}
# "sáp nhập ba đơn vị hành chính", "thông qua … bốn khâu đột phá", "có ba xã đạt chuẩn": a
# count in words of what a unit has or is made of ("một" and "năm", also "a" and "year", and
# "chín", also "ripe", are left out); units counted in words only after "có" or a merging
# ("hai xã Hà Mòn và Đăk Mar" names the communes, "thứ hai" is a rank).
_WORD_COUNTS = {w: n for w, n in COUNT_WORDS.items() if w not in ("năm", "chín")}
_COUNT_WORD = r"(?<![\w.,])(?<!thứ\s)(" + "|".join(_WORD_COUNTS) + ")"
_COUNTED_IN_WORDS = re.compile(
    _COUNT_WORD + r"(?=\s+(?:đơn\s+vị\s+hành\s+chính|khâu\s+đột\s+phá|đột\s+phá|chỉ\s+tiêu"
    r"|tiêu\s+chí|nhiệm\s+vụ|sản\s+phẩm|chi\s+bộ|đảng\s+bộ|công\s+trình|dự\s+án|mô\s+hình"
    r"|tập\s+thể|cá\s+nhân|đồng\s+chí|đại\s+biểu)(?!\w))",
    re.IGNORECASE,
)
_UNITS_IN_WORDS = re.compile(
    r"(?<!\w)(?:có|sáp\s+nhập(?:\s+nguyên\s+trạng)?)\s+"
    + _COUNT_WORD
    + r"(?=\s+(?:xã|huyện|thôn|ấp|bản|phường)(?!\w))",
    re.IGNORECASE,
)


def _counts_in_words(text: str) -> list[Quantity]:
    found = [*_COUNTED_IN_WORDS.finditer(text), *_UNITS_IN_WORDS.finditer(text)]
    return [
        Quantity(m.start(1), m.end(1), float(n), None, False, False, False, None, False, written=n)
        for m in found
        if (n := _WORD_COUNTS[m.group(1).lower()])
    ]


def find_quantities(
    text: str, folded: str, unit_name_ends: frozenset[int] = frozenset()
) -> list[Quantity]:
    """Candidate figures of one sentence (NFC ``text`` and its aligned fold).

    A number right after a capitalised name belongs to the name ("Khu phố 3"), unless the
    name is a unit's, ending at one of ``unit_name_ends`` ("…, Mỏ Cày Nam 121, Giồng Trôm
    120"): then it is that unit's item of a list."""
    lower = lower_aligned(text)
    masks = _masked(folded)
    found: list[Quantity] = [*_none_left(lower), *_counts_in_words(text)]
    consumed = 0
    for match in _NUMBER.finditer(folded):
        start, end = match.span()
        if start < consumed:
            continue
        quantity, consumed_to = _read(text, lower, folded, start, end, masks, unit_name_ends)
        consumed = max(consumed, consumed_to)
        if quantity is not None:
            found.append(quantity)
    return sorted(found, key=lambda q: q.start)


def _read(
    text: str,
    lower: str,
    folded: str,
    start: int,
    end: int,
    masks: list[tuple[int, int]],
    unit_name_ends: frozenset[int] = frozenset(),
) -> tuple[Quantity | None, int]:
    """Read the quantity whose number is ``folded[start:end]``; also return where it ends."""
    if any(a <= start < b for a, b in masks):
        return None, end
    before = folded[start - 1] if start else " "
    if before.isalnum() or before in "-_/:.":
        return None, end
    value = _parse(folded[start:end])
    if value is None:
        return None, end
    days = _DAY_RANGE_AFTER.match(folded, end)
    if days and value <= _LAST_DAY and int(days.group(1)) <= _LAST_MONTH:
        # "Trong 2 ngày, 8 – 9/6 Đảng bộ xã …": the days of a month, no figure.
        return None, days.end()
    raw, denominator = folded[start:end], None
    ratio = _DENOMINATOR.match(folded, end)
    if ratio and not folded[ratio.end() : ratio.end() + 1].isalpha():
        denominator = _parse(ratio.group(1))
        if denominator is None:
            return None, ratio.end()
        end = ratio.end()
    elif out_of := _OUT_OF_TOTAL.match(lower, end):
        # "160 trong tổng số 178 xã": an x/y written out.
        denominator = _parse(out_of.group(1))
        end = out_of.end() if denominator is not None else end
    consumed = end
    if denominator is None and (whole := _NOUN_OVER_WHOLE.match(lower, end)):
        consumed = whole.end()
        if not whole.group("more"):
            # "106 xã/150 xã": the same noun over its whole is an x/y.
            denominator = _parse(whole.group("whole"))
    elif denominator is None and (whole := _UNITS_OUT_OF_TOTAL.match(lower, end)):
        # "26 xã trong tổng số 122 xã": units counted out of all of them, an x/y.
        consumed = whole.end()
        denominator = _parse(whole.group("whole"))
    following = folded[end : end + 1]
    if following == "]" or (following == ")" and "(" not in text[:start]):
        return None, end
    if following in ("-", "–") and (ranged := _hyphen_range(text, lower, folded, start, end)):
        return ranged
    if following and following in "-–:/" and folded[end + 1 : end + 2].isalnum():
        return None, end
    measure_match = _MEASURE.match(lower, end)
    if following.isalpha() and not (measure_match and measure_match.start() == end):
        return None, end
    suffix = _SUFFIX.match(lower, end)
    percent = bool(suffix and suffix.group("pct"))
    scale = suffix.group("scale") if suffix else None
    money = bool(suffix and (suffix.group("money") or suffix.group("money_only")))
    measure = None
    unit_end = suffix.end() if suffix else end
    if not suffix and measure_match:
        measure = _MEASURE_NAMES[" ".join(measure_match.group(1).split())]
        unit_end = measure_match.end()
    elif (
        scale and not money and not percent and (scaled_measure := _MEASURE.match(lower, unit_end))
    ):
        # "diện tích tự nhiên 4,8 ngàn ha": a measure after its scale word.
        measure = _MEASURE_NAMES[" ".join(scaled_measure.group(1).split())]
        unit_end = scaled_measure.end()
    if money or measure:
        per_unit = _PER_UNIT.match(text, unit_end)
        unit_end = per_unit.end() if per_unit else unit_end
    words = _words_before(lower, start)
    if value == 1 and measure == "ha" and words[-1:] in (["trên"], ["mỗi"], ["quân"]):
        # "giá trị sản phẩm trên 1ha đất trồng trọt", "thu nhập bình quân 1ha canh tác": the
        # unit a value is per.
        return None, unit_end
    upper = None
    if _RANGE_AFTER.match(folded, unit_end):
        # "10-12%", "từ 45 đến hơn 50 triệu": the range's low end, its unit written after
        # the high end.
        next_number = _NUMBER.search(folded, unit_end)
        if next_number is None or denominator is not None:
            return None, next_number.end() if next_number else unit_end
        upper = _parse(next_number.group())
        high = _read(text, lower, folded, next_number.start(), next_number.end(), masks)[0]
        if upper is None or high is None or high.amount < value:
            return None, next_number.end()
        scale_factor = high.amount / upper if upper else 1.0
        return Quantity(
            start=start,
            end=high.end,
            amount=value * scale_factor,
            denominator=None,
            percent=high.percent,
            money=high.money,
            scaled=high.scaled,
            measure=high.measure,
            approximate=True,
            written=value,
            upper=upper,
        ), high.end
    plain = not (percent or scale or money or measure)
    # "Ninh Sơn 2.638 hộ", "(Thanh An 0,3%": a unit's item in a list, not a name's number.
    item = percent or denominator is not None or _COUNTED_NOUN_AFTER.match(lower, unit_end)
    named = (
        _proper_noun_before(text, start)
        and not item
        and len(text[:start].rstrip()) not in unit_name_ends
    )
    # "tăng bình quân hằng năm 15,6%": a period, then its rate; "năm 2" names a year.
    per_period = percent and words[-1:] in (["năm"], ["tháng"], ["quý"])
    if (_is_label(words) and not per_period) or named or _NAME_DASH.search(text, 0, start):
        return None, unit_end
    listed = _LIST_BEFORE.search(lower[:start])
    if (
        plain
        and denominator is None
        and listed
        and len(listed.group(1)) < 4
        and _is_label(_words_before(lower, listed.start()))
        and not _COUNTED_NOUN_AFTER.match(lower, end)
    ):
        # "mức độ 3, 4": the second number continues the first one's list of labels.
        return None, unit_end
    times = _TIMES_AFTER.match(lower, end)
    if plain and denominator is None and times and words and words[-1] in _MULTIPLYING:
        # "tăng 1,5 lần so với đầu nhiệm kỳ", "gấp 3 lần": by how many times it grew.
        measure, unit_end = "lần", times.end()
    elif (
        plain
        and denominator is None
        and (
            _NOT_A_FIGURE_AFTER.match(lower, end)
            or _GRADES_AFTER.match(lower, end)
            or _is_year(value, raw, words, folded, start, end)
        )
    ):
        return None, unit_end
    amount = value * _SCALES[scale] if scale else value
    if (
        plain
        and denominator is None
        and words
        and words[-1] == "cả"
        and _ALL_OF.match(lower, unit_end)
    ):
        # "Cả 3 trường học trên địa bàn xã đều đạt chuẩn": all of them, 3/3.
        denominator = value
    if scale in _SCALES and (rest := _SMALLER_SCALE.match(lower, unit_end)):
        # "70 tỷ 265 triệu đồng" is one amount: 70,265 tỷ đồng.
        smaller = _SCALES[rest.group("scale")]
        part = _parse(rest.group("number"))
        if part is not None and smaller < _SCALES[scale] and part * smaller < _SCALES[scale]:
            amount += part * smaller
            value = amount / _SCALES[scale]
            money = money or bool(rest.group("money"))
            unit_end = rest.end()
    return Quantity(
        start=start,
        end=unit_end,
        amount=amount,
        denominator=denominator,
        percent=percent,
        money=money,
        scaled=scale in ("triệu", "tỷ", "tỉ"),
        measure=measure,
        approximate=_approximate(words, folded[unit_end:]),
        written=value,
    ), max(unit_end, consumed)
