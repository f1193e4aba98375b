"""The store keeps every figure once, keeps history, and survives a reopen.

Each behaviour runs on the in-memory store and on real files in ``tmp_path``.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.domain.models import AdminSource, ArticleSource, Observation
from bot.store import Store, StoreClosedError, StoreReadOnlyError

__all__: list[str] = []

UNIT = "legacy-28993"


def figure(
    unit_id: str = UNIT,
    value: float = 7,
    as_of: str | None = "2024-06-30",
    indicator: str = "ntm_criteria_met",
    **extra: object,
) -> dict:
    source = ArticleSource(
        file="bentre/2024-07-01.md",
        title="Xã Mỹ Thạnh về đích nông thôn mới",
        date="2024-07-01",
        quote=f"Đến nay xã đạt {value}/19 tiêu chí.",
    )
    return Observation(
        unit_id=unit_id,
        indicator=indicator,
        value=value,
        as_of=as_of,
        source=source,
        denominator=19,
        recorded_at="2024-07-02T08:00:00+07:00",
        **extra,
    ).to_dict()


@pytest.fixture(params=["memory", "files"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    data_dir = None if request.param == "memory" else tmp_path
    with Store.open(data_dir) as opened:
        yield opened


def test_adding_a_figure_returns_its_id_and_stores_it(store: Store) -> None:
    doc = figure()
    assert store.add_observations([doc]) == [doc["id"]]
    assert store.observations_for(UNIT) == [doc]


def test_adding_the_same_figure_again_is_a_no_op(store: Store) -> None:
    doc = figure()
    store.add_observations([doc])
    assert store.add_observations([doc, figure()]) == []
    assert store.observations_for(UNIT) == [doc]


def test_a_batch_with_a_repeated_figure_stores_it_once(store: Store) -> None:
    doc = figure()
    assert store.add_observations([doc, dict(doc)]) == [doc["id"]]
    assert len(store.observations_for(UNIT)) == 1


def test_only_new_figures_of_a_mixed_batch_are_reported(store: Store) -> None:
    old, new = figure(value=5), figure(value=6)
    store.add_observations([old])
    assert store.add_observations([old, new]) == [new["id"]]


def test_two_figures_for_one_indicator_are_both_kept_oldest_first(store: Store) -> None:
    later = figure(value=15, as_of="2025-03-31")
    earlier = figure(value=12, as_of="2024-06-30")
    store.add_observations([later])
    store.add_observations([earlier])
    assert [d["value"] for d in store.observations_for(UNIT)] == [12, 15]


def test_a_figure_without_a_date_sorts_first(store: Store) -> None:
    dated, undated = figure(as_of="2024-01-01"), figure(value=3, as_of=None)
    store.add_observations([dated, undated])
    assert [d["as_of"] for d in store.observations_for(UNIT)] == [None, "2024-01-01"]


def test_figures_for_several_units_in_one_call_go_to_their_units(store: Store) -> None:
    a, b = figure("2025-00097"), figure("legacy-d-123")
    store.add_observations([a, b])
    assert store.observations_for("2025-00097") == [a]
    assert store.observations_for("legacy-d-123") == [b]
    assert store.unit_ids_with_observations() == {"2025-00097", "legacy-d-123"}


def test_a_unit_without_figures_has_an_empty_history(store: Store) -> None:
    assert store.observations_for("legacy-1") == []
    assert store.unit_ids_with_observations() == set()


def test_changing_a_returned_figure_does_not_change_the_store(store: Store) -> None:
    store.add_observations([figure()])
    got = store.observations_for(UNIT)[0]
    got["value"] = 999
    got["source"]["quote"] = "sửa"
    again = store.observations_for(UNIT)[0]
    assert again["value"] == 7
    assert again["source"]["quote"] != "sửa"


def test_changing_a_figure_after_adding_it_does_not_change_the_store(store: Store) -> None:
    doc = figure()
    store.add_observations([doc])
    doc["source"]["quote"] = "sửa"
    assert store.observations_for(UNIT)[0]["source"]["quote"] != "sửa"


def test_iterating_yields_every_figure_of_every_unit(store: Store) -> None:
    docs = [figure(f"legacy-{n}", value=v) for n in range(5) for v in (1, 2)]
    store.add_observations(docs)
    assert sorted(d["id"] for d in store.iter_observations()) == sorted(d["id"] for d in docs)


def test_retracting_a_figure_keeps_it_with_the_flag(store: Store) -> None:
    doc = figure()
    store.add_observations([doc])
    assert store.set_observation_flag(UNIT, doc["id"], retracted=True)
    [stored] = store.observations_for(UNIT)
    assert stored["retracted"] is True
    assert stored["value"] == doc["value"]


def test_flagging_an_unknown_figure_reports_false(store: Store) -> None:
    assert store.set_observation_flag(UNIT, "nope", retracted=True) is False
    assert store.observations_for(UNIT) == []


def test_a_figures_id_cannot_be_changed(store: Store) -> None:
    doc = figure()
    store.add_observations([doc])
    with pytest.raises(ValueError):
        store.set_observation_flag(UNIT, doc["id"], id="other")


def test_a_figure_without_id_or_unit_is_refused(store: Store) -> None:
    with pytest.raises(ValueError):
        store.add_observations([{"unit_id": UNIT, "value": 1}])
    with pytest.raises(ValueError):
        store.add_observations([{"id": "x", "value": 1}])


def test_admin_figures_round_trip(store: Store) -> None:
    doc = Observation(
        unit_id=UNIT,
        indicator="poverty_rate",
        value=2.5,
        as_of="2025-01-01",
        source=AdminSource(user_id=12345, time="2025-01-02T09:00:00+07:00", note="báo cáo"),
        criteria_unmet=("income", "housing"),
    ).to_dict()
    store.add_observations([doc])
    [stored] = store.observations_for(UNIT)
    assert Observation.from_dict(stored) == Observation.from_dict(doc)


NFC_TEXT = unicodedata.normalize(
    "NFC", "Xã Mỹ Thạnh, huyện Giồng Trôm, tỉnh Bến Tre: đạt 19/19 tiêu chí"
)


def test_vietnamese_text_comes_back_unchanged(store: Store) -> None:
    doc = figure()
    doc["source"]["quote"] = NFC_TEXT
    store.add_observations([doc])
    store.put_doc("units", "article-bentre-giongtrom-mythanh", {"name": NFC_TEXT})
    quote = store.observations_for(UNIT)[0]["source"]["quote"]
    assert quote == NFC_TEXT
    assert unicodedata.is_normalized("NFC", quote)
    assert store.get_doc("units", "article-bentre-giongtrom-mythanh") == {"name": NFC_TEXT}


ODD_UNIT_IDS = [
    "legacy-28993",
    "2025-00097",
    "legacy-d-123",
    "article-bentre-chauthanh-ankhanh",
    "Legacy-28993",
    "xã Mỹ Thạnh",
    "a/b\\c",
    "..",
    ".hidden",
    "%41",
    "A",
    "a:b*c?<>|",
    "đ" * 150,
]


@pytest.mark.parametrize("unit_id", ODD_UNIT_IDS)
def test_odd_unit_ids_keep_their_own_history(store: Store, unit_id: str) -> None:
    doc = figure(unit_id)
    other = figure("a")
    store.add_observations([doc, other])
    assert store.observations_for(unit_id) == [doc]
    assert store.unit_ids_with_observations() == {unit_id, "a"}


def test_unit_ids_differing_only_in_case_or_escapes_stay_apart(store: Store) -> None:
    ids = ["a", "A", "%41", "%2541", ".", "%2E"]
    store.add_observations([figure(unit_id) for unit_id in ids])
    assert store.unit_ids_with_observations() == set(ids)
    for unit_id in ids:
        assert [d["unit_id"] for d in store.observations_for(unit_id)] == [unit_id]


def test_a_document_can_be_put_read_replaced_and_deleted(store: Store) -> None:
    store.put_doc("subscriptions", "-100123", {"chat_id": -100123, "unit_id": UNIT})
    assert store.get_doc("subscriptions", "-100123") == {"chat_id": -100123, "unit_id": UNIT}
    store.put_doc("subscriptions", "-100123", {"chat_id": -100123})
    assert store.get_doc("subscriptions", "-100123") == {"chat_id": -100123}
    assert store.delete_doc("subscriptions", "-100123") is True
    assert store.get_doc("subscriptions", "-100123") is None
    assert store.delete_doc("subscriptions", "-100123") is False


def test_all_docs_lists_a_collection_only(store: Store) -> None:
    store.put_doc("admins", "1", {"user_id": 1})
    store.put_doc("admins", "2", {"user_id": 2})
    store.put_doc("digests", "1", {"week": "2025-W01"})
    assert store.all_docs("admins") == [{"user_id": 1}, {"user_id": 2}]
    assert store.all_docs("empty") == []


def test_collection_names_must_be_plain_identifiers(store: Store) -> None:
    with pytest.raises(ValueError):
        store.put_doc("../escape", "k", {})


def test_a_closed_store_refuses_use(store: Store) -> None:
    store.close()
    with pytest.raises(StoreClosedError):
        store.observations_for(UNIT)
    store.close()


def test_threads_adding_at_once_lose_nothing(store: Store) -> None:
    units = [f"legacy-{n}" for n in range(4)]
    batches = [[figure(units[t % 4], value=t * 100 + i) for i in range(3)] for t in range(16)]
    threads = [threading.Thread(target=store.add_observations, args=(b,)) for b in batches]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stored = {d["id"] for d in store.iter_observations()}
    assert stored == {d["id"] for batch in batches for d in batch}


# Files only: reopening, readers, damage


def test_figures_and_documents_survive_a_reopen(tmp_path: Path) -> None:
    doc = figure()
    with Store.open(tmp_path) as store:
        store.add_observations([doc])
        store.put_doc("admins", "1", {"user_id": 1})
    with Store.open(tmp_path) as store:
        assert store.observations_for(UNIT) == [doc]
        assert store.add_observations([doc]) == []
        assert store.get_doc("admins", "1") == {"user_id": 1}


def test_a_reader_sees_the_writers_data_while_it_runs(tmp_path: Path) -> None:
    with Store.open(tmp_path) as writer, Store.open(tmp_path, writer=False) as reader:
        first, second = figure(value=1), figure(value=2)
        writer.add_observations([first])
        writer.put_doc("admins", "1", {"user_id": 1})
        assert reader.observations_for(UNIT) == [first]
        writer.add_observations([second])
        assert [d["value"] for d in reader.observations_for(UNIT)] == [1, 2]
        assert [d["value"] for d in reader.iter_observations()] == [1, 2]
        assert reader.unit_ids_with_observations() == {UNIT}
        assert reader.get_doc("admins", "1") == {"user_id": 1}


def test_a_reader_refuses_every_write(tmp_path: Path) -> None:
    with Store.open(tmp_path) as writer:
        writer.add_observations([figure()])
    with Store.open(tmp_path, writer=False) as reader:
        with pytest.raises(StoreReadOnlyError):
            reader.add_observations([figure(value=2)])
        with pytest.raises(StoreReadOnlyError):
            reader.set_observation_flag(UNIT, figure()["id"], retracted=True)
        with pytest.raises(StoreReadOnlyError):
            reader.put_doc("admins", "1", {})
        with pytest.raises(StoreReadOnlyError):
            reader.delete_doc("admins", "1")
        assert len(reader.observations_for(UNIT)) == 1


def test_a_reader_of_an_empty_directory_sees_nothing_and_creates_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path / "none", writer=False) as reader:
        assert reader.unit_ids_with_observations() == set()
        assert reader.observations_for(UNIT) == []
        assert reader.all_docs("admins") == []
    assert not (tmp_path / "none").exists()


def test_a_damaged_shard_is_restored_from_its_mirror(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        store.add_observations([figure("legacy-1"), figure("legacy-2")])
    (tmp_path / "store" / "observations" / "legacy-1.json").write_text("{not json")
    with Store.open(tmp_path) as store:
        assert store.unit_ids_with_observations() == {"legacy-1", "legacy-2"}
        assert len(store.observations_for("legacy-2")) == 1
        assert len(store.observations_for("legacy-1")) == 1
        (problem,) = store.problems
        assert problem.rel == "observations/legacy-1.json" and problem.restored


def test_every_file_stays_inside_the_store_directory(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with Store.open(data_dir) as store:
        store.add_observations([figure(unit_id) for unit_id in ODD_UNIT_IDS])
    outside = [p for p in tmp_path.rglob("*") if data_dir not in (p, *p.parents)]
    assert outside == []
