"""The projector window on the demo forum: it follows the desk, updates live, edits nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from agora.domain.kinds import SessionKind
from agora.services import analysis, cards, demo, forums, statements, votes
from agora.services.reads import SessionRead
from agora.storage.store import open_forum
from tests.ui.factories import MARKUP_TEXT
from ui import workers
from ui.forum_context import Change, ForumContext
from ui.projector import theme
from ui.projector.join_panel import qr_matrix
from ui.projector.projector_window import ProjectorWindow


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo forum, built once for the module (each test works on its own copy)."""
    path = tmp_path_factory.mktemp("demo") / "demo.agora"
    demo.build_demo(path).close()
    return path


@pytest.fixture
def context(qtbot: QtBot, demo_file: Path, tmp_path: Path) -> Iterator[ForumContext]:
    copy = tmp_path / "forum.agora"
    with sqlite3.connect(demo_file) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    made = ForumContext(open_forum(copy))
    yield made
    made.wait_for_writes()
    qtbot.waitUntil(lambda: workers.running_count() == 0, timeout=5000)
    made.store.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot: QtBot, context: ForumContext, clock: FakeClock) -> ProjectorWindow:
    made = ProjectorWindow(context, clock=clock)
    qtbot.addWidget(made)
    made.resize(1920, 1080)
    made.show()
    qtbot.waitExposed(made)
    return made


def sessions(context: ForumContext) -> list[SessionRead]:
    return forums.list_sessions(context.store)


def peer(context: ForumContext, category: str) -> SessionRead:
    return next(s for s in sessions(context) if s.kind == SessionKind.PEER_GROUP and s.category == category)


def agora(context: ForumContext) -> SessionRead:
    return next(s for s in sessions(context) if s.kind == SessionKind.AGORA)


def move_to(qtbot: QtBot, window: ProjectorWindow, session: SessionRead) -> None:
    with qtbot.waitSignal(window.loaded, timeout=5000, check_params_cb=lambda sid: sid == session.id):
        window.context.set_current_session(session.id)


def test_waits_for_the_first_session(window: ProjectorWindow) -> None:
    """Before the desk picks a session, a calm message and no countdown."""
    assert window.slides.currentWidget() is window.waiting
    assert window.waiting.text()
    assert window.header.countdown.isHidden()


def test_follows_the_desk_from_board_to_board(
    qtbot: QtBot, window: ProjectorWindow, context: ForumContext
) -> None:
    """Each move in the agenda brings that session's title, prompt, cards and countdown."""
    for category in ("elus", "socio"):
        session = peer(context, category)
        move_to(qtbot, window, session)
        assert window.slides.currentWidget() is window.board
        assert window.header.title.text() == session.title
        assert window.header.prompt.text() == session.prompt
        shown = window.board.card_texts()
        assert sorted(shown) == sorted(c.text for c in cards.list_cards(context.store, session.id))
        assert len(shown) >= 10
        assert window.countdown.text() == f"{session.duration_minutes:02d}:00"
    expectations = window.board.columns["expectation"].model
    socio = {c.code: c for c in forums.list_categories(context.store)}
    assert all(
        expectations.index(r).data(Qt.ItemDataRole.UserRole).target in socio
        for r in range(expectations.rowCount())
    )


def test_board_text_is_large_and_never_off_screen(
    qtbot: QtBot, window: ProjectorWindow, context: ForumContext
) -> None:
    """Card text stays at or above 28 px at 1080 lines; every card shown lies inside its column."""
    move_to(qtbot, window, peer(context, "agents"))
    assert window.board.card_px >= theme.scaled(theme.CARD_MIN_PX, window.height())
    for column in window.board.visible_columns():
        viewport = column.view.viewport()
        for row in column.view.visible_rows():
            rect = column.view.visualRect(column.model.index(row))
            assert rect.top() >= 0 and rect.bottom() <= viewport.height(), (column.kind, row)
            assert rect.right() <= viewport.width()


def test_a_long_board_paginates_at_720p(qtbot: QtBot, window: ProjectorWindow, context: ForumContext) -> None:
    """Forty more cards on a 720p projector: pages that turn, every card on some page, none cut off."""
    session = peer(context, "etat")
    for number in range(40):
        cards.add_card(context.store, session.id, "constraint", f"Contrainte supplémentaire numéro {number}")
    window.resize(1280, 720)
    move_to(qtbot, window, session)
    column = window.board.columns["constraint"]
    assert column.view.page_count() > 1 and column.page_text() == f"1/{column.view.page_count()}"
    assert window.board.card_px == theme.scaled(theme.CARD_MIN_PX, 720)
    seen: list[int] = []
    for _ in range(column.view.page_count()):
        seen += column.view.visible_rows()
        for row in column.view.visible_rows():
            assert column.view.visualRect(column.model.index(row)).bottom() <= column.view.viewport().height()
        window.board.next_pages()
    assert seen == list(range(column.model.rowCount()))


def test_a_new_card_appears_live_and_is_highlighted(
    qtbot: QtBot, window: ProjectorWindow, context: ForumContext
) -> None:
    """A durable write on the session shown reaches the projector without any action."""
    session = peer(context, "elus")
    move_to(qtbot, window, session)
    context.write(
        lambda s: cards.add_card(s, session.id, "commitment", "Réunir les élu·e·s chaque trimestre"),
        Change.of_cards(session.id),
    )
    qtbot.waitUntil(lambda: "Réunir les élu·e·s chaque trimestre" in window.board.card_texts(), timeout=5000)
    column = window.board.columns["commitment"]
    row = column.model.texts().index("Réunir les élu·e·s chaque trimestre")
    assert column.model.fresh_rows() == [row]
    assert row in column.view.visible_rows()
    window.board.clear_fresh()
    assert column.model.fresh_rows() == []


def test_writes_elsewhere_do_not_reload(qtbot: QtBot, window: ProjectorWindow, context: ForumContext) -> None:
    elus, etat = peer(context, "elus"), peer(context, "etat")
    move_to(qtbot, window, elus)
    with qtbot.assertNotEmitted(window.loaded, wait=400):
        context.write(
            lambda s: cards.add_card(s, etat.id, "constraint", "Ailleurs"), Change.of_cards(etat.id)
        )
        context.wait_for_writes()


def test_participant_markup_is_shown_literally(
    qtbot: QtBot, window: ProjectorWindow, context: ForumContext
) -> None:
    """``<b>…<img …>`` typed by a participant reaches the room as typed, on the board and in the Agora."""
    session = peer(context, "elus")
    move_to(qtbot, window, session)
    context.write(
        lambda s: cards.add_card(s, session.id, "constraint", MARKUP_TEXT), Change.of_cards(session.id)
    )
    qtbot.waitUntil(lambda: MARKUP_TEXT in window.board.card_texts(), timeout=5000)
    column = window.board.columns["constraint"]
    index = column.model.index(column.model.texts().index(MARKUP_TEXT))
    layout = column.delegate.card_layout(index.data(), "", column.view.viewport().width())
    assert " ".join(layout.lines) == MARKUP_TEXT  # broken at the space, never interpreted
    room = agora(context)
    added = statements.add_statement(context.store, room.id, MARKUP_TEXT)
    move_to(qtbot, window, room)
    window.show_statement(added.id)
    assert window.agora.statement.text() == MARKUP_TEXT
    assert MARKUP_TEXT in [row.text for row in window.agora.overview_model.rows()]
    for label in window.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_agora_statement_shows_each_categorys_stance_and_votes(
    qtbot: QtBot, window: ProjectorWindow, context: ForumContext
) -> None:
    """The statement chosen by the desk, its label, and per category the counts of the core's analysis."""
    room = agora(context)
    move_to(qtbot, window, room)
    result = analysis.analyse_session(context.store, room.id)
    assert window.slides.currentWidget() is window.agora
    assert window.agora.stack.currentWidget() is window.agora.overview_page
    assert [r.id for r in window.agora.overview_model.rows()] == [s.statement.id for s in result.statements]
    item = result.statements[3]
    window.show_statement(item.statement.id)
    assert window.agora.current_statement() == item.statement.id
    assert window.agora.statement.text() == item.statement.text
    assert window.agora.counter.text() == "Énoncé 4 sur 12"
    assert "Dissensus entre catégories" in window.agora.label.text()
    assert [p.category.code for p in window.agora.panels] == list(result.considered)
    for panel in window.agora.panels:
        tally = item.metrics[panel.category.code].tally
        assert [value.text() for _name, value in panel.counts] == [
            str(v) for v in (tally.A, tally.N, tally.D, tally.P, tally.n)
        ]
        assert panel.stance.text()
        ink, back = theme.text_on(panel.category.color), panel.category.color
        assert theme.contrast_ratio(ink, back) >= theme.MIN_CONTRAST
    window.show_overview()
    assert window.agora.current_statement() == ""


def test_votes_update_the_statement_live(
    qtbot: QtBot, window: ProjectorWindow, context: ForumContext
) -> None:
    room = agora(context)
    added = statements.add_statement(context.store, room.id, "Un énoncé tout neuf")
    move_to(qtbot, window, room)
    window.show_statement(added.id)
    elus = next(p for p in window.agora.panels if p.category.code == "elus")
    assert elus.counts[0][1].text() == "0"
    context.write(
        lambda s: votes.record_tally(s, added.id, "elus", present=7, pour=5, contre=1, abstention=1),
        Change.of_votes(room.id),
    )
    qtbot.waitUntil(lambda: elus.counts[0][1].text() == "5", timeout=5000)


def test_nothing_in_the_window_can_be_edited_or_focused(
    qtbot: QtBot, window: ProjectorWindow, context: ForumContext
) -> None:
    """No editor, no button, no focusable child, no editable item, no context menu."""
    move_to(qtbot, window, peer(context, "elus"))
    window.show_join("http://10.0.0.1:8765/j/x", "ABCD2345")
    for kind in (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QAbstractButton):
        assert window.findChildren(kind) == []
    for child in window.findChildren(QWidget):
        assert child.focusPolicy() == Qt.FocusPolicy.NoFocus, type(child).__name__
    for view in window.findChildren(QAbstractItemView):
        assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        model = view.model()
        for row in range(model.rowCount(QModelIndex())):
            assert not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsEditable
    assert window.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    for label in window.findChildren(QLabel):
        assert not label.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable
        assert not label.openExternalLinks()


def test_escape_leaves_full_screen(qtbot: QtBot, window: ProjectorWindow) -> None:
    window.show_full_screen()
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()


def test_desk_drives_the_countdown(
    qtbot: QtBot, window: ProjectorWindow, context: ForumContext, clock: FakeClock
) -> None:
    """Start, pause and reset come from the desk; signals tell it what the room sees."""
    move_to(qtbot, window, peer(context, "elus"))
    seen: list[tuple[int, bool]] = []
    window.countdown_changed.connect(lambda left, running: seen.append((left, running)))
    window.reset_countdown(3)
    window.start_countdown()
    clock.now += 65
    window.countdown.tick()
    window.pause_countdown()
    assert window.header.countdown.digits.text() == "01:55"
    assert seen[-1] == (115, False) and (180, True) in seen
    clock.now += 200
    window.start_countdown()
    with qtbot.waitSignal(window.countdown_elapsed, timeout=1000):
        clock.now += 115
        window.countdown.tick()
    assert window.header.countdown.status.text() == "Temps écoulé"
    window.reset_countdown()
    assert window.header.countdown.digits.text() == "03:00"


def test_join_panel_shows_and_hides(qtbot: QtBot, window: ProjectorWindow, context: ForumContext) -> None:
    move_to(qtbot, window, peer(context, "elus"))
    url = "http://192.168.1.23:8765/j/Qx7-kP2m"
    window.show_join(url, "K7QM4XPA")
    assert window.join_shown()
    qtbot.waitUntil(lambda: window.join.qr.pixmap() is not None and not window.join.qr.pixmap().isNull())
    assert window.join.code_label.text() == "K7QM4XPA"
    assert window.join.qr.pixmap().width() % len(qr_matrix(url)) == 0
    window.hide_join()
    assert not window.join_shown()
