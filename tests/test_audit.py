"""The audit trail: figure and entries in one transaction, small parts, undo across them."""

from __future__ import annotations

from datetime import date

import pytest

from bot.constants import EDITOR_CHANGES_COLLECTION, EDITS_COLLECTION
from bot.domain.audit import (
    CHANGES_PER_PART,
    Editor,
    change_part,
    current_figures,
    record_change,
    undo_change,
    undo_last,
)
from bot.domain.catalog import Catalog
from bot.domain.editing import parse_edit, plan_edit
from bot.domain.models import AdminSource
from bot.store import Store

LAN = Editor(900, "Lan")
TODAY = date(2026, 12, 2)


def post(store: Store, catalog: Catalog, text: str, serial: int, unit: str = "u1") -> dict:
    at = f"2026-12-02T09:{serial // 60:02d}:{serial % 60:02d}.000+07:00"
    request = parse_edit(text, catalog, TODAY)
    planned = plan_edit(
        request,
        unit,
        current_figures(store, unit),
        catalog,
        AdminSource(900, at, name="Lan"),
        TODAY,
    )
    change = record_change(store, planned, LAN, at)
    assert change is not None
    return change


def test_a_failed_transaction_writes_neither_figure_nor_entry(catalog: Catalog) -> None:
    store = Store.open(None)
    request = parse_edit("dang_vien=250", catalog, TODAY)
    planned = plan_edit(request, "u1", [], catalog, AdminSource(900, "2026-12-02T09:00:00"), TODAY)
    with pytest.raises(RuntimeError), store.transaction():
        record_change(store, planned, LAN, "2026-12-02T09:00:00")
        raise RuntimeError("crash before the end of the block")
    assert store.observations_for("u1") == []
    assert store.all_docs(EDITS_COLLECTION, part="u1") == []


def test_changes_fill_small_parts_and_undo_walks_back_across_them(catalog: Catalog) -> None:
    store = Store.open(None)
    total = CHANGES_PER_PART + 8
    changes = [post(store, catalog, f"dang_vien={200 + n}", n) for n in range(total)]
    parts = store.parts(EDITOR_CHANGES_COLLECTION)
    assert parts == ["900-0", "900-1"]
    assert len(store.all_docs(EDITOR_CHANGES_COLLECTION, part="900-0")) == CHANGES_PER_PART
    for n in range(total - 1, total - 12, -1):
        result = undo_last(store, LAN, f"2026-12-02T10:00:{n % 60:02d}")
        assert result is not None and result.change["id"] == changes[n]["id"]
        (_, shown) = result.restored[0]
        assert shown is not None and shown.value == 200 + n - 1
    assert current_figures(store, "u1")[-1].value == 200 + total - 12


def test_a_button_finds_its_change_and_forged_ids_find_nothing(catalog: Catalog) -> None:
    store = Store.open(None)
    change = post(store, catalog, "dang_vien=250", 1)
    assert change_part(change["id"]) == "900-0"
    for forged in ("", "900-0", "../x", "900-0.20261202T090001-zzzzzz", "9" * 80):
        assert undo_change(store, forged, LAN, "2026-12-02T10:00:00") is None
    assert undo_change(store, change["id"], LAN, "2026-12-02T10:00:00") is not None
    assert undo_change(store, change["id"], LAN, "2026-12-02T10:00:01") is None, "once only"
    assert [o.value for o in current_figures(store, "u1")] == []
