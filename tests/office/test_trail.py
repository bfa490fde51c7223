"""The processing trail through the office layer against a real server: the server's events reach each profile's
cache, merged in time with the notes, with this computer's unsent changes shown as pending."""

from __future__ import annotations

from client.office import DocumentRecord, OfficeSession, TrailEntry
from tests.sync.conftest import LiveServer


def _steps(trail: list[TrailEntry]) -> list[tuple[str, str]]:
    return [(e.source, e.action) for e in trail]


def _incoming(session: OfficeSession, summary: str) -> DocumentRecord:
    doc = DocumentRecord(kind="incoming", doc_type="Công văn", number_symbol="9-CV/HU", summary=summary,
                         issuing_body="Huyện ủy")
    session.add_document(doc)
    return doc


def test_unsent_steps_are_pending_then_become_the_servers_events_for_both_profiles(
        live: LiveServer, sign_in) -> None:
    clerk, leader = sign_in("clerk_a"), sign_in("leader_a")
    doc = _incoming(clerk, "Về việc lập quá trình xử lý")
    clerk.register(doc.id)  # still unsent: the creation itself now enters the register
    assert _steps(clerk.trail(doc.id)) == [("pending", "registered")]

    clerk.sync()
    assert _steps(clerk.trail(doc.id)) == [("event", "registered")]
    clerk.edit_document(doc.id, {"summary": "Về việc lập quá trình xử lý (sửa)", "pages": 3})
    clerk.submit_to_leader(doc.id, str(leader.user_id()), "Kính trình đồng chí Bí thư")
    pending = clerk.trail(doc.id)[1:]
    assert _steps(pending) == [("pending", "corrected"), ("pending", "submitted"), ("pending", "note")]
    assert pending[0].fields == ("pages", "summary") and pending[0].actor_name == clerk.info.display_name
    assert pending[1].submitted_to_id == leader.user_id()
    clerk.sync()

    leader.sync()
    specialist = str(live.org.users["specialist_a"])
    helper = str(live.org.users["admin_a"])
    leader.assign(doc.id, specialist, None, "Tham mưu trả lời", co_handler_ids=[helper],
                  informed_ids=[str(live.org.users["clerk_a"])])
    leader.sync()
    leader.forward(doc.id, helper, "Chuyển đồng chí phụ trách")
    leader.sync()

    clerk.sync()
    trail = clerk.trail(doc.id)
    assert _steps(trail) == [("event", "registered"), ("event", "corrected"), ("event", "submitted"),
                             ("note", "note"), ("event", "assigned"), ("event", "forwarded"), ("note", "note")]
    assert [e.at for e in trail] == sorted(e.at for e in trail)
    assigned = trail[4]
    assert assigned.handler_id == specialist and assigned.co_handler_ids == (helper,)
    assert assigned.note == "Tham mưu trả lời" and assigned.to_status == "assigned"
    assert trail[5].handler_id == helper and trail[6].note == "Chuyển đồng chí phụ trách"
    assert {e.actor_name for e in trail if e.action in ("assigned", "forwarded")} == {leader.info.display_name}


def test_undo_takes_the_pending_steps_out_of_the_trail(live: LiveServer, sign_in) -> None:
    clerk = sign_in("clerk_a")
    doc = _incoming(clerk, "Về việc hoàn tác")
    clerk.sync()
    clerk.register(doc.id)
    assert _steps(clerk.trail(doc.id)) == [("event", "created"), ("pending", "registered")]
    clerk.undo(doc.id)
    assert _steps(clerk.trail(doc.id)) == [("event", "created")]


def test_a_pulled_event_makes_the_document_panes_trail_stale() -> None:
    from client.office.sync_news import views_of
    from sync.engine.replica import IncomingChange

    event = IncomingChange("document_event", "e-1", "upsert", 1, {"document_id": "d-1", "action": "assigned"})
    assert views_of([event]) == {"notes"}
