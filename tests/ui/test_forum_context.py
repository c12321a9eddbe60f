"""The desk's shared context: writes on one thread, change notices, the save indicator."""

from __future__ import annotations

import pytest

from agora.errors import StorageError, ValidationError
from agora.services import cards
from agora.storage.store import ForumStore
from tests.conftest import session_of
from ui.forum_context import Change, ForumContext, SaveState


@pytest.fixture
def context(qtbot, store: ForumStore) -> ForumContext:
    made = ForumContext(store)
    yield made
    made.wait_for_writes()


def test_write_runs_off_thread_and_announces_its_change(
    qtbot, context: ForumContext, store: ForumStore
) -> None:
    elus = session_of(store, "elus")
    seen: list[Change] = []
    context.changed.connect(seen.append)
    results = []
    with qtbot.waitSignal(context.changed, timeout=5000):
        context.write(
            lambda s: cards.add_card(s, elus, "constraint", "Peur de l’échec"),
            Change.of_cards(elus),
            results.append,
        )
    assert seen == [Change.of_cards(elus)]
    assert results[0].text == "Peur de l’échec"
    assert [c.text for c in cards.list_cards(store, elus)] == ["Peur de l’échec"]
    assert context.save_state == SaveState.SAVED
    assert seen[0].touches(elus)
    assert not seen[0].touches(session_of(store, "etat"))


def test_writes_keep_their_order(qtbot, context: ForumContext, store: ForumStore) -> None:
    elus = session_of(store, "elus")
    for number in range(30):
        context.write(
            lambda s, n=number: cards.add_card(s, elus, "constraint", f"carte {n:02d}"), Change.of_cards(elus)
        )
    assert context.wait_for_writes()
    qtbot.waitUntil(lambda: context.save_state == SaveState.SAVED)
    listed = [c.text for c in cards.list_cards(store, elus)]
    assert listed == [f"carte {n:02d}" for n in range(30)]


def test_failed_write_turns_the_indicator_red_and_keeps_the_draft(qtbot, context: ForumContext) -> None:
    states: list[tuple[SaveState, str]] = []
    context.save_state_changed.connect(lambda state, message: states.append((state, message)))
    errors: list[Exception] = []

    def full_disk(_store: ForumStore) -> None:
        raise StorageError("Le disque est plein : la modification n’a pas été enregistrée.")

    with qtbot.waitSignal(
        context.save_state_changed, timeout=5000, check_params_cb=lambda s, _m: s == SaveState.FAILED
    ):
        context.write(full_disk, Change(), on_error=errors.append)
    assert context.save_state == SaveState.FAILED
    assert "disque est plein" in context.save_message
    assert isinstance(errors[0], StorageError)
    context.acknowledge_failure()
    assert context.save_state == SaveState.SAVED


def test_refused_change_is_said_not_shown_as_a_failure(qtbot, context: ForumContext) -> None:
    """The core refused the change (too long...): the reason is told, the indicator stays quiet."""
    states: list[SaveState] = []
    context.save_state_changed.connect(lambda state, _message: states.append(state))

    def too_long(_store: ForumStore) -> None:
        raise ValidationError("Le texte est trop long.")

    with qtbot.waitSignal(context.refused, timeout=5000) as told:
        context.write(too_long, Change())
    assert "trop long" in told.args[0]
    assert context.save_state == SaveState.SAVED
    assert SaveState.FAILED not in states
    handled: list[Exception] = []
    with qtbot.assertNotEmitted(context.refused, wait=200):  # the caller says it itself
        context.write(too_long, Change(), on_error=handled.append)
        context.wait_for_writes()
        qtbot.waitUntil(lambda: bool(handled))
    assert isinstance(handled[0], ValidationError)
    assert context.save_state == SaveState.SAVED


def test_change_union() -> None:
    union = Change.of_cards("a") | Change.of_votes("b") | Change(forum=True)
    assert union == Change(frozenset({"a"}), frozenset(), frozenset({"b"}), True)
    assert union.touches("zzz")


def test_failure_stays_visible_while_other_writes_run(qtbot, context: ForumContext, store: ForumStore) -> None:
    def full_disk(_store: ForumStore) -> None:
        raise StorageError("Le disque est plein : la modification n’a pas été enregistrée.")

    context.write(full_disk, Change())
    context.write(lambda s: cards.add_card(s, session_of(s, "elus"), "constraint", "Après"), Change())
    assert context.wait_for_writes()
    qtbot.waitUntil(lambda: context._pending == 0)
    assert context.save_state == SaveState.FAILED
    assert "disque est plein" in context.save_message
