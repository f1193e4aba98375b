"""Payloads waiting for a button: short tokens, small parts, expiry, forged tokens refused."""

from __future__ import annotations

from datetime import datetime

from bot.constants import PENDING_COLLECTION
from bot.domain.pending import PENDING_TTL, drop_pending, get_pending, save_pending
from bot.store import Store

AT = "2026-12-02T09:00:00+07:00"
NOW = datetime.fromisoformat(AT)


def test_a_token_brings_back_its_payload_once() -> None:
    store = Store.open(None)
    token = save_pending(store, "confirm", 900, {"spec": "ntm=15/19"}, AT)
    assert len(token) == 10 and len(f"e:ok:{token}".encode()) <= 64
    assert get_pending(store, token, "confirm", NOW)["payload"] == {"spec": "ntm=15/19"}
    assert get_pending(store, token, "import", NOW) is None, "a token serves one kind of button"
    assert drop_pending(store, token)
    assert get_pending(store, token, "confirm", NOW) is None


def test_forged_tokens_find_nothing_and_create_nothing() -> None:
    store = Store.open(None)
    for forged in ("", "../../x", "zzzzzzzzzz", "a" * 64, "0123456789"):
        assert get_pending(store, forged, "confirm", NOW) is None
        assert not drop_pending(store, forged)
    assert store.parts(PENDING_COLLECTION) == []


def test_old_payloads_expire_and_are_dropped_as_their_part_is_written() -> None:
    store = Store.open(None)
    tokens = [save_pending(store, "unit", 900, {"n": n}, AT) for n in range(600)]
    assert len(store.parts(PENDING_COLLECTION)) > 100, "spread over many small files"
    later = NOW + PENDING_TTL * 2
    assert get_pending(store, tokens[0], "unit", later) is None
    for _ in range(600):
        save_pending(store, "unit", 900, {}, later.isoformat())
    left = sum(
        len(store.all_docs(PENDING_COLLECTION, part=p)) for p in store.parts(PENDING_COLLECTION)
    )
    assert left < 600 + 300, "written parts lost their expired payloads"
