"""Shared fixtures: a store seeded once per session, copied for each test that needs it."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.domain.catalog import Catalog, load_catalog
from bot.domain.gazetteer import Gazetteer, load_gazetteer
from bot.services import Services
from tests.auxil.harness import BotHarness, make_settings, running_bot


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The indicator catalog from data/, loaded and validated once."""
    return load_catalog()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """Every official unit, read from the gazetteer package once."""
    return load_gazetteer()


@pytest.fixture(scope="session")
def seeded_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory seeded from seeds/ (once: seeding is the slow part)."""
    data_dir = tmp_path_factory.mktemp("seeded") / "data"
    Services.open(make_settings(data_dir)).close()
    return data_dir


@pytest.fixture
def data_dir(seeded_dir: Path, tmp_path: Path) -> Path:
    """A private copy of the seeded store, free to change."""
    target = tmp_path / "data"
    shutil.copytree(seeded_dir, target, ignore=shutil.ignore_patterns("*.lock"))
    return target


@pytest.fixture
async def bot(data_dir: Path) -> AsyncIterator[BotHarness]:
    """The real bot, offline, on a seeded store."""
    async with running_bot(make_settings(data_dir)) as harness:
        yield harness


@pytest.fixture
async def admin_bot(data_dir: Path) -> AsyncIterator[BotHarness]:
    """The real bot, offline, on a seeded store, with ``OWNER_ID`` in ``BOT_ADMIN_IDS``."""
    from tests.auxil.editing import OWNER_ID

    settings = make_settings(data_dir, bot_admin_ids=frozenset({OWNER_ID}))
    async with running_bot(settings) as harness:
        yield harness
