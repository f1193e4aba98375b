"""The services a running bot shares: store, catalog, units, name finder, templates.

Created once when the application starts (``post_init``) and closed when it stops
(``post_shutdown``); nothing here opens files at import time.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from jinja2 import Environment

from bot import PROJECT_ROOT
from bot.constants import META_COLLECTION, UNITS_COLLECTION
from bot.domain.catalog import Catalog, load_catalog
from bot.domain.gazetteer import load_gazetteer
from bot.domain.matching import UnitFinder
from bot.domain.models import Unit
from bot.domain.registry import UnitRegistry
from bot.domain.seeding import SeedReport, seed_store
from bot.rendering import create_environment
from bot.settings import Settings
from bot.store import Store

__all__ = ["SEEDS_DIR", "Services"]

log = logging.getLogger(__name__)
SEEDS_DIR = PROJECT_ROOT / "seeds"


@dataclass
class Services:
    """Everything handlers may touch, one object in ``bot_data``."""

    settings: Settings
    store: Store
    catalog: Catalog
    registry: UnitRegistry
    finder: UnitFinder
    templates: Environment
    #: The bot's @username once Telegram told it (``getMe``), for share links.
    bot_username: str | None = None

    @classmethod
    def open(
        cls, settings: Settings, *, writer: bool = True, seed_if_empty: bool = True
    ) -> Services:
        """Open the store (taking the writer lock) and build the indexes over it."""
        store = Store.open(settings.bot_data_dir, writer=writer)
        try:
            catalog = load_catalog()
            registry = UnitRegistry(
                load_gazetteer(),
                [Unit.from_dict(d) for d in store.all_docs(UNITS_COLLECTION)],
                store.unit_ids_with_observations(),
            )
            services = cls(
                settings=settings,
                store=store,
                catalog=catalog,
                registry=registry,
                finder=UnitFinder(registry),
                templates=create_environment(),
            )
            if writer and seed_if_empty and not store.get_doc(META_COLLECTION, "seeded"):
                report = services.seed()
                log.info(
                    "Seeded an empty store: %s figures from %s articles",
                    report.added,
                    report.articles,
                )
        except BaseException:
            store.close()
            raise
        return services

    def seed(self, seeds_dir: Path | None = None) -> SeedReport:
        """(Re)build figures from the articles; idempotent."""
        report = seed_store(self.store, self.registry, self.catalog, seeds_dir or SEEDS_DIR)
        for unit in self.registry.article_units():
            self.finder.add(unit)
        if not self.store.get_doc(META_COLLECTION, "seeded"):
            seeded_at = datetime.now(self.settings.tzinfo).isoformat(timespec="seconds")
            self.store.put_doc(META_COLLECTION, "seeded", {"at": seeded_at})
        return report

    def today(self) -> date:
        return datetime.now(self.settings.tzinfo).date()

    def observations(self, unit_id: str) -> list[dict]:
        return self.store.observations_for(unit_id)

    def close(self) -> None:
        self.store.close()
