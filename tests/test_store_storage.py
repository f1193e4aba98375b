"""The atomic JSON storage: a write is whole and durable, a failed write changes nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bot.store import AtomicJSONStorage
from bot.store.storage import seal, unseal

__all__: list[str] = []

STATE = {"docs": {"1": {"name": "Xã Mỹ Thạnh", "n": 19}}}


def test_a_missing_file_reads_as_empty(tmp_path: Path) -> None:
    assert AtomicJSONStorage(tmp_path / "none.json").read() is None


def test_an_empty_file_reads_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.json"
    path.write_bytes(b"")
    assert AtomicJSONStorage(path).read() is None


def test_what_is_written_is_read_back(tmp_path: Path) -> None:
    storage = AtomicJSONStorage(tmp_path / "db.json")
    storage.write(STATE)
    assert storage.read() == STATE
    assert AtomicJSONStorage(tmp_path / "db.json").read() == STATE


def test_the_file_is_utf8_json_without_escapes(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    AtomicJSONStorage(path).write(STATE)
    text = path.read_bytes().decode("utf-8")
    assert "Xã Mỹ Thạnh" in text
    stored = json.loads(text)
    assert stored.pop("_crc") and stored == STATE, "valid JSON, its checksum first"


def test_a_sealed_file_tells_a_flipped_byte_from_its_content() -> None:
    payload = json.dumps({"observations": {"a": {"value": 16}}}).encode()
    sealed = seal(payload)
    assert unseal(sealed) == payload and unseal(seal(b"{}")) == b"{}"
    assert unseal(payload) == payload, "files written before seals still read"
    with pytest.raises(ValueError):
        unseal(sealed.replace(b"16", b"17"))


def test_a_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    storage = AtomicJSONStorage(tmp_path / "db.json")
    storage.write(STATE)
    storage.write({"docs": {}})
    assert [p.name for p in tmp_path.iterdir()] == ["db.json"]


def test_a_shorter_state_replaces_a_longer_one_entirely(tmp_path: Path) -> None:
    storage = AtomicJSONStorage(tmp_path / "db.json")
    storage.write({"docs": {str(n): {"n": n} for n in range(100)}})
    storage.write({"docs": {}})
    assert storage.read() == {"docs": {}}


def test_data_that_cannot_be_serialised_leaves_the_old_file(tmp_path: Path) -> None:
    storage = AtomicJSONStorage(tmp_path / "db.json")
    storage.write(STATE)
    with pytest.raises(TypeError):
        storage.write({"docs": {"1": {"bad": object()}}})
    assert storage.read() == STATE
    assert [p.name for p in tmp_path.iterdir()] == ["db.json"]


def test_a_failure_before_the_rename_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    storage = AtomicJSONStorage(tmp_path / "db.json")
    storage.write(STATE)

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError):
        storage.write({"docs": {}})
    monkeypatch.undo()
    assert storage.read() == STATE
    assert [p.name for p in tmp_path.iterdir()] == ["db.json"]


def test_a_reader_holding_the_old_file_still_reads_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    storage = AtomicJSONStorage(path)
    storage.write(STATE)
    with path.open("rb") as before:
        storage.write({"docs": {}})
        assert json.loads(unseal(before.read())) == STATE
    assert storage.read() == {"docs": {}}
