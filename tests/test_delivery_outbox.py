"""The outbox in the store: idempotent runs, atomic marking, photos that survive a restart."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.constants import OUTBOX_COLLECTION, OUTBOX_FAILED_COLLECTION
from bot.delivery import OutboundMessage, StateWrite, enqueue_run, pending_entries, run_known
from bot.delivery.outbox import drop_chat, load_message, mark_failed, mark_sent
from bot.store import Store

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


@pytest.fixture(params=["memory", "disk"])
def store(request: pytest.FixtureRequest, tmp_path: Path):
    store = Store.open(None if request.param == "memory" else tmp_path / "data")
    yield store
    store.close()


def test_a_run_is_enqueued_once(store: Store) -> None:
    """The run id is the idempotence key: the second enqueue adds nothing."""
    first = [OutboundMessage(5, "<b>Bản tin</b> số 1")]
    assert not run_known(store, "digest:5:xa-1:2026-12-07T07:00")
    assert enqueue_run(store, "digest:5:xa-1:2026-12-07T07:00", first)
    assert run_known(store, "digest:5:xa-1:2026-12-07T07:00")
    again = [OutboundMessage(5, "khác"), OutboundMessage(6, "khác nữa")]
    assert not enqueue_run(store, "digest:5:xa-1:2026-12-07T07:00", again)
    assert [e.chat_id for e in pending_entries(store)] == [5]


def test_still_known_after_sending(store: Store) -> None:
    enqueue_run(store, "r1", [OutboundMessage(5, "một")])
    (entry,) = pending_entries(store)
    assert mark_sent(store, entry)
    assert pending_entries(store) == []
    assert not enqueue_run(store, "r1", [OutboundMessage(5, "một")])


def test_messages_of_a_run_keep_their_order(store: Store) -> None:
    enqueue_run(store, "a", [OutboundMessage(7, f"phần {i}") for i in range(3)])
    enqueue_run(store, "b", [OutboundMessage(7, "sau")])
    texts = [load_message(store, e).text for e in pending_entries(store)]  # type: ignore[union-attr]
    assert texts == ["phần 0", "phần 1", "phần 2", "sau"]


def test_marking_sent_applies_the_writes_once(store: Store) -> None:
    """The entry goes and its state is written in one transaction, and only the first time."""
    writes = (
        StateWrite("digest_baselines", "5:xa-1", {"snapshot": {"ho_ngheo": 3}}),
        StateWrite("digest_baselines", "5:old", None),
    )
    store.put_doc("digest_baselines", "5:old", {"snapshot": {}})
    enqueue_run(store, "r", [OutboundMessage(5, "bản tin", after_sent=writes)])
    (entry,) = pending_entries(store)
    assert store.get_doc("digest_baselines", "5:xa-1") is None
    assert mark_sent(store, entry)
    assert store.get_doc("digest_baselines", "5:xa-1") == {"snapshot": {"ho_ngheo": 3}}
    assert store.get_doc("digest_baselines", "5:old") is None
    store.put_doc("digest_baselines", "5:xa-1", {"snapshot": {"ho_ngheo": 9}})
    assert not mark_sent(store, entry)
    assert store.get_doc("digest_baselines", "5:xa-1") == {"snapshot": {"ho_ngheo": 9}}


def test_a_failed_write_marks_nothing(store: Store) -> None:
    """A bad after_sent write rolls the whole mark back: the entry stays to be sent."""
    bad = (StateWrite("Not A Collection", "k", {"x": 1}),)
    enqueue_run(store, "r", [OutboundMessage(5, "bản tin", after_sent=bad)])
    (entry,) = pending_entries(store)
    with pytest.raises(ValueError):
        mark_sent(store, entry)
    assert pending_entries(store) == [entry]


def test_one_chat_per_file(store: Store) -> None:
    enqueue_run(store, "r", [OutboundMessage(5, "a"), OutboundMessage(-100200, "b")])
    assert store.parts(OUTBOX_COLLECTION) == ["-100200", "5"]


def test_photo_survives_a_restart(tmp_path: Path) -> None:
    """Photo bytes are in the entry: after reopening the store they come back unchanged."""
    data_dir = tmp_path / "data"
    with Store.open(data_dir) as store:
        enqueue_run(store, "p", [OutboundMessage(5, "ảnh", photo=PNG), OutboundMessage(5, "chữ")])
    with Store.open(data_dir) as store:
        first, second = pending_entries(store)
        message = load_message(store, first)
        assert message is not None and message.photo == PNG and message.text == "ảnh"
        assert load_message(store, second).photo is None  # type: ignore[union-attr]


def test_bad_messages_are_refused_whole(store: Store) -> None:
    with pytest.raises(ValueError):
        enqueue_run(store, "x", [OutboundMessage(5, "ok"), OutboundMessage(6, "  ")])
    assert not run_known(store, "x")
    assert pending_entries(store) == []


def test_refused_and_gone(store: Store) -> None:
    enqueue_run(store, "r", [OutboundMessage(5, "a"), OutboundMessage(5, "b")])
    first, _second = pending_entries(store)
    assert mark_failed(store, first, "Bad Request: can't parse entities")
    assert store.get_doc(OUTBOX_FAILED_COLLECTION, first.key, part="5")["error"].startswith("Bad")
    assert drop_chat(store, 5) == 1
    assert pending_entries(store) == []
