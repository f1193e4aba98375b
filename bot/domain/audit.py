"""The audit trail of editors' changes, written with the figures it explains, and undo.

A change is what one command saved (one ``/capnhat``, one ``/nhap`` "Lưu"): its figures
and, per unit, an audit entry saying who, when, which indicator, old and new value and
the note. Figure, audit entries and the editor's own list of changes go in ONE store
transaction, so after a crash all of them are there or none is.

Audit entries are partitioned per unit (one small file each) and each editor's list of
changes in parts of :data:`CHANGES_PER_PART` (``<editor>-<n>``), so a write rewrites a few
small files, never the whole trail nor a list that grows with every change. A change's id
names its part, so a "Hoàn tác" button finds it without a search.
Undo flags the change's figures ``retracted`` (history is never deleted) and is itself
recorded as a change.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.constants import EDITOR_CHANGES_COLLECTION, EDITOR_HEADS_COLLECTION, EDITS_COLLECTION
from bot.domain.editing import PlannedFigure, latest_figure
from bot.domain.models import Observation
from bot.domain.summary import active

if TYPE_CHECKING:
    from bot.store import Store

__all__ = [
    "CHANGES_PER_PART",
    "Editor",
    "UndoResult",
    "change_part",
    "current_figures",
    "new_change_id",
    "record_change",
    "undo_change",
    "undo_last",
]


@dataclass(frozen=True, slots=True)
class Editor:
    """Who made a change, as Telegram names them."""

    user_id: int
    name: str | None = None


@dataclass(frozen=True, slots=True)
class UndoResult:
    """What an undo took back: the change, and each figure now shown instead."""

    change: dict[str, Any]
    restored: list[tuple[dict[str, Any], Observation | None]]


CHANGES_PER_PART = 32
_CHANGE_ID = re.compile(r"^(\d{1,15}-\d{1,9})\.\d{8}T\d{6}-[0-9a-f]{6}$")


def new_change_id(part: str, at: str) -> str:
    """Its part, then time, then a random tail: ``900-0.20261202T141530-3fa9c2``."""
    stamp = "".join(ch for ch in at[:19] if ch.isdigit() or ch == "T")
    return f"{part}.{stamp}-{secrets.token_hex(3)}"


def change_part(change_id: str) -> str | None:
    """The part of ``editor_changes`` holding ``change_id``; None for a malformed id."""
    found = _CHANGE_ID.match(change_id)
    return found.group(1) if found else None


def _next_part(store: Store, user_id: int) -> str:
    """The editor's part for one more change, moving to a fresh part when it is full."""
    key = str(user_id)
    head = store.get_doc(EDITOR_HEADS_COLLECTION, key) or {"part": 0, "count": 0}
    if head["count"] >= CHANGES_PER_PART:
        head = {"part": head["part"] + 1, "count": 0}
    store.put_doc(EDITOR_HEADS_COLLECTION, key, {**head, "count": head["count"] + 1})
    return f"{user_id}-{head['part']}"


def current_figures(store: Store, unit_id: str) -> list[Observation]:
    """A unit's figures in force (not undone), oldest first."""
    return active(store.observations_for(unit_id))


def _value(obs: Observation | None) -> dict[str, Any] | None:
    if obs is None:
        return None
    return {
        "id": obs.id,
        "value": obs.value,
        "denominator": obs.denominator,
        "as_of": obs.as_of,
        "deadline": obs.deadline,
        "criteria_unmet": list(obs.criteria_unmet),
    }


def record_change(
    store: Store,
    planned: Sequence[PlannedFigure],
    editor: Editor,
    at: str,
    *,
    kind: str = "edit",
    note: str | None = None,
    article: str | None = None,
    extra_docs: Iterable[tuple[str, str, dict[str, Any], str | None]] = (),
) -> dict[str, Any] | None:
    """Save ``planned`` figures and their audit entries in one transaction.

    ``extra_docs`` are ``(collection, key, doc, part)`` written in the same transaction (an
    imported article's text). Returns the change, or None when every figure was already
    stored (the same article imported twice adds nothing).
    """
    with store.transaction():
        added = set(store.add_observations([p.new.to_dict() for p in planned]))
        kept = [p for p in planned if p.new.id in added]
        for collection, key, doc, part in extra_docs:
            store.put_doc(collection, key, doc, part=part)
        if not kept:
            return None
        editor_part = _next_part(store, editor.user_id)
        change_id = new_change_id(editor_part, at)
        units: dict[str, list[dict[str, Any]]] = {}
        for p in kept:
            units.setdefault(p.new.unit_id, []).append(
                {
                    "indicator": p.new.indicator,
                    "is_target": p.new.is_target,
                    "old": _value(p.old),
                    "new": _value(p.new),
                }
            )
        change = {
            "id": change_id,
            "kind": kind,
            "user_id": editor.user_id,
            "user_name": editor.name,
            "at": at,
            "note": note,
            "article": article,
            "units": sorted(units),
            "figures": [[p.new.unit_id, p.new.id] for p in kept],
            "undone_by": None,
        }
        for unit_id, items in units.items():
            entry = {**_entry_head(change), "unit_id": unit_id, "items": items}
            store.put_doc(EDITS_COLLECTION, change_id, entry, part=unit_id)
        store.put_doc(EDITOR_CHANGES_COLLECTION, change_id, change, part=editor_part)
    return change


def _entry_head(change: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "kind", "user_id", "user_name", "at", "note", "article")
    return {k: change.get(k) for k in keys}


def _find_change(store: Store, change_id: str) -> dict[str, Any] | None:
    part = change_part(change_id)
    if part is None:
        return None
    return store.get_doc(EDITOR_CHANGES_COLLECTION, change_id, part=part)


def undo_last(store: Store, editor: Editor, at: str) -> UndoResult | None:
    """Undo ``editor``'s latest change not yet undone; None when there is none.

    Reads the editor's parts from the newest back, usually only the newest.
    """
    with store.transaction():
        head = store.get_doc(EDITOR_HEADS_COLLECTION, str(editor.user_id))
        for number in range(head["part"], -1, -1) if head else ():
            changes = store.all_docs(EDITOR_CHANGES_COLLECTION, part=f"{editor.user_id}-{number}")
            pending = [c for c in changes if c.get("kind") != "undo" and not c.get("undone_by")]
            if pending:
                latest = max(pending, key=lambda c: (c["at"], c["id"]))
                return undo_change(store, latest["id"], editor, at)
        return None


def undo_change(store: Store, change_id: str, editor: Editor, at: str) -> UndoResult | None:
    """Undo one change (a "Hoàn tác" button); None when it is unknown or already undone."""
    with store.transaction():
        change = _find_change(store, change_id)
        if change is None or change.get("undone_by") or change.get("kind") == "undo":
            return None
        undo_part = _next_part(store, editor.user_id)
        undo_id = new_change_id(undo_part, at)
        for unit_id, obs_id in change["figures"]:
            store.set_observation_flag(unit_id, obs_id, retracted=True)
        restored: list[tuple[dict[str, Any], Observation | None]] = []
        for unit_id in change["units"]:
            entry = store.get_doc(EDITS_COLLECTION, change_id, part=unit_id) or {"items": []}
            now = current_figures(store, unit_id)
            items = []
            for item in entry["items"]:
                shown = latest_figure(now, item["indicator"], item["is_target"])
                items.append({**item, "old": item["new"], "new": _value(shown)})
                restored.append(({**item, "unit_id": unit_id}, shown))
            undo_entry = {
                "id": undo_id,
                "kind": "undo",
                "user_id": editor.user_id,
                "user_name": editor.name,
                "at": at,
                "note": None,
                "article": change.get("article"),
                "undoes": change_id,
                "unit_id": unit_id,
                "items": items,
            }
            store.put_doc(EDITS_COLLECTION, undo_id, undo_entry, part=unit_id)
        undone = {**change, "undone_by": undo_id}
        store.put_doc(EDITOR_CHANGES_COLLECTION, change_id, undone, part=change_part(change_id))
        undo = {
            **_entry_head({**change, "id": undo_id, "user_id": editor.user_id}),
            "kind": "undo",
            "user_name": editor.name,
            "at": at,
            "undoes": change_id,
            "units": change["units"],
            "figures": [],
        }
        store.put_doc(EDITOR_CHANGES_COLLECTION, undo_id, undo, part=undo_part)
    return UndoResult(change=change, restored=restored)
