"""Damage every store file in every way, one at a time: is it found, repaired, or lost?

Run on demand: ``python bench/damage.py``. Seeds a store from ``seeds/`` in a temporary
directory, then for each file under ``store/`` (shards, collections, partitions, their
mirrors) and each kind of damage (cut in half, zeroed, garbled, valid JSON of the wrong
shape, deleted) works on a fresh copy: damages the file, runs the health check as
``python -m bot check`` does, and compares every observation with the pristine store.
Prints one line per kind and the totals; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.doctor import check_store
from bot.services import Services
from bot.settings import Settings
from bot.store import Store

__all__ = ["main"]

DAMAGE: dict[str, Callable[[bytes, random.Random], bytes | None]] = {
    "cut": lambda raw, _rng: raw[: len(raw) // 2],
    "zeros": lambda raw, _rng: b"\0" * len(raw),
    "garbled": lambda raw, rng: bytes(rng.randrange(256) for _ in range(len(raw))),
    "flipped byte": lambda raw, rng: _flip(raw, rng),
    "wrong shape": lambda _raw, _rng: b"[1,2,3]",
    "deleted": lambda _raw, _rng: None,
}


def _flip(raw: bytes, rng: random.Random) -> bytes:
    spoiled = bytearray(raw)
    spoiled[rng.randrange(len(spoiled))] ^= 1 << rng.randrange(8)
    return bytes(spoiled)


def settings_for(data_dir: Path) -> Settings:
    return Settings(_env_file=None, telegram_bot_token=None, bot_data_dir=data_dir)


def snapshot(data_dir: Path) -> set[str]:
    """Every observation's id and content, as the store serves it now."""
    with Store.open(data_dir, writer=False) as store:
        return {repr(sorted(o.items())) for o in store.iter_observations()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        pristine = Path(tmp) / "pristine"
        Services.open(settings_for(pristine)).close()
        expected = snapshot(pristine)
        files = sorted(
            p.relative_to(pristine)
            for p in (pristine / "store").rglob("*.json")
            if not p.name.startswith(".")
        )
        totals: Counter[str] = Counter()
        print(f"{len(files)} files × {len(DAMAGE)} kinds of damage, {len(expected)} figures")
        started = time.perf_counter()
        for kind, spoil in DAMAGE.items():
            counts: Counter[str] = Counter()
            for rel in files:
                work = Path(tmp) / "work"
                shutil.rmtree(work, ignore_errors=True)
                shutil.copytree(pristine, work)
                target = work / rel
                spoiled = spoil(target.read_bytes(), rng)
                if spoiled is None:
                    target.unlink()
                else:
                    target.write_bytes(spoiled)
                report = check_store(settings_for(work))
                changed = spoiled is None or spoiled != (pristine / rel).read_bytes()
                counts["damaged"] += changed
                counts["detected"] += bool(report.problems) and changed
                counts["repaired"] += bool(report.problems) and not report.lost
                counts["reported lost"] += bool(report.lost)
                counts["figures lost for good"] += len(expected - snapshot(work))
            totals.update(counts)
            print(f"  {kind:<13} " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        print("total         " + ", ".join(f"{k} {v}" for k, v in totals.items()))
        print(f"({time.perf_counter() - started:.1f} s, pid {os.getpid()})")


if __name__ == "__main__":
    main()
