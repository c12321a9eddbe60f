"""The participation server's parts without a network: secrets, limits, addresses, escaping."""

from __future__ import annotations

import ipaddress
import logging
import re

import pytest

from agora.server import tokens
from agora.server.limits import JoinGuard, TokenBucket
from agora.server.listener import RedactJoinPaths
from agora.server.network import local_addresses
from agora.server.pages import category_css, esc
from agora.server.refusal import RefusalError, ServerStartError
from agora.server.server import check_bind_address
from agora.server.voting import parse_answer
from agora.services.reads import CategoryRead

#: Characters of a QR code's alphanumeric mode.
QR_ALPHANUMERIC = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_join_token_has_160_random_bits_in_upper_case_base32() -> None:
    token = tokens.new_join_token()
    assert re.fullmatch(r"[A-Z2-7]{32}", token)
    assert len(token) * 5 == 160
    assert tokens.new_join_token() != token


def test_join_link_fits_the_qr_alphanumeric_set() -> None:
    url = f"HTTP://10.42.0.1:8000/J/{tokens.new_join_token()}"
    assert set(url) <= QR_ALPHANUMERIC
    assert len(url) <= 60


def test_join_code_is_crockford_base32_shown_in_two_halves() -> None:
    code = tokens.new_join_code()
    assert len(code) == 8
    assert set(code) <= set(tokens.CROCKFORD)
    assert not set(code) & set("ILOU")
    shown = tokens.format_join_code(code)
    assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}", shown)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("K7QM-2XRP", "K7QM2XRP"),
        ("k7qm 2xrp", "K7QM2XRP"),
        ("  k7qm–2xrp ", "K7QM2XRP"),
        ("O1IL-0000", "01110000"),  # read as Crockford: O is 0, I and L are 1
        ("K7QM-2XR", ""),
        ("K7QM-2XRU", ""),  # U is not in the alphabet
        ("<script>", ""),
    ],
)
def test_typed_codes_are_normalised(typed: str, expected: str) -> None:
    assert tokens.normalise_join_code(typed) == expected


def test_join_tokens_are_accepted_in_lower_case() -> None:
    token = tokens.new_join_token()
    assert tokens.normalise_join_token(token.lower()) == token
    assert tokens.normalise_join_token("not/a token") == ""


def test_secrets_compare_in_constant_time_and_refuse_empty() -> None:
    assert tokens.same_secret("ABC", "ABC")
    assert not tokens.same_secret("", "ABC")
    assert not tokens.same_secret("ABD", "ABC")
    assert not tokens.same_secret("é", "ABC")


def test_token_bucket_allows_a_burst_then_the_rate() -> None:
    clock = FakeClock()
    bucket = TokenBucket(burst=5, rate=0.5, clock=clock)
    assert [bucket.take() for _ in range(5)] == [0.0] * 5
    wait = bucket.take()
    assert wait == pytest.approx(2.0)
    clock.now += 2.0
    assert bucket.take() == 0.0
    assert bucket.take() > 0


def test_failed_joins_lock_the_room_above_five_per_second() -> None:
    clock = FakeClock()
    guard = JoinGuard(per_second=5, total=200, clock=clock)
    assert [guard.record_failure() for _ in range(5)] == [False] * 5
    assert guard.record_failure() is True  # the sixth within one second
    assert guard.tripped
    assert guard.record_failure() is False  # the alert is raised once
    guard.reset()
    assert not guard.tripped and guard.failures == 0


def test_failed_joins_lock_the_room_above_the_session_budget() -> None:
    clock = FakeClock()
    guard = JoinGuard(per_second=5, total=200, clock=clock)
    tripped = []
    for _ in range(201):
        clock.now += 0.5  # two a second: never too fast, but too many
        tripped.append(guard.record_failure())
    assert tripped.index(True) == 200


@pytest.mark.parametrize("host", ["0.0.0.0", "255.255.255.255", "224.0.0.1", "::", "::1", "salle.local", ""])
def test_server_never_binds_every_interface_nor_a_name(host: str) -> None:
    with pytest.raises(ServerStartError):
        check_bind_address(host)


def test_server_binds_a_given_ipv4_address() -> None:
    assert check_bind_address(" 10.42.0.1 ") == "10.42.0.1"


def test_local_addresses_are_ipv4_with_loopback_last() -> None:
    addresses = local_addresses()
    assert "127.0.0.1" in [a.address for a in addresses]
    for found in addresses:
        ip = ipaddress.IPv4Address(found.address)
        assert not ip.is_unspecified
    assert addresses[-1].loopback
    assert len({a.address for a in addresses}) == len(addresses)
    assert addresses[-1].label().startswith("127.")


@pytest.mark.parametrize(
    ("raw", "scale", "value"),
    [("1", 5, 1), ("5", 5, 5), (3, 3, 3), ("nsp", 5, None), (None, 3, None)],
)
def test_answers_are_read_within_the_scale(raw: object, scale: int, value: int | None) -> None:
    assert parse_answer(raw, scale) == value


@pytest.mark.parametrize(
    ("raw", "scale"), [("0", 5), ("6", 5), ("4", 3), (True, 5), ("½", 5), ("1.5", 5), ([1], 5)]
)
def test_answers_outside_the_scale_are_refused(raw: object, scale: int) -> None:
    with pytest.raises(RefusalError) as refused:
        parse_answer(raw, scale)
    assert refused.value.status == 422


def test_escaping_covers_quotes_and_markup() -> None:
    assert esc('"><img src=x onerror=alert(1)>') == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
    assert esc("l’a & <b>") == "l’a &amp; &lt;b&gt;"


def test_category_colours_never_carry_anything_but_a_colour() -> None:
    css = category_css(
        [
            CategoryRead("elus", "Élu·e·s", "#1F5FA8", 0, False),
            CategoryRead("x}body{display:none", "Piège", "#000000", 1, False),
            CategoryRead("socio", "Socio", "red;background:url(//x)", 2, False),
        ]
    ).decode("ascii")
    assert ".cat-elus{border-left-color:#1F5FA8}" in css
    assert "display:none" not in css and "url(" not in css


def test_join_tokens_are_redacted_from_waitress_logs() -> None:
    record = logging.LogRecord(
        "waitress", logging.INFO, __file__, 1, "Client disconnected while serving %s", ("/J/SECRET",), None
    )
    RedactJoinPaths().filter(record)
    assert "SECRET" not in record.getMessage()
