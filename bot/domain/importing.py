"""An article an editor sends with /nhap: read it, propose its figures, save them on "Lưu".

The same extractor as seeding reads it, so the figures come with their sentences. The
article gets a file name from a hash of its text, so importing it twice gives the same
observation ids and adds nothing; its text is kept in the store beside the figures.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.constants import ARTICLES_COLLECTION, IMPORTED_TEXTS_COLLECTION, UNITS_COLLECTION
from bot.domain.audit import Editor, current_figures, record_change
from bot.domain.editing import PlannedFigure, latest_figure
from bot.domain.models import Observation, Unit
from bot.domain.seeding import observations_from_article
from bot.extraction import ExtractedArticle, extract_text
from bot.text import nfc

if TYPE_CHECKING:
    from bot.domain.catalog import Catalog
    from bot.domain.registry import UnitRegistry
    from bot.store import Store

__all__ = ["ImportProposal", "import_file_name", "read_import", "save_import", "unit_hint"]

_PREFIX = "nhap_"


@dataclass(slots=True)
class ImportProposal:
    """What an article would add: its figures per unit, and units only the article names."""

    file: str
    article: ExtractedArticle
    observations: list[Observation]
    new_units: list[Unit] = field(default_factory=list)

    def by_unit(self) -> dict[str, list[Observation]]:
        grouped: dict[str, list[Observation]] = {}
        for obs in self.observations:
            grouped.setdefault(obs.unit_id, []).append(obs)
        return grouped


def import_file_name(text: str, hint: str | None = None) -> str:
    """The article's name in the store: the same text (and unit) gives the same name."""
    key = nfc(text).strip() + "\n" + (hint or "")
    return f"{_PREFIX}{hashlib.sha1(key.encode()).hexdigest()[:16]}.txt"


def unit_hint(unit: Unit) -> str:
    """How an article would name ``unit`` in its opening, for an article that does not."""
    parts = [unit.full_name]
    if unit.district:
        parts.append(f"huyện {unit.district}")
    if unit.province:
        parts.append(f"tỉnh {unit.province}")
    return ", ".join(parts)


def read_import(
    text: str,
    catalog: Catalog,
    registry: UnitRegistry,
    hint: Unit | None = None,
) -> ImportProposal:
    """Extract ``text``'s figures; with ``hint``, the article is taken to be about that unit."""
    file = import_file_name(text, hint.id if hint else None)
    body = nfc(text).strip()
    if hint is not None:
        # The extractor finds an article's subject in its opening line: name the unit there.
        body = f"{unit_hint(hint)}: {body}"
    article = extract_text(
        body,
        file=file,
        catalog=catalog,
        province_names=registry.gazetteer.province_names(),
        gazetteer=registry.gazetteer,
    )
    if hint is not None and article.title.startswith(unit_hint(hint) + ": "):
        article.title = article.title[len(unit_hint(hint)) + 2 :]
    new_units: dict[str, Unit] = {}

    def remember(unit: Unit) -> None:
        new_units.setdefault(unit.id, unit)

    observations = observations_from_article(article, registry, remember)
    return ImportProposal(file, article, observations, list(new_units.values()))


def save_import(
    store: Store,
    proposal: ImportProposal,
    text: str,
    editor: Editor,
    at: str,
) -> dict[str, Any] | None:
    """Save the proposal's figures, units, article record and text in one transaction.

    Returns the change, or None when the article was imported before (nothing new).
    """
    article = proposal.article
    extra: list[tuple[str, str, dict[str, Any], str | None]] = [
        (UNITS_COLLECTION, u.id, u.to_dict(), None) for u in proposal.new_units
    ]
    pairs = sorted([o.unit_id, o.id] for o in proposal.observations)
    extra.append(
        (
            ARTICLES_COLLECTION,
            proposal.file,
            {
                "file": proposal.file,
                "title": article.title,
                "date": article.date,
                "observations": pairs,
                "withdrawn": [],
                "imported_by": editor.user_id,
            },
            None,
        )
    )
    extra.append(
        (
            IMPORTED_TEXTS_COLLECTION,
            proposal.file,
            {"file": proposal.file, "title": article.title, "text": nfc(text), "at": at},
            proposal.file,
        )
    )
    with store.transaction():
        planned = []
        for unit_id, figures in proposal.by_unit().items():
            current = current_figures(store, unit_id)
            for obs in figures:
                old = latest_figure(current, obs.indicator, obs.is_target)
                stamped = Observation.from_dict({**obs.to_dict(), "recorded_at": at})
                planned.append(PlannedFigure(new=stamped, old=old))
        if store.get_doc(ARTICLES_COLLECTION, proposal.file) is not None:
            extra = []
        return record_change(
            store, planned, editor, at, kind="import", article=proposal.file, extra_docs=extra
        )
