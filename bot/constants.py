"""Protocol strings in one place: callback-data prefixes, job names, store collections."""

from __future__ import annotations

__all__ = [
    "ADMINS_COLLECTION",
    "ADMIN_COMMANDS",
    "ARTICLES_COLLECTION",
    "BASELINES_COLLECTION",
    "CALLBACK_PICK_UNIT",
    "COMMANDS",
    "DEEP_LINK_DANGKY",
    "DEEP_LINK_XA",
    "INLINE_CACHE_SECONDS",
    "META_COLLECTION",
    "OUTBOX_COLLECTION",
    "OUTBOX_FAILED_COLLECTION",
    "OUTBOX_RUNS_COLLECTION",
    "UNITS_COLLECTION",
]

#: ``u:<command>:<unit token>[|<extra>]`` — a button that picks one of several units.
CALLBACK_PICK_UNIT = "u:"

#: ``/start`` payloads of deep links: a unit's summary, an offer to subscribe to it.
DEEP_LINK_XA = "xa_"
DEEP_LINK_DANGKY = "dangky_"
#: Seconds Telegram may cache an inline answer: names change rarely, figures weekly.
INLINE_CACHE_SECONDS = 60

UNITS_COLLECTION = "units"
ARTICLES_COLLECTION = "articles"
META_COLLECTION = "meta"
#: What each chat was last sent of each unit: key ``<chat id>:<unit id>``, one part per chat.
BASELINES_COLLECTION = "digest_baselines"
ADMINS_COLLECTION = "admins"
#: Messages waiting to leave, one part (file) per chat; an entry is removed once sent.
OUTBOX_COLLECTION = "outbox"
#: Every run ever enqueued (idempotence), parts by a hash of the run id.
OUTBOX_RUNS_COLLECTION = "outbox_runs"
#: Messages Telegram refused for good (bad request), kept for a person to look at.
OUTBOX_FAILED_COLLECTION = "outbox_failed"

#: The command menu (``set_my_commands``): name and Vietnamese description.
COMMANDS: list[tuple[str, str]] = [
    ("xa", "Tình hình một xã: /xa Mỹ Thạnh"),
    ("huyen", "Tình hình một huyện và các xã: /huyen Giồng Trôm"),
    ("chiso", "Danh mục chỉ số và tên viết tắt"),
    ("lichsu", "Lịch sử số liệu: /lichsu Mỹ Thạnh [chỉ số]"),
    ("nguon", "Nguồn và trích dẫn của số liệu một xã"),
    ("sosanh", "So sánh nhiều xã: /sosanh Mỹ Thạnh, An Khánh"),
    ("help", "Hướng dẫn sử dụng"),
    ("start", "Giới thiệu bot"),
]

#: Added to the menu of data editors only.
ADMIN_COMMANDS: list[tuple[str, str]] = []
