"""The audit step of a run: document opens recorded on this PC go to the server's audit log (`/v1/audit/opens`).

Opens are kept in the cache until the server answers, so an open made offline is reported when the link returns.
A server that refuses them (an older one without the route) does not fail the run: they wait for the next one.
"""

from __future__ import annotations

import logging

from sync.engine.errors import RequestRejectedError
from sync.engine.replica import Replica
from sync.engine.transport import Transport
from sync.protocol.wire import API_PREFIX, AuditAccepted, AuditOpensRequest, DocumentOpen

log = logging.getLogger("commune.sync")
# The request's own limit (sync/protocol/wire.py AuditOpensRequest).
BATCH = 1000


def report_opens(replica: Replica, transport: Transport) -> int:
    """Send every queued open, a batch per request; return how many the server took."""
    accepted = 0
    while opens := replica.pending_opens(BATCH):
        body = AuditOpensRequest(opens=[DocumentOpen(document_id=doc_id, opened_at=at) for _, doc_id, at in opens])
        try:
            answer = transport.post_json(f"{API_PREFIX}/audit/opens", body.model_dump(mode="json"))
        except RequestRejectedError as error:
            log.warning("the server did not take %d document opens (%s); they wait for the next run",
                        len(opens), error.status)
            return accepted
        accepted += AuditAccepted.model_validate(answer).accepted
        replica.forget_opens(opens[-1][0])
    return accepted
