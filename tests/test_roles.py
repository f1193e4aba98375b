"""Owners come from configuration; editors added in the chat live in the store."""

from __future__ import annotations

from pathlib import Path

from bot.domain.roles import add_admin, is_admin, is_owner, list_admins, remove_admin
from bot.store import Store
from tests.auxil.harness import make_settings

__all__: list[str] = []


def test_owners_and_added_editors(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, bot_admin_ids=frozenset({42}))
    with Store.open(tmp_path) as store:
        assert is_owner(settings, 42) and is_admin(store, settings, 42)
        assert not is_admin(store, settings, 7) and not is_admin(store, settings, None)
        assert add_admin(store, 7, "Chị Lan", added_by=42, at="2026-12-02T09:00:00+07:00")
        assert not add_admin(store, 7, "Chị Lan", added_by=42, at="2026-12-02T09:01:00+07:00")
        assert [(a.user_id, a.owner) for a in list_admins(store, settings)] == [
            (42, True),
            (7, False),
        ]
    with Store.open(tmp_path) as store:
        assert is_admin(store, settings, 7)
        assert not remove_admin(store, 42), "owners are configuration"
        assert remove_admin(store, 7) and not is_admin(store, settings, 7)
