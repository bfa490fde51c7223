"""The unit's numbering scheme reaches the PC with the unit's record: the register's period and the next-number hint
follow the server's admin setting, checked end to end against the real server process (the hint equals the number
the server then gives)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx
from pypdf import PdfReader

from client.office import OfficeSession
from sync.protocol.numbering import NumberingScheme
from tests.server.org import sign_in as api_sign_in
from tests.server.org import signed_outgoing
from tests.server.test_cli_and_demo import _cli
from tests.sync.conftest import LiveServer


def _issue(live: LiveServer, doc_type: str, symbol: str) -> int:
    """An outgoing document of commune A drafted, signed and issued on the server; the number it was given."""
    with httpx.Client(base_url=live.url, timeout=30) as http:
        signed = signed_outgoing(http, "a", number_symbol=symbol, doc_type=doc_type, summary="Về công tác cán bộ")
        issued = api_sign_in(http, "clerk_a").push_one("document", "update", signed["record"]["id"],
                                                       signed["version"], status="issued")
    assert issued["status"] == "applied", issued
    return int(issued["record"]["outgoing_number"])


def test_a_party_scheme_set_on_the_server_reaches_the_register_and_the_next_number(
        live: LiveServer, sign_in, tmp_path: Path) -> None:
    today = dt.date.today()
    congress = today - dt.timedelta(days=30)
    clerk: OfficeSession = sign_in("clerk_a")
    clerk.sync()
    assert clerk.numbering().scheme == NumberingScheme.STATE
    assert clerk.register_range("outgoing", congress, today).period == (
        f"Năm {today.year}" if congress.year == today.year else f"Năm {congress.year}-{today.year}")

    changed = _cli(live.settings, "numbering", "XA-A", "--scheme", "party", "--term-start", congress.isoformat())
    assert changed.returncode == 0, changed.stderr
    given = [_issue(live, "Nghị quyết", "NQ/ĐU"), _issue(live, "Báo cáo", "BC/ĐU"), _issue(live, "Nghị quyết", "NQ/ĐU")]
    assert given == [1, 1, 2]
    clerk.sync()

    numbering = clerk.numbering()
    assert (numbering.scheme, numbering.term_start, numbering.secret_separate) == (
        NumberingScheme.PARTY, congress, False)
    hints = {t: clerk.next_number("outgoing", today, doc_type=t) for t in ("Nghị quyết", "Báo cáo", "Kết luận")}
    assert hints == {"Nghị quyết": 3, "Báo cáo": 2, "Kết luận": 1}
    assert clerk.next_number("outgoing", today, doc_type="Nghị quyết", secret=True) == 3  # a type's one sequence
    assert _issue(live, "Nghị quyết", "NQ/ĐU") == hints["Nghị quyết"]  # the server gives what the PC showed

    term = f"Nhiệm kỳ {congress.year}-{congress.year + 5}"
    where = clerk.register_range("outgoing", congress, today)
    assert where.period == term
    assert clerk.register_range("incoming", today, today).period == f"Năm {today.year}"  # arrivals stay per year
    target = tmp_path / "sổ đi nhiệm kỳ.pdf"
    clerk.sync()
    assert clerk.export_register(where, target) == 4
    cover = PdfReader(target).pages[0].extract_text()
    assert term in cover and "SỔ ĐĂNG KÝ VĂN BẢN ĐI" in cover


def test_a_state_unit_numbers_secret_arrivals_apart_when_its_server_says_so(live: LiveServer, sign_in) -> None:
    changed = _cli(live.settings, "numbering", "XA-B", "--scheme", "state")
    assert changed.returncode == 0, changed.stderr
    clerk: OfficeSession = sign_in("clerk_b")
    clerk.sync()
    assert clerk.numbering().secret_separate  # the state scheme keeps a separate secret register
    today = dt.date.today()
    with httpx.Client(base_url=live.url, timeout=30) as http:
        api = api_sign_in(http, "clerk_b")
        for symbol in ("01/UBND-VP", "02/UBND-VP"):
            created = api.push_one("document", "create", kind="incoming", number_symbol=symbol, doc_type="Công văn",
                                   summary="V/v rà soát", issuing_body="UBND huyện")
            registered = api.push_one("document", "update", created["record"]["id"], created["version"],
                                      status="registered")
            assert registered["status"] == "applied", registered
    clerk.sync()
    assert clerk.next_number("incoming", today) == 3
    assert clerk.next_number("incoming", today, secret=True) == 1
