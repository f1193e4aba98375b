"""Which unit a figure is about: the article's subject, or another unit it names.

An article is about one unit, its subject: the commune or district its title and text
name most. A sentence may name others ("làm việc với Đảng ủy xã Thạnh Lợi", "Xã Tân Lập
(huyện Đồng Phú, tỉnh Bình Phước)"); a figure goes to the unit named nearest before it in
its clause, else in its sentence, else to the subject. Bare words ("xã", "Huyện ủy") mean
the subject or its parents. A hamlet ("ấp Cái Chốt") or a lower level we cannot name
means the figure is not the subject's: it is left out rather than misfiled.

Names listed after one level word ("2 xã Pô Kô và Đắk Rơ Nga") are each a unit of their
sentence. A title picks the subject's level: "… công nhận 13 xã …" is above the communes,
"Phường lớn nhất …" is the ward of a name the body also gives its former city, and a
bare province opening it ("Quảng Trị: 18 xã …") is the subject unless it names another
unit. A name inside a longer one ("Lâm Hà" in "Phúc Thọ Lâm Hà") counts for the longer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from rapidfuzz.distance import Levenshtein

from bot.extraction.document import Document
from bot.extraction.models import UnitRef
from bot.extraction.places import Places, former_names, loose, loose_pattern
from bot.extraction.quantities import COUNT_WORDS
from bot.text import fold

__all__ = ["ArticleUnits", "Mention", "under_hamlet"]

RANK = {"commune": 0, "district": 1, "province": 2}

# Papers shorten level words, with or without a space before the name: "TP.Cao Lãnh",
# "TX. Ninh Hòa", "P.Cao Lãnh", "H.Bình Chánh", "Q.1", "X.Tân Phước".
_LEVEL_WORD = re.compile(
    r"(?<!\w)(?:(?P<word>(?:tp|tx|tt|(?-i:[PQHX]))\.|(?:thành phố|thị trấn|thị xã|tỉnh|huyện|quận"
    r"|xã|phường|tp)(?!\w))(?P<org>\s+(?:ủy|uỷ)(?!\w))?|(?P<org_word>thị|thành)\s+(?:ủy|uỷ)(?!\w))",
    re.IGNORECASE,
)
# A one-letter abbreviation is also a person's initial ("H.Đ"): it names a unit only when
# the gazetteer knows the name after it.
_INITIALS = frozenset({"p.", "q.", "h.", "x."})
_WORD_LEVELS = {
    "thành phố": ("city", "Thành phố"),
    "tp.": ("city", "Thành phố"),
    "tp": ("city", "Thành phố"),
    "thành": ("city", "Thành phố"),
    "thị trấn": ("commune", "Thị trấn"),
    "tt.": ("commune", "Thị trấn"),
    "thị xã": ("district", "Thị xã"),
    "tx.": ("district", "Thị xã"),
    "thị": ("district", "Thị xã"),
    "tỉnh": ("province", "Tỉnh"),
    "huyện": ("district", "Huyện"),
    "quận": ("district", "Quận"),
    "xã": ("commune", "Xã"),
    "phường": ("commune", "Phường"),
    "p.": ("commune", "Phường"),
    "x.": ("commune", "Xã"),
    "h.": ("district", "Huyện"),
    "q.": ("district", "Quận"),
}
_TYPE_LEVELS = {unit_type: level for level, unit_type in _WORD_LEVELS.values()}
# "bản Thái Hưng" is a hamlet of the northern uplands; "văn bản", "cơ bản" are words, and
# "khu vực nông thôn 38,34 triệu đồng" names no "thôn 38".
_HAMLET = re.compile(
    r"(?<!\w)(?:ấp|(?<!nông )thôn|khu phố|khu dân cư|tổ dân phố|(?-i:TDP)|khóm|xóm|buôn"
    r"|(?<!văn )(?<!cơ )(?<!căn )(?<!phiên )(?<!nguyên )bản(?=\s+(?-i:[A-ZĐ])))"
    r"\s+(?:số\s+(?=\d))?(\w+)",
    re.IGNORECASE,
)
# A party organisation of an agency or a body ("Đảng bộ Công an tỉnh", "Chi bộ Trường THCS
# …", "Đảng bộ Khối chính quyền", "Đảng ủy Các Khu chế xuất"): a sub-unit whose figures
# are not the unit's above it.
# "Trường Đại học Kỹ thuật y tế Hải Dương (12 đảng viên)": a school or a hospital is a body
# of its own too, and the place in its name is no unit ("Trường Thọ" alone is a commune).
_ORGANISATION = re.compile(
    r"(?<!\w)(?:Đảng bộ|Đảng ủy|Đảng uỷ|Chi bộ|Bệnh viện|Trường(?=\s+(?:Đại học|Cao đẳng|Trung học"
    r"|THCS|THPT|Tiểu học|Mầm non|Mẫu giáo|Chính trị|PT)))\s+"
    r"(?!(?:xã|phường|thị|huyện|quận|tỉnh|thành|TP|TX)(?!\w))"
    r"([A-ZĐ]\w*)"
)
# "Đảng bộ Bảo Lộc đã …": the capitalised words of the name after a party body.
_NAME_AFTER_BODY = re.compile(r"[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){1,3}")
# "Ea M’Droh", "Cư M'gar": Central Highlands names keep their apostrophes.
_FIRST_WORD = re.compile(r"\s*(\w+(?:['’]\w+)*)")
_WORD_GAP = re.compile(r"\s+(?=\w)")
_NEXT_WORD = re.compile(r"(?:[ \t]+|\s*[-–]\s*)(\w+(?:['’]\w+)*)")
_PAREN_OPEN = re.compile(r"\s*\(\s*")
_PART = re.compile(r"[^,;]+")
# "xã Hồng Kỳ, huyện Sóc Sơn", "xã Ngũ Phụng của huyện Phú Quý": the unit that places it.
_BEFORE_LEVEL = re.compile(
    r"\s*(?:,|(?<=\w)\s+(?:của|thuộc))?\s*(?=(?:huyện|quận|thị xã|thành phố|tp\.?|tỉnh)\s)", re.I
)
# "huyện đảo Phú Quý": an island district, named after its kind.
_ISLAND = re.compile(r"\s+đảo(?=\s)")
_LIST_JOIN = re.compile(r"\s*(?:,|và)\s*")
_BODY_BEFORE = re.compile(
    r"(?<!\w)(?:Đài|Báo|Sở|(?:Tổng\s+)?Công\s+ty|Ngân\s+hàng|Bệnh\s+viện|Trường|Bưu\s+điện"
    r"|Điện\s+lực|Quỹ)(?!\w)[^,;.:()\n]{0,30}$"
)
# ", Công an tỉnh, Gia Lộc, 45 TCCSĐ, ": more items of a list of names (or counts).
_NAMES_LISTED = re.compile(r"\s*,\s*(?:(?:[A-ZĐ][^\W\d_]*|\d[\d.,]*)(?:\s+[^\W\d_]+){0,5}\s*,\s*)*")
# "… 04 xã: Bình Chánh, …", "Các xã được xét đợt này gồm: Đức Mạnh …".
_COLON_LIST_OPEN = re.compile(r"(?:\s+[^\W\d_]+){0,6}?\s*:\s*")
_COLON_LIST_JOIN = re.compile(r"\s*(?:,|;|và)\s*")
_BRACKET = re.compile(r"\s*\([^()]{0,60}\)")
# "05 xã (An Ngãi, An Nhứt, …)": a count, then its units named in a bracket.
_COUNT_BEFORE = re.compile(r"(\d+)\s+$")
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")
_MIN_LISTED = 2
_PREVIOUS_WORD = re.compile(r"(\S+)\s*$")
_PLACED_AFTER = re.compile(r"\s*(?:,|\(|[-–])\s*")
# "xã đạt chuẩn nông thôn mới" with no name: the kind of unit that met the standard.
_GENERIC_AFTER = re.compile(r"\s+đạt\s+chuẩn\s+(?:nông\s+thôn\s+mới|NTM)(?!\w)")
_PROGRAMME_AFTER = re.compile(r"\s+N(?:ÔNG|ông)\s+(?:thôn|Thôn|THÔN)(?!\w)")
# "đạt chuẩn xã NTM", "chuẩn xã nông thôn mới": the standard's name, no commune spoken of.
_STANDARD_BEFORE = re.compile(r"(?<!\w)chuẩn\s+$", re.I)
_STANDARD_AFTER = re.compile(r"\s+(?:nông\s+thôn|ntm)(?!\w)", re.I)
# "xã biên giới Bù Gia Mập", "huyện miền núi Quế Phong", "xã đảo Nhơn Châu": what kind of
# place it is, between the level word and the name.
_PLACE_KIND = re.compile(
    r"\s+(?:biên\s+giới|vùng\s+(?:cao|sâu|biên)|miền\s+núi|đảo|ven\s+biển|bãi\s+ngang)(?=\s)"
)
# A title in capitals: the words after a level word that may be a name, and where to look.
_CASED_WORD = re.compile(r"[^\W\d_]+")
_CASED_RUN = re.compile(r"\s+([^\W\d_]+(?:\s+[^\W\d_]+){0,5})")
_MIN_CASED_WORDS = 2
# Communes of a district named in an article that tell which province's district it is.
_TELLING_COMMUNES = 2
_CASED_LEVELS = {
    "city": ("district", "province"),
    "district": ("district",),
    "commune": ("commune",),
    "province": ("province",),
}
_MAX_NAME_WORDS = 6
_COUNTING_WORDS = frozenset({"các", "những", "mỗi", "từng", "nhiều", "vài", "mấy", "số"})
# "xã hội" (society), "xã viên", "hợp tác xã" … are not communes.
_NOT_COMMUNE_AFTER = frozenset({"hội", "viên", "giao", "luận", "tắc", "đội"})
_NOT_COMMUNE_BEFORE = frozenset({"tác"})
# How far into the lead (folded) a commune's party body may open it.
_PARTY_LEAD_CHARS = 40
_ROAD_BEFORE = frozenset({"đường", "trục", "liên"})
_PER_UNIT_BEFORE = re.compile(r"/\s*(?:1\s+|một\s+)?$")
_AREA_BEFORE = re.compile(r"(?<!\w)khu\s+vực$", re.IGNORECASE)
# A title followed by a person ("Chủ tịch UBND huyện Nguyễn Văn A"): family names that
# start no unit the gazetteer knows are read as a person, not a place.
_SURNAMES = frozenset(
    {
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Đoàn",
        "Đinh",
        "Lương",
        "Trương",
        "Cao",
        "Lâm",
        "Mai",
        "Tô",
    }
)
# "Ấp biên giới Bắc Đai được công nhận …": a title opening on a hamlet, named a few words on.
_HAMLET_OPENS = re.compile(r"\s*(?:ấp|thôn|bản|xóm|buôn|khóm|khu\s+phố|tổ\s+dân\s+phố)\s", re.I)
# Units known by a number: "Phường 3", "Quận 1", "thị trấn 2"; no "xã 100".
_NUMBERED_UNIT = re.compile(r"phường|quận|thị\s+trấn")
# "Chợ Mới: Công nhận 3 thôn …": a title opening on a name and a colon.
_TITLE_NAME_COLON = re.compile(r"\s*((?:[A-ZĐ]\w*\s+){0,3}[A-ZĐ]\w*)\s*:")
# Provincial papers' bylines ("(QBĐT) - Những năm qua, …", "LSO-Ngày 3/6, …"); the
# national papers' (TPO, NDO, TTXVN) and the ambiguous "(ĐN)" name no province.
_PAPER_BYLINES = {
    "BBG": "Bắc Giang",
    "BDK": "Bến Tre",
    "BHG": "Hà Giang",
    "BPO": "Bình Phước",
    "BTN": "Tây Ninh",
    "BTNO": "Tây Ninh",
    "BĐ": "Bình Định",
    "CTO": "Cần Thơ",
    "GLO": "Gia Lai",
    "HGO": "Hậu Giang",
    "LSO": "Lạng Sơn",
    "QBĐT": "Quảng Bình",
    "QNO": "Quảng Nam",
    "STO": "Sóc Trăng",
    "VLO": "Vĩnh Long",
    "ĐBP": "Điện Biên",
    "ĐLO": "Đắk Lắk",
    "ĐNO": "Đà Nẵng",
}
_BYLINE = re.compile(r"\s*\(?([A-ZĐ]{2,5})\)?\s*[-–]")
# "baocaobang.vn", "www.baodongnai.com.vn": a provincial paper's address.
_PAPER_HOST = re.compile(r"(?<![\w.])(?:www\.)?([a-z]+)\.(?:com\.vn|org\.vn|vn)(?![\w.])")
_LEAD_CHARS = 200
_OWNER_BEFORE = re.compile(r"(?<!đầu tiên)(?<!duy nhất)(?<!\d)\s+của\s+$")
# "Bắc Ninh tiếp tục phấn đấu có ít nhất 6 xã …, tiến tới năm 2025 có 50% …": the
# province is what the sentence goes on about.
_SUBJECT_VERB = re.compile(
    r"\s+(?:(?:(?:đã|hiện|vừa|đến nay)\s+)?(?:có|đạt|còn)|tiếp tục phấn đấu)(?!\w)"
)
# "xã Kiên Giang", "báo Kiên Giang": the name of something else; "xã đầu tiên của Kiên
# Giang …", "về An Giang": a place named in passing, not who the clause is about.
_NOT_PROVINCE_BEFORE = frozenset(
    {
        "xã",
        "huyện",
        "phường",
        "quận",
        "thị",
        "trấn",
        "ấp",
        "thôn",
        "báo",
        "đài",
        "sông",
        "cầu",
        "theo",
        "về",
        "tại",
        "ở",
        "với",
        "đến",
        "tới",
        "từ",
    }
)
_TITLE_BONUS = 2
# "Gia Lai: Đơn vị cấp huyện đầu tiên về đích …", "Quảng Ngãi: Đại hội điểm bầu trực tiếp Bí
# thư cấp huyện": the title is about one unit of that level.
_ONE_OF_LEVEL = re.compile(r"(?<!\d\s)(?:đơn vị|địa phương|bí thư)\s+cấp\s+(huyện|xã)(?!\w)", re.I)
_LEVEL_OF_GRADE = {"huyện": "district", "xã": "commune"}
_PLACING_BRACKET = re.compile(r"\s*\)")
_RANK_WINDOW = 60
# "Bản đầu tiên của huyện Mộc Châu đạt chuẩn …": the unit a title ranks its subject within
# is not what the article is about.
_RANKED_WITHIN = re.compile(
    r"(?<!\w)(?:đầu tiên|duy nhất|thứ\s+\d+|dẫn đầu|hàng đầu|cao nhất|thấp nhất)"
    r"(?:\s+[^\W\d_]+){0,3}?"
    r"\s+(?:của|trong)(?:\s+(?:huyện|quận|thị xã|thành phố|tỉnh|xã|phường|thị trấn|tp\.?))?\s*$",
    re.I,
)
_HAMLET_GAP = 9
_COUNTED_COMMUNES = re.compile(
    r"(?<![\w/])(?:\d+|" + "|".join(COUNT_WORDS) + r")\s+(?:xã|phường|thị trấn)(?!\w)"
    r"(?!\s+(?-i:[A-ZĐ])|\s+hội(?!\w))",
    re.I,
)
# "Hai huyện, thị xã của tỉnh Trà Vinh …", "5 xã của tỉnh …": units counted, then their
# province.
_COUNTED_UNITS_OF = re.compile(
    r"(?<![\w/])(?:\d+|" + "|".join(COUNT_WORDS) + r")\s+(?:huyện|xã|phường|thị xã|thị trấn)"
    r"(?:\s*,\s*(?:huyện|xã|phường|thị xã|thị trấn|thành phố))*\s+(?:của|thuộc)\s+tỉnh\s",
    re.I,
)
# "Toàn tỉnh kết nạp …", not "Tỉnh Ninh Thuận …" (a capital after "tỉnh" names one).
_WHOLE_PROVINCE = re.compile(
    r"^(?:\S+\s+){0,3}?(?:toàn\s+tỉnh|tỉnh)(?!\s+(?-i:[A-ZĐ]))(?!\w)", re.I
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A unit named in a sentence; ``name`` None for a bare level word ("huyện")."""

    start: int
    end: int
    level: str | None
    name: str | None
    type: str | None = None
    district: str | None = None
    province: str | None = None
    hamlet: bool = False
    organ: bool = False
    #: Named after another unit's level word ("xã Tân Cảnh, Diên Bình"): one of a list.
    listed: bool = False
    #: A province named without "tỉnh": its own sentence's unit, not the paragraph's focus.
    passing: bool = False


@dataclass(slots=True)
class _Known:
    name: str
    levels: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    district: str | None = None
    province: str | None = None
    first: int = 0
    #: The level the article first names it at ("UBND huyện Đakrông"), which breaks a tie.
    first_level: str | None = None
    in_title: bool = False


def _previous_word(text: str, position: int, floor: int = 0) -> str:
    """The word before ``position``, lower case; empty after a stop or a comma."""
    found = _PREVIOUS_WORD.search(text[max(floor, position - 30) : position])
    if not found or found.group(1)[-1] in ',.;:)”"':
        return ""
    return found.group(1).lower().strip('(“"')


def _name_run(text: str, position: int, limit: int) -> list[tuple[int, int]]:
    """Spans of the capitalised words from ``position`` ("Mỹ Thạnh Đoàn Phương Tùng").

    Acronyms ("xã NTM", "huyện UBND") are not names: Vietnamese place names are title case.
    """
    spans: list[tuple[int, int]] = []
    found = _FIRST_WORD.match(text, position, limit)
    while found and len(spans) < _MAX_NAME_WORDS:
        word = found.group(1)
        acronym = len(word) > 1 and word.isupper()
        # "Phường 1", and "Xuân Thọ 1" whose number ends the name.
        numbered = word.isdigit() and (not spans or len(word) <= 2)
        if acronym or not (word[0].isupper() or numbered):
            break
        spans.append(found.span(1))
        if word.isdigit():
            break
        found = _NEXT_WORD.match(text, found.end(), limit)
    return spans


_ORGANISATION_WORD = re.compile(r"\s+(\w+)")
_ORGANISATION_LEVELS = frozenset({"tỉnh", "huyện", "xã", "thành", "phố", "thị"})
_ORGANISATION_WORDS = 6
_ORGANISATION_LOWER_WORDS = 5


def _organisation_end(text: str, position: int, limit: int) -> int:
    """Where an organisation's name ends: its capitalised words, then a level word that
    closes it ("… Công an tỉnh"); a lower-case word inside it ("Bộ đội Biên phòng tỉnh",
    "Quân sự tỉnh") when the name or its level word goes on after it."""
    end = position
    for _ in range(_ORGANISATION_WORDS):
        found = _ORGANISATION_WORD.match(text, end, limit)
        if found is None:
            break
        word = found.group(1)
        if word.lower() in _ORGANISATION_LEVELS:
            return found.end()
        if word[0].isupper() and not word.isupper():
            end = found.end()
            continue
        if not _name_goes_on(text, found.end(), limit):
            break
        end = found.end()
    return end


def _name_goes_on(text: str, position: int, limit: int) -> bool:
    """A capitalised word or a closing level word comes within a few lower-case words
    ("Trường Đại học Kỹ thuật y tế Hải Dương")."""
    for _ in range(_ORGANISATION_LOWER_WORDS):
        following = _ORGANISATION_WORD.match(text, position, limit)
        if following is None:
            return False
        word = following.group(1)
        if word.lower() in _ORGANISATION_LEVELS or (word[0].isupper() and not word.isupper()):
            return True
        position = following.end()
    return False


def _province_pattern(name: str, aliases: Sequence[str]) -> re.Pattern[str]:
    """A province's name as pages write it, "Bà Rịa - Vũng Tàu" with any spacing round the
    dash, and its old names first ("Thừa Thiên Huế" before "Huế")."""
    spelled = [
        re.escape(n).replace(r"\ \-\ ", r"\s*-\s*")
        for n in sorted((*aliases, name), key=len, reverse=True)
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(spelled) + r")(?!\w)")


def under_hamlet(mentions: list[Mention], mention: Mention) -> bool:
    """The mention names the commune of a hamlet named just before it ("thôn 5 xã X")."""
    earlier = [m for m in mentions if m.end <= mention.start]
    # Room for the level word between them ("thôn 5 xã X", "ấp Chợ, phường Y").
    return bool(earlier) and earlier[-1].hamlet and mention.start - earlier[-1].end <= _HAMLET_GAP


def _opens_on_placed_hamlet(sentence: str, mentions: list[Mention], mention: Mention) -> bool:
    """The sentence opens on a hamlet and names its commune next ("Tổ dân phố 14, phường
    Mường Thanh hiện có …"), not on a party body of the commune ("Chi bộ Đảng xã …")."""
    if not under_hamlet(mentions, mention):
        return False
    hamlet = max((m for m in mentions if m.end <= mention.start), key=lambda m: m.end)
    return hamlet.start == 0 and _HAMLET.match(sentence, hamlet.start) is not None


class ArticleUnits:
    """The units one article names, its subject, and who each figure belongs to."""

    def __init__(self, document: Document, places: Places, province_names: Sequence[str]):
        self._places = places
        self._text = self._cased_title(document, province_names)
        self._provinces = {fold(p): p for p in province_names}
        self._provinces |= {fold(alias): p for p in province_names for alias in former_names(p)}
        self._province_patterns = [
            (p, _province_pattern(p, former_names(p))) for p in province_names
        ]
        self.subject: UnitRef | None = None
        #: The title is about a hamlet of the subject commune ("Ấp biên giới Bắc Đai được
        #: công nhận …"): figures no sentence gives another unit are the hamlet's.
        self.about_a_hamlet = False
        self._known: dict[str, _Known] = {}
        self._marked_twins: dict[str, _Known] = {}
        # Names the gazetteer supplied for the subject's units, never written with a level.
        self._supplied: set[str] = set()
        title = next((p for p in document.paragraphs if p.is_title), None)
        #: Districts that place the units of a list ("4 xã: Sơn Định, Sơn Xuân (huyện Sơn Hòa)").
        self._listing_districts: set[str] = set()
        for paragraph in document.paragraphs:
            for mention in self._scan_levels(paragraph.start, paragraph.end):
                ranked = bool(_RANKED_WITHIN.search(self._text, paragraph.start, mention.start))
                self._remember(mention, in_title=paragraph is title and not ranked)
                if mention.listed and mention.district:
                    self._listing_districts.add(mention.district)
        self._merge_misspellings()
        self.provinces_named = self._provinces_named()
        self._refs: dict[str, UnitRef] = {}
        self._name_patterns = [
            (k.name, re.compile(r"(?<!\w)" + re.escape(k.name) + r"(?!\w)"))
            for k in sorted(self._known.values(), key=lambda k: len(k.name), reverse=True)
        ]
        self._title = title
        self._document = document
        subject = self._choose_subject() or self._subject_from_title()
        self.subject = self._province_over_title(self._title_level(subject))
        self._know_the_districts_communes()

    def _know_the_districts_communes(self) -> None:
        """A district's article names its communes bare ("Tân Hiệp đạt 15/19 tiêu chí",
        "thấp nhất là Tam Đàn: 1,51%"): the gazetteer's communes of the subject district
        are names the article may use alone."""
        subject = self.subject
        if subject is None or subject.level not in ("district", "province"):
            return
        if subject.level == "province":
            # "số hộ nghèo tại các huyện, gồm: Ninh Sơn 2.638 hộ, Thuận Bắc …": a province's
            # article names its districts bare.
            names, level, district = self._places.districts_of(subject.name), "district", None
            province: str | None = subject.name
        else:
            province = subject.province or self._province_by_communes(subject.name)
            names = self._places.communes_of(subject.name, province) if province else []
            level, district = "commune", subject.name
        if province is None:
            return
        added = []
        for name in names:
            key = fold(name)
            if key == fold(subject.name) or len(name.split()) < 2:
                continue
            twin = self._known.get(key)
            if twin is not None and loose(twin.name) == loose(name):
                continue
            known = _Known(name, first=len(self._text), district=district)
            known.levels[level] += 1
            known.province = province
            self._supplied.add(name)
            if twin is None:
                self._known[key] = known
            else:
                # "Tam Đàn" and "Tam Dân" fold alike: the one told apart by its marks.
                self._marked_twins[name] = known
            added.append(name)
        # A name the gazetteer supplies is matched as pages misspell it ("Đắk Glong"), unless
        # a twin is told apart by its marks alone.
        twinned = {fold(n) for n in self._marked_twins}
        patterns = [
            (n, re.compile(r"(?<!\w)" + re.escape(n) + r"(?!\w)"))
            if fold(n) in twinned
            else (n, loose_pattern(n))
            for n in added
        ]
        self._name_patterns = sorted(
            [*self._name_patterns, *patterns], key=lambda p: len(p[0]), reverse=True
        )

    def _province_by_communes(self, district: str) -> str | None:
        """Of the provinces with a district of this name ("Phú Ninh" in Quảng Nam, "Phù
        Ninh" in Phú Thọ), the one whose communes the article names."""
        named = [
            province
            for province in sorted(self._places.provinces_of_district(district))
            if sum(
                bool(re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", self._text))
                for name in self._places.communes_of(district, province)
                if len(name.split()) >= _MIN_CASED_WORDS
            )
            >= _TELLING_COMMUNES
        ]
        return named[0] if len(named) == 1 else None

    def _cased_title(self, document: Document, province_names: Sequence[str]) -> str:
        """The text with a title written in capitals ("TÌNH HÌNH KINH TẾ XÃ HỘI … TỈNH BÌNH
        THUẬN") in lower case but for the names the gazetteer knows; offsets stay put."""
        title = next((p for p in document.paragraphs if p.is_title), None)
        written = document.text[title.start : title.end] if title else ""
        if not written.isupper() or len(written.lower()) != len(written):
            return document.text
        cased = written.lower()
        names = [(p, re.escape(p.lower())) for p in province_names]
        for word in _LEVEL_WORD.finditer(cased):
            level = _WORD_LEVELS.get(word.group("word") or "", ("", ""))[0]
            run = _CASED_RUN.match(cased, word.end())
            words = list(_CASED_WORD.finditer(cased, *run.span(1))) if run else []
            for count in range(len(words), _MIN_CASED_WORDS - 1, -1):
                name = cased[words[0].start() : words[count - 1].end()].title()
                if any(self._places.knows(name, lv) for lv in _CASED_LEVELS.get(level, ())):
                    names.append((name, re.escape(name.lower())))
                    break
        for name, pattern in names:
            for found in re.finditer(r"(?<!\w)" + pattern + r"(?!\w)", cased):
                cased = cased[: found.start()] + name + cased[found.end() :]
        return document.text[: title.start] + cased + document.text[title.end :]

    def _province_name(self, name: str) -> str | None:
        return self._provinces.get(fold(name))

    def _is_name(self, name: str, level: str) -> bool:
        if level == "city":
            return self._is_name(name, "district") or self._is_name(name, "province")
        if level == "province":
            return self._province_name(name) is not None
        return self._places.knows(name, level) or fold(name) in self._known

    def _pick_name(
        self, spans: list[tuple[int, int]], level: str, strict: bool
    ) -> tuple[str, int] | None:
        """The unit name at the start of a run of capitalised words, and where it ends."""
        for count in range(len(spans), 0, -1):
            name = self._text[spans[0][0] : spans[count - 1][1]]
            if self._is_name(name, level):
                return name, spans[count - 1][1]
            if level in ("commune", "district") and (
                spelled := self._places.respelled(name, level)
            ):
                return spelled, spans[count - 1][1]
        first = self._text[spans[0][0] : spans[0][1]]
        if strict or level == "province" or first in _SURNAMES:
            return None
        last = spans[min(len(spans), 2) - 1][1]
        return self._text[spans[0][0] : last], last

    def _names_follow(self, match: re.Match[str], word: str, limit: int) -> bool:
        """A name the gazetteer knows at the word's level follows it."""
        spans = _name_run(self._text, match.end(), limit)
        level = _WORD_LEVELS[word][0]
        return bool(spans) and self._pick_name(spans, level, strict=True) is not None

    def _not_a_mention(self, match: re.Match[str], word: str, floor: int, limit: int) -> bool:
        previous = _previous_word(self._text, match.start(), floor)
        before = self._text[max(floor, match.start() - 30) : match.start()].rstrip()
        if previous == "số" and re.search(r"(?<!\w)dân\s+số$", before, re.IGNORECASE):
            # "dân số xã trên 11 ngàn người" is the commune's population, "số xã" a count.
            return False
        if previous in ("cấp", "khối") or previous in _COUNTING_WORDS:
            # "cấp xã", "các tổ chức cơ sở đảng khối xã, thị trấn": a tier, not a unit.
            return True
        if _PER_UNIT_BEFORE.search(before):
            # "số tiêu chí bình quân/xã", "12,6 tiêu chí/1 xã": per commune, no commune.
            return True
        if previous.lower() in _ROAD_BEFORE:
            # "đường huyện, đường trục xã, liên xã": kinds of road, not units.
            return True
        if _AREA_BEFORE.search(before) and not self._names_follow(match, word, limit):
            # "tỉ lệ hộ nghèo tại khu vực thị trấn": the town area of the unit, not a unit.
            return True
        listed = re.search(r"(\w+),$", before)
        if listed and listed.group(1).lower() in _WORD_LEVELS:
            # "100 xã, thị trấn": a list of kinds of unit, not a unit.
            return True
        if previous[-1:].isdigit() or previous.endswith("%"):
            # "3 xã đạt chuẩn" counts communes; "2 xã Pô Kô và Đắk Rơ Nga" also names them.
            return not self._names_follow(match, word, limit)
        following = _FIRST_WORD.match(self._text, match.end())
        written = following.group(1) if following else ""
        after = written.lower()
        if after == "giao":
            # "đạt 87,4% chỉ tiêu tỉnh giao": the level that set the target, not a unit.
            return True
        # "xã viên" (a cooperative's member) is a word; "xã Viên An" names a commune.
        noun_after = after in _NOT_COMMUNE_AFTER and not written[:1].isupper()
        return word == "xã" and (previous in _NOT_COMMUNE_BEFORE or noun_after)

    def _past_island(self, position: int, limit: int) -> int:
        """Where the name starts after a level word: past "đảo" in "huyện đảo Phú Quý"."""
        island = _ISLAND.match(self._text, position, limit)
        return island.end() if island else position

    def _part(self, start: int, end: int, level: str) -> tuple[str, str] | None:
        """A parent named in brackets or after a comma: ``(level, name)``."""
        word = _LEVEL_WORD.match(self._text, start, end)
        part_level = None
        position = start
        if word and not word.group("org_word") and not word.group("org"):
            part_level = _WORD_LEVELS[word.group("word").lower()][0]
            position = self._past_island(word.end(), end)
        spans = _name_run(self._text, position, end)
        picked = self._pick_name(spans, part_level or "district", strict=False) if spans else None
        if picked is None:
            return None
        if picked[1] < spans[-1][1] and self._text[spans[-1][1] : end].strip() in ("", ")"):
            # "(Chư Jút)" for "Cư Jút": the gazetteer knows only a shorter name ("Chư") at its
            # start; a parent misspelt is better left out than read as another unit.
            return None
        name = picked[0]
        if part_level is None:
            part_level = "province" if self._province_name(name) else "district"
        elif part_level == "city":
            part_level = "province" if self._places.is_central_city(name) else "district"
        if part_level == "province":
            name = self._province_name(name) or name
        return part_level, name

    def _parents(self, position: int, level: str, limit: int) -> tuple[str | None, str | None, int]:
        parents: dict[str, str] = {}
        opened = _PAREN_OPEN.match(self._text, position, limit)
        if opened:
            close = self._text.find(")", opened.end(), limit)
            if close == -1:
                return None, None, position
            for piece in _PART.finditer(self._text, opened.end(), close):
                offset = piece.start() + len(piece.group()) - len(piece.group().lstrip())
                part = self._part(offset, piece.end(), level)
                if part and RANK[part[0]] > RANK[level]:
                    parents.setdefault(*part)
            if not parents:
                return None, None, position
            return parents.get("district"), parents.get("province"), close + 1
        end = position
        for _ in range(2):
            comma = _BEFORE_LEVEL.match(self._text, end, limit)
            if not comma:
                break
            word = _LEVEL_WORD.match(self._text, comma.end(), limit)
            if not word or word.group("org") or word.group("org_word"):
                break
            spans = _name_run(self._text, self._past_island(word.end(), limit), limit)
            part_end = spans[-1][1] if spans else word.end()
            part = self._part(comma.end(), part_end, level)
            if not part or RANK[part[0]] <= RANK[level] or part[0] in parents:
                break
            parents[part[0]] = part[1]
            end = comma.end() + self._text[comma.end() : part_end].find(part[1]) + len(part[1])
        return parents.get("district"), parents.get("province"), end

    def _scan_levels(self, start: int, end: int) -> list[Mention]:
        mentions: list[Mention] = []
        covered = start
        for match in _LEVEL_WORD.finditer(self._text, start, end):
            if match.start() < covered:
                continue
            word = (match.group("word") or match.group("org_word")).lower()
            org = bool(match.group("org") or match.group("org_word"))
            level, unit_type = _WORD_LEVELS[word]
            if not org and self._not_a_mention(match, word, start, end):
                # "công nhận … cho 04 xã: Bình Chánh, Bình Hải …": counted, then named.
                listed = self._colon_list(match.end(), level, unit_type, end)
                listed = listed or self._bracket_list(match, level, unit_type, end)
                mentions += listed
                covered = listed[-1].end if listed else covered
                continue
            if _PROGRAMME_AFTER.match(self._text, match.end()) or (
                _STANDARD_AFTER.match(self._text, match.end())
                and _STANDARD_BEFORE.search(
                    self._text, max(start, match.start() - 8), match.start()
                )
            ):
                # "đạt huyện Nông thôn mới": the standard a unit reaches, no unit "Nông".
                continue
            initial = word in _INITIALS
            spans = _name_run(self._text, match.end(), end)
            if not spans and not org and (kind := _PLACE_KIND.match(self._text, match.end(), end)):
                spans = _name_run(self._text, kind.end(), end)
            picked = self._pick_name(spans, level, strict=org or initial) if spans else None
            if initial and picked is None:
                continue
            name, name_end = picked if picked else (None, match.end())
            if level == "city":
                level = "province" if name and self._places.is_central_city(name) else "district"
            if level == "province" and name:
                name = self._province_name(name)
            if name and name.isdigit() and not _NUMBERED_UNIT.fullmatch(word):
                # "Trên toàn xã 100% các hộ …": a bare level word, then a figure.
                name, name_end = None, match.end()
            elif name and name.isdigit():
                # The gazetteer, like people, calls "Phường 3" by its type and number.
                name = f"{unit_type} {name}"
            if name is None:
                if (
                    not org
                    and level != "province"
                    and _GENERIC_AFTER.match(self._text, match.end())
                ):
                    # "“bội thu” xã đạt chuẩn nông thôn mới với 45 xã …": communes in general,
                    # the kind of unit that met the standard, no one commune spoken of.
                    continue
                mentions.append(
                    Mention(match.start(), match.end(), level, None, unit_type, organ=org)
                )
                listed = [] if org else self._colon_list(match.end(), level, unit_type, end)
                mentions += listed
                covered = listed[-1].end if listed else match.end()
                continue
            district, province, mention_end = self._parents(name_end, level, end)
            head = Mention(
                match.start(),
                max(mention_end, name_end),
                level,
                name,
                unit_type,
                district,
                province,
            )
            mentions += self._placed_list([head, *self._list_members(head, end)], end)
            covered = mentions[-1].end
        for hamlet in _HAMLET.finditer(self._text, start, end):
            first = hamlet.group(1)
            named = first[0].isupper() or first.isdigit()
            if named and not any(m.start <= hamlet.start() < m.end for m in mentions):
                mentions.append(Mention(hamlet.start(), hamlet.end(), None, first, hamlet=True))
        for body in _ORGANISATION.finditer(self._text, start, end):
            if any(m.start <= body.start(1) < m.end for m in mentions):
                continue
            if self._own_party(body):
                # "toàn Đảng bộ Bảo Lộc đã kết nạp 45 đảng viên mới": the unit's own party
                # organisation, named without its level word, is the unit itself.
                continue
            stop = _organisation_end(self._text, body.end(), end)
            # "Đảng bộ Bộ đội Biên phòng tỉnh": the level word closes the name, it is no unit.
            mentions = [m for m in mentions if not body.start() <= m.start < stop]
            mentions.append(Mention(body.start(), stop, None, body.group(1), hamlet=True))
        return sorted(mentions, key=lambda m: m.start)

    def _own_party(self, body: re.Match[str]) -> bool:
        """ "Đảng bộ Bảo Lộc", "Đảng ủy Linh Thông": a party body named for a unit the
        gazetteer knows (its name written whole, capitalised) is that unit's own."""
        if not body.group().startswith(("Đảng bộ", "Đảng ủy", "Đảng uỷ")):
            return False
        words = _NAME_AFTER_BODY.match(self._text, body.start(1))
        if words is None:
            return False
        name = words.group().strip()
        return any(self._places.knows(name, level) for level in ("commune", "district"))

    def _siblings(self, first: str, second: str) -> bool:
        """The gazetteer has communes of both names in one district."""
        districts = {(d, p) for d, p in self._places.places_of_commune(first) if d}
        return bool(districts & self._places.places_of_commune(second))

    def _list_member(self, head: Mention, position: int, limit: int) -> tuple[str, int] | None:
        """A unit the gazetteer knows at the head's level named at ``position``, and where
        it ends; None for a name of a level above ("xã Hồng Kỳ, Yên Thế" names the
        district), unless it is a commune of the head's own district ("Hai xã Gia Ninh và
        Vạn Ninh", though Vạn Ninh is also a district of Khánh Hòa)."""
        assert head.level is not None and head.name is not None
        spans = _name_run(self._text, position, limit)
        for count in range(len(spans), 0, -1):
            name = self._text[spans[0][0] : spans[count - 1][1]]
            if not self._places.knows(name, head.level):
                continue
            if self._province_name(name):
                return None
            above = head.level == "commune" and self._places.knows(name, "district")
            if above and not self._siblings(head.name, name):
                return None
            return name, spans[count - 1][1]
        return None

    def _colon_list(
        self, position: int, level: str, unit_type: str | None, limit: int
    ) -> list[Mention]:
        """ "công nhận … cho 04 xã: Bình Chánh, Bình Hải (huyện Bình Sơn); Phổ Nhơn, Phổ
        Khánh", "Các xã được xét đợt này gồm: Đức Mạnh (Đắk Mil); Thuận Hạnh …": units the
        gazetteer knows at the level word's level, listed after a colon."""
        opened = _COLON_LIST_OPEN.match(self._text, position, limit)
        if opened is None or level not in ("commune", "district"):
            return []
        members: list[Mention] = []
        at = opened.end()
        while True:
            spans = _name_run(self._text, at, limit)
            named = next(
                (
                    (self._text[spans[0][0] : spans[n - 1][1]], spans[n - 1][1])
                    for n in range(len(spans), 0, -1)
                    if self._places.knows(self._text[spans[0][0] : spans[n - 1][1]], level)
                ),
                None,
            )
            if named is None or self._province_name(named[0]):
                break
            district, province, end = self._parents(named[1], level, limit)
            if end == named[1] and (bracket := _BRACKET.match(self._text, end, limit)):
                end = bracket.end()
            members.append(
                Mention(at, end, level, named[0], unit_type, district, province, listed=True)
            )
            join = _COLON_LIST_JOIN.match(self._text, end, limit)
            if join is None:
                break
            at = join.end()
        return members if len(members) >= _MIN_LISTED else []

    def _bracket_list(
        self, match: re.Match[str], level: str, unit_type: str | None, limit: int
    ) -> list[Mention]:
        """ "05 xã (An Ngãi, An Nhứt, Tam Phước, Phước Hưng, Phước Tỉnh)": as many names as
        the count, in a bracket of their own, are its units, though the gazetteer may no
        longer know them (merged since)."""
        counted = _COUNT_BEFORE.search(self._text, max(0, match.start() - 8), match.start())
        opened = _BRACKET_OPEN.match(self._text, match.end(), limit)
        if counted is None or opened is None or level != "commune":
            return []
        members: list[Mention] = []
        at = opened.end()
        while spans := _name_run(self._text, at, limit):
            name = self._text[spans[0][0] : spans[-1][1]]
            if self._province_name(name):
                return []
            members.append(Mention(at, spans[-1][1], level, name, unit_type, listed=True))
            join = _LIST_JOIN.match(self._text, spans[-1][1], limit)
            if join is None:
                break
            at = join.end()
        closed = members and _BRACKET_CLOSE.match(self._text, members[-1].end, limit)
        if not closed or len(members) != int(counted.group(1)) or len(members) < _MIN_LISTED:
            return []
        return members

    def _placed_list(self, listed: list[Mention], limit: int) -> list[Mention]:
        """ "2 xã Ngũ Phụng và Long Hải của huyện đảo Phú Quý": the unit after the last name
        places every name listed, not only the last."""
        last = listed[-1]
        if len(listed) < _MIN_LISTED or last.level is None:
            return listed
        district, province, end = self._parents(last.end, last.level, limit)
        if end == last.end:
            return listed
        placed = [
            replace(m, district=m.district or district, province=m.province or province)
            for m in listed
        ]
        placed[-1] = replace(placed[-1], end=end)
        return placed

    def _list_members(self, head: Mention, limit: int) -> list[Mention]:
        """ "xã Tân Cảnh, Diên Bình và Ngọc Tụ": names listed after one level word."""
        if head.level not in ("commune", "district"):
            return []
        members: list[Mention] = []
        position = head.end
        while join := _LIST_JOIN.match(self._text, position, limit):
            member = self._list_member(head, join.end(), limit)
            if member is None:
                break
            members.append(
                replace(head, start=join.end(), end=member[1], name=member[0], listed=True)
            )
            position = member[1]
        return members

    def _merge_misspellings(self) -> None:
        """ "phường Suố Hoa" once beside "Suối Hoa" three times: a typo of the same unit,
        unless the gazetteer knows the rarer spelling or it only adds a letter ("Nhơn Nghĩa
        A")."""
        self._misspelt: dict[str, str] = {}
        counts = {key: sum(k.levels.values()) for key, k in self._known.items()}
        for key, known in list(self._known.items()):
            if counts[key] != 1 or self._places.places_of_commune(known.name):
                continue
            better = [
                other
                for other in self._known
                if other != key
                and counts[other] > 1
                and Levenshtein.distance(key, other) == 1
                and not (other.startswith(key) or key.startswith(other))
            ]
            if len(better) == 1:
                self._misspelt[key] = better[0]
                del self._known[key]

    def _remember(self, mention: Mention, *, in_title: bool) -> None:
        """Keep a unit the article names; one of a list is credited in its sentence only."""
        if mention.name is None or mention.level not in ("commune", "district"):
            return
        if mention.listed:
            return
        known = self._known.setdefault(
            fold(mention.name), _Known(mention.name, first=mention.start)
        )
        known.levels[mention.level] += 1
        known.first_level = known.first_level or mention.level
        if mention.type:
            known.types[mention.type] += 1
        known.district = known.district or mention.district
        known.province = known.province or mention.province
        known.in_title = known.in_title or in_title

    def _provinces_named(self) -> Counter[str]:
        """Provinces the article names, not counting names inside longer names."""
        named: Counter[str] = Counter()
        for name, pattern in self._province_patterns:
            for found in pattern.finditer(self._text):
                before = self._text[max(0, found.start() - 20) : found.start()].rstrip()
                word = re.search(r"(\w+)$", before)
                previous = word.group(1) if word else ""
                # "Nam Bến Tre" (a project) is not the province; "Thừa Thiên Huế" is.
                if previous[:1].isupper() and previous.lower() not in (
                    "tỉnh",
                    "phố",
                    "tp",
                    "thiên",
                ):
                    continue
                if previous.lower() in ("xã", "huyện", "phường", "quận", "ấp", "thôn"):
                    continue
                # "phong cách Hồ Chí Minh" is the man; the city is "Thành phố Hồ Chí Minh".
                if fold(name) == "hochiminh" and previous.lower() not in ("phố", "tp"):
                    continue
                named[name] += 1
        return named

    def _name_spans(self, name: str, start: int = 0, end: int | None = None) -> list[int]:
        """Where ``name`` stands on its own: "Lâm Hà" inside "xã Phúc Thọ Lâm Hà" is the
        longer name's, not the district's."""
        end = len(self._text) if end is None else end
        longer = [
            (found.start(), found.end())
            for n, pattern in self._name_patterns
            if len(n) > len(name) and fold(name) in fold(n)
            for found in pattern.finditer(self._text, start, end)
        ]
        return [
            found.start()
            for n, pattern in self._name_patterns
            if n == name
            for found in pattern.finditer(self._text, start, end)
            if not any(a <= found.start() and found.end() <= b for a, b in longer)
        ]

    def _occurrences(self, name: str) -> int:
        """How often the article names the unit, not counting a bracket that only places
        another one ("xã Mường Sang (Mộc Châu)") or a unit another is ranked within."""
        return sum(
            not self._placing_or_ranking(name, position) for position in self._name_spans(name)
        )

    def _said_alone(self, name: str) -> int:
        """How often the name stands with no level word and no name before it ("Thái Bình
        tự hào …", not "thành phố Thái Bình" nor "Bệnh viện Nhi Hải Dương")."""
        alone = 0
        for position in self._name_spans(name):
            word = re.search(r"(\w+)\W*$", self._text[max(0, position - 30) : position])
            before = word.group(1) if word else ""
            alone += not before[:1].isupper() and before.lower() not in _WORD_LEVELS
        return alone

    def _first(self, known: _Known) -> int:
        """Where the article first names the unit as itself, not as a frame."""
        positions = [
            p
            for p in self._name_spans(known.name, known.first)
            if not self._placing_or_ranking(known.name, p)
        ]
        return min(positions, default=known.first)

    def _placing_or_ranking(self, name: str, position: int) -> bool:
        if self._text[:position].endswith("(") and _PLACING_BRACKET.match(
            self._text, position + len(name)
        ):
            return True
        return bool(_RANKED_WITHIN.search(self._text, max(0, position - _RANK_WINDOW), position))

    def _in_title(self, known: _Known) -> bool:
        """Named in the title, with a level word or bare ("Phúc Thọ Lâm Hà tăng cường …")."""
        if known.in_title or self._title is None:
            return known.in_title
        return any(
            not self._placing_or_ranking(known.name, position)
            for position in self._name_spans(known.name, self._title.start, self._title.end)
        )

    def _infer_province(self, level: str, name: str, district: str | None) -> str | None:
        if district or level == "district":
            candidates = self._places.provinces_of_district(district or name)
        else:
            candidates = {p for _, p in self._places.places_of_commune(name)}
        # A 2025 ward the article places in a province it names ("P.Hội An … Đà Nẵng").
        new = self._places.provinces_of_new_commune(name) if level == "commune" else set()
        folded = {fold(c) for c in candidates | new}
        named = [p for p, _ in self.provinces_named.most_common() if fold(p) in folded]
        if named:
            return named[0]
        if len(candidates) == 1:
            return next(iter(candidates))
        if len(self.provinces_named) == 1:
            return next(iter(self.provinces_named))
        return None

    def _infer_district(self, commune: str) -> str | None:
        districts = [
            k
            for k in self._known.values()
            if k.levels.most_common(1)[0][0] == "district" and fold(k.name) != fold(commune)
        ]
        if len(districts) == 1:
            return districts[0].name
        places = {fold(d) for d, _ in self._places.places_of_commune(commune) if d}
        matching = [k.name for k in districts if fold(k.name) in places]
        return matching[0] if len(matching) == 1 else None

    def _ref(self, known: _Known) -> UnitRef:
        key = fold(known.name) if self._known.get(fold(known.name)) is known else known.name
        if key in self._refs:
            return self._refs[key]
        level = min(
            known.levels, key=lambda lv: (-known.levels[lv], lv != known.first_level, RANK[lv])
        )
        types = [t for t, _ in known.types.most_common()]
        district = known.district
        if level == "commune" and district is None:
            district = self._infer_district(known.name)
        province = known.province or self._infer_province(level, known.name, district)
        ref = UnitRef(
            level=level,
            name=known.name,
            type=types[0] if types else None,
            district=district if level == "commune" else None,
            province=province,
        )
        self._refs[key] = ref
        return ref

    def _title_counts_communes(self) -> bool:
        """ "Đến cuối năm 2020, công nhận 13 xã nông thôn mới nâng cao", "Vĩnh Thuận có thêm
        02 xã đạt chuẩn": a title counting communes, naming none, is about a unit above."""
        if self._title is None:
            return False
        title = self._text[self._title.start : self._title.end]
        if not _COUNTED_COMMUNES.search(title):
            return False
        mentions = self._scan_levels(self._title.start, self._title.end)
        return not any(m.name and m.level == "commune" for m in mentions)

    def _title_word_level(self) -> str | None:
        """The level a title names by its bare word ("Phường lớn nhất Đồng Tháp: …")."""
        if self._title is None:
            return None
        mentions = self._scan_levels(self._title.start, self._title.end)
        levels = {
            m.level
            for m in mentions
            if m.name is None and not m.organ and m.level in ("commune", "district")
        }
        return levels.pop() if len(levels) == 1 else None

    def _title_word_is_province(self) -> bool:
        """The title says "tỉnh" with no name after it ("… của tỉnh cao hơn cả nước")."""
        if self._title is None:
            return False
        return any(
            m.name is None and not m.organ and m.level == "province"
            for m in self._scan_levels(self._title.start, self._title.end)
        )

    def _title_unit_of_level(self) -> str | None:
        """ "Đơn vị cấp huyện đầu tiên …": a title about one unit of a level it names."""
        if self._title is None:
            return None
        found = _ONE_OF_LEVEL.search(self._text, self._title.start, self._title.end)
        return _LEVEL_OF_GRADE[found.group(1).lower()] if found else None

    def _at_level(self, known: _Known, level: str) -> UnitRef:
        """The unit ``known`` at ``level``, for a name the article uses at two levels
        ("P.Cao Lãnh", "TP.Cao Lãnh")."""
        ref = self._ref(known)
        if ref.level == level:
            return ref
        types = [t for t, _ in known.types.most_common() if _TYPE_LEVELS.get(t) == level]
        district = known.district if level == "commune" else None
        return UnitRef(
            level=level,
            name=known.name,
            type=types[0] if types else None,
            district=district,
            province=known.province or self._infer_province(level, known.name, district),
        )

    def _title_province(self) -> str | None:
        """The province a title opens with, bare ("Trà Vinh: có thêm 11 xã …", "Quảng Trị:
        18 xã …"), unless the name is also a unit the article names at a lower level only."""
        if self._title is None:
            return None
        for name, pattern in self._province_patterns:
            found = pattern.match(self._text, self._title.start, self._title.end)
            # "Yên Bái: 23 xã …" over a body naming "tỉnh Yên Bái" and "thành phố Yên Bái".
            as_province = re.search(
                r"(?<!\w)tỉnh\s+" + re.escape(name) + r"(?!\w)", self._text, re.I
            )
            if found and (fold(name) not in self._known or as_province):
                following = _NEXT_WORD.match(self._text, found.end(), self._title.end)
                if following is None or not following.group(1)[:1].isupper():
                    return name
        return None

    @cached_property
    def _bare_levels(self) -> Counter[str]:
        """How often the body says each level word bare ("tỉnh", "toàn tỉnh", "xã")."""
        bare: Counter[str] = Counter()
        for paragraph in self._document.paragraphs:
            for mention in self._scan_levels(paragraph.start, paragraph.end):
                if mention.name is None and not mention.organ:
                    bare[mention.level or ""] += 1
        return bare

    def _speaks_of_the_province(self, at_least: int = 2) -> bool:
        """The body's bare level words ("tỉnh", "toàn tỉnh") are the province's, twice or more
        (or ``at_least`` times)."""
        bare = self._bare_levels
        return (
            bare["province"] >= at_least and bare["province"] > bare["district"] + bare["commune"]
        )

    def _province_of_the_districts(self) -> str | None:
        """The one province the districts named beside communes ("Hòa Hiệp (Tam Bình)",
        "Long Mỹ (Mang Thít)") all lie in, if the body speaks of "tỉnh" and no district bare."""
        bare = self._bare_levels
        if bare["province"] < 2 or bare["district"]:
            return None
        return self._one_province(k.district for k in self._known.values() if k.district)

    def _one_province(self, districts: Iterable[str]) -> str | None:
        """The one province all ``districts`` lie in, if there is exactly one."""
        provinces: set[str] | None = None
        for district in districts:
            of_district = self._places.provinces_of_district(district)
            provinces = of_district if provinces is None else provinces & of_district
        return next(iter(provinces)) if provinces and len(provinces) == 1 else None

    def _lead(self) -> tuple[int, int] | None:
        """Where the lead is: the opening characters of the first body paragraph (no title,
        no heading)."""
        body = next(
            (p for p in self._document.paragraphs if not p.is_title and not p.heading), None
        )
        return (body.start, min(body.end, body.start + _LEAD_CHARS)) if body else None

    def _lead_named(self) -> list[Mention]:
        """The units the lead names, by name, in order."""
        lead = self._lead()
        return [m for m in self._scan_levels(*lead) if m.name] if lead else []

    def _lead_province(self) -> str | None:
        """The province the first body paragraph names before any other unit."""
        lead = self._lead()
        if lead is None:
            return None
        start, end = lead
        first = min(
            (m.start for m in self._lead_named() if fold(m.name or "") in self._known),
            default=end,
        )
        named = [
            (found.start(), name)
            for name, pattern in self._province_patterns
            if (found := pattern.search(self._text, start, end)) and found.start() < first
        ]
        return min(named)[1] if named else None

    def hamlet_titled(self) -> bool:
        """The title names a hamlet and no unit above it ("Đại hội chi bộ khu phố Đa Ngư,
        nhiệm kỳ 2025-2027"), which the lead places in its commune ("chi bộ khu phố Đa Ngư,
        phường Hòa Hiệp Nam"): the article is about the hamlet."""
        if self._title is None:
            return False
        named = [m for m in self._scan_levels(self._title.start, self._title.end) if m.name]
        if _HAMLET_OPENS.match(self._text, self._title.start) and not any(
            m.level == "commune" for m in named
        ):
            # "Bản đầu tiên của huyện Mộc Châu đạt chuẩn …" over a lead that names it ("Lễ
            # công bố bản Thái Hưng đạt chuẩn"): the hamlet, unnamed in the title.
            lead = self._lead()
            return lead is not None and any(
                h.group(1)[:1].isupper() for h in _HAMLET.finditer(self._text, *lead)
            )
        hamlets = {fold(m.name or "") for m in named if m.hamlet}
        if not hamlets or any(not m.hamlet for m in named):
            return False
        lead = self._lead_named()
        return any(
            under_hamlet(lead, m) and fold(lead[i - 1].name or "") in hamlets
            for i, m in enumerate(lead)
            if i and m.level == "commune"
        )

    def _hamlets_commune(self, best: _Known) -> _Known | None:
        """The commune the lead names first, when the title is about one of its hamlets and
        names no unit of its own."""
        if self._title is None or best.levels["commune"] or self._in_title(best):
            return None
        title = self._text[self._title.start : self._title.end]
        opened = _HAMLET_OPENS.match(title)
        if opened is None or not any(w[:1].isupper() for w in title[opened.end() :].split()[:3]):
            return None
        named = [m for m in self._lead_named() if not m.hamlet]
        if not named or named[0].level != "commune":
            return None
        return self._known.get(fold(named[0].name))

    def _unit_after_title_kicker(self, best: _Known) -> _Known | None:
        """The commune a title names after a colon that follows ``best``'s name ("Huyện
        Thống Nhất: Xã Gia Tân 3 …"), when the body names it too."""
        if self._title is None or not best.levels["district"]:
            return None
        title = self._text[self._title.start : self._title.end]
        colon = title.find(":")
        if colon < 0 or fold(best.name) not in fold(title[:colon]):
            return None
        after = self._title.start + colon
        return next(
            (
                k
                for k in self._known.values()
                if k is not best
                and k.levels["commune"]
                and any(p >= after for p in self._name_spans(k.name, after, self._title.end))
                and self._occurrences(k.name) >= 2
            ),
            None,
        )

    def _title_district_over(self, best: _Known) -> UnitRef | None:
        """The district a title opens on before a colon ("Chợ Mới: …"), when the body's most
        named unit is one of its communes."""
        if self._title is None or best.in_title or not best.levels["commune"]:
            return None
        title = self._text[self._title.start : self._title.end]
        opened = _TITLE_NAME_COLON.match(title)
        if opened is None or not self._places.knows(opened.group(1), "district"):
            return None
        name = opened.group(1)
        for province in self._places.provinces_of_district(name):
            if name not in self._places.districts_of(province):
                # "Vĩnh Thanh: Xã đầu tiên …" is no "Vĩnh Thạnh" district.
                continue
            if fold(best.name) in map(fold, self._places.communes_of(name, province)):
                return UnitRef(level="district", name=name, province=province)
        return None

    def _lead_names_province(self, name: str) -> bool:
        """The first unit the first body paragraph names is the province ``name``, with "tỉnh"."""
        named = self._lead_named()
        return bool(named) and named[0].level == "province" and fold(named[0].name) == fold(name)

    def _lead_about(self, name: str) -> bool:
        """The first body paragraph opens with the unit, or recognises it ("tổ chức lễ công
        nhận xã Nhơn Nghĩa A đạt chuẩn …")."""
        span = self._lead()
        if span is None:
            return False
        lead = fold(self._text[span[0] : span[1]])
        unit = fold(name)
        opening = lead.lstrip("-–—:• ")
        for level in ("xa", "phuong", "thitran"):
            opening = opening.removeprefix(level)
        # "Mới đây, Đảng bộ xã Phú Cần, huyện Tiểu Cần (Trà Vinh) đã tổ chức thành công Đại
        # hội …": the commune's party body opens the lead.
        party = any(
            f"dangbo{level}{unit}" in lead[:_PARTY_LEAD_CHARS]
            for level in ("xa", "phuong", "thitran")
        )
        return (
            party
            or opening.startswith(unit)
            or any(
                f"{verb}{level}{unit}" in lead
                for verb in ("congnhan", "donnhan", "congnhancho")
                for level in ("xa", "phuong", "thitran")
            )
        )

    def _province_over_title(self, subject: UnitRef | None) -> UnitRef | None:
        """A title opening with a province names the article's subject when the units the
        body gives (its districts, communes) are not in the title."""
        province = self._title_province()
        if province is None:
            return subject
        lead = next(
            (k for k in self._known.values() if k.levels["commune"] and self._lead_about(k.name)),
            None,
        )
        if lead is not None:
            # "Long An có 22 xã đạt chuẩn …" over "Xã Vĩnh Công, huyện Châu Thành, tỉnh Long
            # An vừa tổ chức lễ đón nhận …": the province's count frames one commune's day.
            return self._at_level(lead, "commune")
        if subject and subject.level == "province":
            return subject
        if subject and subject.level in (self._title_word_level(), self._title_unit_of_level()):
            # "Gia Lai: Đơn vị cấp huyện đầu tiên về đích …": the title is about one of its
            # districts, the one the body names.
            return subject
        if any(self._in_title(k) for k in self._known.values() if fold(k.name) != fold(province)):
            return subject
        return UnitRef(level="province", name=province, type="Tỉnh")

    def _title_counts_units_of_a_province(self) -> UnitRef | None:
        """ "Hai huyện, thị xã của tỉnh Trà Vinh cán đích nông thôn mới": a title counting units
        and naming only the province they belong to is about the province."""
        if self._title is None:
            return None
        title = self._text[self._title.start : self._title.end]
        if not _COUNTED_UNITS_OF.search(title):
            return None
        named = [m for m in self._scan_levels(self._title.start, self._title.end) if m.name]
        if len(named) != 1 or named[0].level != "province" or named[0].name is None:
            return None
        return UnitRef(level="province", name=named[0].name, type="Tỉnh")

    def _choose_subject(self) -> UnitRef | None:
        if (province := self._title_counts_units_of_a_province()) is not None:
            return province
        above_communes = self._title_counts_communes()
        level = "district" if above_communes else self._title_word_level()
        scored = [
            (self._occurrences(k.name) + _TITLE_BONUS * self._in_title(k), -self._first(k), k)
            for k in self._known.values()
            if not above_communes or k.levels["district"]
        ]
        if scored and self.provinces_named and self._title_word_is_province():
            # "Tỷ lệ số xã đạt chuẩn nông thôn mới của tỉnh cao hơn cả nước 2,4%" over a body
            # that names its districts: the province the body names.
            scored = [s for s in scored if s[2].in_title]
        if scored:
            score, _, best = max(scored, key=lambda s: (s[0], s[1]))
            if (commune := self._hamlets_commune(best)) is not None:
                # "Ấp biên giới Bắc Đai được công nhận …" over a lead placing "xã Nhơn Hội
                # (huyện An Phú, tỉnh An Giang)": the hamlet's commune, not its district.
                self.about_a_hamlet = True
                return self._ref(commune)
            if (framed := self._unit_after_title_kicker(best)) is not None:
                # "Huyện Thống Nhất: Xã Gia Tân 3 tái đạt chuẩn …": the district before the
                # colon frames the commune after it, which the article is about.
                return self._ref(framed)
            if (district := self._title_district_over(best)) is not None:
                # "Chợ Mới: Công nhận 3 thôn đạt chuẩn …" over a body naming the hamlets'
                # communes: the district the title opens on, whose communes they are.
                return district
            if score <= 1 and (province := self._lead_province()):
                # "Đảng bộ TP Cần Thơ kết nạp được 1.988 đảng viên … Cụ thể, Đảng bộ huyện
                # Thới Lai kết nạp 241": districts named once each are the province's parts.
                return UnitRef(level="province", name=province, type="Tỉnh")
            ref = self._at_level(best, level) if level and best.levels[level] else self._ref(best)
            if ref.level != "province" and (province := self._province_in_title(best.name)):
                # "Tiến độ xây dựng nông thôn mới tỉnh Yên Bái năm 2024" over a body that
                # also names "thành phố Yên Bái": the title's province.
                return UnitRef(level="province", name=province, type="Tỉnh")
            if (
                ref.level == "district"
                and (province := self._province_name(best.name))
                and self._said_alone(best.name) > max(2, 2 * sum(best.levels.values()))
            ):
                # "Nông thôn Thái Bình đổi mới … Thái Bình tự hào …, thành phố Thái Bình hoàn
                # thành …": the name said bare far more often than "thành phố" is the province.
                return UnitRef(level="province", name=province, type="Tỉnh")
            if (
                ref.level == "district"
                and best.levels["district"] <= 1
                and not self._in_title(best)
                and self._lead_names_province(best.name)
            ):
                # "… trên địa bàn tỉnh Bắc Kạn năm 2019, tổng số hộ nghèo …; thấp nhất là thành
                # phố Bắc Kạn 1,93%": the province the lead names, not its city of that name.
                return UnitRef(level="province", name=best.name, type="Tỉnh")
            if score <= 1 and not best.in_title and (province := self._province_of_the_districts()):
                # "Trong số 39 xã nông thôn mới của tỉnh, … xã Phú Lộc, … Hòa Hiệp (Tam Bình) và
                # xã Long Mỹ (Mang Thít)": communes named once each across one province's
                # districts are the province's.
                return UnitRef(level="province", name=province, type="Tỉnh")
            if (
                not self._in_title(best)
                and ref.level != "province"
                and self._speaks_of_the_province()
                and (province := self._lead_province())
            ):
                # "Thêm 5 xã đạt đủ 19 tiêu chí ¶ …, Hải Dương có thêm 5 xã … (đều ở huyện Ninh
                # Giang) … toàn tỉnh có 160 …": the province the lead opens on, whose units
                # the body goes through.
                return UnitRef(level="province", name=province, type="Tỉnh")
            if score <= 1 and ref.province and self._speaks_of_the_province():
                # "UBND tỉnh vừa có quyết định công nhận 7 xã … Tràng Đà (TP Tuyên Quang)":
                # a body that says "tỉnh", "toàn tỉnh" and names its units once is the
                # province's.
                return UnitRef(level="province", name=ref.province, type="Tỉnh")
            return ref
        if self.provinces_named:
            name = self.provinces_named.most_common(1)[0][0]
            titled = self._subject_from_title()
            if (
                titled is not None
                and fold(titled.name) != fold(name)
                and name in self._places.provinces_of_district(titled.name)
            ):
                # "Khánh Vĩnh có 3 xã đạt chuẩn …" over "UBND tỉnh Khánh Hòa vừa ban hành quyết
                # định … 3 xã ở Khánh Vĩnh": the title's district of the province named.
                return UnitRef(level="district", name=titled.name, province=name)
            return UnitRef(level="province", name=name, type="Tỉnh")
        if self._speaks_of_the_province() and (
            province := self._one_province(self._listing_districts)
        ):
            # "UBND tỉnh vừa có quyết định công nhận 4 xã: Sơn Định, Sơn Xuân (huyện Sơn Hòa) và
            # An Thọ, An Xuân (huyện Tuy An)": the province the listed communes' districts lie in.
            return UnitRef(level="province", name=province, type="Tỉnh")
        if (province := self._byline_province()) and self._speaks_of_the_province(at_least=1):
            # "(QBĐT) - … Riêng trong năm học 2016-2017, toàn tỉnh đã công nhận mới 23 trường":
            # a provincial paper's byline names the province its "tỉnh" is.
            return UnitRef(level="province", name=province, type="Tỉnh")
        if (province := self._source_province()) and self._speaks_of_the_province():
            # "Từ đầu năm đến nay, toàn tỉnh có 68 sản phẩm …" under "Nguồn Cao Bằng:
            # https://baocaobang.vn/…": a provincial paper's "tỉnh" is its own province.
            return UnitRef(level="province", name=province, type="Tỉnh")
        return None

    def _province_in_title(self, name: str) -> str | None:
        """The province ``name`` when the title names it with its level word ("tỉnh Yên Bái")."""
        province = self._province_name(name)
        if province is None or self._title is None:
            return None
        pattern = r"(?<!\w)tỉnh\s+" + re.escape(name) + r"(?!\w)"
        title = self._text[self._title.start : self._title.end]
        return province if re.search(pattern, title, re.IGNORECASE) else None

    def _byline_province(self) -> str | None:
        """The province of the paper whose byline opens the body ("(QBĐT) -", "LSO-")."""
        lead = self._lead()
        found = _BYLINE.match(self._text, *lead) if lead else None
        province = _PAPER_BYLINES.get(found.group(1)) if found else None
        return self._provinces.get(fold(province)) if province else None

    def _source_province(self) -> str | None:
        """The province of the paper a source line names, by name or by its address."""
        for line in self._document.sources:
            named = [name for name, pattern in self._province_patterns if pattern.search(line)]
            if len(named) == 1:
                return named[0]
            for host in _PAPER_HOST.findall(line.lower()):
                label = host.removeprefix("bao")
                if label in self._provinces:
                    return self._provinces[label]
        return None

    def _title_level(self, subject: UnitRef | None) -> UnitRef | None:
        """ "Toàn tỉnh kết nạp 288 đảng viên …" is about the province, whichever of its
        districts the body names most."""
        if subject is None or self._title is None:
            return subject
        title = self._text[self._title.start : self._title.end]
        if _WHOLE_PROVINCE.search(title) and subject.level != "province" and subject.province:
            return UnitRef(level="province", name=subject.province, type="Tỉnh")
        return subject

    def _subject_from_title(self) -> UnitRef | None:
        """ "Tân Yên kết nạp đảng viên đạt 104% kế hoạch" over a body that says only
        "Huyện ủy", "Đảng bộ huyện": the title's name, at the level the body's bare words
        use, when the gazetteer knows a unit of that name at that level."""
        if self._title is None:
            return None
        bare: Counter[str] = Counter()
        for paragraph in self._document.paragraphs:
            for mention in self._scan_levels(paragraph.start, paragraph.end):
                if mention.name is None and mention.level in ("commune", "district"):
                    bare[mention.level] += 1
        levels = [level for level, _ in bare.most_common()] or ["district", "commune"]
        position = self._title.start
        while position < self._title.end:
            spans = _name_run(self._text, position, self._title.end)
            for count in range(len(spans), 0, -1):
                name = self._text[spans[0][0] : spans[count - 1][1]]
                level = next((lv for lv in levels if self._places.knows(name, lv)), None)
                if level is not None and not name.isdigit():
                    province = self._infer_province(level, name, None)
                    return UnitRef(level=level, name=name, type=None, province=province)
            gap = _WORD_GAP.search(self._text, spans[-1][1] if spans else position + 1)
            if gap is None:
                return None
            position = gap.end()
        return None

    def mentions(self, start: int, end: int) -> list[Mention]:
        """Units named in ``text[start:end]``: level words, hamlets and known names alone."""
        mentions = self._scan_levels(start, end)
        for name, pattern in self._name_patterns:
            for found in pattern.finditer(self._text, start, end):
                if any(
                    m.start <= found.start() < m.end or found.start() <= m.start < found.end()
                    for m in mentions
                ):
                    continue
                before = self._text[max(start, found.start() - 20) : found.start()].rstrip()
                word = re.search(r"(\w+)$", before)
                if word and word.group(1)[0].isupper() and before[: word.start()].strip():
                    continue
                mentions.append(Mention(found.start(), found.end(), None, name))
        for province, pattern in self._province_patterns:
            # "An Giang hiện có 2/119 xã …": a province named without "tỉnh".
            for found in pattern.finditer(self._text, start, end):
                if any(
                    m.start <= found.start() < m.end or found.start() <= m.start < found.end()
                    for m in mentions
                ):
                    continue
                before = self._text[max(start, found.start() - 20) : found.start()].rstrip()
                word = re.search(r"(\w+)$", before)
                if fold(province) == "hochiminh" or (
                    word
                    and (
                        word.group(1)[0].isupper() or word.group(1).lower() in _NOT_PROVINCE_BEFORE
                    )
                ):
                    # "tư tưởng Hồ Chí Minh" is the man; the city is named with its level.
                    continue
                if _BODY_BEFORE.search(self._text, max(start, found.start() - 40), found.start()):
                    # "Đài Phát thanh- Truyền hình Vĩnh Long hỗ trợ hơn 23,1 tỷ đồng": a body
                    # named after its province, not the province.
                    continue
                # "Như vậy, Đắk Nông đã có … 36/60 xã …": the province is the sentence's
                # subject; "tổng số xã đạt chuẩn của Hà Giang … là 16 xã": it owns the measure.
                subject = _SUBJECT_VERB.match(self._text, found.end(), end) is not None or (
                    _OWNER_BEFORE.search(self._text, max(start, found.start() - 30), found.start())
                    is not None
                )
                if any(
                    m.name
                    and m.level != "province"
                    and _PLACED_AFTER.fullmatch(self._text, m.end, found.start())
                    for m in mentions
                ):
                    # "Huyện Yên Mô, Ninh Bình kết nạp 118 đảng viên", "Ia Grai (Gia Lai):":
                    # the province only places the unit before it.
                    continue
                mentions.append(
                    Mention(
                        found.start(),
                        found.end(),
                        "province",
                        province,
                        "Tỉnh",
                        passing=not subject,
                    )
                )
        return sorted(mentions, key=lambda m: m.start)

    def supplied(self, mention: Mention) -> bool:
        """A bare name known only from the gazetteer's list of the subject's units: it holds
        the figures beside it, not the next sentence's."""
        return mention.level is None and mention.name in self._supplied

    def resolve(self, mention: Mention, focus: UnitRef | None = None) -> UnitRef | None:
        """The unit a mention stands for, or None when it is a unit we cannot credit."""
        if mention.hamlet:
            return None
        if mention.name is not None:
            key = fold(mention.name)
            subject = self.subject
            if (
                mention.level is None
                and subject is not None
                and subject.level == "province"
                and key == fold(subject.name)
            ):
                # "Thái Bình tự hào …" in the province's article, beside "thành phố Thái Bình".
                return subject
            known = self._marked_twins.get(mention.name) or self._known.get(
                self._misspelt.get(key, key)
            )
            if mention.level == "province":
                return UnitRef(level="province", name=mention.name, type=mention.type)
            if known is not None:
                ref = self._ref(known)
                if mention.level and mention.level != ref.level:
                    return replace(ref, level=mention.level, type=mention.type, district=None)
                if mention.type and ref.type and mention.type != ref.type:
                    # "huyện Cai Lậy" and "TX. Cai Lậy": two units of one name, told by type.
                    return replace(ref, type=mention.type)
                return ref
            if mention.level is None:
                return None
            if mention.listed:
                return self._listed(mention)
            return UnitRef(
                level=mention.level,
                name=mention.name,
                type=mention.type,
                district=mention.district,
                province=mention.province,
            )
        if mention.level is None:
            return None
        subject = self.subject
        if (
            mention.type == "Thành phố"
            and subject is not None
            and subject.level == "province"
            and self._places.is_central_city(subject.name)
            and (focus is None or focus.level == "province")
        ):
            # "Giai đoạn 2010 - 2024, thành phố huy động …" in an article about Hà Nội: the
            # city is the province-level city spoken of.
            return subject
        return self._bare(mention.level, focus)

    def _listed(self, mention: Mention) -> UnitRef:
        """One of a list, with the parents its head names or the article implies."""
        assert mention.name is not None and mention.level is not None
        district = mention.district
        if mention.level == "commune" and district is None:
            district = self._infer_district(mention.name)
        province = mention.province or self._infer_province(mention.level, mention.name, district)
        return UnitRef(
            level=mention.level,
            name=mention.name,
            type=mention.type,
            district=district if mention.level == "commune" else None,
            province=province,
        )

    def _bare(self, level: str, focus: UnitRef | None) -> UnitRef | None:
        subject = self.subject
        if focus is not None and focus.level == level:
            return focus
        if subject is None:
            return None
        if subject.level == level:
            return subject
        if RANK[level] < RANK[subject.level]:
            return None
        if level == "district" and subject.district:
            known = self._known.get(fold(subject.district))
            return (
                self._ref(known)
                if known
                else UnitRef(
                    level="district", name=subject.district, type="Huyện", province=subject.province
                )
            )
        if level == "province" and subject.province:
            return UnitRef(level="province", name=subject.province, type="Tỉnh")
        return None

    def _level_of(self, mention: Mention, focus: UnitRef | None) -> str | None:
        """The level a mention names, or that of the unit a bare name resolves to."""
        unit = None if mention.level else self.resolve(mention, focus)
        return mention.level or (unit.level if unit is not None else None)

    def _above_enumeration(
        self,
        named: list[Mention],
        sentence: str,
        clause_start: int,
        focus: UnitRef | None,
        before: list[Mention] | None = None,
    ) -> UnitRef | None:
        """ "huyện X phấn đấu xã A đạt 16/19 tiêu chí, xã B đạt 15/19 tiêu chí; phấn đấu thu
        nhập tăng 3 triệu đồng": past a semicolon closing figures of several units of one
        level, a clause naming none is the unit above them, not the last of them."""
        last = named[-1]
        listed = (
            len(named) > 1
            and _NAMES_LISTED.fullmatch(sentence, last.end, clause_start) is not None
            and _NAMES_LISTED.fullmatch(sentence, named[-2].end, last.start) is not None
        )
        last_level = self._level_of(last, focus)
        if listed:
            # "tặng bằng khen cho các Đảng bộ thị xã Kinh Môn, TP Hải Dương, Gia Lộc, 45
            # TCCSĐ …": a count listed after units is one more item, none of theirs.
            peers = {fold(m.name) for m in named if m.name}
        elif last_level is None or ";" not in sentence[last.end : clause_start]:
            return None
        else:
            peers = {
                fold(m.name) for m in named if m.name and self._level_of(m, focus) == last_level
            }
        if len(peers) < 2:
            return None
        # "toàn tỉnh đã có 4 đơn vị cấp huyện … là huyện A, B và TP.C; 112 xã …": the bare
        # "tỉnh" that opened the list is above it.
        framing = [m for m in before or named if m.level and m.level != last_level]
        above = [self.resolve(m, focus) for m in framing if not m.hamlet and not m.organ]
        candidates = [*above, focus, self.subject]
        if last_level is None:
            return None
        return next(
            (u for u in candidates if u is not None and RANK[u.level] > RANK[last_level]), None
        )

    def unit_for(
        self,
        mentions: list[Mention],
        position: int,
        clause_start: int,
        focus: UnitRef | None,
        sentence: str = "",
    ) -> UnitRef | None:
        """The unit of a figure at ``position`` in a sentence, None when not creditable."""
        before = [m for m in mentions if m.end <= position]
        # A province named without "tỉnh" owns its own clause only ("Phường lớn nhất Đồng
        # Tháp: Phấn đấu thu nhập 130 triệu" is the ward's target).
        named = [m for m in before if m.name and (not m.passing or m.start >= clause_start)]
        # A bare "xã" after "Tại xã Hồng Kỳ, …" in the same sentence is Hồng Kỳ.
        units = [m for m in named if not m.hamlet]
        local = (self.resolve(units[-1], focus) if units else None) or focus
        in_clause = [m for m in before if m.start >= clause_start]
        if in_clause:
            if under_hamlet(mentions, in_clause[-1]):
                # "thôn 5 xã Thọ Lâm hiến hơn 2.000 m2 đất": the hamlet's figure.
                return None
            return self.resolve(in_clause[-1], local)
        # Outside the clause only a named unit counts: a bare "xã" three clauses back
        # ("100 xã, thị trấn; …") says nothing about this number.
        if named:
            if _opens_on_placed_hamlet(sentence, mentions, named[-1]):
                # "Tổ dân phố 14, phường Mường Thanh hiện có gần 180 hộ, gần 770 nhân khẩu":
                # the hamlet placed in its commune is what the clauses after go on about.
                return None
            above = self._above_enumeration(named, sentence, clause_start, focus, before)
            return above or self.resolve(named[-1], focus)
        bare = [m for m in before if m.level and not m.hamlet and not m.organ and not m.passing]
        if bare:
            # "Nâng tổng số ĐV của tỉnh lên 20.952 đồng chí, sinh hoạt tại 434 tổ chức …":
            # the sentence's own "tỉnh" outweighs the unit the paragraph named before.
            return self.resolve(bare[-1], focus)
        # Nothing named in the sentence: the unit the paragraph is about ("Xã Đồng Kỳ là …
        # Năm 2023, tỷ lệ hộ nghèo giảm còn 1,9%"), else the article's subject.
        return focus or self.subject
