"""Property: any forum the services can build survives export → import into a new file → export."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agora.errors import AgoraError
from agora.services import cards, exchange, forums, statements, votes
from agora.storage.store import ForumStore, open_forum
from tests.conftest import session_of

CATEGORIES = ["elus", "agents", "etat", "socio"]
KINDS = ["constraint", "expectation", "commitment", "learning", "story"]


TEXTS = st.one_of(
    st.text(min_size=1, max_size=40),
    st.sampled_from(
        ["مرحبا بالعالم", "שלום עולם", "👩‍💻 🇫🇷 🌱", "Cafe\u0301", "=SOMME(A1:A9)", "a\r\nb", "x\x00y"]
    ),
)

CARD = st.tuples(
    st.just("card"),
    st.booleans(),
    st.sampled_from(KINDS),
    st.sampled_from(CATEGORIES),
    st.sampled_from(CATEGORIES),
    TEXTS,
    st.none() | st.integers(1, 4),
    st.sampled_from(["", "moyens", "🌍"]),
)
POSITION = st.tuples(
    st.just("position"),
    st.integers(0, 99),
    st.sampled_from(CATEGORIES),
    st.none() | st.integers(1, 5),
    st.none() | st.sampled_from(["p1", "p2", "p3"]),
    st.sampled_from(["facilitator", "phone", "paper"]),
)
OPS = st.lists(
    st.one_of(
        CARD,
        CARD,
        CARD,
        st.tuples(st.just("delete"), st.integers(0, 99)),
        st.tuples(st.just("merge"), st.integers(0, 99)),
        st.tuples(st.just("statement"), st.none() | st.integers(0, 99), TEXTS, st.sampled_from([5, 3])),
        POSITION,
        POSITION,
        st.tuples(
            st.just("tally"),
            st.integers(0, 99),
            st.sampled_from(CATEGORIES),
            st.integers(0, 10),
            st.integers(0, 10),
            st.integers(0, 10),
            st.integers(0, 5),
        ),
        st.tuples(st.just("withdraw"), st.integers(0, 99)),
    ),
    min_size=5,
    max_size=30,
)


def apply(store: ForumStore, ops: list[tuple[Any, ...]]) -> None:
    """Run the operations through the services; those the services refuse are simply skipped."""
    agora = session_of(store, None)
    made: list[tuple[str, str]] = []  # (card, session)
    said: list[tuple[str, int]] = []  # (statement, scale)
    for op in ops:
        try:
            if op[0] == "card":
                _, in_agora, kind, category, target, text, principle, theme = op
                session = agora if in_agora else session_of(store, category)
                card = cards.add_card(
                    store,
                    session,
                    kind,
                    text,
                    category=category,
                    target=target if kind == "expectation" else None,
                    principle=principle,
                    theme=theme,
                )
                made.append((card.id, session))
            elif op[0] == "delete" and made:
                cards.delete_card(store, made[op[1] % len(made)][0])
            elif op[0] == "merge" and made:
                into, session = made[op[1] % len(made)]
                others = [card for card, where in made if where == session and card != into]
                if others:
                    cards.merge_cards(store, into, others[:1])
            elif op[0] == "statement":
                _, index, text, scale = op
                source = made[index % len(made)][0] if made and index is not None else None
                said.append(
                    (
                        statements.add_statement(
                            store, agora, None if source else text, source_card=source
                        ).id,
                        scale,
                    )
                )
            elif op[0] == "position" and said:
                _, index, category, value, participant, channel = op
                statement, scale = said[index % len(said)]
                value = None if value is None else (value - 1) % scale + 1
                votes.record_position(
                    store, statement, category, value, scale=scale, participant=participant, channel=channel
                )
            elif op[0] == "tally" and said:
                _, index, category, pour, contre, abstention, silent = op
                present = pour + contre + abstention + silent
                votes.record_tally(
                    store, said[index % len(said)][0], category, present, pour, contre, abstention
                )
            elif op[0] == "withdraw" and said:
                statements.delete_statement(store, said[op[1] % len(said)][0])
        except AgoraError:
            pass


@settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=OPS)
def test_export_import_export_is_identity(tmp_path: Path, ops: list[tuple[Any, ...]]) -> None:
    name = uuid.uuid4().hex
    with forums.create_forum(
        tmp_path / f"{name}.agora", "Forum « aléatoire »", date=dt.date(2026, 5, 12)
    ) as store:
        apply(store, ops)
        exchange.write_bundle(store, tmp_path / f"{name}.json")
        original = exchange.export_bundle(store)
    target = tmp_path / f"{name}-copie.agora"
    exchange.import_bundle(tmp_path / f"{name}.json", target)
    with open_forum(target) as copy:
        assert exchange.export_bundle(copy) == original
    assert not exchange.import_bundle(tmp_path / f"{name}.json", target).changed


def test_control_between_combining_marks_round_trips(store: ForumStore, tmp_path: Path) -> None:
    cards.add_card(store, session_of(store, "elus"), "constraint", "e\x00\u0301")
    exchange.write_bundle(store, tmp_path / "b.json")
    original = exchange.export_bundle(store)
    exchange.import_bundle(tmp_path / "b.json", tmp_path / "copie.agora")
    with open_forum(tmp_path / "copie.agora") as copy:
        assert exchange.export_bundle(copy) == original
