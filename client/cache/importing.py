"""Import bundles: a JSON file of documents (with attachment files beside it), tasks, notes and reports.

The promise: the whole bundle is checked before anything is stored (each item against its model and its files in
`bundle_file.py`, then against the bundle's other items, the cache and the store's own refusals in
`import_check.py`); every problem is reported with its place (`line 12: documents[3].secrecy: ...`); and then
everything new is stored in one transaction, or nothing. Importing the same bundle again stores nothing and says
how much was already there (`import_identity.py` says how a record is recognised).
"""

from __future__ import annotations

from dataclasses import dataclass

from client.cache.bundle_file import (
    Bundle,
    BundleItem,
    Counts,
    ImportFileError,
    ImportProblem,
    bundle_id,
    read_bundle,
)
from client.cache.errors import CacheError
from client.cache.import_check import check_bundle
from client.cache.store import CacheStore, NewDocument

__all__ = ["Bundle", "BundleItem", "Counts", "ImportFileError", "ImportProblem", "ImportResult", "bundle_id",
           "import_bundle", "read_bundle"]


@dataclass(frozen=True)
class ImportResult:
    """What an import stored, and what it found already in the cache and left as it was."""

    stored: Counts
    already_present: Counts


def import_bundle(store: CacheStore, bundle: Bundle) -> ImportResult:
    """Check the whole bundle, then store what is new in one transaction; raise ImportFileError naming every
    problem, with nothing stored, when there is any."""
    plan = check_bundle(store, bundle)
    if plan.problems:
        raise bundle.refusal(plan.problems)
    new = plan.new
    try:
        store.add_records(
            [NewDocument(item.record, item.files) for item in new["documents"]],
            [item.record for item in new["tasks"]],
            [item.record for item in new["notes"]],
            [(item.record, item.files) for item in new["reports"]],
        )
    except CacheError as error:
        # A refusal the check did not foresee (the store's rules are the store's) still names its item.
        problem = plan.place_of(error)
        if problem is None:
            raise
        raise bundle.refusal([problem]) from error
    return ImportResult(plan.counts(), plan.present)
