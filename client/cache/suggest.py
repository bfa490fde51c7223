""""Did you mean": when a search finds nothing, the nearest words the index does hold.

The candidates of a word nobody indexed are the index's own folded vocabulary (`documents_fts_vocab`, migration
0009) that share a trigram with it, nearest by edit distance, then most documents; the suggestion is kept only when
it finds something. Runs only after a search found nothing, so it may read much of the vocabulary.
"""

from __future__ import annotations

from sqlalchemy import Connection

from client.cache.query_plan import plan
from client.cache.searchtext import tokens

__all__ = ["nearest_words", "suggestion"]

MAX_CANDIDATES = 5


def _trigrams(word: str) -> set[str]:
    padded = f"  {word} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


def _distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count one)."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            row.append(min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb)))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def _known(connection: Connection, word: str) -> bool:
    """Whether some indexed word starts with `word`."""
    found = connection.exec_driver_sql(
        "SELECT 1 FROM documents_fts_vocab WHERE term >= ? AND term < ? LIMIT 1", (word, word + "\uffff")).first()
    return found is not None


def nearest_words(connection: Connection, word: str) -> list[str]:
    """Indexed words near `word`, best first: fewest edits (at most 1 for short words, 2 otherwise), same length
    first, then in the most documents."""
    limit = 1 if len(word) <= 4 else 2
    grams = _trigrams(word)
    scored = []
    for term, docs in connection.exec_driver_sql(
            "SELECT term, doc FROM documents_fts_vocab WHERE length(term) BETWEEN ? AND ?",
            (len(word) - limit, len(word) + limit)):
        if term.isdigit() or term.startswith("0") or not grams & _trigrams(term):  # "0...": a word pair (0014)
            continue
        distance = _distance(word, term)
        if distance <= limit:
            scored.append((distance, len(term) != len(word), -docs, term))
    return [term for *_, term in sorted(scored)[:MAX_CANDIDATES]]


def suggestion(connection: Connection, query: str, finds: object) -> str | None:
    """The query with each word the index does not hold replaced by its nearest indexed word, when the result
    finds something (`finds(text) -> bool`); None when no such query is near."""
    words = [w for w in query.split() if tokens(w)]
    replaced = list(words)
    changed = False
    for i, word in enumerate(words):
        concept = plan(word).concepts
        if not concept:
            continue
        alternatives = concept[0].alternatives
        if any(all(_known(connection, t) for t in alt.tokens) for alt in alternatives):
            continue
        folded = " ".join(alternatives[-1].tokens)  # a Telex spelling's decoded word is the last alternative
        for candidate in nearest_words(connection, folded.replace(" ", "")):
            trial = [*replaced[:i], candidate, *replaced[i + 1:]]
            if finds(" ".join(trial)):  # type: ignore[operator]
                replaced = trial
                changed = True
                break
    return " ".join(replaced) if changed else None
