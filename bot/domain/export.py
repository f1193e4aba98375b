"""Every observation, flattened for spreadsheets and audits (JSON or CSV)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from bot.domain.registry import UnitRegistry

if TYPE_CHECKING:
    from bot.domain.catalog import Catalog

__all__ = ["EXPORT_FIELDS", "export_rows", "to_csv", "to_json"]

EXPORT_FIELDS = [
    "unit_id",
    "unit_name",
    "unit_type",
    "unit_level",
    "district",
    "province",
    "official_code",
    "indicator",
    "indicator_label",
    "label",
    "kind",
    "measure",
    "value",
    "denominator",
    "as_of",
    "is_target",
    "deadline",
    "approximate",
    "criteria_unmet",
    "retracted",
    "source_kind",
    "article_file",
    "article_title",
    "article_date",
    "quote",
    "admin_user_id",
    "admin_name",
    "admin_time",
    "admin_note",
    "recorded_at",
    "observation_id",
]


def export_rows(
    observations: Iterable[dict[str, Any]], registry: UnitRegistry, catalog: Catalog
) -> list[dict[str, Any]]:
    """One flat row per stored observation, sorted by province, unit and date."""
    rows = []
    for obs in observations:
        unit = registry.get(obs["unit_id"])
        indicator = catalog.get(obs["indicator"])
        source = obs.get("source") or {}
        is_admin = source.get("kind") == "admin"
        rows.append(
            {
                "unit_id": obs["unit_id"],
                "unit_name": unit.name if unit else None,
                "unit_type": unit.type if unit else None,
                "unit_level": unit.level if unit else None,
                "district": unit.district if unit else None,
                "province": unit.province if unit else None,
                "official_code": unit.code if unit else None,
                "indicator": obs["indicator"],
                "indicator_label": indicator.label if indicator else None,
                "label": obs.get("label") or (indicator.label if indicator else None),
                "kind": obs.get("kind"),
                "measure": obs.get("measure") or (indicator.unit if indicator else None),
                "value": obs["value"],
                "denominator": obs.get("denominator"),
                "as_of": obs.get("as_of"),
                "is_target": bool(obs.get("is_target")),
                "deadline": obs.get("deadline"),
                "approximate": bool(obs.get("approximate")),
                "criteria_unmet": list(obs.get("criteria_unmet") or []),
                "retracted": bool(obs.get("retracted")),
                "source_kind": source.get("kind"),
                "article_file": None if is_admin else source.get("file"),
                "article_title": None if is_admin else source.get("title"),
                "article_date": None if is_admin else source.get("date"),
                "quote": None if is_admin else source.get("quote"),
                "admin_user_id": source.get("user_id") if is_admin else None,
                "admin_name": source.get("name") if is_admin else None,
                "admin_time": source.get("time") if is_admin else None,
                "admin_note": source.get("note") if is_admin else None,
                "recorded_at": obs.get("recorded_at"),
                "observation_id": obs.get("id"),
            }
        )
    rows.sort(key=lambda r: (r["province"] or "", r["unit_name"] or "", r["as_of"] or ""))
    return rows


def to_json(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2)


def to_csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "criteria_unmet": ";".join(row["criteria_unmet"])})
    return buffer.getvalue()
