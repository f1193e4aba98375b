"""The weekly schedules: one job per subscription, rebuilt at start-up, owed digests sent once.

Job callbacks are called directly with a controlled clock: nothing here waits for time.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from telegram.ext import Application

from bot.app import build_application
from bot.constants import BASELINES_COLLECTION
from bot.domain.subscriptions import Subscription, for_chat, subscribe, unsubscribe
from bot.domain.weekly import WeeklyTime
from bot.jobs.digests import (
    MISFIRE_GRACE_SECONDS,
    digest_job,
    finish_catch_up,
    job_name,
    schedule_all,
)
from bot.offline import OfflineRequest
from bot.services import Services
from bot.settings import Settings
from tests.auxil.harness import make_settings
from tests.telegram_html import html_problems

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
#: Wednesday 25 November 2026, 10:00: when the chats subscribed.
SUBSCRIBED = datetime(2026, 11, 25, 10, 0, tzinfo=HCM)
#: Monday 30 November 2026, 07:00: the first weekly slot after that.
MONDAY_SEVEN = datetime(2026, 11, 30, 7, 0, tzinfo=HCM)
OFFICIAL = 7
GROUP = -1001
SUPERGROUP = -100777
#: Xã Mỹ Thạnh, Giồng Trôm, Bến Tre (the gazetteer's id).
MY_THANH = "legacy-28993"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class TelegramSays(OfflineRequest):
    """The offline Bot API, answering 403 for blocked chats and ChatMigrated for old groups."""

    def __init__(self) -> None:
        super().__init__()
        self.blocked: set[int] = set()
        self.migrated: dict[int, int] = {}

    async def do_request(self, url: str, method: str, request_data: Any = None, **kwargs: Any):
        api_method = url.rsplit("/", 1)[-1]
        chat = int((request_data.parameters if request_data else {}).get("chat_id") or 0)
        if api_method in {"sendMessage", "sendPhoto"} and chat in self.blocked:
            error = {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked"}
            return 403, json.dumps(error).encode()
        if api_method in {"sendMessage", "sendPhoto"} and chat in self.migrated:
            error = {
                "ok": False,
                "error_code": 400,
                "description": "Bad Request: group chat was upgraded to a supergroup chat",
                "parameters": {"migrate_to_chat_id": self.migrated[chat]},
            }
            return 400, json.dumps(error).encode()
        return await super().do_request(url, method, request_data, **kwargs)

    def delivered(self) -> dict[int, list[str]]:
        got: dict[int, list[str]] = {}
        for call in self.calls:
            if call.method in {"sendMessage", "sendPhoto"}:
                text = str(call.params.get("caption") or call.params.get("text"))
                assert not html_problems(text), text
                got.setdefault(int(call.params["chat_id"]), []).append(text)
        return got


@asynccontextmanager
async def running(
    settings: Settings, clock: Clock, request: OfflineRequest | None = None
) -> AsyncIterator[tuple[Application, OfflineRequest]]:
    """The real application on ``settings``'s store, its clock in the test's hand."""
    services = await asyncio.to_thread(Services.open, settings)
    services.clock = clock
    request = request or TelegramSays()
    app = build_application(settings, request=request, services=services, rate_limiter=None)
    async with app:
        await app.post_init(app)
        await finish_catch_up(app)
        try:
            yield app, request
        finally:
            await app.post_shutdown(app)


def _subscribe(settings: Settings, chat_id: int, unit_id: str, weekly: WeeklyTime, at: datetime):
    services = Services.open(settings)
    try:
        subscribe(
            services.store, chat_id, unit_id, weekly, chat_type="private", created_by=1, now=at
        )
    finally:
        services.close()


async def _drain(app: Application) -> None:
    await app.bot_data["deliverer"].drain()


def _jobs(app: Application, chat_id: int, unit_id: str = MY_THANH) -> list:
    assert app.job_queue is not None
    return list(app.job_queue.get_jobs_by_name(job_name(chat_id, unit_id)))


async def _fire(app: Application, chat_id: int, unit_id: str = MY_THANH) -> None:
    """What APScheduler does at the slot: the job's callback, with the job's context."""
    [job] = _jobs(app, chat_id, unit_id)
    await digest_job(app.context_types.context.from_job(job, app))
    await _drain(app)


async def test_the_weekly_job_sends_once_per_slot(data_dir: Path) -> None:
    """Monday 07:00: the job composes and delivers; firing again for that slot sends nothing."""
    settings = make_settings(data_dir)
    _subscribe(settings, OFFICIAL, MY_THANH, WeeklyTime(0, 7, 0), SUBSCRIBED)
    clock = Clock(SUBSCRIBED + timedelta(hours=1))
    async with running(settings, clock) as (app, request):
        await _drain(app)
        assert request.delivered() == {}, "nothing is owed before the first Monday"
        [job] = _jobs(app, OFFICIAL)
        assert job.job.trigger.get_next_fire_time(None, clock.now) == MONDAY_SEVEN
        assert job.job.misfire_grace_time == MISFIRE_GRACE_SECONDS >= 6 * 3600
        assert job.job.coalesce is True
        clock.now = MONDAY_SEVEN + timedelta(seconds=2)
        await _fire(app, OFFICIAL)
        first = request.delivered()[OFFICIAL]
        assert any("Bản tin tuần 30/11/2026" in text for text in first)
        assert any("Xã Mỹ Thạnh" in text for text in first)
        request.clear()
        clock.now = MONDAY_SEVEN + timedelta(minutes=30)
        await _fire(app, OFFICIAL)
        assert request.delivered() == {}, "one slot, one digest"
        clock.now = MONDAY_SEVEN + timedelta(days=7, seconds=1)
        await _fire(app, OFFICIAL)
        assert len(request.delivered()[OFFICIAL]) >= 1, "and next week's comes"


async def test_a_digest_due_while_down_is_sent_once_at_start_and_not_after_restart(
    data_dir: Path,
) -> None:
    """The bot was down on Monday morning: at 09:00 it starts and sends the digest, once;
    restarted at 09:30, it sends nothing again and still has exactly one job."""
    settings = make_settings(data_dir)
    _subscribe(settings, OFFICIAL, MY_THANH, WeeklyTime(0, 7, 0), SUBSCRIBED)
    clock = Clock(MONDAY_SEVEN + timedelta(hours=2))
    async with running(settings, clock) as (app, request):
        await _drain(app)
        sent = request.delivered()[OFFICIAL]
        assert any("Bản tin tuần 30/11/2026" in text for text in sent)
        assert len(_jobs(app, OFFICIAL)) == 1
    clock.now += timedelta(minutes=30)
    async with running(settings, clock) as (app, request):
        await _drain(app)
        assert request.delivered() == {}, "a restart does not resend"
        assert len(_jobs(app, OFFICIAL)) == 1, "nor add a second job"
        # Building the schedules twice in one process still leaves one job.
        await schedule_all(app)
        await finish_catch_up(app)
        assert len(_jobs(app, OFFICIAL)) == 1
        await _fire(app, OFFICIAL)
        assert request.delivered() == {}, "the job at the slot knows it was sent at start"


async def test_a_subscription_made_after_the_slot_owes_nothing(data_dir: Path) -> None:
    settings = make_settings(data_dir)
    _subscribe(settings, OFFICIAL, MY_THANH, WeeklyTime(0, 7, 0), MONDAY_SEVEN + timedelta(hours=1))
    async with running(settings, Clock(MONDAY_SEVEN + timedelta(hours=2))) as (app, request):
        await _drain(app)
        assert request.delivered() == {}


async def test_the_configured_time_zone_decides_when_it_is_due(data_dir: Path) -> None:
    """BOT_TIMEZONE=Asia/Tokyo: at 06:30 in Vietnam it is 08:30 in Tokyo, past 07:00 there."""
    settings = make_settings(data_dir, bot_timezone="Asia/Tokyo")
    tokyo = ZoneInfo("Asia/Tokyo")
    _subscribe(settings, OFFICIAL, MY_THANH, WeeklyTime(0, 7, 0), SUBSCRIBED)
    clock = Clock(datetime(2026, 11, 30, 6, 30, tzinfo=HCM))
    async with running(settings, clock) as (app, request):
        await _drain(app)
        assert OFFICIAL in request.delivered()
        [job] = _jobs(app, OFFICIAL)
        fire = job.job.trigger.get_next_fire_time(None, clock.now)
        assert fire == datetime(2026, 12, 7, 7, 0, tzinfo=tokyo)


async def test_in_vietnam_the_same_moment_is_not_due_yet(data_dir: Path) -> None:
    """The same store and moment in Asia/Ho_Chi_Minh: 06:30 is before Monday's 07:00."""
    settings = make_settings(data_dir)
    _subscribe(settings, OFFICIAL, MY_THANH, WeeklyTime(0, 7, 0), SUBSCRIBED)
    clock = Clock(datetime(2026, 11, 30, 6, 30, tzinfo=HCM))
    async with running(settings, clock) as (app, request):
        await _drain(app)
        assert request.delivered() == {}


async def test_every_weekday_lands_on_its_day(data_dir: Path) -> None:
    """Python counts Monday = 0, PTB Sunday = 0: each day typed fires on that day."""
    settings = make_settings(data_dir)
    for weekday in range(7):
        _subscribe(settings, 100 + weekday, MY_THANH, WeeklyTime(weekday, 7, 0), SUBSCRIBED)
    async with running(settings, Clock(SUBSCRIBED)) as (app, _):
        for weekday in range(7):
            [job] = _jobs(app, 100 + weekday)
            fire = job.job.trigger.get_next_fire_time(None, SUBSCRIBED)
            assert fire.weekday() == weekday and (fire.hour, fire.minute) == (7, 0)
            assert SUBSCRIBED < fire <= SUBSCRIBED + timedelta(days=7)


async def test_a_chat_that_blocked_the_bot_is_dropped(data_dir: Path) -> None:
    settings = make_settings(data_dir)
    _subscribe(settings, OFFICIAL, MY_THANH, WeeklyTime(0, 7, 0), SUBSCRIBED)
    _subscribe(settings, OFFICIAL + 1, MY_THANH, WeeklyTime(0, 7, 0), SUBSCRIBED)
    request = TelegramSays()
    request.blocked.add(OFFICIAL)
    async with running(settings, Clock(MONDAY_SEVEN + timedelta(hours=1)), request) as (app, _):
        await _drain(app)
        await asyncio.sleep(0)  # the job removal is handed to the loop from the worker
        services: Services = app.bot_data["services"]
        assert for_chat(services.store, OFFICIAL) == []
        assert _jobs(app, OFFICIAL) == []
        assert OFFICIAL + 1 in request.delivered(), "the others still get theirs"
        assert len(for_chat(services.store, OFFICIAL + 1)) == 1


async def test_a_group_that_became_a_supergroup_is_followed(data_dir: Path) -> None:
    """ChatMigrated: the subscription, its baseline and its job move to the new id."""
    settings = make_settings(data_dir)
    _subscribe(settings, GROUP, MY_THANH, WeeklyTime(0, 7, 0), SUBSCRIBED)
    request = TelegramSays()
    request.migrated[GROUP] = SUPERGROUP
    clock = Clock(MONDAY_SEVEN + timedelta(hours=1))
    async with running(settings, clock, request) as (app, _):
        await _drain(app)
        await asyncio.sleep(0)
        services: Services = app.bot_data["services"]
        assert for_chat(services.store, GROUP) == []
        [moved] = for_chat(services.store, SUPERGROUP)
        assert isinstance(moved, Subscription) and moved.unit_id == MY_THANH
        assert SUPERGROUP in request.delivered(), "sent again, to the new id"
        baseline = services.store.get_doc(
            BASELINES_COLLECTION, f"{SUPERGROUP}:{MY_THANH}", part=str(SUPERGROUP)
        )
        assert baseline is not None
        assert _jobs(app, GROUP) == [] and len(_jobs(app, SUPERGROUP)) == 1


async def test_a_job_whose_subscription_ended_removes_itself(data_dir: Path) -> None:
    settings = make_settings(data_dir)
    _subscribe(settings, OFFICIAL, MY_THANH, WeeklyTime(0, 7, 0), SUBSCRIBED)
    clock = Clock(SUBSCRIBED + timedelta(hours=1))
    async with running(settings, clock) as (app, request):
        [job] = _jobs(app, OFFICIAL)
        unsubscribe(app.bot_data["services"].store, OFFICIAL, MY_THANH)
        clock.now = MONDAY_SEVEN
        await digest_job(app.context_types.context.from_job(job, app))
        await _drain(app)
        assert request.delivered() == {} and _jobs(app, OFFICIAL) == []
