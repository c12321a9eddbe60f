"""T-BK-1: automatic snapshots, their thinning over simulated days, the 15-minute policy, the hooks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agora.services import cards
from agora.storage import backup
from agora.storage.backup import BackupPolicy, ForumBackups, RotationLimits, Snapshot, obsolete_snapshots
from agora.storage.store import ForumStore
from tests.agora.safety import FakeClock, add_cards, integrity, texts_in
from tests.conftest import session_of


def snap(*when: int, verified: bool = True) -> Snapshot:
    moment = dt.datetime(*when)
    return Snapshot(Path(f"{moment:%Y%m%d-%H%M%S}.agora"), moment, "auto", 1, 0, verified)


def test_thinning_table_ported_from_anki() -> None:
    """Anki's hand-made table (rslib backup.rs, thinning_manual): today and yesterday whole, then 3/2/1."""
    limits = RotationLimits(whole_days=2, daily=3, weekly=2, monthly=1)
    table = [  # (snapshot, removed?)
        (snap(2022, 2, 22), False),  # grace period: today and yesterday
        (snap(2022, 2, 22, 0, 0, 1), False),
        (snap(2022, 2, 21), False),
        (snap(2022, 2, 20, 6), True),  # daily: the newest of each day
        (snap(2022, 2, 20, 18), False),
        (snap(2022, 2, 10), False),
        (snap(2022, 2, 9), False),
        (snap(2022, 2, 7), True),  # weekly: Monday, its week already has the 9th
        (snap(2022, 2, 6, 1), True),
        (snap(2022, 2, 6, 2), False),
        (snap(2022, 1, 6), False),
        (snap(2022, 1, 5), True),  # monthly: January already kept
        (snap(2021, 12, 24), False),
        (snap(2021, 12, 1), True),  # every slot used
        (snap(2021, 11, 1), True),
    ]
    removed = obsolete_snapshots([s for s, _ in table], dt.date(2022, 2, 22), limits)
    assert sorted(removed, key=lambda s: s.taken_at) == sorted(
        (s for s, gone in table if gone), key=lambda s: s.taken_at
    )


def test_thinning_a_year_of_daily_snapshots() -> None:
    """Anki's generic case: a year of daily copies keeps 1 + 12 days, 10 Sundays, 9 month ends."""
    today = dt.datetime(2022, 1, 1)
    limits = RotationLimits(whole_days=2, daily=12, weekly=10, monthly=9)
    snaps = [snap(*(today - dt.timedelta(days=days)).timetuple()[:3]) for days in range(1, 366)]
    rest = iter(snaps[1 + limits.daily :])
    expected = []
    for _ in range(limits.weekly):  # removed until a Sunday (the newest of an earlier week)
        for item in rest:
            if item.taken_at.weekday() == 6:
                break
            expected.append(item)
    for _ in range(limits.monthly):  # removed until the last day of an earlier month
        for item in rest:
            if (item.taken_at + dt.timedelta(days=1)).month != item.taken_at.month:
                break
            expected.append(item)
    expected.extend(rest)
    assert obsolete_snapshots(snaps, today.date(), limits) == expected
    assert len(snaps) - len(expected) == 1 + 12 + 10 + 9


def test_everything_from_today_is_kept_then_one_per_day() -> None:
    today = dt.date(2026, 5, 12)
    todays = [snap(2026, 5, 12, hour) for hour in (8, 9, 10, 11, 17)]
    yesterday = [snap(2026, 5, 11, hour) for hour in (9, 12, 18)]
    removed = obsolete_snapshots(todays + yesterday, today, RotationLimits())
    assert sorted(removed, key=lambda s: s.taken_at) == yesterday[:2]


def test_unverified_snapshots_are_never_removed_and_take_no_slot() -> None:
    good_old = snap(2026, 5, 1, 9)
    bad_newer = snap(2026, 5, 1, 18, verified=False)
    removed = obsolete_snapshots([good_old, bad_newer], dt.date(2026, 5, 12), RotationLimits())
    assert removed == []  # the day's slot goes to the verified copy, the unverified one stays


def test_the_newest_verified_snapshot_is_never_removed() -> None:
    """Even with every limit at zero (or a clock that jumped), the last good copy stays."""
    old = [snap(2025, 1, day) for day in (1, 2, 3)]
    bad = snap(2025, 2, 1, verified=False)
    removed = obsolete_snapshots(
        [*old, bad], dt.date(2026, 5, 12), RotationLimits(daily=0, weekly=0, monthly=0)
    )
    assert old[-1] not in removed
    assert set(removed) == set(old[:-1])


def test_rotation_over_simulated_weeks_keeps_the_expected_files(store: ForumStore, forum_path: Path) -> None:
    """Real snapshots with an injected clock, one a day for 40 days, thinned as they are taken."""
    clock = FakeClock(dt.datetime(2026, 2, 20, 9))
    limits = RotationLimits(daily=3, weekly=2, monthly=1)
    remaining: list[Snapshot] = []  # the same thinning, simulated on paper as the days go by
    mornings = [dt.datetime(2026, 2, 20, 9) + dt.timedelta(days=day) for day in range(40)]
    for moment in sorted([*mornings, dt.datetime(2026, 3, 30, 14), dt.datetime(2026, 3, 31, 14)]):
        clock.now = moment
        add_cards(store, 1, prefix=f"{moment:%d/%m %H}")
        remaining.append(backup.snapshot(forum_path, backup.REASON_TIMER, clock=clock, limits=limits))
        gone = obsolete_snapshots(remaining, moment.date(), limits)
        remaining = [s for s in remaining if s not in gone]
    on_disk = backup.list_snapshots(forum_path)
    assert {s.path for s in on_disk} == {s.path for s in remaining}
    kept = [f"{s.taken_at:%m-%d %H}" for s in on_disk]
    assert kept == [
        "03-31 14", "03-31 09",  # today, whole
        "03-30 14", "03-29 09", "03-28 09",  # the newest of each of 3 days
        "03-22 09", "03-15 09",  # the newest of each of 2 earlier weeks (Sundays)
        "02-22 09",  # an earlier month (Feb 28 went while it was one more day of a week kept by Mar 1)
    ]  # fmt: skip
    for snap_ in on_disk:
        assert snap_.verified and integrity(snap_.path) == "ok"
        assert snap_.cards == len(texts_in(snap_.path))


def test_a_snapshot_that_does_not_verify_stops_the_thinning(store: ForumStore, forum_path: Path) -> None:
    clock = FakeClock(dt.datetime(2026, 3, 1, 9, 0))
    limits = RotationLimits(daily=1, weekly=0, monthly=0)
    for _day in range(4):
        add_cards(store, 1)
        backup.snapshot(forum_path, backup.REASON_TIMER, clock=clock, limits=limits)
        clock.advance(days=1)
    before = {s.path for s in backup.list_snapshots(forum_path)}
    assert len(before) == 2  # today + one daily
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(backup, "inspect_copy", lambda *_a, **_k: (False, None, None))
        for _day in range(3):
            add_cards(store, 1)
            bad = backup.snapshot(forum_path, backup.REASON_TIMER, clock=clock, limits=limits)
            assert not bad.verified
            clock.advance(days=1)
        add_cards(store, 1)
        hooks = ForumBackups(forum_path, clock=clock)
        with pytest.raises(backup.SnapshotNotVerifiedError, match="ne passe pas la vérification"):
            hooks.before(backup.REASON_DELETION)
        hooks.close()
    after = backup.list_snapshots(forum_path)
    assert before <= {s.path for s in after}  # nothing verified was thinned after a failure
    assert len([s for s in after if not s.verified]) == 4  # kept for a person to look at


def test_identical_state_is_not_copied_twice(store: ForumStore, forum_path: Path) -> None:
    add_cards(store, 3)
    first = backup.snapshot(forum_path, backup.REASON_OPEN)
    again = backup.snapshot(forum_path, backup.REASON_CLOSE)
    assert again == first
    assert len(backup.list_snapshots(forum_path)) == 1


def test_policy_every_fifteen_minutes_only_if_changed() -> None:
    policy = BackupPolicy()
    start = dt.datetime(2026, 5, 12, 10, 0)
    assert not policy.due(False, start)
    assert policy.due(True, start)  # never taken yet
    policy.taken(start)
    assert not policy.due(True, start + dt.timedelta(minutes=14, seconds=59))
    assert policy.due(True, start + dt.timedelta(minutes=15))
    assert not policy.due(False, start + dt.timedelta(hours=3))


def test_hooks_on_open_timer_before_and_close(store: ForumStore, forum_path: Path) -> None:
    clock = FakeClock(dt.datetime(2026, 5, 12, 10, 0))
    hooks = ForumBackups(forum_path, clock=clock)
    try:
        opened = hooks.on_open()
        assert opened.reason == "ouverture" and opened.verified
        assert not hooks.changed()
        clock.advance(minutes=20)
        assert hooks.tick() is None  # nothing changed in 20 minutes
        clock.advance(minutes=5)
        add_cards(store, 1)  # committed through the store's own connections
        assert hooks.changed()
        assert hooks.tick() is not None  # changed, and the last snapshot is 25 minutes old
        clock.advance(minutes=5)
        add_cards(store, 1)
        assert hooks.tick() is None  # changed, but the last snapshot is 5 minutes old
        clock.advance(minutes=10)
        timed = hooks.tick()
        assert timed is not None and timed.reason == "auto" and timed.cards == opened.cards + 2
        clock.advance(minutes=1)
        before = hooks.before(backup.REASON_DELETION)
        assert before.path == timed.path  # nothing changed since: the existing copy serves
        assert hooks.at_close() is None  # nothing since
        cards.add_card(store, session_of(store, "socio"), "learning", "Dernière carte")
        clock.advance(minutes=1)
        closing = hooks.at_close()
        assert closing is not None and closing.reason == "fermeture"
        assert "Dernière carte" in texts_in(closing.path)
    finally:
        hooks.close()
    reasons = [s.reason for s in backup.list_snapshots(forum_path)]
    assert reasons == [
        "fermeture",
        "auto",
        "auto",
        "ouverture",
    ]  # the identical "avant-suppression" was not kept


def test_listing_shows_time_reason_counts_and_rebuilds_lost_notes(
    store: ForumStore, forum_path: Path
) -> None:
    add_cards(store, 4)
    taken = backup.snapshot(forum_path, backup.REASON_MANUAL, clock=lambda: dt.datetime(2026, 5, 12, 10, 14))
    note = taken.path.with_name(taken.path.name + ".json")
    note.unlink()
    (listed,) = backup.list_snapshots(forum_path)
    assert (listed.taken_at, listed.reason, listed.cards, listed.statements, listed.verified) == (
        dt.datetime(2026, 5, 12, 10, 14),
        "manuel",
        4,
        0,
        True,
    )
    assert listed.label == "à la demande"
    assert note.exists()  # rebuilt


def test_writer_keeps_working_during_a_snapshot(store: ForumStore, forum_path: Path) -> None:
    """The live forum stays writable and unchanged by a snapshot (no lock kept, no WAL reset)."""
    add_cards(store, 5)
    backup.snapshot(forum_path, backup.REASON_MANUAL)
    add_cards(store, 5, prefix="après")
    assert len(cards.list_cards(store)) == 10
