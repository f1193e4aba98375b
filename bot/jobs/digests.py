"""The weekly digest schedules: built from the store in one place, at start-up.

PTB does not keep jobs across restarts, so every start rebuilds one job per subscription,
named after it (removing any job of that name first, so there is never a second copy).
APScheduler skips a run that starts more than its grace time late; the grace is generous
and, independently, every digest that fell due while the bot was down is sent once at
start-up. "Once" is the outbox's run id ``digest:<chat>:<unit>:<slot>``: a run known to
the outbox is never enqueued again, whoever tries.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable, Sequence
from datetime import datetime, time

from telegram.ext import Application, ContextTypes, Job, JobQueue

from bot.constants import (
    BASELINES_COLLECTION,
    CATCH_UP_KEY,
    DIGEST_JOB_PREFIX,
    MANUAL_RUN_PREFIX,
    OUTBOX_COLLECTION,
)
from bot.delivery import Deliverer, OutboundMessage, enqueue_run, run_known
from bot.digest_messages import compose_digest
from bot.domain.subscriptions import (
    Subscription,
    all_subscriptions,
    drop_chat,
    for_chat,
    get_subscription,
    last_due_slot,
    migrate_chat,
)
from bot.domain.weekly import ptb_day
from bot.services import Services
from bot.store import Store

__all__ = [
    "MISFIRE_GRACE_SECONDS",
    "catch_up",
    "chat_followers",
    "digest_job",
    "digest_run_id",
    "finish_catch_up",
    "job_name",
    "schedule_all",
    "schedule_subscription",
    "send_now",
    "stop_catch_up",
    "unschedule",
]

log = logging.getLogger(__name__)

#: While catching up, delivery is woken after the first digest and every 50 after it.
_WAKE_EVERY = 50
#: A digest late by up to six hours (the bot busy, the machine asleep) is still sent.
MISFIRE_GRACE_SECONDS = 6 * 3600


def job_name(chat_id: int, unit_id: str) -> str:
    return f"{DIGEST_JOB_PREFIX}{chat_id}:{unit_id}"


def digest_run_id(subscription: Subscription, slot: datetime) -> str:
    """The outbox's idempotence key of one weekly digest of one subscription."""
    return f"{job_name(subscription.chat_id, subscription.unit_id)}:{slot.isoformat()}"


def _services(app: Application) -> Services:
    return app.bot_data["services"]


def _deliverer(app: Application) -> Deliverer | None:
    return app.bot_data.get("deliverer")


def unschedule(job_queue: JobQueue, chat_id: int, unit_id: str) -> int:
    """Remove the jobs of one subscription; how many there were."""
    jobs = job_queue.get_jobs_by_name(job_name(chat_id, unit_id))
    for job in jobs:
        job.schedule_removal()
    return len(jobs)


def schedule_subscription(
    app: Application, subscription: Subscription, *, replace: bool = True
) -> Job:
    """(Re)place the weekly job of ``subscription``: one job per name, never two.

    ``replace=False`` skips looking for an old job, for a caller that removed them all.
    """
    job_queue = app.job_queue
    assert job_queue is not None, "the job-queue extra of python-telegram-bot is required"
    name = job_name(subscription.chat_id, subscription.unit_id)
    if replace:
        unschedule(job_queue, subscription.chat_id, subscription.unit_id)
    tz = _services(app).settings.tzinfo
    return job_queue.run_daily(
        digest_job,
        time=time(subscription.hour, subscription.minute, tzinfo=tz),
        days=(ptb_day(subscription.weekday),),
        data=(subscription.chat_id, subscription.unit_id),
        name=name,
        chat_id=subscription.chat_id,
        job_kwargs={
            # The name as APScheduler's id too: should a copy slip through, it replaces.
            "id": name,
            "replace_existing": True,
            "misfire_grace_time": MISFIRE_GRACE_SECONDS,
            "coalesce": True,
        },
    )


def _remove_digest_jobs(job_queue: JobQueue) -> None:
    """Every weekly digest job, in one pass (looking each up by name is quadratic)."""
    for job in job_queue.jobs():
        if job.name and job.name.startswith(DIGEST_JOB_PREFIX):
            job.schedule_removal()


async def schedule_all(app: Application) -> int:
    """``post_init``: a job for every subscription in the store, then catch up on what is owed.

    The catch-up runs in the background (see :func:`finish_catch_up`), so the bot answers
    at once even when a long downtime left thousands of digests owed. Returns how many
    subscriptions were scheduled.
    """
    await stop_catch_up(app)
    subscriptions = await asyncio.to_thread(all_subscriptions, _services(app).store)
    assert app.job_queue is not None, "the job-queue extra of python-telegram-bot is required"
    _remove_digest_jobs(app.job_queue)
    for subscription in subscriptions:
        schedule_subscription(app, subscription, replace=False)
    stop = threading.Event()
    task = asyncio.get_running_loop().create_task(
        catch_up(app, subscriptions, stop), name="digest-catch-up"
    )
    app.bot_data[CATCH_UP_KEY] = (task, stop)
    log.info("Scheduled %d weekly digests", len(subscriptions))
    return len(subscriptions)


async def finish_catch_up(app: Application) -> int:
    """Wait for the start-up catch-up; how many owed digests it enqueued (tests, console)."""
    running = app.bot_data.get(CATCH_UP_KEY)
    return 0 if running is None else await asyncio.shield(running[0])


async def stop_catch_up(app: Application) -> None:
    """``post_shutdown``: let the digest being composed finish, enqueue no more."""
    running = app.bot_data.pop(CATCH_UP_KEY, None)
    if running is None:
        return
    task, stop = running
    stop.set()
    with contextlib.suppress(Exception):
        await task


async def catch_up(
    app: Application, subscriptions: Sequence[Subscription], stop: threading.Event | None = None
) -> int:
    """Send once each digest whose slot passed, after it was chosen, with no run recorded.

    Delivery is woken as digests are enqueued, so the first go out while the rest are
    still being composed; the rest is left for the next start once ``stop`` is set.
    """
    services = _services(app)

    def owed_and_enqueue() -> int:
        now = services.now()
        count = 0
        for subscription in subscriptions:
            if stop is not None and stop.is_set():
                break
            slot = last_due_slot(subscription, now, services.settings.tzinfo)
            if slot <= datetime.fromisoformat(subscription.created_at):
                continue
            if run_known(services.store, digest_run_id(subscription, slot)):
                continue
            if _enqueue_weekly(services, subscription, slot):
                count += 1
                if count % _WAKE_EVERY == 1:
                    _wake(app)
        return count

    owed = await asyncio.to_thread(owed_and_enqueue)
    if owed:
        _wake(app)
    log.info("%d weekly digests owed since the last run were enqueued", owed)
    return owed


def _enqueue_weekly(services: Services, subscription: Subscription, slot: datetime) -> bool:
    """Compose and enqueue one weekly digest; False when that slot's run already exists."""
    run_id = digest_run_id(subscription, slot)
    if run_known(services.store, run_id):
        return False
    messages = compose_digest(services, subscription.chat_id, [subscription.unit_id], slot.date())
    if not messages:
        return False
    return enqueue_run(services.store, run_id, messages)


async def digest_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The weekly job: compose and enqueue off the event loop, then wake delivery."""
    job = context.job
    assert job is not None
    chat_id, unit_id = job.data
    app = context.application
    services = _services(app)

    def enqueue() -> bool | None:
        """True: enqueued; False: nothing new for this slot; None: no subscription left."""
        subscription = get_subscription(services.store, chat_id, unit_id)
        if subscription is None:
            return None
        slot = last_due_slot(subscription, services.now(), services.settings.tzinfo)
        return _enqueue_weekly(services, subscription, slot)

    enqueued = await asyncio.to_thread(enqueue)
    if enqueued:
        _wake(app)
    elif enqueued is None:
        # Ended since (blocked, migrated): this job has nothing left to serve.
        job.schedule_removal()


def chat_followers(
    app: Application, services: Services
) -> tuple[Callable[[int], None], Callable[[int, int], None]]:
    """The deliverer's ``on_chat_gone`` and ``on_chat_migrated``, with the jobs kept in step.

    They run in a worker thread: the store is written there, the jobs on the event loop.
    """
    loop = asyncio.get_running_loop()

    def on_chat_gone(chat_id: int) -> None:
        ended = [s.unit_id for s in for_chat(services.store, chat_id)]
        drop_chat(services.store, chat_id)
        log.info("Chat %s is gone: %d subscriptions ended", chat_id, len(ended))
        if app.job_queue is not None:
            for unit_id in ended:
                loop.call_soon_threadsafe(unschedule, app.job_queue, chat_id, unit_id)

    def on_chat_migrated(old_chat_id: int, new_chat_id: int) -> None:
        with services.store.transaction():
            moved = migrate_chat(services.store, old_chat_id, new_chat_id)
            _retarget_pending_baselines(services.store, old_chat_id, new_chat_id)
        log.info("Chat %s is now %s: %d subscriptions follow it", old_chat_id, new_chat_id, moved)
        if app.job_queue is None:
            return
        for subscription in for_chat(services.store, new_chat_id):
            loop.call_soon_threadsafe(unschedule, app.job_queue, old_chat_id, subscription.unit_id)
            loop.call_soon_threadsafe(schedule_subscription, app, subscription)

    return on_chat_gone, on_chat_migrated


def _retarget_pending_baselines(store: Store, old_chat_id: int, new_chat_id: int) -> None:
    """Digests still waiting for the old id will save their baselines under the new one.

    The deliverer resends them to the new id and applies their ``after_sent`` when marking
    them sent, which comes after this move: left alone, those baselines would land under
    the old id, and the supergroup's next digest would start from scratch.
    """
    old_part, prefix = str(old_chat_id), f"{old_chat_id}:"
    for key, doc in store.all_docs_with_keys(OUTBOX_COLLECTION, part=old_part):
        writes = doc.get("after_sent") or []
        if not any(_is_old_baseline(w, old_part, prefix) for w in writes):
            continue
        doc["after_sent"] = [
            {
                **w,
                "key": f"{new_chat_id}:{w['key'][len(prefix) :]}",
                "part": str(new_chat_id),
            }
            if _is_old_baseline(w, old_part, prefix)
            else w
            for w in writes
        ]
        store.put_doc(OUTBOX_COLLECTION, key, doc, part=old_part)


def _is_old_baseline(write: dict, old_part: str, prefix: str) -> bool:
    return (
        write.get("collection") == BASELINES_COLLECTION
        and write.get("part") == old_part
        and str(write.get("key", "")).startswith(prefix)
    )


def _wake(app: Application) -> None:
    deliverer = _deliverer(app)
    if deliverer is not None:
        deliverer.wake()


async def send_now(
    app: Application, targets: dict[int, list[str]]
) -> dict[int, list[OutboundMessage]]:
    """``/guibantin``: each chat's digest of its units now, one run per chat; what was queued.

    Each chat gets what changed since its own last digest; its baselines move on once sent.
    """
    services = _services(app)
    stamp = services.now().isoformat(timespec="microseconds")

    def enqueue_all() -> dict[int, list[OutboundMessage]]:
        queued: dict[int, list[OutboundMessage]] = {}
        for chat_id, unit_ids in targets.items():
            messages = compose_digest(services, chat_id, unit_ids, services.today())
            if messages and enqueue_run(
                services.store, f"{MANUAL_RUN_PREFIX}{chat_id}:{stamp}", messages
            ):
                queued[chat_id] = messages
        return queued

    queued = await asyncio.to_thread(enqueue_all)
    if queued:
        _wake(app)
    return queued
