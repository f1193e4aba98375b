"""Protocol strings in one place: callback-data prefixes, job names, store collections."""

from __future__ import annotations

__all__ = [
    "ADMINS_COLLECTION",
    "ARTICLES_COLLECTION",
    "BASELINES_COLLECTION",
    "CALLBACK_PICK_UNIT",
    "COMMANDS",
    "META_COLLECTION",
    "OUTBOX_COLLECTION",
    "OUTBOX_FAILED_COLLECTION",
    "OUTBOX_RUNS_COLLECTION",
    "UNITS_COLLECTION",
]

#: ``u:<command>:<unit token>[|<extra>]`` — a button that picks one of several units.
CALLBACK_PICK_UNIT = "u:"

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
    ("help", "Hướng dẫn sử dụng"),
    ("start", "Giới thiệu bot"),
]
