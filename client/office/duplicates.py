"""The warning a clerk gets when registering a document the cache already holds (same issuer, symbol and year).

Only a warning: a document can legitimately arrive twice (a copy sent by a second unit is registered again under
Decree 30), so the clerk decides. The key is `sync.protocol.symbols.duplicate_key`, the one definition of "the same
document".
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Engine, select

from client.cache.schema import documents
from sync.protocol.symbols import duplicate_key, normalize

Row = dict[str, Any]


def symbol_duplicates(engine: Engine, number_symbol: str, issuing_body: str | None, issued_date: str | None,
                      *, exclude_id: str | None = None) -> list[Row]:
    """Documents in the cache with the same issuer, number and symbol, issued the same year."""
    if not normalize(number_symbol):
        return []
    wanted = duplicate_key(number_symbol, issuing_body, issued_date)
    digits = re.match(r"\d+", normalize(number_symbol))
    # The leading number narrows the scan to a handful of rows; the key then decides on the normalized text.
    pattern = f"%{digits.group(0)}%" if digits else f"%{number_symbol.strip()}%"
    statement = (select(documents.c.id, documents.c.kind, documents.c.number_symbol, documents.c.issuing_body,
                        documents.c.issued_date, documents.c.arrival_number, documents.c.status)
                 .where(documents.c.number_symbol.like(pattern)))
    with engine.connect() as connection:
        rows = connection.execute(statement).mappings().all()
    found = []
    for row in rows:
        issued = row["issued_date"].isoformat() if row["issued_date"] else None
        if row["id"] != exclude_id and duplicate_key(row["number_symbol"] or "", row["issuing_body"], issued) == wanted:
            found.append(dict(row))
    return found
