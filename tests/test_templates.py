"""Every template renders, every data and seed file loads: nothing breaks at run time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from markupsafe import Markup

from bot import PROJECT_ROOT
from bot.domain.audit import Editor
from bot.domain.catalog import load_catalog
from bot.domain.comparison import compare
from bot.domain.digest import build_digest
from bot.domain.editing import PlannedFigure
from bot.domain.models import AdminSource, Observation, Unit
from bot.domain.ranking import rank_by_ntm
from bot.domain.roles import Admin
from bot.domain.summary import summarize_district, summarize_unit
from bot.domain.weekly import ScheduleError, WeeklyTime
from bot.rendering import TEMPLATES_DIR, create_environment, render, split_message
from bot.services import Services
from tests.auxil.harness import make_settings
from tests.telegram_html import html_problems


@pytest.fixture(scope="module")
def services(seeded_dir: Path) -> Services:
    opened = Services.open(make_settings(seeded_dir), writer=False, seed_if_empty=False)
    yield opened
    opened.close()


def _contexts(services: Services) -> dict[str, Callable[[], dict[str, Any]]]:
    registry, catalog, today = services.registry, services.catalog, date(2026, 11, 22)
    my_thanh = registry.get("legacy-28993")
    giong_trom = registry.get("legacy-d-834")
    obs = services.observations
    summary = summarize_unit(my_thanh, obs(my_thanh.id), catalog, registry, today)
    district_figures = {
        u: obs(u) for u in [giong_trom.id, *(c.id for c in registry.children(giong_trom.id))]
    }
    district = summarize_district(giong_trom, district_figures, catalog, registry, today)
    first = build_digest(my_thanh, {my_thanh.id: obs(my_thanh.id)}, catalog, registry, today, None)
    later = build_digest(giong_trom, district_figures, catalog, registry, today, None)
    return {
        "xa": lambda: {"s": summary, "share": "https://t.me/bantinxa_bot?start=xa_legacy-28993"},
        "huyen": lambda: {
            "d": district,
            "s": district.own,
            "ranking": rank_by_ntm(district.communes),
            "share": None,
        },
        "sosanh": lambda: {"c": compare([summary, district.own], catalog), "dropped": 1},
        "sosanh_names": lambda: {
            "problems": [{"query": "<x>", "units": [my_thanh], "suggestions": []}],
            "found": [],
            "too_few": True,
        },
        "inline_card": lambda: {"s": summary, "ntm": None, "recent": []},
        "inline_description": lambda: {"s": summary, "ntm": None},
        "stale_link": dict,
        "lichsu_chart": lambda: {"unit": my_thanh, "indicator": catalog.get("ntm_tieu_chi")},
        "subscribe_offer": lambda: {"unit": my_thanh},
        "bantin": lambda: {"d": first},
        "bantin_caption": lambda: {"d": later},
        "chiso": lambda: {"groups": catalog.groups(), "criteria": catalog.criteria},
        "lichsu": lambda: {"unit": my_thanh, "rows": [], "indicator": None},
        "nguon": lambda: {"unit": my_thanh, "articles": [], "edits": []},
        "start": lambda: {"help": Markup("<b>x</b>")},
        "help": lambda: {"admin": True, "bot_username": "bantinxa_bot"},
        "usage": lambda: {"command": "xa"},
        "unit_choice": lambda: {"query": "<An>", "count": 9, "shown": 8, "command": "xa"},
        "unit_not_found": lambda: {
            "query": "a&b",
            "suggestions": [my_thanh],
            "command": "xa",
            "levels": ("commune",),
            "other": None,
            "other_command": None,
        },
        "same_name_hint": lambda: {"unit": my_thanh, "others": 9, "shown": 8},
        "stale_button": dict,
        "unknown_command": lambda: {"command": "<x>"},
        "dangky": lambda: {
            "unit": giong_trom,
            "weekly": WeeklyTime(4, 16, 30),
            "result": "new",
            "next_at": datetime(2026, 11, 27, 16, 30),
            "group": True,
        },
        "weekly_error": lambda: {"error": ScheduleError("time", "<25h>"), "command": "dangky"},
        "huydangky": lambda: {"unit": my_thanh, "ended": True, "remaining": 0},
        "huydangky_all": lambda: {"ended": 2},
        "theodoi": lambda: {
            "rows": [
                {
                    "unit": my_thanh,
                    "weekly": WeeklyTime(0, 7, 0),
                    "next_at": datetime(2026, 11, 23, 7),
                }
            ],
            "group": False,
            "timezone": "Asia/Ho_Chi_Minh",
        },
        "bantin_preview": lambda: {"subscribed": False},
        "guibantin": lambda: {"unit": my_thanh, "chats": 3, "messages": 5},
        "group_admin_only": dict,
        **_editing_contexts(services, my_thanh),
    }


def _editing_contexts(services: Services, unit: Unit) -> dict[str, Callable[[], dict[str, Any]]]:
    """The editors' templates, with a note and names that need escaping."""
    catalog = services.catalog
    source = AdminSource(900, "2026-11-22T09:00:00+07:00", note="<b>&", name="Lan <3")
    old = Observation(unit.id, "ntm_tieu_chi", 16, "2022-04-15", source, denominator=19)
    new = Observation(
        unit.id, "ntm_tieu_chi", 17, "2026-11-22", source, 19, criteria_unmet=("giao_thong",)
    )
    planned = [PlannedFigure(new=new, old=old, warnings=("số liệu giảm",), hints=("<i>",))]
    change = {"at": source.time, "user_name": "Lan <3", "kind": "edit"}
    item = {"unit_id": unit.id, "indicator": "ntm_tieu_chi", "is_target": False, "new": new}
    article = type("Article", (), {"title": "Bài <x>", "date": "2026-11-10"})()
    row = {"obs": new, "indicator": catalog.get("ntm_tieu_chi"), "quote": "« a & b »"}
    return {
        "capnhat": lambda: {
            "state": "saved",
            "unit": unit,
            "planned": planned,
            "as_of": "2026-11-22",
            "note": "<b>&",
            "editor": Editor(900, "Lan <3"),
            "catalog": catalog,
            "others": 2,
            "moved_from": unit,
        },
        "capnhat_done": lambda: {"state": "stale"},
        "edit_error": lambda: {"message": "Không hiểu «<x>»", "example": "/capnhat a ntm=1 & 2"},
        "hoantac": lambda: {
            "state": "undone",
            "change": change,
            "rows": [{"item": item, "shown": old, "unit": unit}],
            "catalog": catalog,
        },
        "quantri": lambda: {
            "state": "list",
            "admins": [Admin(900, None, True), Admin(901, "Lan <3", False, 900, source.time)],
        },
        "nhap": lambda: {
            "state": "proposal",
            "article": article,
            "units": [{"unit": unit, "unit_id": unit.id, "rows": [row]}],
        },
    }


def test_every_template_renders_valid_telegram_html(services: Services) -> None:
    env = create_environment()
    contexts = _contexts(services)
    names = {
        p.name.removesuffix(".html.j2")
        for p in TEMPLATES_DIR.glob("*.html.j2")
        if not p.name.startswith("_")
    }
    assert names == set(contexts), "every template needs a sample context here"
    for name, context in contexts.items():
        text = render(env, name, **context())
        assert text.strip(), name
        for chunk in split_message(text):
            assert not html_problems(chunk), (name, html_problems(chunk))


def test_every_data_file_loads() -> None:
    catalog = load_catalog()
    assert len(catalog.criteria) == 19
    assert catalog.by_alias("ntm") is not None
    for path in (PROJECT_ROOT / "data").glob("*.json"):
        assert path.read_text(encoding="utf-8").strip()


def test_every_seed_file_is_utf8_text() -> None:
    seeds = sorted((PROJECT_ROOT / "seeds").glob("*.txt"))
    assert len(seeds) >= 5
    for path in seeds:
        assert path.read_text(encoding="utf-8").strip()
