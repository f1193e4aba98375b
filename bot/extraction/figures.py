"""Which indicator a number measures, read from the catalog phrases around it.

Vietnamese puts the counted noun right after the number ("245 đảng viên", "60% hồ sơ
công việc …") or names the measure first and joins it with a verb ("tỷ lệ hộ nghèo còn
1,2%", "diện tích giải tỏa 46.346,8m2", "tổng số đảng viên … là 255 đồng chí"). Each
reading is scored; the best one whose kind, unit and range fit the number wins. A number
that nothing fits is not a figure. Coordinated numbers share their verb or predicate
("thành lập mới 350 doanh nghiệp và 65 hợp tác xã", "30 doanh nghiệp và 3 hợp tác xã thành
lập mới"); a number after "trong đó" that counts what was just counted is a part, not a total.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.domain.catalog import Catalog, Indicator
from bot.extraction.folding import lower_aligned
from bot.extraction.meaning import (
    APPROXIMATORS,
    ASSIGNED,
    COMMITTEES,
    GRADE_AFTER,
    PER_HOLDER_AFTER,
    RAISED_TO,
    RANKING,
    SUBSIDY_BEFORE,
    acted_on,
    cells_of_party_bodies,
    fell_below,
    figure_kind,
    is_classifier,
    label_after,
    moved_year,
    names_a_sector,
    narrowed_after,
    starts_a_move,
    within_a_sector,
)
from bot.extraction.phrases import PhraseIndex, PhraseMatch
from bot.extraction.quantities import POOR_AND_NEAR_POOR, Quantity

__all__ = ["Leftover", "Reading", "clause_starts", "read_figures", "same_ratio"]

_WORD = re.compile(r"\w+")
_FILLERS = frozenset({"các", "những", "mỗi", "tổng", "số", "gồm"})
_CLASSIFIER_IS = (["đồng", "chí", "là"], ["người", "là"])
# Indicators whose phrase names the people a share is of ("dân số"), not what it measures.
_HOLDER_KEYS = frozenset({"dan_so"})
_APPROX = APPROXIMATORS | {"tối", "thiểu", "ít", "nhất", "tổng", "cộng", "bình", "quân", "trung"}
_LINKS = frozenset(
    {
        "đạt",
        "là",
        "có",
        "còn",
        # "tỷ lệ hộ nghèo còn lại 0,91%": what remains.
        "lại",
        "chiếm",
        "được",
        "bằng",
        "tương",
        "ứng",
        "ở",
        "mức",
        "hiện",
        "đã",
        "lên",
        "xuống",
        "tăng",
        "giảm",
        "phủ",
        "thực",
        "đến",
        # "tham gia bảo hiểm y tế lên tới 92%".
        "tới",
        "nay",
        "với",
        "chỉ",
        "mới",
        "tỷ",
        "tỉ",
        "lệ",
    }
)
_LINK_VERBS = frozenset(
    {
        "đạt",
        "là",
        "còn",
        "chiếm",
        "có",
        "bằng",
        "phủ",
        "được",
        "mức",
        "lên",
        "xuống",
        "tăng",
        "giảm",
        "hiện",
    }
)
_CHANGE = frozenset({"tăng", "giảm", "thêm", "bớt"})
# "tăng từ 58 triệu đồng năm 2020 lên 68 …", "tăng từ 85 triệu đồng/ha năm 2010 lên 180 …",
# "từ 32,21% năm 2016 đến nay giảm còn 7,04%": words of the level a measure moved from.
_MOVES = frozenset({"tăng", "giảm", "nâng"})
# "tăng 2,2 lần (từ 39,4 triệu đồng …": a change whose bracket opens on where the move began.
_MOVE_SPELLED = re.compile(r"\s*(?:lần|%)?\s*\(\s*từ\s+\d")
_MOVED_FROM = frozenset(
    {"từ", "triệu", "tỷ", "tỉ", "nghìn", "ngàn", "đồng", "người", "ha", "năm", "lên", "đến", "nay"}
)
# "tỷ lệ hộ nghèo tại các xã đều dưới 5%": a bound that each of several holders keeps under.
_OTHER_HOLDERS = frozenset(
    {"các", "những", "đều", "mỗi", "từng", "xã", "huyện", "tỉnh", "phường", "thôn", "ấp", "bản"}
)
# Words that only place the measure ("của huyện Đồng Phú", "trên địa bàn xã"): a phrase and
# its number may stand on either side of them.
_PLACING = frozenset({"của", "địa", "bàn", "toàn", "tại", "ở"})
_NEGATION_AFTER = re.compile(r"[\s,“”\"]*(?:chưa|không)(?!\w)")
_NUMBER_AFTER = re.compile(r"[\s“”\"]*(?:(?:từ|trên|dưới|gần|khoảng|hơn)\s+)?\d")
_PLAN_SHARE = re.compile(
    r"\s*(?:so(?:\s+với)?\s+)?(?:kế hoạch|kh\b|dự toán|chỉ tiêu|nghị quyết|nq\b|cùng kỳ"
    r"|năm trước|mục tiêu|nhiệm vụ|" + ASSIGNED + ")"
)
_MISSING_AFTER = re.compile(
    # "Còn lại 15 tiêu chí và 42 chỉ tiêu chưa đạt": the list shares what it lacks.
    r"\s*(?:\w+\s+){1,3}?(?:(?:và|,)\s*[\d.,]+\s+(?:\w+\s+){1,3}?)?"
    r"(?:(?:chưa|không)\s+(?:đạt|hoàn thành|có)|còn thiếu)(?!\w)"
)
_MISSING_BEFORE = re.compile(r"(?<!\w)(?:còn thiếu|thiếu|chưa đạt|không đạt)\s*$")
_OPENS_ON_THE_WHOLE = re.compile(r"\W*trong\s+(?:tổng\s+)?số\s+")
_TOTAL_BEFORE = re.compile(r"(?<!\w)trong\s+(?:tổng\s+)?(?:số\s+)?$")
# Between a unit's name and its item: nothing, or a colon ("Tam Đàn: 1,51%").
ITEM_GAP = re.compile(r"\s*:?\s*")
# "Cụ thể, Chư Jút: 2.958 hộ; …": a sentence of items detailing the one before.
_IN_DETAIL = re.compile(r"\s*(?:cụ\s+thể|trong\s+đó)\s*[,:]")
# What opens a list of units' items after the measure: "gồm:", "(", "là", "như".
_ITEMS_OPEN = re.compile(r"(?:(?<!\w)gồm|(?<!\w)là|(?<!\w)như|:|\()[^;]*$")
_HOUSEHOLDS_AFTER = re.compile(r"\s+hộ(?!\w)")
_ANOTHER_YEAR = re.compile(
    r"\(\s*(?:(?:cuối|đầu)\s+)?năm\s+(?:19|20)\d\d\s*(?:là|đạt|là\s+đạt|:)?\s*"
    r"(?:(?:khoảng|gần|hơn|trên)\s+)?"
)
# The units a count of communes, districts or hamlets names after its number.
_UNIT_NOUN = r"(?:xã|phường|huyện|thôn|ấp|bản)"
_COUNT_THEN_SHARE = re.compile(
    r"\s+" + _UNIT_NOUN + r"\s*,\s*chiếm\s+(?:tỷ\s+lệ\s+)?(?:(?:khoảng|gần|hơn)\s+)?"
)
_OF_ALL_UNITS = re.compile(r"\s*(?:tổng\s+)?số\s+" + _UNIT_NOUN + r"(?!\w)")
# "90 xã (bằng …": a count of units, then a bracket giving its share.
_SHARE_ASIDE = re.compile(r"\s+" + _UNIT_NOUN + r"\s*\(\s*(?:(?:bằng|chiếm)\s+)?")
_EQUAL_AFTER = re.compile(
    r"[^;.()]{0,40},\s*tương\s+(?:đương|ứng)(?:\s+với)?\s*(?:(?:khoảng|gần|hơn|trên|từ)\s+)?"
)
_EQUAL_BEFORE = re.compile(r"[^;.]{0,40}\(\s*tương\s+đương(?:\s+với)?\s*")
_CLAUSE_MARK = re.compile(r"[;:…]|,(?=\s)")
# A clause that opens with these continues the measure of the clause before:
# "45 hộ nghèo, chiếm 1,5%", "6.912 hộ nghèo, tương ứng 3,36%", "giảm 0,5%, còn 0,8%",
# "đạt 12.450 tỷ đồng, tăng 8,7%" (a rise is kept only for indicators that are rises,
# such as growth).
_CONTINUES = re.compile(
    # "…, đến năm 2019 giảm xuống chỉ còn 0,09%": the same measure, at a later date.
    r"\s*(?:(?:đến|tới)\s+(?:nay|năm\s+\d{4})\s*,?\s*)?(?:chỉ\s+)?(?:chiếm|còn|giảm|tăng|bằng|nâng|đưa|đạt\s+t[ỷỉ]\s+lệ|tương\s+ứng(?:\s+với)?"
    # "482 hộ nghèo, tỷ lệ 2,11%": the share of what was just counted.
    r"|t[ỷỉ]\s+lệ(?=\s+(?:là\s+)?(?:khoảng\s+|gần\s+|hơn\s+)?\d)"
    # "2.312 hộ gia đình văn hóa, đạt 98,9%": the share of what was just counted; "tốc độ
    # tăng trưởng kinh tế … đạt khá, bình quân 10,5%/năm": its yearly average; "thu nhập …
    # tăng gần 30 triệu đồng so với năm 2014, đạt 63,7 triệu đồng/người/năm": the level.
    r"|(?:đạt|bình\s+quân)(?=\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d[\d.,]*\s*%)"
    r"|đạt(?=\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d[\d.,]*\s*(?:triệu|tỷ|tỉ)\s+đồng\s*/))"
    r"(?!\w)"
)
# "… 168 sản phẩm OCOP, trong đó 4 sản phẩm đạt 4 sao": a part of what was just counted.
_SUBSET = re.compile(r"\s*trong\s+(?:số\s+)?đó(?!\w)")
# "…; trong đó, có 89 đảng viên …, 430 đảng viên …": the parts listed run to the next ";".
_AMONG_THE = re.compile(r"\s*trong\s+số\s+(?:các|những)?\s*[^\W\d_]")
_SUBSET_IN_SEGMENT = re.compile(r"\s*trong\s+(?:số\s+)?đó(?!\w)")
# "Trong đó, có 1 đảng viên …", "Trong số các đảng viên mới kết nạp có 130 …": a sentence
# that lists parts of what the one before counted.
_SENTENCE_SUBSET = re.compile(r"\s*trong\s+(?:số|đó)(?!\w)")
_MAX_FOLLOWING_GAP = 10
_RESTATED_GAP = 12
# "…/năm; phấn đấu hết năm 2017 là ", "… và đến năm 2020 đạt ": only an aim, a date, a link.
_AIM_ONLY = re.compile(
    r"[^;]*?(?:;|\s+và)\s*(?:(?:phấn\s+đấu|dự\s+kiến|mục\s+tiêu)\s+)?"
    r"(?:(?:hết|đến|tới|cuối|vào)\s+)*năm\s+\d{4}\s*,?\s*(?:là|đạt|lên)\s+"
    r"(?:(?:khoảng|gần|hơn|trên)\s+)?"
)
_PARALLEL_LINK = re.compile(r"\s*(?:đạt|là|có|còn|chiếm)\s+(?:(?:khoảng|gần|hơn|trên|dưới)\s+)?")
_MOVES_ON = re.compile(
    r"\s*(?:giảm|tăng)\s+(?:xuống|lên)(?:\s+(?:còn|mức))?(?:\s+(?:khoảng|gần|hơn|trên|dưới))?\s*"
)
# "…, chiếm 54,6% số xã", "…, đạt tỷ lệ 100%": the share an x/y is said as.
_SHARE_VERB = re.compile(
    r"(?<!\w)(?:chiếm|đạt)(?:\s+t[ỷỉ]\s+lệ)?(?:\s+(?:khoảng|gần|hơn|trên))?\s*$"
)
_RESTATED_ERROR = 0.1


_FREQUENCY = frozenset({"hằng", "hàng", "mỗi"})


def _without_frequency(gap: list[str]) -> list[str]:
    """The gap without "hằng năm", "mỗi năm": how often, which links like "bình quân" does
    ("giá trị sản xuất … tăng bình quân hằng năm 12,49%")."""
    kept: list[str] = []
    for word in gap:
        if word == "năm" and kept and kept[-1] in _FREQUENCY:
            kept.pop()
            continue
        if word == "năm" and kept and kept[-1] in ("từng", "các"):
            # "Tỷ lệ hộ nghèo giảm dần theo từng năm từ 8,81%": year by year, how it went.
            kept.pop()
            if kept and kept[-1] in ("theo", "qua"):
                kept.pop()
            continue
        if word == "dần" and kept and kept[-1] in ("giảm", "tăng"):
            continue
        kept.append(word)
    return kept


def same_ratio(value: float, denominator: float, percent: float) -> bool:
    """x/y and a percentage say the same thing ("62/216 hộ" and "28,7%"), to the rounding
    a page writes."""
    return abs(100 * value / denominator - percent) < _RESTATED_ERROR


# The noun right after an x/y, past a bracketed aside ("16/16 (100%) xã"); the predicate
# that a later "đạt" opens.
_NOUN_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?([a-z]+)")
_REACHED = re.compile(r"(?<![a-z])(?:dat|hoan thanh)(?![a-z])")
_PAIR_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?([a-z]+ [a-z]+)")
# Between two coordinated numbers: the first one's noun (up to four words) and "và" or ",".
_COORDINATED = re.compile(r"(?:\s*[a-z]+){1,8}\s*(?:,|\s(?:va|hoac))\s*$")
_NOUN = re.compile(r"[a-z]+")
_WORD_STARTS = re.compile(r"(?<![a-z0-9])(?=[a-z0-9])")
_MAX_SKIPPED_WORDS = 4
_MAX_PRECEDING_GAP = 20
_FRAME_OPEN = re.compile(r"\s*(?:đối\s+với|riêng\s+(?:đối\s+)?với)\s+")
# A bare noun after a number, alone in its clause ("21.101 hộ, chiếm …").
_FRAMED_NOUN = re.compile(r"\s+([a-z]+)\s*(?=[,;.:]|$)")

_MONEY_BASES = (("nghìn đồng", 1e3), ("triệu đồng", 1e6), ("tỷ đồng", 1e9), ("đồng", 1.0))
_MEASURES = {
    ("m²", "m²"): 1.0,
    ("ha", "m²"): 1e4,
    ("km²", "m²"): 1e6,
    ("m²", "ha"): 1e-4,
    ("ha", "ha"): 1.0,
    ("km²", "ha"): 100.0,
    ("km", "km"): 1.0,
    ("kg", "kg"): 1.0,
    ("tấn", "tấn"): 1.0,
    ("kg", "tấn"): 1e-3,
    ("tấn", "kg"): 1e3,
    ("km²", "km²"): 1.0,
    ("ha", "km²"): 1e-2,
    ("m²", "km²"): 1e-6,
}
_MEASURE_UNITS = frozenset(unit for _, unit in _MEASURES)


@dataclass(frozen=True, slots=True)
class Reading:
    """A number read as a value of an indicator."""

    quantity: Quantity
    indicator: Indicator
    value: float
    denominator: float | None
    score: float
    phrase: PhraseMatch | None = None
    kind: str = "total"


@dataclass(frozen=True, slots=True)
class Leftover:
    """A number no catalog indicator takes: what kind it is, where its clause starts."""

    quantity: Quantity
    kind: str
    clause_start: int
    clause_end: int
    after: Reading | None = None


def clause_starts(text: str, protected: Sequence[tuple[int, int]]) -> list[int]:
    """Where clauses begin: after ";", ":", "…" and ", ", outside brackets and phrases."""
    depth, starts = 0, [0]
    marks = {m.start() for m in _CLAUSE_MARK.finditer(text)}
    for index, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        elif index in marks and depth == 0 and not any(a <= index < b for a, b in protected):
            starts.append(index + 1)
    return starts


def _clause_of(starts: list[int], position: int) -> tuple[int, int]:
    """Index of the clause holding ``position`` and its start."""
    index = max(i for i, s in enumerate(starts) if s <= position)
    return index, starts[index]


def _money_base(unit: str) -> float | None:
    return next((base for name, base in _MONEY_BASES if unit.startswith(name)), None)


def _value_for(
    indicator: Indicator, quantity: Quantity, shared: bool = False
) -> tuple[float, float | None] | None:
    """The value (and denominator) ``quantity`` gives ``indicator``, if it can be one;
    ``shared``: the count has a share twin, so "62/216 hộ nghèo" counts 62 of a whole."""
    if indicator.kind == "percent":
        return (quantity.amount, None) if quantity.percent and not quantity.denominator else None
    if quantity.percent:
        return None
    base = _money_base(indicator.unit)
    if base is not None:
        return (quantity.amount / base, None) if quantity.money or quantity.scaled else None
    if quantity.money:
        return None
    if quantity.measure or indicator.unit in _MEASURE_UNITS:
        if quantity.measure is None:
            return (quantity.amount, None) if quantity.denominator is None else None
        factor = _MEASURES.get((quantity.measure, indicator.unit))
        return (quantity.amount * factor, None) if factor else None
    if indicator.kind == "count" and quantity.denominator is not None:
        return (quantity.amount, None) if shared else None
    if (
        indicator.denominator is not None
        and quantity.denominator is not None
        and quantity.denominator > indicator.denominator
    ):
        # "8/25 xã đạt tiêu chí về giao thông" counts communes out of 25, not criteria of 9.
        return None
    return quantity.amount, quantity.denominator or indicator.denominator


_ASIDE = re.compile(r"\([^()]*\)")
# "thu nhập bình quân đầu người tính đến cuối năm 2021 hơn 42 triệu đồng": when the figure
# stands is an aside between a measure and its number.
_TIME_ASIDE = re.compile(
    r"(?<!\w)(?:(?:tính\s+)?(?:đến|tới|hết|vào|trong)\s+)?(?:(?:cuối|đầu|giữa)\s+)?"
    r"(?:(?:\d{1,2}\s+)?tháng\s+(?:đầu\s+|cuối\s+)?(?:\d{1,2}\s*[/-]\s*)?)?năm\s+\d{4}(?!\d)"
)
# "nâng cao thu nhập cho người dân trên địa bàn huyện từ 11,5 triệu đồng": whose it is.
_FOR_PEOPLE = re.compile(r"(?<!\w)cho\s+(?:người\s+dân|nhân\s+dân)(?!\w)")
# "43 hộ nghèo/2.254 hộ, chiếm tỷ lệ 1,91%": the whole a count is out of.
_WHOLE_ASIDE = re.compile(r"/\s*\d+(?:[.,]\d+)*\s+[^\W\d_]+")
# "tỷ lệ hộ nghèo … chỉ còn 37 hộ chiếm tỷ lệ 1,06%", "tổng số hộ nghèo … là 10.781 hộ, chiếm
# tỷ lệ 4,1%", "hộ cận nghèo của huyện là 3.780 hộ, tỷ lệ 11,27%": the count whose share
# follows.
_SHARED_OUT = re.compile(
    r"(?:\s+[^\W\d_]+){1,3},?\s+(?:chiếm(?:\s+tỷ\s+lệ)?|tỷ\s+lệ(?:\s+là)?)\s+(?:khoảng\s+)?$"
)
# "(thu nhập dưới 16 triệu đồng/người/năm)": a bracket defining what is counted by a bound.
_DEFINING_BOUND = re.compile(r"\([^()\d]*(?:dưới|trên|không quá|tối đa|từ)\s+$")
# "xã khu vực I … có 1 trong 2 tiêu chí gồm: có tỷ lệ hộ nghèo dưới 10%", "Hộ cận nghèo ở
# nông thôn là hộ có mức thu nhập bình quân từ 401.000 đồng": a bound that defines a class.
_DEFINES_A_CLASS = re.compile(
    r"(?:(?:tiêu\s+chí|tiêu\s+chuẩn|điều\s+kiện)[^.;:]{0,30}(?:gồm|là|sau)\s*:"
    r"|(?<!\w)là\s+(?:hộ|xã|người|huyện)\s+có(?!\w))[^.;]*(?:dưới|trên|không quá|tối đa|từ)\s+$"
)


class _Sentence:
    """One sentence being read: text, fold, numbers, phrases and clauses."""

    def __init__(
        self,
        text: str,
        folded: str,
        quantities: list[Quantity],
        matches: list[PhraseMatch],
        protected: Sequence[tuple[int, int]],
    ) -> None:
        self.text = text
        self.lower = lower_aligned(text)
        self.folded = folded
        self.quantities = quantities
        #: The numbers as written: a "không còn" stated in words separates no phrase from
        #: its number and joins no list.
        self.numbers = [q for q in quantities if not q.in_words]
        self.matches = matches
        self.protected = list(protected)
        self.starts = clause_starts(text, [*protected, *((m.start, m.end) for m in matches)])

    def clause(self, position: int) -> tuple[int, int]:
        index, start = _clause_of(self.starts, position)
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return start, end

    def words(self, start: int, end: int) -> list[str]:
        return _WORD.findall(self.lower[start:end])

    def gap(self, start: int, end: int) -> list[str]:
        """Words between a phrase and its number, without unit names, placing words and
        asides in brackets ("tỷ lệ hộ nghèo (theo chuẩn mới) còn 3%")."""
        text = list(self.lower[start:end])
        asides = [
            (m.start(), m.end())
            for aside in (_ASIDE, _TIME_ASIDE, _WHOLE_ASIDE, _FOR_PEOPLE)
            for m in aside.finditer(self.lower, start, end)
        ]
        for a, b in [*self.protected, *asides]:
            for i in range(max(a, start), min(b, end)):
                text[i - start] = " "
        return [w for w in _WORD.findall("".join(text)) if w not in _PLACING]

    def another_standard(self, phrase_end: int) -> bool:
        """A phrase ending on the bare standard ("xã đạt chuẩn") names which one only when
        nothing follows it: "100% xã đạt chuẩn an toàn về an ninh" meet another standard."""
        return self.lower.endswith("đạt chuẩn", 0, phrase_end) and narrowed_after(
            self.lower, phrase_end
        )

    def number_between(self, start: int, end: int, own: Quantity) -> bool:
        return any(q is not own and start <= q.start < end for q in self.numbers)

    def level_between(self, start: int, end: int, own: Quantity) -> bool:
        """A number stands between, other than where the measure moved from ("… tăng từ 58
        triệu đồng năm 2020 lên 68 triệu đồng") or a bound defining it ("(thu nhập dưới 16
        triệu đồng)")."""
        return any(
            q is not own
            and start <= q.start < end
            and not starts_a_move(self.lower, q)
            and not _DEFINING_BOUND.search(self.lower, 0, q.start)
            and not _SHARED_OUT.match(self.lower, q.end, end)
            and not self.spells_its_move(q)
            for q in self.numbers
        )

    def spells_its_move(self, change: Quantity) -> bool:
        """ "tăng 2,2 lần (từ 39,4 triệu đồng năm 2015 tăng lên 87,63 triệu đồng …)": a
        change whose bracket spells out where the measure moved from and to."""
        words = self.words(max(0, change.start - 12), change.start)
        spelled = _MOVE_SPELLED.match(self.lower, change.end)
        return bool(words) and words[-1] in _MOVES and spelled is not None


class _Reader:
    def __init__(
        self, catalog: Catalog, index: PhraseIndex, fits: Callable[[Indicator, Quantity], bool]
    ) -> None:
        self.catalog = catalog
        self.index = index
        self.fits = fits

    def _candidate(
        self, key: str, quantity: Quantity, score: float, phrase: PhraseMatch | None = None
    ) -> Reading | None:
        indicator = self.catalog.get(key)
        if indicator is None or not self.fits(indicator, quantity):
            return None
        value = _value_for(indicator, quantity, self.catalog.share_twin(key) is not None)
        if value is None or self.catalog.validate_value(indicator, *value) is not None:
            return None
        return Reading(quantity, indicator, value[0], value[1], score, phrase)

    def slots(self, s: _Sentence, q: Quantity, start: int) -> list[Reading]:
        befores = [s.folded[start : q.start]]
        listed = ""
        if (first := _coordinated_before(s, q)) is not None:
            # "thành lập mới 350 doanh nghiệp và 65 hợp tác xã": the verb serves both.
            if first.start >= start:
                befores.append(s.folded[start : first.start])
            # "khen thưởng 2 chi bộ …, 48 cá nhân …": an action verb serves the whole list,
            # across its commas ("đạt 19/19 tiêu chí, 35/35 chỉ tiêu" may count other things).
            while (earlier := _coordinated_before(s, first)) is not None:
                first = earlier
            listed = s.folded[s.clause(first.start)[0] : first.start]
        found = []
        for slot in self.index.slots:
            flow = bool((indicator := self.catalog.get(slot.key)) and indicator.flow)
            before_ok = slot.before is None or any(
                slot.before.search(b) for b in [*befores, *([listed] if flow else [])]
            )
            after = slot.after.match(s.folded, q.end) if slot.after else None
            if before_ok and (slot.after is None or after):
                # The noun the slot names after the number ("đạt # chỉ tiêu"), which words
                # after it may narrow ("177 chỉ tiêu xây dựng nông thôn mới").
                noun = (
                    PhraseMatch(slot.key, after.start(), after.end(), slot.words, False)
                    if after
                    else None
                )
                reading = self._candidate(slot.key, q, 100 + slot.words, noun)
                if reading:
                    found.append(reading)
        return found

    def following(self, s: _Sentence, q: Quantity, end: int) -> list[Reading]:
        by_start: dict[int, list[PhraseMatch]] = {}
        for match in s.matches:
            if q.end <= match.start < end:
                by_start.setdefault(match.start, []).append(match)
        found = []
        for start in sorted(by_start):
            if s.number_between(q.end, start, q):
                break
            gap = s.words(q.end, start)
            if len(gap) > _MAX_FOLLOWING_GAP:
                break
            # "123 đồng chí là đảng viên đại diện …": the classifier says what they are next.
            adjacent = all(w in _FILLERS for w in gap) or gap in _CLASSIFIER_IS
            if not adjacent and not q.percent and q.denominator is None:
                # A count names what it counts right after it; a share or an x/y may say
                # what its subject became further on ("60% dữ liệu … được số hóa",
                # "9/9 thôn đạt danh hiệu thôn văn hóa").
                break
            holders = by_start[start]
            holding = q.percent and all(m.key in _HOLDER_KEYS for m in holders)
            if holding:
                # "94,64% dân số tham gia bảo hiểm y tế": a share of the people, named right
                # before what they do; "80% dân số nông thôn …" is a share of some of them.
                held = max(m.end for m in holders) + 1
                if any(m.start == held and m.key not in _HOLDER_KEYS for m in s.matches):
                    continue
            longest = max(m.end for m in by_start[start])
            readings = []
            for match in by_start[start]:
                if match.end != longest or _NEGATION_AFTER.match(s.lower, match.end):
                    continue
                if match.ends_with_verb and _NUMBER_AFTER.match(s.lower, match.end):
                    continue
                score = (60 if adjacent else 40 - len(gap)) + match.words / 2
                # "không còn hộ nghèo và cận nghèo": none left is a count, the share's twin.
                twins = self.catalog.count_twins(match.key) if q.in_words else []
                for key in [match.key, *(t.key for t in twins)]:
                    if reading := self._candidate(key, q, score, match):
                        readings.append(reading)
            found += readings
            people = holding and not narrowed_after(s.lower, max(m.end for m in holders))
            if adjacent and (readings or q.denominator is None) and not (people and not readings):
                # The number's own noun decides: "100% đảng viên đăng ký học tập" is no count
                # of members, and no later phrase may claim it either; but "90% dân số trên địa
                # bàn xã đã tham gia bảo hiểm y tế" shares the people out by what they do.
                break
        return found

    def raised_total(self, s: _Sentence, q: Quantity, clause_start: int) -> list[Reading]:
        """ "04 xã … được công nhận đạt chuẩn xã nông thôn mới kiểu mẫu, đưa số xã đạt chuẩn
        lên 15 xã": the total raised is of the grade the recognition just named."""
        raising = RAISED_TO.search(s.lower, clause_start, q.start)
        if raising is None:
            return []
        segment = s.lower.rfind(";", 0, clause_start) + 1
        # The grade named in the raise itself, else the one the recognition just named: "số
        # xã đạt chuẩn" names the standard met, not which grade of it.
        grade = re.sub(r"đạt(?:\s+chuẩn)?", "", raising.group("grade"))
        end = q.start if grade.strip() else clause_start
        for match in sorted(s.matches, key=lambda m: m.end, reverse=True):
            indicator = self.catalog.get(match.key)
            if (
                segment <= match.start
                and match.end <= end
                and indicator is not None
                and indicator.unit == raising.group(1)
            ):
                reading = self._candidate(match.key, q, 60 + match.words / 2, match)
                return [reading] if reading else []
        return []

    def preceding(
        self,
        s: _Sentence,
        q: Quantity,
        start: int,
        claimed: set[PhraseMatch],
        continued: bool = False,
    ) -> list[Reading]:
        """Phrases before the number; ``continued``: the clause goes on from the one before
        ("giảm 0,5% so với năm trước, còn 0,8%"), so a number between does not stop it."""
        found = []
        for match in s.matches:
            if not start <= match.start or match.end > q.start:
                continue
            if match in claimed and not continued:
                # A phrase a count took ("3.380 hồ sơ trực tuyến") may still measure the
                # share that continues it (", đạt tỷ lệ 80,2%").
                continue
            if not continued and s.level_between(match.end, q.start, q):
                continue
            gap = s.gap(match.end, q.start)
            shared = [
                p
                for p in s.numbers
                if p is not q
                and match.end <= p.start < q.start
                and _SHARED_OUT.match(s.lower, p.end, q.start)
            ]
            if shared:
                # "tỷ lệ hộ nghèo … còn 37 hộ chiếm tỷ lệ 1,06%": the share of that count.
                gap = []
            elif s.number_between(match.end, q.start, q):
                # What the measure moved from, its year and unit, links it to where it went.
                gap = [w for w in gap if w not in _MOVED_FROM and not w[0].isdigit()]
                if any(match.end <= p.start < q.start and s.spells_its_move(p) for p in s.numbers):
                    # "tăng 2,2 lần (từ …": the change said before its move is spelled out.
                    gap = [w for w in gap if w not in _MOVES and w != "lần"]
                gap = gap[1:] if gap and gap[0] in _MOVES else gap
            gap = _without_frequency(gap)
            core = list(gap)
            while core and core[-1] in _APPROX:
                core.pop()
            indicator = self.catalog.get(match.key)
            if core and core[-1] in _MOVES and starts_a_move(s.lower, q):
                # "… giảm từ 12,3%": the level it moved from, linked like "là".
                core = core[:-1]
                gap = [w for w in gap if w not in _MOVES]
            if core and core[-1] in _CHANGE and fell_below(s.lower, q):
                core, gap = core[:-1], [w for w in gap if w not in _CHANGE]
            if core and core[-1] in _CHANGE and not (indicator and indicator.flow):
                continue
            if all(w in _LINKS or w in _APPROX for w in gap):
                score = 55 - len(gap) + match.words / 2
            elif core and core[-1] in _LINK_VERBS and len(gap) <= _MAX_PRECEDING_GAP:
                score = 35 - len(gap) / 2 + match.words / 2
            elif (
                q.percent
                and len(core) < len(gap)
                and len(core) <= _MAX_SKIPPED_WORDS
                and not _OTHER_HOLDERS.intersection(core)
            ):
                # "tỷ lệ thu gom rác thải sinh hoạt trên 95%": the bound links the measure,
                # named a few words longer than the phrase, to its share.
                score = 30 - len(gap) / 2 + match.words / 2
            else:
                continue
            if reading := self._candidate(match.key, q, score, match):
                found.append(reading)
        return found

    def shared_predicate(self, s: _Sentence, q: Quantity, end: int) -> list[Reading]:
        """ "30 doanh nghiệp và 3 hợp tác xã thành lập mới": the first noun takes the
        predicate that follows the second one, read as if it stood right after it."""
        second = _coordinated_after(s, q)
        if second is None:
            return []
        words = _NOUN.findall(s.folded[q.end : second.start])
        # "30 doanh nghiệp và 3 …" drops its "và"; "2 tập thể, 3 …" keeps every word.
        noun = " ".join(words[:-1] if words and words[-1] in ("va", "hoac") else words)
        tail = s.folded[second.end : max(end, s.clause(second.start)[1])]
        starts = [m.start() for m in _WORD_STARTS.finditer(tail) if m.start()]
        for skip in starts[:_MAX_SKIPPED_WORDS]:
            text = f"{noun} {tail[skip:]}"
            matches = [m for m in self.index.find(text) if m.start == 0 and m.end > len(noun) + 1]
            if matches:
                match = max(matches, key=lambda m: m.end)
                reading = self._candidate(match.key, q, 50 + match.words / 2)
                return [reading] if reading else []
        return []

    def _as_share(self, before: Reading, q: Quantity, score: float) -> list[Reading]:
        """The share ``q`` of what ``before`` counts, under the catalog's percentage twin."""
        twin = self.catalog.share_twin(before.indicator.key)
        reading = self._candidate(twin.key, q, score) if twin else None
        return [reading] if reading else []

    def restated_share(self, s: _Sentence, q: Quantity, before: Reading) -> list[Reading]:
        """ "23/23 xã (100%)", "16/16 (100%) xã": a bracketed percentage restating the x/y
        just read measures the same thing as a share, under the catalog's percentage twin."""
        ratio = before.quantity
        aside = _SHARE_ASIDE.match(s.lower, ratio.end)
        if q.percent and not before.denominator and aside is not None and aside.end() == q.start:
            # "có 90 xã (bằng 75,6% tổng số xã) đạt chuẩn …": the count's share, in its aside.
            return self._as_share(before, q, 50)
        if (
            q.percent
            and not before.denominator
            and _COUNT_THEN_SHARE.fullmatch(s.lower, ratio.end, q.start)
            and _OF_ALL_UNITS.match(s.lower, q.end)
        ):
            # "nâng tổng số xã đạt NTM lên 72 xã, chiếm 53% số xã": the share of all the units
            # the count just raised is of.
            return self._as_share(before, q, 50)
        if (
            not q.percent
            or not before.denominator
            or not _bracketed(s.text, q)
            or q.start - ratio.end > _RESTATED_GAP
            or not same_ratio(before.value, before.denominator, q.amount)
        ):
            return []
        return self._as_share(before, q, 50)

    def restated_ratio(self, s: _Sentence, q: Quantity, readings: list[Reading]) -> list[Reading]:
        """ "88/161 xã đạt chuẩn nông thôn mới, trong đó có 2 xã … nâng cao (…), chiếm 54,6% số
        xã toàn tỉnh": a share that is the very ratio of an x/y read before it, further back
        than its bracket, measures that x/y as a share."""
        if not q.percent or not _SHARE_VERB.search(s.lower, max(0, q.start - 16), q.start):
            return []
        for before in reversed(readings):
            if before.denominator and same_ratio(before.value, before.denominator, q.amount):
                return self._as_share(before, q, 45)
        return []

    def restated_count(self, s: _Sentence, q: Quantity, before: Reading) -> list[Reading]:
        """ "tỉ lệ hộ nghèo năm 2010 là 0,88% (92 hộ/10.454 hộ)": a bracketed x/y right after
        a share, the same ratio, counts what the share measures, under its count twin."""
        share = before.quantity
        # "tỷ lệ hộ nghèo chiếm 11% dân số toàn huyện (tương đương 669 hộ)": the count said
        # to equal the share.
        equal = share.percent and (
            (
                q.denominator is None
                and _EQUAL_BEFORE.fullmatch(s.lower, share.end, q.start) is not None
                and _HOUSEHOLDS_AFTER.match(s.lower, q.end) is not None
            )
            # "có 20% số xã đạt chuẩn …, tương đương 26 xã trong tổng số 122 xã": the units
            # said to equal the share, out of all of them.
            or (
                q.denominator is not None
                and _EQUAL_AFTER.fullmatch(s.lower, share.end, q.start) is not None
                and _UNIT_NOUN_AFTER.match(s.lower, q.end) is not None
            )
        )
        if not equal and (
            not share.percent
            or not q.denominator
            or not _bracketed(s.text, q)
            or q.start - share.end > _RESTATED_GAP
            or not same_ratio(q.amount, q.denominator, share.amount)
        ):
            return []
        twins = self.catalog.count_twins(before.indicator.key)
        reading = self._candidate(twins[0].key, q, 50) if twins else None
        return [reading] if reading else []

    def another_year(self, s: _Sentence, q: Quantity, before: Reading) -> list[Reading]:
        """ "… đến năm 2020 ước đạt 62 triệu đồng/người/năm (năm 2015 là đạt 42.5 triệu
        đồng/người/năm)": a bracket giving another year's level of the measure just read."""
        opened = s.lower.rfind("(", before.quantity.end, q.start)
        if opened < 0 or not _ANOTHER_YEAR.fullmatch(s.lower, opened, q.start):
            return []
        written = _per_units(s.text[q.start : q.end])
        if written != _per_units(s.text[before.quantity.start : before.quantity.end]):
            return []
        reading = self._candidate(before.indicator.key, q, 45)
        return [reading] if reading else []

    def later_predicate(self, s: _Sentence, q: Quantity, end: int) -> list[Reading]:
        """ "58/117 xã và huyện Tân Hiệp đạt chuẩn nông thôn mới", "23/23 xã (100%) đã được
        UBND tỉnh công nhận đạt chuẩn …": an x/y's noun takes the predicate "đạt …" further
        on in its clause, read as if it stood right after the noun."""
        noun = _NOUN_AFTER.match(s.folded, q.end)
        if noun is None:
            return []
        if q.denominator is None:
            return []
        # "13/16 chỉ tiêu phát triển kinh tế - xã hội đề ra đạt và vượt": a two-word noun.
        pair = _PAIR_AFTER.match(s.folded, q.end)
        nouns = [pair.group(1)] if pair else []
        for verb in _REACHED.finditer(s.folded, noun.end(), end):
            if any(
                p is not q and noun.end() <= p.start < verb.start() and not _bracketed(s.text, p)
                for p in s.numbers
            ):
                break
            for head in [*nouns, noun.group(1)]:
                text = f"{head} {s.folded[verb.start() : end]}"
                matches = [
                    m for m in self.index.find(text) if m.start == 0 and m.end > len(head) + 1
                ]
                if matches:
                    match = max(matches, key=lambda m: m.end)
                    if s.another_standard(verb.start() + match.end - len(head) - 1):
                        return []
                    reading = self._candidate(match.key, q, 40 + match.words / 2)
                    return [reading] if reading else []
        return []

    def named_predicate(self, s: _Sentence, q: Quantity, noun: str, end: int) -> list[Reading]:
        """ "4 thôn Thanh Trà, Định Phước, Tịch Tây và Hòa Mỹ đã được huyện công nhận thôn
        nông thôn mới kiểu mẫu": past the names it lists, a count takes what they became; with
        no names, what they were recognised as right after their noun."""
        if _LISTED_NAMES.match(s.text, q.end) is None:
            return self._recognised_as(s, q, end)
        # The names' commas part no clause: the predicate runs to the next ";".
        semicolon = s.folded.find(";", q.end)
        end = max(end, semicolon if semicolon >= 0 else len(s.folded))
        recognised = _RECOGNISED.search(s.folded, q.end, end)
        if recognised is None or s.number_between(q.end, recognised.start(), q):
            return []
        rest = s.folded[recognised.end() : end].lstrip()
        text = rest if rest.startswith(noun) else f"{noun} {rest}"
        matches = [m for m in self.index.find(text) if m.start == 0 and m.end > len(noun) + 1]
        if not matches:
            return []
        match = max(matches, key=lambda m: m.end)
        reading = self._candidate(match.key, q, 40 + match.words / 2)
        return [reading] if reading else []

    def _recognised_as(self, s: _Sentence, q: Quantity, end: int) -> list[Reading]:
        """ "100 tổ dân phố được công nhận tổ văn hóa": a count takes the standing its units
        were recognised as, named right after "công nhận"."""
        recognised = _RECOGNISED_AS.match(s.folded, q.end, end)
        item_end = s.lower.find(";", q.end)
        if recognised is None or _THIS_ROUND.search(
            s.lower, s.lower.rfind(";", 0, q.start) + 1, item_end if item_end >= 0 else len(s.lower)
        ):
            # "11 xã được công nhận … trong năm 2020": the year's recognitions.
            return []
        rest = s.folded[recognised.end() : end]
        noun = recognised.group("noun")
        # "1 thôn được công nhận thôn thông minh": the noun again is no standing.
        matches = [m for m in self.index.find(rest) if m.start == 0 and rest[: m.end] != noun]
        if not matches:
            return []
        match = max(matches, key=lambda m: m.end)
        reading = self._candidate(match.key, q, 40 + match.words / 2)
        return [reading] if reading else []

    def framed(self, s: _Sentence, q: Quantity, continued: bool) -> list[Reading]:
        """ "Đối với hộ cận nghèo, đầu năm 2023 có 21.101 hộ, chiếm tỷ lệ 8,02%": the frame
        the sentence opens on names what a bare noun counts, and what its share measures."""
        opened = _FRAME_OPEN.match(s.lower)
        comma = s.lower.find(",", opened.end()) if opened else -1
        if opened is None or not 0 <= comma < q.start:
            return []
        noun = _FRAMED_NOUN.match(s.folded, q.end)
        if not (noun or (q.percent and continued)):
            return []
        found = []
        for match in s.matches:
            if not (opened.end() <= match.start and match.end <= comma):
                continue
            first = s.folded[match.start : match.end].split()[0]
            if (noun is None or noun.group(1) == first) and (
                reading := self._candidate(match.key, q, 45, match)
            ):
                found.append(reading)
        return found

    def ranked(self, s: _Sentence, q: Quantity) -> list[Reading]:
        """ "Địa phương có tỷ lệ hộ nghèo thấp nhất là Tam Đàn: 1,51% (45 hộ); Tam Thái: …": each
        item of a ranking gives its unit's level of the measure named before the ranking, and
        a count of the measure's own noun ("45 hộ") its count."""
        ranks = list(RANKING.finditer(s.lower, 0, q.start))
        if not ranks or any(ranks[-1].end() <= m.start < q.start for m in s.matches):
            return []
        return self._items_of(s, q, [m for m in s.matches if m.end <= ranks[-1].start()])

    def itemised(
        self, s: _Sentence, q: Quantity, context: Sequence[PhraseMatch] = ()
    ) -> list[Reading]:
        """ "số hộ nghèo tại các huyện, gồm: Ninh Sơn 2.638 hộ, Thuận Bắc 2.456 hộ", "tỷ lệ hộ
        nghèo … dưới 1% (Thanh An 0,3%, Thanh Lang 0,85%)": a number right after a unit's
        name is that unit's item of the measure named before the list."""
        name = next(
            (a for a, b in s.protected if b <= q.start and ITEM_GAP.fullmatch(s.lower, b, q.start)),
            None,
        )
        if name is None:
            return []
        named = [m for m in s.matches if m.end <= name]
        if context and (detail := _IN_DETAIL.match(s.lower)):
            # "Trong đó, Thạnh Phú 121 đảng viên, Mỏ Cày Nam 121, …": the items' own nouns
            # name nothing new; the measure is the sentence before's.
            first = min((a for a, _ in s.protected if a >= detail.end()), default=name)
            if not [m for m in named if m.end <= first]:
                return self.detailed(q, context)
        if not named or not _ITEMS_OPEN.search(s.lower, max(m.end for m in named), name):
            return []
        return self._items_of(s, q, named)

    def parallel(self, s: _Sentence, q: Quantity, readings: list[Reading]) -> list[Reading]:
        """ "thu nhập bình quân đầu người của người dân xã Khánh Bình đạt 46,2 triệu
        đồng/người/năm; Khánh Đông đạt 45,99 triệu đồng/người/năm": a clause that opens on
        another unit's name and links it to an amount written per the same unit, or to a share
        after a share, goes on with the measure of the clause before."""
        clause_start = s.clause(q.start)[0]
        if not any(
            clause_start <= a
            and not s.lower[clause_start:a].strip(" ,;")
            and _PARALLEL_LINK.fullmatch(s.lower, b, q.start)
            for a, b in s.protected
        ):
            return []
        written = _per_units(s.text[q.start : q.end])
        before = next((r for r in reversed(readings) if r.quantity.end <= clause_start), None)
        if before is None or not (written or q.percent):
            return []
        if not _written_alike(s, before.quantity, q):
            return []
        reading = self._candidate(before.indicator.key, q, 40)
        return [reading] if reading else []

    def aimed_on(self, s: _Sentence, q: Quantity, readings: list[Reading]) -> list[Reading]:
        """ "Thu nhập … năm 2016 đạt 35 triệu đồng/năm, …; phấn đấu hết năm 2017 là 38 triệu
        đồng/năm và đến năm 2020 đạt 50 triệu đồng/năm": a clause of only an aim, a date and
        a link goes on with the measure read before, written per the same unit."""
        earlier = [p for p in s.numbers if p.end <= q.start]
        if not (earlier and readings and _AIM_ONLY.fullmatch(s.lower, earlier[-1].end, q.start)):
            return []
        before = next((r for r in reversed(readings) if r.quantity.end <= q.start), None)
        if before is None or before.quantity.money != q.money:
            return []
        if not _written_alike(s, before.quantity, q):
            return []
        reading = self._candidate(before.indicator.key, q, 40)
        return [reading] if reading else []

    def detailed(self, q: Quantity, context: Sequence[PhraseMatch]) -> list[Reading]:
        """ "… toàn tỉnh có 27.761 hộ nghèo, chiếm 19,26%. Cụ thể, Chư Jút: 2.958 hộ; Krông
        Nô: 3.169 hộ": each unit's item of the measure the sentence before named last, or of
        its count when the items count what it counts."""
        last = max(m.end for m in context)
        found = []
        for match in (m for m in context if m.end == last):
            for key in [match.key, *(t.key for t in self.catalog.count_twins(match.key))]:
                if reading := self._candidate(key, q, 40):
                    found.append(reading)
        return found

    def _items_of(self, s: _Sentence, q: Quantity, named: list[PhraseMatch]) -> list[Reading]:
        """An item of a ranking or a list: the measure named last before it, as a level, or
        as its count when the item counts households ("1,51% (45 hộ)")."""
        if not named:
            return []
        last = max(m.end for m in named)
        households = not q.percent and _HOUSEHOLDS_AFTER.match(s.lower, q.end) is not None
        found = []
        for match in (m for m in named if m.end == last):
            twins = self.catalog.count_twins(match.key) if households else []
            for key in [match.key, *(t.key for t in twins)]:
                if reading := self._candidate(key, q, 40, match):
                    found.append(reading)
        return found

    def measured_before(
        self, s: _Sentence, q: Quantity, context: Sequence[PhraseMatch]
    ) -> list[Reading]:
        """ "… thu nhập bình quân đầu người đạt 27,82 triệu đồng/người/năm. Đến đầu năm
        2019, đạt 35,04 triệu đồng/người/năm": a sentence naming no measure goes on with
        the one before when its amount is written per the same unit."""
        written = _per_units(s.text[q.start : q.end])
        words = s.words(s.clause(q.start)[0], q.start)
        if not written or any(m.start < q.start for m in s.matches):
            return []
        if not words or (words[-1] not in _LINK_VERBS and words[-1] not in _APPROX):
            return []
        keys = dict.fromkeys(m.key for m in context)
        same = [k for k in keys if (i := self.catalog.get(k)) and _per_units(i.unit) == written]
        return [r for k in same if (r := self._candidate(k, q, 40))]

    def head(self, s: _Sentence, q: Quantity, context: Sequence[PhraseMatch]) -> list[Reading]:
        head = self.index.head_at(s.folded, q.end)
        if head is None or _NEGATION_AFTER.match(s.lower, head[1]) or _BAND.match(s.lower, q.end):
            return []
        if narrowed_after(s.lower, head[1]):
            # "gồm 8 đảng bộ phường" is no "đảng bộ cơ sở" named earlier.
            return []
        if any(m.start <= head[1] and m.end > q.end for m in s.matches):
            return []
        keys = self.index.heads[head[0]]
        earlier = [m for m in context if m.key in keys]
        earlier += [m for m in s.matches if m.key in keys and m.end <= q.start]
        for match in reversed(earlier):
            if reading := self._candidate(match.key, q, 45):
                return [reading]
        return []


def _same_measure(catalog: Catalog, first: Indicator, second: Indicator) -> bool:
    """One indicator, or a count and the share read from the same phrases."""
    twins = (catalog.share_twin(first.key), catalog.share_twin(second.key))
    return first.key == second.key or second in twins or first in twins


def _listed_again(s: _Sentence, q: Quantity, best: Reading, readings: list[Reading]) -> bool:
    """An earlier number of the same coordinated list already took ``best``'s indicator;
    not a unit's item ("Mỏ Cày Nam 121, Giồng Trôm 120"), which is that unit's figure."""
    if _unit_item(s, q):
        return False
    taken = {r.quantity: r.indicator.key for r in readings}
    first = _coordinated_before(s, q)
    while first is not None:
        if taken.get(first) == best.indicator.key:
            return True
        first = _coordinated_before(s, first)
    return False


def _bracketed(text: str, q: Quantity) -> bool:
    return text.count("(", 0, q.start) > text.count(")", 0, q.start)


def _coordinated_before(s: _Sentence, q: Quantity) -> Quantity | None:
    """The number ``q`` is coordinated with ("30 doanh nghiệp và 3 …"), if any."""
    earlier = [p for p in s.numbers if p.end <= q.start]
    if earlier and _COORDINATED.match(s.folded[earlier[-1].end : q.start]):
        return earlier[-1]
    return None


def _coordinated_after(s: _Sentence, q: Quantity) -> Quantity | None:
    """The number coordinated after ``q`` ("30 doanh nghiệp và 3 hợp tác xã …"), if any."""
    later = [p for p in s.numbers if p.start >= q.end]
    if later and _COORDINATED.match(s.folded[q.end : later[0].start]):
        return later[0]
    return None


_AND_BELOW = re.compile(r"(?:\s*\([^()]*\))?\s*trở\s+xuống(?!\w)")
_BOUND_BEFORE = re.compile(r"(?<!\w)(?:trên|dưới|từ|hơn)\s*$")
_THERE_ARE = re.compile(r"(?<!\w)có\s+$")


_REACHED_FROM = re.compile(r"(?<!\w)đạt\s+từ\s+$")
_AND_ABOVE = re.compile(r"\s*(?:[^\W\d_]+\s+){0,4}trở\s+lên(?!\w)")


def _threshold(s: _Sentence, q: Quantity, clause_start: int) -> bool:
    """ "có 4 đảng bộ kết nạp đảng viên đạt trên 50% chỉ tiêu": the bound says which units
    were counted; it is no figure of its own; nor is a line drawn "từ 400.000 đồng/người/
    tháng trở xuống" (who counts as poor)."""
    if _AND_BELOW.match(s.lower, q.end):
        return True
    if _BAND_THEN_COUNT.match(s.lower, q.end):
        # "Đạt 19 tiêu chí có 87 xã; đạt 9 tiêu chí có 2 xã": the band the count is of.
        return True
    if (
        not q.percent
        and _REACHED_FROM.search(s.lower, 0, q.start)
        and _AND_ABOVE.match(s.lower, q.end)
        and _UNITS_COUNTED.search(s.lower, 0, q.start)
    ):
        # "có 3 xã: Quỳnh Phú, Song Giang, Giang Sơn đạt từ 16 tiêu chí trở lên": the floor
        # of a band the communes are counted in.
        return True
    if not _BOUND_BEFORE.search(s.lower, 0, q.start):
        return False
    counts = [p for p in s.numbers if clause_start <= p.start < q.start and not p.percent]
    if not q.percent:
        # "có 3 xã đạt thu nhập bình quân trên 30 triệu đồng/người/năm", "55 xã thu nhập
        # dưới 15 triệu đồng/năm": the communes are counted by the band the amount bounds.
        noun = _UNIT_NOUN_AFTER.match(s.lower, counts[-1].end) if counts else None
        return (
            noun is not None
            and not _APPROXIMATE_BOUND.search(s.lower, 0, q.start)
            and not _DONE_FOR.search(s.lower, noun.end(), q.start)
        )
    return any(_THERE_ARE.search(s.lower, clause_start, p.start) for p in counts)


# "8 xã đạt từ 15 – 18 tiêu chí", "54 xã đạt 10 - 14 tiêu chí", "18 xã đạt chuẩn … với 19/19
# tiêu chí": communes counted by how many criteria they meet; the criteria are their band.
_BAND = re.compile(
    r"\s*(?:xã|phường|thị\s+trấn|thôn|ấp|bản|huyện)\s+(?:đã\s+)?đạt\s+"
    r"(?:(?:từ|dưới|trên|hơn)\s+)?\d+(?:\s*(?:[-–]|đến)\s*\d+)?\s+tiêu\s+chí(?!\w)"
)
_UNIT_NOUN = r"(?:xã|phường|thị\s+trấn|thôn|ấp|bản|huyện)(?!\w)"
_UNITS_COUNTED = re.compile(r"\d\s+" + _UNIT_NOUN)
_UNIT_NOUN_AFTER = re.compile(r"\s+" + _UNIT_NOUN)
# "tại 9 xã đã đầu tư xây dựng hơn 253 km đường": what was done there, about so much.
_APPROXIMATE_BOUND = re.compile(r"(?<!\w)hơn\s*$")
_DONE_FOR = re.compile(
    r"(?<!\w)(?:xây dựng|đầu tư|hỗ trợ|huy động|vận động|làm mới|nâng cấp|trồng)(?!\w)"
)
_CRITERIA_AFTER = re.compile(r"\s*(?:tiêu\s+chí|tc)(?!\w)")
_OWN_SUBJECT = re.compile(
    r"\s*(?:toàn\s+)?(?:huyện|thị\s+xã|thành\s+phố|tỉnh|quận)(?:\s+đã)?\s+(?:đạt|có|hoàn\s+thành)(?!\w)"
)
_UNITS_BELOW = re.compile(
    r"(?<!\w)(?:xã|huyện|thôn|ấp|bản)\s+(?:nào\s+)?(?:đạt\s+)?(?:dưới|trên|hơn|từ)\s+$"
)
_COUNT_MEETS = re.compile(r"\s+(?:(?:(?:đã|đều|cùng)\s+)*(?:đạt|tăng|giảm)\s+)?")
_BAND_THEN_COUNT = re.compile(r"\s*(?:[-–]\s*\d+\s*)?tiêu\s+chí\s+(?:có|là)\s+\d")


_MEMBERS_AFTER = re.compile(r"\s*(?:ủy viên|uỷ viên|đồng chí|thành viên)(?!\w)")
_COMMITTEE_KEYS = {"ban chấp hành": "uy_vien_bch"}


def _committee_of(s: _Sentence, q: Quantity) -> str | None:
    """The indicator of the committee whose members a count gives: the committee named last
    before it in its part of the sentence (a "Ban thường vụ" after "Ban chấp hành" is
    another body)."""
    if q.denominator is not None or not _MEMBERS_AFTER.match(s.lower, q.end):
        return None
    part = s.lower[s.lower.rfind(";", 0, q.start) + 1 : q.start]
    named = COMMITTEES.findall(part)
    return _COMMITTEE_KEYS.get(named[-1]) if named else None


_BOUND_OF_BAND = re.compile(r"(?<!\w)đạt\s+(?:dưới|trên|hơn|từ)\s+$")
# "20 xã hoàn thành 11/11 tiêu chí", "4 xã còn lại cơ bản hoàn thành 19/19 tiêu chí"; but "4
# xã trên", "3 xã đều" speak of each.
_NAMED_ABOVE = re.compile(r"\s+(?:(?:nói\s+)?trên|đều)(?!\w)")
_MEETS_IN_FULL = re.compile(r"(?<!\w)(?:với|đạt|hoàn\s+thành)\s+$")


def _opens_on_a_name(s: _Sentence, clause_start: int) -> bool:
    """The clause opens on a unit's name ("…, xã Phước Vĩnh Đông đã được đánh giá …")."""
    rest = s.lower[clause_start:]
    opening = clause_start + len(rest) - len(rest.lstrip())
    return any(a == opening for a, _ in s.protected)


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """ "4 xã 11 tiêu chí và 1 xã đạt 10 tiêu chí": the count nearest before, not the first."""
    found = list(pattern.finditer(text, start, end))
    return found[-1] if found else None


def _counts_names(s: _Sentence, counted: re.Match[str]) -> bool:
    """The count of units goes on with their names ("2 xã Ngũ Phụng và Long Hải")."""
    noun = s.lower.rfind(" ", counted.start(), counted.end()) + 1
    return any(a in (noun, counted.end() + 1) for a, _ in s.protected)


def _band_bounds(s: _Sentence, q: Quantity, clause_start: int) -> bool:
    """The criteria of a band of communes ("8 xã đạt từ 15 – 18 tiêu chí") or those a
    count of communes meets in full ("… với 19/19 tiêu chí"): no figure of the unit."""
    if not _CRITERIA_AFTER.match(s.lower, q.end):
        return False
    if _UNITS_BELOW.search(s.lower, 0, q.start):
        # "không còn xã dưới 5 tiêu chí": the bound of the communes spoken of.
        return True
    counted = _last(_UNITS_COUNTED, s.lower, clause_start, q.start) or _UNITS_COUNTED.search(
        s.lower, s.clause(max(0, clause_start - 2))[0], q.start
    )
    if counted is None:
        return False
    if counted.start() < clause_start and (
        _OWN_SUBJECT.match(s.lower, clause_start) or _opens_on_a_name(s, clause_start)
    ):
        # "10/10 xã đạt chuẩn …; huyện đạt 9/9 tiêu chí huyện nông thôn mới", "13/14 xã …, xã
        # Phước Vĩnh Đông đã được đánh giá đạt 19/19 tiêu chí": the clause has its own
        # subject, not the communes counted before it.
        return False
    if q.upper is not None or _BOUND_OF_BAND.search(s.lower, 0, q.start):
        return True
    if _counts_names(s, counted):
        # "2 xã Ngũ Phụng và Long Hải đã đạt 19/19 tiêu chí": the communes it names, each.
        return False
    if _COUNT_MEETS.fullmatch(s.lower, counted.end(), q.start) and q.denominator is None:
        # "4 xã đạt 14 tiêu chí": what each counted commune meets, no figure of the unit.
        return True
    full = q.denominator is not None and q.amount == q.denominator
    if _NAMED_ABOVE.match(s.lower, counted.end()):
        # "4 xã trên đã hoàn thành 19/19 tiêu chí", "3 xã đều đã đạt 19/19 tiêu chí": the
        # communes just named, each of them.
        return False
    return full and _MEETS_IN_FULL.search(s.lower[: q.start]) is not None


# "2 xã Pô Kô và Đắk Rơ Nga đạt 14/19 tiêu chí": the number counts the names it lists.
_RECOGNISED = re.compile(r"(?<![a-z])(?:cong nhan(?: dat chuan)?|dat chuan|dat)(?![a-z])")
_SHARED_FIGURE = re.compile(r"[^;:]*?(?<!\w)đạt\s+\d")
_RECOGNISED_AS = re.compile(
    r"\s+(?P<noun>[a-z]+(?: [a-z]+){0,2}?) (?:da )?duoc (?:[a-z]+ ){0,3}?cong nhan (?:la )?"
)
_LISTED_NAMES = re.compile(r"\s*(?:xã|phường|thị trấn|thôn|ấp|bản|huyện)\s+(?-i:[A-ZĐ])", re.I)


_MORE = re.compile(r"(?<!\w)(?:có|đạt)\s+thêm\s+$")
_SAME_NOUN_AFTER = re.compile(r"\s*([^\W\d_]+)")
_MORE_AFTER_COLON = re.compile(r":\s*(?:có|đạt)\s+thêm\s+\d")
_LISTED_UNIT_NOUNS = frozenset({"xã", "thôn", "bản", "ấp", "làng", "phường", "huyện"})


def _same_act(s: _Sentence, q: Quantity, kinds: dict[Quantity, str]) -> bool:
    """ "… và 06 xã đạt chuẩn …" after an action on "05 xã đạt chuẩn …" in the same part of
    the sentence: the same noun and predicate, acted on alike."""
    after = s.folded[q.end : q.end + 25].split()[:3]
    if len(after) < 3 or not re.search(r"(?:,|\sva)\s*$", s.folded[: q.start]):
        return False
    for earlier, kind in reversed(list(kinds.items())):
        if ";" in s.folded[earlier.end : q.start]:
            return False
        if kind == "count_of_actions":
            return s.folded[earlier.end : earlier.end + 25].split()[:3] == after
    return False


def _more_listed(s: _Sentence, q: Quantity) -> bool:
    """An item of a list that "có thêm" opened, counting the same noun, with no ";" between;
    a list opened by ": Có thêm" goes on past ";" ("…: Có thêm 11 xã, 24 thôn/bản đạt chuẩn
    NTM; 8 xã đạt chuẩn NTM nâng cao"), and its items may count communes or hamlets."""
    noun = _SAME_NOUN_AFTER.match(s.lower, q.end)
    if noun is None or not re.search(r"(?:[,;]|\svà)\s*$", s.lower[: q.start]):
        return False
    for earlier in reversed([p for p in s.numbers if p.end <= q.start]):
        opened = _MORE.search(s.lower, 0, earlier.start)
        colon = opened is not None and s.lower[: opened.start()].rstrip().endswith(":")
        if ";" in s.lower[earlier.end : q.start] and not colon:
            if not _MORE_AFTER_COLON.search(s.lower, 0, earlier.start):
                return False
            continue
        if opened:
            first = _SAME_NOUN_AFTER.match(s.lower, earlier.end)
            if first is None:
                return False
            same = first.group(1) == noun.group(1)
            units = colon and {first.group(1), noun.group(1)} <= _LISTED_UNIT_NOUNS
            return same or units
    return False


def _names_listed(s: _Sentence, q: Quantity) -> bool:
    """…, when the names go on to the figure they share ("… đạt 14/19"); "sáp nhập 2 xã
    Phúc Thọ và Tân Thanh" counts the communes merged."""
    plain = not (q.percent or q.money or q.measure) and q.denominator is None
    if not plain or _LISTED_NAMES.match(s.text, q.end) is None:
        return False
    return _SHARED_FIGURE.match(s.lower, q.end, s.clause(q.start)[1]) is not None


_QUOTE_MARKS = re.compile(r"[“”\"]")
_SINGLE_QUOTED = re.compile(r"(?<!\w)['‘][^'‘’\n]{1,40}['’](?!\w)")
_MAX_NAME_WORDS = 8


def _quoted_name(s: _Sentence, q: Quantity) -> bool:
    """ "5 không 3 sạch", "3 sạch, 3 có": a number inside a short quotation names a movement
    or a slogan."""
    if any(m.start() < q.start and q.end <= m.end() for m in _SINGLE_QUOTED.finditer(s.text)):
        # "Đại hội '4 không'": single quotes, which an apostrophe inside a name never pairs.
        return True
    marks = [m.start() for m in _QUOTE_MARKS.finditer(s.text)]
    opening = [m for m in marks if m < q.start]
    closing = [m for m in marks if m >= q.end]
    if len(opening) % 2 == 0 or not closing:
        return False
    quoted = s.text[opening[-1] + 1 : closing[0]]
    return len(_WORD.findall(quoted)) <= _MAX_NAME_WORDS


def _criteria_set(s: _Sentence, q: Quantity) -> bool:
    """ "triển khai thực hiện 19 tiêu chí NTM": the national set named, no unit's count."""
    return q.denominator is None and q.amount == 19 and bool(_CRITERIA_AFTER.match(s.lower, q.end))


_AWAY = re.compile(r"(?<!\w)cách(?!\w)")


def _distance(s: _Sentence, q: Quantity, clause_start: int) -> bool:
    """ "nằm cách trung tâm huyện 5km": how far away a place lies is no figure."""
    return q.measure == "km" and _AWAY.search(s.lower, clause_start, q.start) is not None


_ENUMERATOR = re.compile(r"\s*(?:\d{1,2}\s*[.)]|[-–+•*])?\s*")


def _heading_start(s: _Sentence, clause_start: int) -> int:
    """Where the phrases measuring a clause's numbers may start: a fact sheet's heading
    before a colon ("2. Dân số: 1.810.454 người") names what the value after it measures."""
    colon = clause_start - 1
    if colon < 0 or s.lower[colon] != ":":
        return clause_start
    start = s.clause(max(0, colon - 1))[0]
    heads = (
        m
        for m in s.matches
        if m.start >= start
        and not s.lower[m.end : colon].strip()
        and _ENUMERATOR.fullmatch(s.lower, start, m.start)
    )
    return start if next(heads, None) else clause_start


def _change_before(s: _Sentence, q: Quantity) -> bool:
    words = s.words(max(0, q.start - 30), q.start)
    core = [w for w in words if w not in _APPROX]
    if len(core) > 1 and core[-1] == "đạt" and core[-2] in _CHANGE and core[-3:-2] != ["gia"]:
        # "tỷ lệ hộ nghèo giảm đạt trên 4,2%": the fall reaches it.
        core.pop()
    return bool(core) and core[-1] in _CHANGE and not fell_below(s.lower, q)


def read_figures(
    text: str,
    folded: str,
    quantities: list[Quantity],
    matches: list[PhraseMatch],
    *,
    catalog: Catalog,
    index: PhraseIndex,
    fits: Callable[[Indicator, Quantity], bool],
    context: Sequence[PhraseMatch] = (),
    protected: Sequence[tuple[int, int]] = (),
    leftovers: list[Leftover] | None = None,
    actions_before: bool = False,
) -> list[Reading]:
    """The figures of one sentence: at most one reading per number.

    Numbers no indicator takes are appended to ``leftovers`` with their kind.

    ``fits`` says whether an indicator may apply to the unit the number belongs to;
    ``context`` holds the phrases of the sentence before, for "131 mô hình" after a
    sentence about "mô hình Dân vận khéo"; ``protected`` spans (unit names such as "xã
    Phước Hưng, huyện Long Điền") hold no clause break. ``actions_before``: the sentence
    before ended on a count of actions ("xét công nhận 07 xã"), so what a sentence opened by
    "Trong đó" gives a unit it names is that unit's count of actions ("huyện X có 02 xã
    được công nhận").
    """
    s = _Sentence(text, folded, quantities, matches, protected)
    reader = _Reader(catalog, index, fits)
    totals: dict[int, tuple[str, float]] = {}
    readings: list[Reading] = []
    claimed: set[PhraseMatch] = set()
    in_subset = bool(_SENTENCE_SUBSET.match(s.lower))
    previous: tuple[Quantity, str] | None = None
    kinds: dict[Quantity, str] = {}
    for q in quantities:
        clause_start, clause_end = s.clause(q.start)
        kind = figure_kind(s.lower, q, clause_start, in_subset)
        if (
            in_subset
            and actions_before
            and kind == "part"
            and q.denominator is None
            and any(clause_start <= a < q.start for a, _ in s.protected)
        ):
            # "xét công nhận 07 xã. Trong đó, huyện X có 02 xã được công nhận": each unit's
            # own share of the actions, not a part of a standing total.
            kind = "count_of_actions"
        elif kind == "part" and q.denominator is None and _detailing_flow(s, q, context, catalog):
            # "… kết nạp được 957 đảng viên mới. Trong đó, Thạnh Phú 121 đảng viên, Mỏ Cày Nam
            # 121, …": each unit's own admissions, not a part of a standing total.
            kind = "count_of_actions"
        if (
            kind == "total"
            and previous is not None
            and previous[1] in _SHARED_KINDS
            # "…, 1 xã tăng 3 tiêu chí, không còn xã nào dưới 10 tiêu chí": none left is a
            # standing count, whatever the items before it did.
            and not (q.in_words and q.amount == 0)
            and (previous[1] == "count_of_actions" or not q.percent)
            and _coordinated_before(s, q) is previous[0]
        ):
            # "khen thưởng 2 Chi bộ …, 48 cá nhân …": the list shares its verb; "vượt chỉ tiêu
            # 3 xã nông thôn mới và 3 xã nông thôn mới kiểu mẫu": both beat it; "tăng 10 khu
            # dân cư và 207 hộ so với đầu nhiệm kỳ": both rose.
            kind = previous[1]
        if kind == "total" and _bracketed_after(s, q, kinds) == "count_of_actions":
            # "công nhận mới 23 trường (7 trường mầm non, 9 trường tiểu học …)": the parts of
            # this round's recognitions are recognitions too.
            kind = "count_of_actions"
        if kind == "total" and _of_the_whole_opened(s, q):
            # "Trong tổng số 26 xã, có 26 xã đạt tiêu chí lao động có việc làm, 25 xã …": the
            # communes meeting each criterion, among the whole the sentence opens on.
            kind = "part"
        if kind in ("total", "count_of_actions") and _more_listed(s, q):
            # "có thêm 10 xã …, 4 xã đạt NTM nâng cao và 4 xã …": each item is more of it.
            kind = "change"
        if kind == "total" and _same_act(s, q, kinds):
            # "công nhận 05 xã đạt chuẩn nông thôn mới, gồm: A, B … và 06 xã đạt chuẩn nông
            # thôn mới nâng cao": the second count is of the same decision.
            kind = "count_of_actions"
        kinds[q] = kind
        previous = (q, kind)

        def leave(q: Quantity = q, kind: str = kind, start: int = clause_start) -> None:
            if _MISSING_BEFORE.search(s.lower[: q.start]) or _MISSING_AFTER.match(s.lower, q.end):
                kind = "part"
            told = not q.in_words or _NONE_IS_A_FIGURE.match(s.lower, q.end)
            if leftovers is not None and told and not _criteria_set(s, q):
                earlier = readings[-1] if readings else None
                leftovers.append(Leftover(q, kind, start, s.clause(q.start)[1], earlier))

        if (
            _threshold(s, q, clause_start)
            or _distance(s, q, clause_start)
            or _band_bounds(s, q, clause_start)
            or _names_listed(s, q)
            or _quoted_name(s, q)
            or (_DEFINING_BOUND.search(s.lower, 0, q.start) and not starts_a_move(s.lower, q))
            or _DEFINES_A_CLASS.search(s.lower, 0, q.start)
            or _ONE_OF_THE_FIRST.match(s.lower, q.start)
        ):
            continue
        if q.percent and SUBSIDY_BEFORE.search(s.lower, 0, q.start):
            # "hỗ trợ 50% thẻ bảo hiểm y tế cho hộ cận nghèo": how much of the cost is paid,
            # not how many are covered.
            leave()
            continue
        if q.percent and _PLAN_SHARE.match(s.lower, q.end) and not _change_before(s, q):
            # "đạt 112% dự toán" measures the plan, not the indicator; "tăng 8,7% so với
            # cùng kỳ" is a growth rate, kept for growth indicators only.
            leave()
            continue
        if _MISSING_BEFORE.search(s.lower[: q.start]) or _MISSING_AFTER.match(s.lower, q.end):
            # "còn thiếu 2 tiêu chí", "3 TC chưa đạt": what is missing, not what is met.
            leave()
            continue
        if _TOTAL_BEFORE.search(s.lower[: q.start]) and q.denominator is None:
            noun = " ".join(s.words(q.end, min(len(text), q.end + 40))[:2])
            totals[q.start] = (noun, q.amount)
            if not (
                _OPENS_ON_THE_WHOLE.fullmatch(s.lower, 0, q.start)
                and _UNIT_NOUN_AFTER.match(s.lower, q.end)
            ):
                continue
            # "Trong số 39 xã nông thôn mới của tỉnh, …": the units the sentence opens on as
            # its whole are also a standing count of their own.
        preceding_start = _heading_start(s, clause_start)
        opened = s.lower.rfind("(", clause_start, q.start)
        # "còn 1.907 hộ (chiếm 7,24%)": the bracket goes on from the figure before it.
        bracketed = (
            opened >= 0
            and ")" not in s.lower[opened : q.start]
            and (
                _CONTINUES.match(s.lower, opened + 1) is not None
                or any(p.end <= opened and s.spells_its_move(p) for p in s.numbers)
            )
        )
        # "Tỷ lệ hộ nghèo năm 2012 là 1,73% giảm xuống còn 0,7%": a level the one before
        # moved to, with no comma between.
        moved_on = any(
            p.end <= q.start and _MOVES_ON.fullmatch(s.lower, p.end, q.start) for p in s.numbers
        )
        continued = bracketed or moved_on or bool(_CONTINUES.match(s.lower, clause_start))
        if continued and not bracketed:
            preceding_start = s.clause(max(0, clause_start - 2))[0]
            while preceding_start and _CONTINUES.match(s.lower, preceding_start):
                # "giảm từ 3.586 hộ, chiếm 10,74% xuống còn 2.900 hộ, chiếm 8,65%": a chain
                # of clauses that go on from one another leads back to what they measure.
                preceding_start = s.clause(max(0, preceding_start - 2))[0]
        noun = _NOUN_AFTER.match(s.folded, q.end)
        named = reader.named_predicate(s, q, noun.group(1), clause_end) if noun else []
        candidates = reader.raised_total(s, q, clause_start)
        candidates = candidates or named or reader.slots(s, q, clause_start)
        candidates += [] if named else reader.following(s, q, clause_end)
        candidates += reader.preceding(s, q, preceding_start, claimed, continued)
        if not candidates:
            candidates = reader.shared_predicate(s, q, clause_end)
        if not candidates and readings:
            candidates = (
                reader.restated_share(s, q, readings[-1])
                or reader.restated_count(s, q, readings[-1])
                or reader.restated_ratio(s, q, readings)
                or reader.another_year(s, q, readings[-1])
            )
        if not candidates:
            candidates = reader.later_predicate(s, q, clause_end)
        if not candidates:
            candidates = reader.framed(s, q, continued)
        if not candidates:
            candidates = (
                reader.ranked(s, q)
                or reader.itemised(s, q, context)
                or reader.parallel(s, q, readings)
                or reader.aimed_on(s, q, readings)
            )
        if not candidates:
            candidates = reader.head(s, q, context)
        if not candidates:
            candidates = reader.measured_before(s, q, context)
        if starts_a_move(s.lower, q) and moved_year(s.lower, q) is None:
            # "giảm từ 5,2% xuống 1,1%": a past level of no known date is no reading of the
            # indicator, nor a figure of its own to show as today's; with its year ("từ 12,3%
            # (năm 2011)") it is that year's.
            continue
        if _change_before(s, q) and not starts_a_move(s.lower, q):
            candidates = [c for c in candidates if c.indicator.flow]
        whole = readings[-1].indicator if readings else None
        stock_whole = in_subset or (whole is not None and not whole.flow)
        candidates = [c for c in candidates if _admits(c, kind, s, stock_whole)]
        if (
            not candidates
            and kind == "count_of_actions"
            and _detailing_flow(s, q, context, catalog)
        ):
            # "Trong đó, Thạnh Phú 121 đảng viên, …": the items' noun is the measure's, said
            # short.
            candidates = [c for c in reader.detailed(q, context) if _admits(c, kind, s)]
        if not candidates and (committee := _committee_of(s, q)):
            # "chỉ định Ban Chấp hành Đảng bộ xã …, nhiệm kỳ 2025-2030 gồm 26 ủy viên",
            # "Ban Chấp hành Đảng bộ có 15 ủy viên": the committee named before its members.
            candidates = [c for c in [reader._candidate(committee, q, 30)] if c]
        if not candidates:
            leave()
            continue
        best = max(candidates, key=lambda r: r.score)
        segment = max(s.lower.rfind(";", 0, q.start), s.lower.rfind(":", 0, q.start)) + 1
        opens_subset = _SUBSET.match(s.lower, clause_start) or _SUBSET_IN_SEGMENT.match(
            s.lower, segment, clause_start
        )
        if (
            opens_subset
            and not _unit_item(s, q)
            and any(_same_measure(catalog, r.indicator, best.indicator) for r in readings)
        ):
            # "100% trường học đạt chuẩn quốc gia, trong đó 3 trường đạt chuẩn mức độ 2":
            # a part of what was just measured, as a count or as a share, is a narrower one.
            leave()
            continue
        if (
            _AMONG_THE.match(s.lower)
            and kind == "part"
            and not best.indicator.flow
            and (best.phrase is None or best.phrase.end <= q.start)
        ):
            # "Trong số các đảng viên mới có 6 đồng chí là trưởng thôn": those the sentence
            # opens on are the whole; a count among them is a narrower one.
            leave()
            continue
        if _listed_again(s, q, best, readings):
            # "khen thưởng … 48 cá nhân hoàn thành xuất sắc nhiệm vụ và 10 cá nhân … tiêu
            # biểu": one list gives its indicator once; the next of a kind is a narrower one.
            leave()
            continue
        if best.phrase is not None and best.phrase.start >= q.end:
            claimed.add(best.phrase)
        readings.append(_with_total(_kinded(best, kind), totals, s))
    return readings


_PER = re.compile(r"/\s*([^\W\d_][^/]*)")


_GROUP_AFTER = re.compile(
    r"\s+(?:là\s+|thuộc\s+)?(?:người\s+)?(?:dân\s+tộc|đồng\s+bào|không\s+thuộc|thuộc\s+(?:diện|đối\s+tượng)"
    r"|có\s+thành\s+viên|khmer)(?!\w)"
)
_NEXT_ITEM = re.compile(r"[,;\d]")
_NEARLY_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}cơ\s+bản\s+đạt(?!\w)")
_COMPARED_LATER = re.compile(r"[^;,.]*?(?<!\w)so\s+với(?!\w)")
_PER_PERSON = re.compile(r"/\s*người|(?:mỗi|một|đầu)\s+người")
_MONTHLY = re.compile(r"(?:/\s*|mỗi\s+|một\s+|hằng\s+|hàng\s+)tháng(?!\w)")
# "giá trị thu trên 1 hec-ta canh tác đạt 220 triệu đồng/năm": the phrase says per hectare.
_PER_HECTARE_PHRASE = re.compile(
    r"(?<!\w)(?:1|một)\s*(?:ha|h[ée]c)|(?<!\w)trên\s+ha(?!\w)|đơn vị diện tích"
)


def _written_alike(s: _Sentence, first: Quantity, second: Quantity) -> bool:
    """Both numbers are shares or neither is, and both are written per the same unit."""
    return first.percent == second.percent and _per_units(
        s.text[first.start : first.end]
    ) == _per_units(s.text[second.start : second.end])


def _per_units(written: str) -> list[str]:
    """What an amount is per, but the year ("triệu đồng/người/năm" is per "người")."""
    return [p for p in (p.strip().lower() for p in _PER.findall(written)) if p != "năm"]


def _same_per_unit(indicator: Indicator, written: str, per_hectare: bool = False) -> bool:
    """A per-unit amount ("… /ha", "… /người/năm") fits only an indicator per that unit,
    and an indicator per hectare only an amount per hectare; any figure may say it is
    yearly ("7,3%/năm", "3.254 người/năm", "230 triệu đồng/ha/năm")."""
    written_per, wanted_per = _per_units(written), _per_units(indicator.unit)
    if "ha" in wanted_per and "ha" not in written_per and not per_hectare:
        return False
    # "55 triệu đồng/năm" is a yearly income per head, written short.
    return all(p in wanted_per for p in written_per)


def _kinded(reading: Reading, kind: str) -> Reading:
    return Reading(
        reading.quantity,
        reading.indicator,
        reading.value,
        reading.denominator,
        reading.score,
        reading.phrase,
        kind,
    )


_AREAS = frozenset({"km²", "m²", "ha"})
_WITH_BEFORE = re.compile(r"(\w+)\s+với\s+(?:tổng\s+)?$")


def _of_another_noun(text: str, position: int) -> bool:
    """ "… vùng trồng cây ăn quả lớn của tỉnh với diện tích": "với" after a common noun
    gives that thing's measure; after a name ("xã Tân Phước với …") the unit's."""
    found = _WITH_BEFORE.search(text, 0, position)
    return found is not None and found.group(1)[0].islower()


_THIS_ROUND = re.compile(
    r"(?<!\w)(?:trong\s+năm|đợt\s+(?:này|nay)|nhiệm\s+kỳ\s+(?:qua|(?:19|20)\d\d))(?!\w)"
)
_RAISING_TOTAL = re.compile(r"(?<!\w)(?:đưa|nâng)\s+(?:tổng\s+)?số(?!\w)")
_INSIDE_PARTY_BODIES = re.compile(
    r"\d\s+đảng\s+bộ\s+cơ\s+sở\s*(?:\((?:trong\s+đó:?)?[^()]*|,?\s*với\s+)$"
)
_ECONOMIC_SHARE = re.compile(r"(?<!\w)(?:tỷ|tỉ)\s+trọng(?!\w)")
_OF_A_SECTOR = re.compile(
    r"(?<!\w)(?:khu\s+vực|ngành|lĩnh\s+vực)\s+(?:nông|công|dịch|thương|thủy|thuỷ|lâm|xây|du)(?!\w)"
)
_GROWTH_OF_ANOTHER = re.compile(
    r"\s+(?!(?:kinh|giá|gtsx|grdp|bình|trung|hằng|hàng|mỗi|đạt|là|ước|của|trên|toàn|cả|năm"
    r"|giai|nhiệm|khá|cao)(?!\w))[^\W\d_]"
)
_PROPOSED = re.compile(r"(?<!\w)(?:đề\s+nghị|đề\s+xuất|trình)(?!\w)")
_DECIDED = re.compile(r"(?<!\w)(?:quyết\s+định|đã)\s+(?:trao|tặng|khen|công\s+nhận)(?!\w)")
_AREA_AFTER = re.compile(
    r"\s+(?:(?:(?:ở|tại|của)\s+)?(?:khu\s+vực|vùng)\s+(?:nông\s+thôn|thành\s+thị|đô\s+thị)"
    r"|(?:ở|tại|của)\s+(?:các|\d+)\s+(?:xã|thôn|ấp|bản|phường))(?!\w)"
)

_SUB_UNIT_SUBJECT = re.compile(
    r"\s*(?:\d+\s+)?(?:khu\s+dân\s+cư|thôn|ấp|bản|làng|vườn|hộ|trường|tổ)(?!\w)"
)
# What rural-area programmes count down to none, so that "không còn" it is a figure:
# "không còn nhà tạm, dột nát", "không còn xã dưới 5 tiêu chí", "không có chi bộ yếu kém".
_NONE_IS_A_FIGURE = re.compile(
    r"\s+(?:nhà\s+(?:tạm|dột\s+nát)|(?:xã\s+)?(?:nào\s+)?nợ\s+đọng\s+xây\s+dựng\s+cơ\s+bản"
    r"|(?:huyện|xã)\s+nghèo|(?:chi\s+bộ|tổ\s+chức\s+cơ\s+sở\s+đảng|đảng\s+bộ)\s+yếu\s+kém"
    r"|xã\s+(?:nào\s+)?(?:đạt\s+)?dưới\s+\S+\s+tiêu\s+chí)(?!\w)"
)
# "là 1 trong 2 xã đầu tiên của tỉnh đạt chuẩn …": a rank, not a count of its own.
_ONE_OF_THE_FIRST = re.compile(r"(?:1|một)\s+trong\s+(?:số\s+)?\d+\s+[^.;]{0,60}?đầu\s+tiên(?!\w)")
_HIGHER_GRADE = re.compile(r"\s+" + GRADE_AFTER.pattern)
_GRADED_AFTER = re.compile(r"[^\d,;:.]{0,40}?\d\s*sao(?!\w)")
_STAR_GRADE = re.compile(r"\d\s*sao(?!\w)|(?<!\w)sao(?!\w)")
# "9/13 địa phương còn lại tỷ lệ hộ nghèo dưới 1%": the units counted hold the share.
_GROUP_OF_UNITS = re.compile(
    r"(?<![\w.,])\d+(?:\s*/\s*\d+)?\s+(?:xã|huyện|địa\s+phương|đơn\s+vị|phường|thị\s+trấn)"
    r"(?!\w)"
)


def _names_its_unit(after: str, unit: str) -> bool:
    """The words after a number start with the indicator's unit ("62/216 hộ nghèo")."""
    return re.match(r"\s*" + re.escape(unit.lower()) + r"(?!\w)", after) is not None


# "bầu 22 đại biểu dự đại hội Đảng cấp trên": delegates sent on to another congress.
_ELECTED_TO_ANOTHER = re.compile(
    r"(?<!\w)bầu\s+(?:đoàn\s+)?(?:[\d.]+\s+)?đại\s+biểu\s+(?:chính\s+thức\s+)?(?:đi\s+)?dự\s+đại\s+hội"
    # "bầu 13 đại biểu chính thức và 2 đại biểu dự khuyết vào đoàn đại biểu dự Đại hội …".
    r"|(?<!\w)bầu\s+[\d.]+\s+đại\s+biểu[^;.]{0,60}?\s(?:vào|trong)\s+đoàn\s+đại\s+biểu\s+(?:đi\s+)?dự"
    r"\s+đại\s+hội"
)
# "53/57 chỉ tiêu xây dựng nông thôn mới": the standard's sub-criteria.
_NTM_SUBCRITERIA = re.compile(r"\s*chỉ\s+tiêu\s+(?:xây\s+dựng\s+)?(?:nông\s+thôn\s+mới|ntm)(?!\w)")
# "… nông thôn mới nâng cao, nông thôn mới kiểu mẫu": a second grade named after the first.
_BOTH_GRADES_AFTER = re.compile(
    r"\s*(?:,|và)\s*(?:nông\s+thôn\s+mới|ntm)(?:\s+(?:nâng\s+cao|kiểu\s+mẫu))?(?!\w)"
)
# "kinh tế 4/4 chỉ tiêu", "lĩnh vực văn hóa - xã hội đạt 9/10 chỉ tiêu": one field's targets.
_FIELD_BEFORE = re.compile(
    r"(?<!\w)(?:lĩnh\s+vực\s+)?(?:kinh\s+tế|văn\s+hóa\s*[-–]?\s*xã\s+hội|quốc\s+phòng\s*[-–]?\s*an"
    r"\s+ninh|xây\s+dựng\s+(?:đảng|hệ\s+thống\s+chính\s+trị)|môi\s+trường)"
    r"(?:\s+(?:có|đạt|là))?\s*:?\s*$"
)


# What a count coordinated with the one before takes from it ("… và 207 hộ").
_SHARED_KINDS = frozenset({"count_of_actions", "share_of_plan", "change"})
_BRACKET_AFTER_COUNT = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*\(\s*$")


def _bracketed_after(s: _Sentence, q: Quantity, kinds: dict[Quantity, str]) -> str | None:
    """The kind of the count a bracket holding ``q`` opens right after ("23 trường (7 …")."""
    opened = s.lower.rfind("(", 0, q.start)
    if opened < 0 or ")" in s.lower[opened : q.start]:
        return None
    before = [p for p in kinds if p.end <= opened]
    if not before or not _BRACKET_AFTER_COUNT.fullmatch(s.lower, before[-1].end, opened + 1):
        return None
    return kinds[before[-1]]


_WHOLE_OPENS = re.compile(r"\s*trong\s+tổng\s+số\s+\d[\d.,]*\s+(\w+)\s*,")


def _of_the_whole_opened(s: _Sentence, q: Quantity) -> bool:
    """The sentence opens on a whole ("Trong tổng số 26 xã, …") and ``q`` counts its noun."""
    whole = _WHOLE_OPENS.match(s.lower)
    if whole is None or q.start < whole.end() or q.denominator is not None:
        return False
    return re.match(r"\s+" + re.escape(whole.group(1)) + r"(?!\w)", s.lower[q.end :]) is not None


def _unit_item(s: _Sentence, q: Quantity) -> bool:
    """The number stands right after a unit's name ("Mỏ Cày Nam 121"): that unit's item; not
    after a bare level word ("Đảng bộ Khối … tỉnh 87")."""
    return any(
        ITEM_GAP.fullmatch(s.lower, b, q.start) and not s.text[a:b].islower()
        for a, b in s.protected
    )


def _detailing_flow(
    s: _Sentence, q: Quantity, context: Sequence[PhraseMatch], catalog: Catalog
) -> bool:
    """The number is a unit's item ("Mỏ Cày Nam 121") of a sentence that opens on the
    items ("Trong đó, Thạnh Phú …") after one that named a flow last."""
    detail = _IN_DETAIL.match(s.lower)
    if detail is None or not context:
        return False
    names = [a for a, _ in s.protected if a >= detail.end()]
    if not names or not _unit_item(s, q):
        return False
    first = min(names)
    if s.lower[detail.end() : first].strip() or any(m.end <= first for m in s.matches):
        return False
    last = max(m.end for m in context)
    named = [catalog.get(m.key) for m in context if m.end == last]
    return any(indicator is not None and indicator.flow for indicator in named)


_SCHOOL_STANDARD = frozenset({"truong_chuan", "ty_le_truong_chuan"})
_SCHOOL_LEVEL = re.compile(
    r"(?<!\w)(?:mầm\s+non|mẫu\s+giáo|tiểu\s+học|thcs|thpt|trung\s+học|phổ\s+thông)(?!\w)"
)
_SCHOOL_AFTER = re.compile(r"\s*trường(?:\s+học)?\s+")


def _one_school_level(s: _Sentence, reading: Reading) -> bool:
    """The schools counted are of one level ("trường mầm non"); "trường mầm non, phổ thông"
    names them all."""
    q, phrase = reading.quantity, reading.phrase
    if after := _SCHOOL_AFTER.match(s.lower, q.end):
        # "71/179 trường mầm non": the schools the number itself names.
        named = s.lower[after.start() : after.end() + 25]
    else:
        named = s.lower[phrase.start : phrase.end] if phrase is not None else ""
    levels = {" ".join(m.group().split()) for m in _SCHOOL_LEVEL.finditer(named)}
    return bool(levels) and not {"mầm non", "phổ thông"} <= levels


_SHARE_OF_THE_POOR = re.compile(
    r"\s*(?:số\s+)?hộ\s+(?:cận\s+)?nghèo\s+(?:toàn|của|trên\s+địa\s+bàn)\s+(?:huyện|tỉnh|xã|thành\s+phố)"
)


def _admits(reading: Reading, kind: str, s: _Sentence, stock_whole: bool = True) -> bool:
    """Whether the number counts exactly the indicator's thing, given what the sentence
    says around it: an action, a change or a narrower noun is not a standing total.
    ``stock_whole``: the part belongs to a standing total (or a list opened by "Trong đó")."""
    indicator, q = reading.indicator, reading.quantity
    if kind == "change" and not indicator.flow:
        return False
    if reading.phrase is not None and s.another_standard(reading.phrase.end):
        return False
    if q.percent and _SHARE_OF_THE_POOR.match(s.lower, q.end):
        # "hộ đồng bào dân tộc thiểu số là 649 hộ, chiếm tỷ lệ 97% số hộ nghèo toàn huyện":
        # a group's share of the poor households, not the poverty rate.
        return False
    if indicator.key in _SCHOOL_STANDARD and _one_school_level(s, reading):
        # "71/179 trường mầm non", "47/147 trường mầm non đạt chuẩn quốc gia": the schools of
        # one level, not all the unit's standard schools.
        return False
    if (
        indicator.kind == "count"
        and q.denominator is not None
        and not _names_its_unit(s.lower[q.end : q.end + 20], indicator.unit)
    ):
        # "62/216 hộ nghèo" counts the households; "7/12 xã đạt tiêu chí hộ nghèo" communes.
        return False
    if (
        q.denominator is not None
        and reading.phrase is not None
        and reading.phrase.end <= q.start
        and (noun := _UNIT_NOUN_AFTER.match(s.lower, q.end))
        and not re.search(
            rf"(?<!\w){noun.group().strip()}(?!\w)",
            s.lower[reading.phrase.start : reading.phrase.end],
        )
    ):
        # "… 19/19 tiêu chí nông thôn mới và có 6/14 xã đạt chuẩn …": the x/y names communes
        # of its own, not the criteria named before it.
        return False
    if (
        not q.money
        and "/" not in indicator.unit
        and indicator.kind != "percent"
        and PER_HOLDER_AFTER.match(s.lower, q.end)
    ):
        # "1,5 tiêu chí/xã", "12,6 tiêu chí/1 xã": an average per commune, not a count.
        return False
    if kind == "count_of_actions" and not indicator.flow:
        # "14 chi bộ được công nhận", "121 thôn được công nhận thôn NTM kiểu mẫu": for a
        # standing that is gained by recognition, recognition is how it is reported.
        # "Quyết định công nhận 05 xã đạt chuẩn" is this round's decision, not the standing.
        verb = acted_on(s.lower, q, s.clause(q.start)[0]) or ""
        if not (indicator.kind == "ratio" and verb.startswith("được") and "công nhận" in verb):
            return False
        raising = _RAISING_TOTAL.search(s.lower, q.end)
        if _THIS_ROUND.search(s.lower) or (
            # "… có 23 xã được công nhận, đưa tổng số … lên 69": the count the total grew by;
            # not one before a further figure ("48 xã …, sẽ có thêm 12 xã, nâng tổng số …").
            raising and not s.number_between(q.end, raising.start(), q)
        ):
            # "trong năm 2019 có 23 xã được công nhận …, đưa tổng số … lên 69/157 xã",
            # "Nhiệm kỳ 2020 - 2025, … có 8 khu dân cư được công nhận": the year's or the
            # term's recognitions, which the standing grew by.
            return False
    if kind == "share_of_plan":
        return False
    if kind == "part" and not indicator.flow and within_a_sector(s.lower, q):
        verb = acted_on(s.lower, q, s.clause(q.start)[0]) or ""
        if not verb.startswith("được"):
            # "Riêng các tổ chức cơ sở đảng khối xã kết nạp mới 52 đảng viên", "27 tổ chức cơ
            # sở Đảng trong các doanh nghiệp … với tổng cộng 334 đảng viên": one sector's.
            return False
    if (
        q.denominator is not None
        and indicator.unit != "tiêu chí"
        and _CRITERIA_AFTER.match(s.lower, q.end)
    ):
        # "khu dân cư kiểu mẫu đạt 8/9 tiêu chí" counts criteria, not hamlets.
        return False
    if indicator.denominator is not None and _SUB_UNIT_SUBJECT.match(s.lower, s.clause(q.start)[0]):
        # "khu dân cư kiểu mẫu đạt 8/9 tiêu chí", "01 vườn mẫu đạt 5/5 tiêu chí": a hamlet's or
        # a garden's criteria, not the commune's.
        return False
    if kind == "change" and indicator.kind != "percent" and _COMPARED_LATER.match(s.lower, q.end):
        # "kết nạp 200 đảng viên mới, tăng 5 đảng viên so với năm 2017": by how much this
        # year's admissions beat last year's, not admissions of their own.
        return False
    proposed = _PROPOSED.search(s.lower, s.lower.rfind(";", 0, q.start) + 1, q.start)
    if indicator.flow and proposed and not _DECIDED.search(s.lower, proposed.end(), q.start):
        # "Xét đề nghị … tặng bằng khen cho 4 tập thể": awards asked for, not yet given; "xét
        # Tờ trình …, Ban Thường vụ Thành ủy quyết định trao Huy hiệu Đảng cho 25 đảng viên":
        # the request granted.
        return False
    named = reading.phrase
    if named is not None and "năm" in indicator.unit:
        between = (min(named.start, q.start), max(named.end, q.start))
        if _MONTHLY.search(s.lower, *between):
            # "thu nhập bình quân/tháng … là 3,230 triệu đồng": a month's, not a year's.
            return False
    per_hectare = reading.phrase is not None and bool(
        _PER_HECTARE_PHRASE.search(s.lower, reading.phrase.start, reading.phrase.end)
    )
    if (
        named is not None
        and s.lower[named.start : named.end] == "thu nhập"
        and not _PER_PERSON.search(s.lower, q.start, q.end + 12)
        # "từ 11,5 triệu đồng/người/năm (năm 2010) lên 46,21 triệu đồng": the level reached
        # is per head like the one it rose from.
        and not _PER_PERSON.search(s.lower, named.end, q.start)
    ):
        # "Phấn đấu thu nhập 130 triệu đồng/người/năm" is per head; "gia đình ông A có thu
        # nhập hơn 300 triệu đồng mỗi năm" is one family's.
        return False
    if not _same_per_unit(indicator, s.text[q.start : q.end], per_hectare):
        # "bình quân 180 triệu đồng/ha" is a rate per hectare, not a total value.
        return False
    if kind == "part" and (
        _GRADED_AFTER.match(s.lower, q.end)
        or (
            reading.phrase is not None
            and _STAR_GRADE.search(s.lower, reading.phrase.start, reading.phrase.end)
        )
    ):
        # "44 sản phẩm OCOP, trong đó 26 sản phẩm đạt 3 sao, 17 sản phẩm đạt 4 sao": by grade.
        return False
    if kind == "part" and indicator.flow and q.denominator is None and stock_whole:
        # "356 đảng viên, trong đó 48 đảng viên được tặng Huy hiệu …" lists members, not this
        # year's awards; "tiếp nhận 4.215 hồ sơ, trong đó 3.380 hồ sơ trực tuyến" is a flow's.
        return False
    phrase = reading.phrase
    if indicator.key == "chi_bo" and (
        _INSIDE_PARTY_BODIES.search(s.lower, 0, q.start) or cells_of_party_bodies(s.lower, q)
    ):
        # "248 đảng bộ cơ sở (14 đảng bộ bộ phận và 2.370 chi bộ trực thuộc)": the cells
        # of those party bodies, not the unit's own cells.
        return False
    if indicator.key == "dai_bieu_dai_hoi" and _ELECTED_TO_ANOTHER.search(
        s.lower, 0, min(len(s.lower), q.end + 120)
    ):
        # "bầu 22 đại biểu dự đại hội Đảng cấp trên", "bầu đoàn đại biểu dự Đại hội Đảng bộ
        # tỉnh … gồm 40 đồng chí": delegates sent on to another congress, not this one's.
        return False
    if indicator.unit == "chỉ tiêu" and _NTM_SUBCRITERIA.match(s.lower, q.end):
        # "đạt 16/19 tiêu chí và 53/57 chỉ tiêu xây dựng nông thôn mới": the standard's
        # sub-criteria, not a resolution's targets.
        return False
    if (
        indicator.unit == "xã"
        and reading.phrase is not None
        and reading.phrase.start >= q.end
        and _BOTH_GRADES_AFTER.match(s.lower, reading.phrase.end)
    ):
        # "7 xã đạt chuẩn nông thôn mới nâng cao, nông thôn mới kiểu mẫu", "10 xã đạt chuẩn
        # nông thôn mới và nông thôn mới nâng cao": communes of two grades, neither alone.
        return False
    if (
        reading.phrase is not None
        and not q.in_words
        and any(
            m.start() <= reading.phrase.start < m.end()
            for m in POOR_AND_NEAR_POOR.finditer(s.lower)
        )
    ):
        # "6 hộ nghèo và cận nghèo, chiếm tỷ lệ 0,83%": both grades together, neither alone
        # ("không còn hộ nghèo và cận nghèo" is none of either).
        return False
    if indicator.unit == "chỉ tiêu" and _FIELD_BEFORE.search(s.lower, 0, q.start):
        # "18 chỉ tiêu đạt và vượt; trong đó, kinh tế 4/4 chỉ tiêu, văn hóa-xã hội 9/10 chỉ
        # tiêu": one field's targets, a part of the whole.
        return False
    if _ECONOMIC_SHARE.search(s.lower, s.lower.rfind(";", 0, q.start) + 1, q.start):
        # "tỷ trọng giá trị sản xuất nông - lâm - thuỷ sản chiếm 34%": the economy's make-up.
        return False
    if (
        indicator.key == "tang_truong_gtsx"
        and phrase is not None
        and phrase.end <= q.start
        and _OF_A_SECTOR.search(s.lower, phrase.end, q.start)
    ):
        # "tốc độ tăng trưởng giá trị gia tăng của khu vực nông nghiệp … đạt 5,5%": one
        # sector's growth, not the economy's.
        return False
    if (
        phrase is not None
        and _GROWTH_OF_ANOTHER.match(s.lower, phrase.end)
        and (s.lower[phrase.start : phrase.end].endswith("tăng trưởng"))
    ):
        # "tốc độ tăng trưởng đàn vật nuôi … 5%/năm": the growth of a herd, not the economy.
        return False
    if (
        phrase is not None
        and "cơ bản đạt"
        in s.lower[min(q.end, phrase.start) : phrase.end]
        + _NEXT_ITEM.split(s.lower[phrase.end : phrase.end + 20])[0]
    ) or _NEARLY_AFTER.match(s.lower, q.end):
        # "44 xã đạt chuẩn và cơ bản đạt chuẩn nông thôn mới" counts those nearly there too;
        # "…, 3/25 xã cơ bản đạt chuẩn" counts only those.
        return False
    if (
        phrase is not None
        and phrase.words <= 2
        and indicator.unit in _AREAS
        and _of_another_noun(s.text, phrase.start)
    ):
        # "vùng trồng cây ăn quả lớn của tỉnh với diện tích gần 3.200 ha": the area of the
        # fruit-growing zone; "xã Tân Phước với diện tích 25 km²" is the commune's.
        return False
    if phrase is not None and (
        _AREA_AFTER.match(s.lower, phrase.end)
        or (phrase.end <= q.start and _AREA_AFTER.search(s.lower, phrase.end, q.start))
    ):
        # "Tỉ lệ hộ nghèo khu vực nông thôn của huyện", "… của các xã", "… tại 9 xã": a part
        # of the unit.
        return False
    if indicator.flow and within_a_sector(s.lower, q):
        # "kết nạp được 8 đảng viên mới trong các doanh nghiệp": the admissions of one sector.
        return False
    if indicator.flow and phrase is not None and names_a_sector(s.lower, phrase.end):
        # "Giá trị sản xuất công nghiệp … tăng 42,2%": how one sector's output grew.
        return False
    if indicator.flow or phrase is None:
        # A flow's phrase names its action; a slot ("kết nạp # đảng viên") or a head noun
        # names the counted thing itself.
        return True
    if phrase.start >= q.end:
        if q.percent or q.denominator is not None:
            return True
        # "130 đảng viên nữ", "13 chi bộ thôn", "9 tiêu chí đô thị văn minh" count less.
        return not narrowed_after(s.lower, phrase.end, strict=kind == "part", text=s.text)
    if (
        indicator.kind == "count"
        and s.words(phrase.end, q.start)
        and narrowed_after(s.lower, phrase.end, linked=True, text=s.text)
    ):
        # "Giá trị sản xuất công nghiệp - xây dựng đạt 150 tỷ đồng" is a part's value.
        return False
    if indicator.kind == "percent" and _GROUP_OF_UNITS.search(
        s.lower, s.clause(q.start)[0], phrase.start
    ):
        # "9/13 địa phương còn lại tỷ lệ hộ nghèo dưới 1%": the rate of a group of units.
        return False
    if indicator.kind == "percent" and _HIGHER_GRADE.match(s.lower, phrase.end):
        # "109 xã đạt chuẩn nông thôn mới kiểu mẫu (chiếm 29%)": the share of a higher grade.
        return False
    if indicator.kind == "percent" and _GROUP_AFTER.match(s.lower, phrase.end):
        # "hộ nghèo dân tộc thiểu số chiếm khoảng 18,77%": the rate of one group.
        return False
    if q.percent or q.money or q.measure or q.denominator is not None:
        return True
    # The measure was named before the number: the number must not name a noun of its own
    # ("… kết nạp 100 đảng viên …, có 54 chi, đảng bộ cơ sở" is no count of members).
    noun = label_after(s.lower, s.text, q)
    if noun is None:
        return True
    # "gồm 8 đảng bộ phường" names a narrower noun than "đảng bộ"; "lên 312 đồng chí",
    # "là 45 hộ" only repeat the unit.
    return is_classifier(noun[1]) or noun[0].lower() == indicator.unit.split("/")[0]


def _with_total(reading: Reading, totals: dict[int, tuple[str, float]], s: _Sentence) -> Reading:
    """ "trong 23 chỉ tiêu …, có 7 chỉ tiêu đạt" reads as 7/23."""
    q = reading.quantity
    if reading.indicator.kind != "ratio" or q.denominator is not None or not totals:
        return reading
    noun = " ".join(s.words(q.end, min(len(s.text), q.end + 40))[:2])
    for start, (total_noun, amount) in totals.items():
        if start < q.start and total_noun and total_noun == noun:
            return Reading(
                q, reading.indicator, reading.value, amount, reading.score, kind=reading.kind
            )
    return reading
