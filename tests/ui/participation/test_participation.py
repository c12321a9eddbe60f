"""« Ouvrir la participation » in the desk: real HTTP on 127.0.0.1 only, a simulated phone.

The interface dialog's choice is replaced by 127.0.0.1 on a port the system chooses; every
request is bounded (loopback, short timeouts) and every server is stopped by the test.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from pytestqt.qtbot import QtBot

from agora.paths import library_dir
from agora.server import LocalAddress
from agora.services import cards
from tests.agora.server import _PHONES, Phone, make_demo
from tests.ui.conftest import MakeForum
from tests.ui.desk_helpers import current_board, open_desk
from ui.desk.forum_window import ForumWindow
from ui.forum_context import Change
from ui.participation import interface_dialog
from ui.participation.controller import ParticipationController
from ui.participation.interface_dialog import InterfaceChoice, InterfaceDialog
from ui.participation.participation_panel import ALERT_STYLE

TIMEOUT_MS = 5000


@pytest.fixture(autouse=True)
def phones_closed() -> Iterator[None]:
    """Every simulated phone's connection is closed after the test."""
    yield
    while _PHONES:
        _PHONES.pop().close()


@pytest.fixture
def loopback(monkeypatch: pytest.MonkeyPatch) -> dict[str, bool]:
    """The interface dialog answers 127.0.0.1, port 0; set ``["moderation"]`` to relay cards."""
    options = {"moderation": False}

    def ask(_parent: object = None) -> InterfaceChoice:
        return InterfaceChoice("127.0.0.1", 0, options["moderation"])

    monkeypatch.setattr(interface_dialog, "ask_interface", ask)
    return options


#: Server threads alive before this test's server started (other test modules' servers may
#: still be winding down): only the threads a test starts must be gone when it stops.
_BEFORE: set[threading.Thread] = set()


def server_threads() -> list[threading.Thread]:
    return [
        t
        for t in threading.enumerate()
        if t.name.startswith(("agora-participation", "waitress")) and t not in _BEFORE
    ]


def port_closed(address: tuple[str, int]) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(1)
        return probe.connect_ex(address) != 0


def open_participation(qtbot: QtBot, window: ForumWindow) -> ParticipationController:
    controller = window.participation
    _BEFORE.clear()
    _BEFORE.update(threading.enumerate())
    window.actions_.open_participation.trigger()
    assert controller.running
    qtbot.waitUntil(controller.panel.isVisible, timeout=TIMEOUT_MS)
    return controller


def join(controller: ParticipationController) -> Phone:
    server = controller.bridge.server
    assert server is not None
    phone = Phone(server, timeout=10)
    phone.join(server.join_url)
    return phone


def assert_stopped(controller: ParticipationController, address: tuple[str, int]) -> None:
    assert not controller.running and controller.bridge.server is None
    assert port_closed(address)
    assert not server_threads()


# -- the interface dialog ---------------------------------------------------------------------


def test_dialog_lists_addresses_loopback_last_with_the_firewall_note(qtbot: QtBot) -> None:
    addresses = [
        LocalAddress("127.0.0.1", "lo"),
        LocalAddress("10.42.0.1", "wlp2s0"),
        LocalAddress("192.168.1.20"),
    ]
    dialog = InterfaceDialog(None, addresses)
    qtbot.addWidget(dialog)
    items = [dialog.address_box.itemText(row) for row in range(dialog.address_box.count())]
    assert items[:2] == ["10.42.0.1 (wlp2s0)", "192.168.1.20"]
    assert items[-1].startswith("127.0.0.1 (lo)") and "cet ordinateur seulement" in items[-1]
    assert dialog.choice() == InterfaceChoice("10.42.0.1", 8000, False)
    assert "réseaux privés seulement" in dialog.firewall_note.text()
    dialog.moderation.setChecked(True)
    assert dialog.choice().moderation


def test_a_busy_port_is_refused_and_other_port_finds_a_free_one(qtbot: QtBot) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        taken = busy.getsockname()[1]
        dialog = InterfaceDialog(None, [LocalAddress("127.0.0.1", "lo")], port=taken)
        qtbot.addWidget(dialog)
        dialog.open_button.click()
        assert dialog.result() != InterfaceDialog.DialogCode.Accepted
        assert not dialog.problem.isHidden() and str(taken) in dialog.problem.text()
        dialog.other_port.click()
        assert dialog.port_box.value() != taken and dialog.problem.isHidden()
        dialog.open_button.click()
        assert dialog.result() == InterfaceDialog.DialogCode.Accepted


# -- a peer-group board -----------------------------------------------------------------------


def test_a_phone_card_reaches_the_board_and_the_counters(
    qtbot: QtBot, make_forum: MakeForum, loopback: dict[str, bool]
) -> None:
    window = open_desk(qtbot, make_forum())
    board = current_board(window)
    controller = open_participation(qtbot, window)
    server = controller.bridge.server
    assert server is not None and server.host == "127.0.0.1"
    assert controller.panel.code.text().endswith(server.join_code)
    phone = join(controller)
    with qtbot.waitSignal(
        window.context.changed, timeout=TIMEOUT_MS, check_params_cb=lambda c: board.session.id in c.cards
    ):
        assert phone.post_card("Pas de bus le dimanche <b>soir</b>").status == 201
    qtbot.waitUntil(
        lambda: any(c.text == "Pas de bus le dimanche <b>soir</b>" for c in board.board_cards.all_cards()),
        timeout=TIMEOUT_MS,
    )
    qtbot.waitUntil(lambda: "connectés : 1" in controller.panel.phones.text(), timeout=TIMEOUT_MS)
    address = server.address
    controller.panel.stop_button.click()
    assert_stopped(controller, address)
    assert controller.panel.isHidden()
    window.close()


def test_moderation_accept_reaches_the_board_refuse_does_not(
    qtbot: QtBot, make_forum: MakeForum, loopback: dict[str, bool]
) -> None:
    loopback["moderation"] = True
    window = open_desk(qtbot, make_forum())
    board = current_board(window)
    controller = open_participation(qtbot, window)
    panel = controller.panel
    assert panel.moderation_box.isVisibleTo(panel)
    phone = join(controller)
    assert phone.post_card("Accepter <i>moi</i>").status in (201, 202)
    assert phone.post_card("Refuser moi").status in (201, 202)
    qtbot.waitUntil(lambda: panel.pending_model.rowCount() == 2, timeout=TIMEOUT_MS)
    texts = [panel.pending_model.index(row).data() for row in range(2)]
    assert texts[0].endswith("— Accepter <i>moi</i>")  # plain text, exactly as typed
    assert not any(c.text.startswith(("Accepter", "Refuser")) for c in board.board_cards.all_cards())
    panel.pending_view.setCurrentIndex(panel.pending_model.index(0))
    panel.approve_button.click()
    qtbot.waitUntil(
        lambda: any(c.text == "Accepter <i>moi</i>" for c in board.board_cards.all_cards()),
        timeout=TIMEOUT_MS,
    )
    assert panel.pending_model.rowCount() == 1
    panel.pending_view.setCurrentIndex(panel.pending_model.index(0))
    panel.reject_button.click()
    assert panel.pending_model.rowCount() == 0
    stored = [c.text for c in cards.list_cards(window.context.store, board.session.id)]
    assert "Accepter <i>moi</i>" in stored and "Refuser moi" not in stored
    window.close()


def test_lock_refuses_newcomers_and_guessing_alerts_in_red(
    qtbot: QtBot, make_forum: MakeForum, loopback: dict[str, bool]
) -> None:
    window = open_desk(qtbot, make_forum())
    controller = open_participation(qtbot, window)
    panel, server = controller.panel, controller.bridge.server
    assert server is not None
    join(controller)
    panel.lock_button.click()
    assert server.room_locked and panel.lock_button.text() == "Déverrouiller"
    newcomer = Phone(server, timeout=10)
    assert newcomer.get(urlsplit(server.join_url).path).status == 403
    panel.lock_button.click()
    assert not server.room_locked and panel.lock_button.text() == "Verrouiller la salle"
    # Guessing the fallback code locks joining and alerts the facilitator, in red.
    attacker = Phone(server, timeout=10)
    attacker.get("/")
    deadline = time.monotonic() + 10
    for guess in range(100):  # bounded: 100 guesses, 10 s at most, loopback only
        if time.monotonic() > deadline or attacker.post_form("/code", {"code": f"{guess:08d}"}).status == 403:
            break
    qtbot.waitUntil(panel.alert.isVisible, timeout=TIMEOUT_MS)
    assert panel.alert.text() and panel.alert.styleSheet() == ALERT_STYLE
    qtbot.waitUntil(lambda: panel.lock_button.text() == "Déverrouiller", timeout=TIMEOUT_MS)
    window.close()


# -- stopping ---------------------------------------------------------------------------------


def test_changing_session_stops_the_server(
    qtbot: QtBot, make_forum: MakeForum, loopback: dict[str, bool]
) -> None:
    window = open_desk(qtbot, make_forum())
    controller = open_participation(qtbot, window)
    assert controller.bridge.server is not None
    address = controller.bridge.server.address
    assert not port_closed(address)
    window.step_session(1)
    assert_stopped(controller, address)
    window.close()


def test_closing_the_forum_stops_the_server(
    qtbot: QtBot, make_forum: MakeForum, loopback: dict[str, bool]
) -> None:
    window = open_desk(qtbot, make_forum())
    controller = open_participation(qtbot, window)
    assert controller.bridge.server is not None
    address = controller.bridge.server.address
    join(controller)
    window.close()
    assert_stopped(controller, address)


# -- the projector ----------------------------------------------------------------------------


def test_the_projector_shows_and_hides_the_join_code(
    qtbot: QtBot, make_forum: MakeForum, loopback: dict[str, bool]
) -> None:
    window = open_desk(qtbot, make_forum())
    window.open_projector()
    projector = window.projector
    assert projector is not None and not projector.join_shown()
    controller = open_participation(qtbot, window)
    assert projector.join_shown()
    controller.panel.projector_button.click()
    assert not projector.join_shown()
    controller.panel.projector_button.click()
    assert projector.join_shown()
    controller.stop()
    assert not projector.join_shown()
    # Opened after the room: the projector gets the code at once.
    projector.close()
    open_participation(qtbot, window)
    window.actions_.project.trigger()
    assert window.projector is not None and window.projector.join_shown()
    window.close()


# -- the Agora --------------------------------------------------------------------------------


def test_a_phone_vote_in_the_agora_updates_counters_and_announces_votes(
    qtbot: QtBot, loopback: dict[str, bool]
) -> None:
    demo = make_demo(library_dir())
    window = open_desk(qtbot, Path(demo.path))
    window.select_session(demo.agora)
    page = window.pages[demo.agora]
    qtbot.waitUntil(
        lambda: getattr(page, "snapshot", None) is not None and bool(page.current), timeout=TIMEOUT_MS
    )
    controller = open_participation(qtbot, window)
    server = controller.bridge.server
    assert server is not None
    qtbot.waitUntil(lambda: server.stats().current_statement == page.current, timeout=TIMEOUT_MS)
    phone = join(controller)
    phone.choose("elus")
    before = server.stats().answered  # the demo's earlier answers count too
    changes: list[Change] = []
    window.context.changed.connect(changes.append)
    with qtbot.waitSignal(
        window.context.changed, timeout=TIMEOUT_MS, check_params_cb=lambda c: demo.agora in c.votes
    ):
        assert phone.vote(page.current, 2).status in (200, 201)
    qtbot.waitUntil(lambda: controller.panel.answers.text().endswith(f": {before + 1}"), timeout=TIMEOUT_MS)
    assert any(demo.agora in change.votes for change in changes)
    # Selecting another statement in the Agora makes it the room's current one.
    other = next(s for s in page.snapshot.statement_ids if s != page.current)
    page.select_statement(other)
    assert server.stats().current_statement == other
    answered = server.stats().answered
    qtbot.waitUntil(lambda: controller.panel.answers.text().endswith(f": {answered}"), timeout=TIMEOUT_MS)
    window.close()
    assert not controller.running and not server_threads()
