"""What a weekly digest says, built from plain figures: no store, no Telegram."""

from __future__ import annotations

import json
from datetime import date

import pytest

from bot.domain.catalog import Catalog
from bot.domain.digest import SNAPSHOT_VERSION, DigestView, build_digest
from bot.domain.gazetteer import Gazetteer
from bot.domain.models import AdminSource, ArticleSource, Observation, Unit
from bot.domain.registry import UnitRegistry

TODAY = date(2026, 12, 7)
DISTRICT = Unit(
    id="article-h-bentre-_-songxanh",
    name="Sông Xanh",
    type="Huyện",
    level="district",
    era="article",
    province="Bến Tre",
)


def commune(name: str) -> Unit:
    return Unit(
        id=f"article-x-bentre-songxanh-{name.lower()}",
        name=name,
        type="Xã",
        level="commune",
        era="article",
        district=DISTRICT.name,
        province="Bến Tre",
        district_id=DISTRICT.id,
    )


AN_PHU, BINH_HOA, CAU_DAT = commune("An Phú"), commune("Bình Hòa"), commune("Cầu Đất")


@pytest.fixture(scope="module")
def registry(gazetteer: Gazetteer) -> UnitRegistry:
    return UnitRegistry(gazetteer, [DISTRICT, AN_PHU, BINH_HOA, CAU_DAT])


def figure(
    unit: Unit,
    indicator: str,
    value: float,
    as_of: str,
    *,
    denominator: float | None = None,
    target: bool = False,
    deadline: str | None = None,
    unmet: tuple[str, ...] = (),
    title: str = "Xã về đích nông thôn mới",
    retracted: bool = False,
) -> dict:
    source = ArticleSource(file=f"{as_of}-{title}.txt", title=title, date=as_of, quote="…")
    doc = Observation(
        unit_id=unit.id,
        indicator=indicator,
        value=value,
        as_of=as_of,
        source=source,
        denominator=denominator,
        is_target=target,
        deadline=deadline,
        criteria_unmet=unmet,
        recorded_at=f"{as_of}T08:00:00+07:00",
    ).to_dict()
    if retracted:
        doc["retracted"] = True
    return doc


def ntm(unit: Unit, value: float, as_of: str, unmet: tuple[str, ...] = (), **kw) -> dict:
    return figure(unit, "ntm_tieu_chi", value, as_of, denominator=19, unmet=unmet, **kw)


def digest(
    catalog: Catalog,
    registry: UnitRegistry,
    unit: Unit,
    figures: list[dict],
    baseline: dict | None,
    today: date = TODAY,
) -> DigestView:
    by_unit: dict[str, list[dict]] = {}
    for doc in figures:
        by_unit.setdefault(doc["unit_id"], []).append(doc)
    return build_digest(unit, by_unit, catalog, registry, today, baseline)


def saved(view: DigestView) -> dict:
    """The snapshot as the store gives it back: through JSON."""
    return json.loads(json.dumps(view.snapshot))


BASE = [
    ntm(AN_PHU, 16, "2026-06-30", ("giao_thong", "y_te", "moi_truong")),
    figure(AN_PHU, "bhyt", 88.5, "2026-06-30"),
    figure(
        AN_PHU, "ntm_tieu_chi", 19, "2026-01-01", denominator=19, target=True, deadline="2026-12-31"
    ),
]


def test_first_digest_says_where_the_unit_stands(catalog, registry) -> None:
    """A new subscriber gets the standing, not every figure as a change."""
    view = digest(catalog, registry, AN_PHU, BASE, None)
    assert view.first and view.changed
    assert view.own.changes == []
    assert [f.indicator.key for f in view.own.figures] == ["ntm_tieu_chi", "bhyt"]
    ntm_now = view.own.figures[0]
    assert (ntm_now.value, ntm_now.denominator) == (16, 19)
    assert ntm_now.criteria_unmet == ["Giao thông", "Y tế", "Môi trường và an toàn thực phẩm"]


def test_nothing_changed_after_the_same_figures(catalog, registry) -> None:
    first = digest(catalog, registry, AN_PHU, BASE, None)
    again = digest(catalog, registry, AN_PHU, BASE, saved(first), date(2026, 12, 14))
    assert not again.first and not again.changed
    assert again.own.changes == [] and again.change_count == 0
    assert again.since == TODAY.isoformat()


def test_change_old_to_new_with_date_source_and_criteria_met(catalog, registry) -> None:
    baseline = saved(digest(catalog, registry, AN_PHU, BASE, None))
    newer = ntm(AN_PHU, 17, "2026-11-20", ("y_te", "moi_truong"), title="An Phú đạt 17 tiêu chí")
    view = digest(catalog, registry, AN_PHU, [*BASE, newer], baseline)
    assert view.changed
    (change,) = view.own.changes
    assert (change.old.value, change.new.value, change.new.denominator) == (16, 17, 19)
    assert change.old.as_of == "2026-06-30" and change.new.as_of == "2026-11-20"
    source = view.sources[change.new.source - 1]
    assert source.title == "An Phú đạt 17 tiêu chí" and source.date == "2026-11-20"
    assert change.criteria_met == ["Giao thông"]
    assert change.criteria_lost == []
    assert view.own.criteria_met == ["Giao thông"]


def test_criteria_lost_by_name(catalog, registry) -> None:
    baseline = saved(digest(catalog, registry, AN_PHU, BASE, None))
    worse = ntm(AN_PHU, 15, "2026-11-20", ("giao_thong", "dien", "y_te", "moi_truong"))
    view = digest(catalog, registry, AN_PHU, [*BASE, worse], baseline)
    (change,) = view.own.changes
    assert change.criteria_met == []
    assert change.criteria_lost == ["Điện"]
    assert view.own.criteria_lost == ["Điện"]


def test_unnamed_criteria_are_not_claimed_met(catalog, registry) -> None:
    """An article saying 17/19 without naming the two missing says nothing of which."""
    baseline = saved(digest(catalog, registry, AN_PHU, BASE, None))
    view = digest(catalog, registry, AN_PHU, [*BASE, ntm(AN_PHU, 17, "2026-11-20")], baseline)
    (change,) = view.own.changes
    assert change.new.value == 17
    assert change.criteria_met == [] and change.criteria_lost == []


def test_full_score_meets_every_remaining_criterion(catalog, registry) -> None:
    baseline = saved(digest(catalog, registry, AN_PHU, BASE, None))
    view = digest(catalog, registry, AN_PHU, [*BASE, ntm(AN_PHU, 19, "2026-11-20")], baseline)
    (change,) = view.own.changes
    assert change.criteria_met == ["Giao thông", "Y tế", "Môi trường và an toàn thực phẩm"]


def test_progress_to_target_and_what_is_left(catalog, registry) -> None:
    view = digest(catalog, registry, AN_PHU, BASE, None)
    (goal,) = view.own.goals
    assert goal.indicator.key == "ntm_tieu_chi"
    assert goal.target.gap == 3 and not goal.target.met and not goal.target.overdue
    assert goal.days_left == 24
    assert goal.share == pytest.approx(16 / 19)
    assert view.overdue_count == 0


def test_overdue_target(catalog, registry) -> None:
    view = digest(catalog, registry, AN_PHU, BASE, None, today=date(2027, 1, 10))
    (goal,) = view.own.goals
    assert goal.target.overdue and goal.days_left == -10
    assert view.overdue_count == 1


def test_met_target_is_neither_overdue_nor_short(catalog, registry) -> None:
    done = [*BASE, ntm(AN_PHU, 19, "2026-10-01")]
    view = digest(catalog, registry, AN_PHU, done, None, today=date(2027, 1, 10))
    (goal,) = view.own.goals
    assert goal.target.met and not goal.target.overdue and goal.target.gap is None
    assert view.overdue_count == 0


def test_a_new_target_is_news(catalog, registry) -> None:
    baseline = saved(digest(catalog, registry, AN_PHU, BASE, None))
    plan = figure(AN_PHU, "bhyt", 95, "2026-11-01", target=True, deadline="2027-12-31")
    view = digest(catalog, registry, AN_PHU, [*BASE, plan], baseline)
    assert view.changed and view.own.changes == []
    new = [g for g in view.own.goals if g.new]
    assert [g.indicator.key for g in new] == ["bhyt"]
    assert new[0].target.gap == pytest.approx(6.5)


def test_retracted_figures_do_not_count(catalog, registry) -> None:
    """An undone figure is as if never posted; undoing one already sent is a change back."""
    wrong = ntm(AN_PHU, 18, "2026-11-20", retracted=True)
    view = digest(catalog, registry, AN_PHU, [*BASE, wrong], None)
    assert view.own.figures[0].value == 16

    posted = ntm(AN_PHU, 18, "2026-11-20")
    baseline = saved(digest(catalog, registry, AN_PHU, [*BASE, posted], None))
    undone = dict(posted, retracted=True)
    view = digest(catalog, registry, AN_PHU, [*BASE, undone], baseline)
    (change,) = view.own.changes
    assert (change.old.value, change.new.value) == (18, 16)


def test_a_figure_undone_entirely_is_reported_gone(catalog, registry) -> None:
    baseline = saved(digest(catalog, registry, AN_PHU, BASE, None))
    without_bhyt = [dict(d, retracted=True) if d["indicator"] == "bhyt" else d for d in BASE]
    view = digest(catalog, registry, AN_PHU, without_bhyt, baseline)
    (change,) = view.own.changes
    assert change.indicator.key == "bhyt" and change.old.value == 88.5 and change.new is None


DISTRICT_FIGURES = [
    *BASE,
    figure(DISTRICT, "xa_ntm", 5, "2026-06-30", denominator=12),
    ntm(BINH_HOA, 19, "2026-03-01"),
]


def test_district_digest_covers_the_district_and_its_communes(catalog, registry) -> None:
    view = digest(catalog, registry, DISTRICT, DISTRICT_FIGURES, None)
    assert [f.indicator.key for f in view.own.figures] == ["xa_ntm"]
    assert [s.unit.name for s in view.communes] == ["An Phú", "Bình Hòa"]  # Cầu Đất: no figures
    assert view.communes[0].ntm.value == 16
    assert set(view.snapshot["units"]) == {DISTRICT.id, AN_PHU.id, BINH_HOA.id}


def test_district_digest_names_only_the_communes_that_moved(catalog, registry) -> None:
    baseline = saved(digest(catalog, registry, DISTRICT, DISTRICT_FIGURES, None))
    moved = [*DISTRICT_FIGURES, ntm(CAU_DAT, 12, "2026-11-30"), ntm(AN_PHU, 17, "2026-11-30")]
    view = digest(catalog, registry, DISTRICT, moved, baseline)
    assert view.changed and view.own.changes == []
    assert [s.unit.name for s in view.communes] == ["An Phú", "Cầu Đất"]
    assert view.communes[1].changes[0].old is None  # Cầu Đất's first figure
    assert view.quiet_communes == 1  # Bình Hòa


def test_district_with_nothing_new(catalog, registry) -> None:
    baseline = saved(digest(catalog, registry, DISTRICT, DISTRICT_FIGURES, None))
    view = digest(catalog, registry, DISTRICT, DISTRICT_FIGURES, baseline)
    assert not view.changed and view.communes == [] and view.quiet_communes == 2


def test_snapshot_is_small_json_and_round_trips(catalog, registry) -> None:
    view = digest(catalog, registry, AN_PHU, BASE, None)
    text = json.dumps(view.snapshot)
    assert len(text) < 400
    snapshot = json.loads(text)
    assert snapshot["v"] == SNAPSHOT_VERSION and snapshot["at"] == TODAY.isoformat()
    own = snapshot["units"][AN_PHU.id]
    assert own["f"]["ntm_tieu_chi"] == [16, 19, "2026-06-30", ["giao_thong", "y_te", "moi_truong"]]
    assert own["f"]["bhyt"] == [88.5, None, "2026-06-30", None]
    assert own["t"]["ntm_tieu_chi"] == [19, 19, "2026-12-31"]


def test_an_unreadable_baseline_counts_as_a_first_digest(catalog, registry) -> None:
    view = digest(catalog, registry, AN_PHU, BASE, {"v": 999, "units": {}})
    assert view.first and view.own.figures


def test_admin_figures_are_cited_as_edits(catalog, registry) -> None:
    baseline = saved(digest(catalog, registry, AN_PHU, BASE, None))
    edit = Observation(
        unit_id=AN_PHU.id,
        indicator="bhyt",
        value=91,
        as_of="2026-12-01",
        source=AdminSource(user_id=42, time="2026-12-01T09:00:00+07:00", note="báo cáo tháng"),
    ).to_dict()
    view = digest(catalog, registry, AN_PHU, [*BASE, edit], baseline)
    (change,) = view.own.changes
    source = view.sources[change.new.source - 1]
    assert source.kind == "admin" and source.user_id == 42


def test_chart_lines_are_percent_with_targets(catalog, registry) -> None:
    history = [*BASE, ntm(AN_PHU, 17, "2026-11-20")]
    view = digest(catalog, registry, AN_PHU, history, None)
    by_label = {t.label: t for t in view.trends}
    line = by_label[catalog.get("ntm_tieu_chi").label]
    assert [round(v, 2) for _, v in line.points] == [84.21, 89.47]
    assert line.targets == [(date(2026, 12, 31), 100.0)]
    assert by_label[catalog.get("bhyt").label].points == [(date(2026, 6, 30), 88.5)]


def test_district_digest_cites_only_what_it_shows(catalog, registry) -> None:
    """A quiet commune's overdue target is counted, not cited: no footnote without a line."""
    late = figure(
        BINH_HOA, "bhyt", 95, "2025-01-01", target=True, deadline="2025-12-31", title="Kế hoạch"
    )
    figures = [*DISTRICT_FIGURES, figure(BINH_HOA, "bhyt", 80, "2025-06-30"), late]
    baseline = saved(digest(catalog, registry, DISTRICT, figures, None))
    moved = [*figures, ntm(AN_PHU, 17, "2026-11-30", title="An Phú đạt 17 tiêu chí")]
    view = digest(catalog, registry, DISTRICT, moved, baseline)
    assert [s.unit.name for s in view.communes] == ["An Phú"]
    assert view.overdue_count == 1  # Bình Hòa's, still counted
    assert [s.title for s in view.sources] == ["An Phú đạt 17 tiêu chí"]
