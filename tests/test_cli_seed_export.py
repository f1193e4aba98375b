"""`python -m bot seed` and `python -m bot export`: the store from the articles, for audits."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot import PROJECT_ROOT
from bot.services import Services
from tests.auxil.harness import make_settings


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_"))}
    env["BOT_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    data_dir = tmp_path_factory.mktemp("cli") / "data"
    seeded = _cli(data_dir, "seed")
    assert seeded.returncode == 0, seeded.stderr
    out = _cli(data_dir, "export", "--format", "json")
    assert out.returncode == 0, out.stderr
    return data_dir, json.loads(out.stdout)


def _find(rows: list[dict], unit: str, indicator: str, value: float, **extra: object) -> dict:
    for row in rows:
        if (row["unit_name"], row["indicator"], row["value"]) == (unit, indicator, value) and all(
            row.get(k) == v for k, v in extra.items()
        ):
            return row
    raise AssertionError(f"no {unit} {indicator}={value} {extra} in export")


def test_export_lists_the_seed_figures_with_quotes(exported: tuple[Path, list[dict]]) -> None:
    """The figures an official expects, each with the article's exact sentence."""
    _, rows = exported
    members = _find(rows, "Mỹ Thạnh", "dang_vien", 245)
    assert (members["district"], members["province"]) == ("Giồng Trôm", "Bến Tre")
    assert "245 đảng viên" in members["quote"]
    assert members["article_title"] == "Mỹ Thạnh chuyển biến tích cực trên nhiều lĩnh vực"
    assert members["article_date"] == "2022-04-15"
    ntm = _find(rows, "Mỹ Thạnh", "ntm_tieu_chi", 16, denominator=19, is_target=False)
    assert len(ntm["criteria_unmet"]) == 3
    target = _find(rows, "Mỹ Thạnh", "ntm_tieu_chi", 19, denominator=19, is_target=True)
    assert target["deadline"] == "2022-12-31"
    an_khanh = _find(rows, "An Khánh", "dang_vien", 255)
    assert (an_khanh["district"], an_khanh["province"]) == ("Châu Thành", "Bến Tre")
    _find(rows, "Giồng Trôm", "chi_tieu_nq", 19, denominator=25)
    _find(rows, "Thạnh Lợi", "tiem_vac_xin", 100)
    _find(rows, "Thạnh Phú", "tthc_muc4", 87)
    assert all(r["quote"] for r in rows if r["source_kind"] == "article")


def test_export_csv_has_a_row_per_observation(exported: tuple[Path, list[dict]]) -> None:
    data_dir, rows = exported
    out = _cli(data_dir, "export", "--format", "csv")
    assert out.returncode == 0, out.stderr
    parsed = list(csv.DictReader(io.StringIO(out.stdout)))
    assert len(parsed) == len(rows)
    assert {"unit_name", "indicator", "quote", "official_code"} <= set(parsed[0])


def test_seeding_twice_changes_nothing(exported: tuple[Path, list[dict]]) -> None:
    """Re-running seed adds nothing and leaves every file as it was."""
    data_dir, _rows = exported
    store = data_dir / "store"
    before = {p: p.read_bytes() for p in store.rglob("*.json")}
    again = _cli(data_dir, "seed")
    assert again.returncode == 0, again.stderr
    assert "thêm mới 0" in again.stdout
    after = {p: p.read_bytes() for p in store.rglob("*.json")}
    assert before == after


def test_seed_is_refused_while_the_bot_writes(exported: tuple[Path, list[dict]]) -> None:
    """A second writer gets a clear message; export still reads."""
    data_dir, rows = exported
    services = Services.open(make_settings(data_dir), seed_if_empty=False)
    try:
        refused = _cli(data_dir, "seed")
        assert refused.returncode != 0
        assert "đang được" in refused.stderr
        reading = _cli(data_dir, "export")
        assert reading.returncode == 0
        assert len(json.loads(reading.stdout)) == len(rows)
    finally:
        services.close()


def test_an_article_without_figures_is_reported_not_fatal(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "empty.txt").write_text("Tin ngắn\n\nHôm nay trời đẹp.", encoding="utf-8")
    out = _cli(tmp_path / "data", "seed", "--seeds", str(seeds))
    assert out.returncode == 0, out.stderr
    assert "empty.txt" in out.stdout


def test_reseeding_a_changed_article_withdraws_what_it_no_longer_says(tmp_path: Path) -> None:
    """A figure the article no longer yields is retracted (kept in history), not left on show."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    article = seeds / "tin.txt"
    article.write_text(
        "Xã Tân Lập phát triển\n\n01/03/2023 - 08:00\n\n"
        "Đảng bộ xã Tân Lập, huyện Đồng Phú, tỉnh Bình Phước hiện có 210 đảng viên.\n",
        encoding="utf-8",
    )
    assert _cli(tmp_path / "data", "seed", "--seeds", str(seeds)).returncode == 0
    article.write_text(
        "Xã Tân Lập phát triển\n\n01/03/2023 - 08:00\n\n"
        "Đảng bộ xã Tân Lập, huyện Đồng Phú, tỉnh Bình Phước hiện có 215 đảng viên.\n",
        encoding="utf-8",
    )
    again = _cli(tmp_path / "data", "seed", "--seeds", str(seeds))
    assert "rút lại 1" in again.stdout, again.stdout
    rows = json.loads(_cli(tmp_path / "data", "export").stdout)
    members = {r["value"]: r["retracted"] for r in rows if r["indicator"] == "dang_vien"}
    assert members == {210: True, 215: False}


def test_export_lists_uncatalogued_figures_with_label_kind_and_quote(
    exported: tuple[Path, list[dict]],
) -> None:
    """A figure no indicator counts is exported under the phrase it counts, never as an
    indicator's figure."""
    _, rows = exported
    standing = _find(rows, "An Khánh", "_khac", 5, label="Ban Thường vụ Đảng ủy")
    assert standing["kind"] == "total"
    assert standing["indicator_label"] is None
    assert "Ban Thường vụ Đảng ủy 5 đồng chí" in standing["quote"]
    catalogued = _find(rows, "An Khánh", "dang_vien", 255)
    assert (catalogued["label"], catalogued["measure"]) == ("Số đảng viên", "người")
