"""A long-running bot is readied before its first update: templates compiled, heap frozen."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.services import Services
from bot.warmup import ready_for_traffic
from tests.auxil.harness import make_settings


@pytest.fixture
def unfrozen() -> Iterator[None]:
    yield
    gc.unfreeze()


def test_every_template_is_compiled_and_the_startup_heap_is_frozen(
    data_dir: Path, unfrozen: None
) -> None:
    services = Services.open(make_settings(data_dir))
    try:
        ready_for_traffic(services)
        env = services.templates
        assert len(env.cache) == len(env.list_templates()) > 30
        assert gc.get_freeze_count() > 10_000
    finally:
        services.close()
