"""The figures of a report, pure: median and 90th percentile of processing days, grouped.

Kept apart from the queries so the arithmetic can be checked by hand on a small set. The queries hand over a
histogram (how many documents took each number of days, per group), counted by SQL: its size is the groups times
the distinct day counts, whatever the number of documents, so a report of 100,000 documents holds no more than one
of 10,000. The 90th percentile is the
nearest-rank one (the smallest value with at least 90 % of the values at or below it): always a day count that
really happened, which is what a leader reads it as ("nine in ten were done within N days").
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class TimeFigure:
    """Processing time of one group: how many documents, their median and 90th percentile in days."""

    group: str
    count: int
    median: float
    p90: int


def p90(days: list[int]) -> int:
    """Nearest-rank 90th percentile of a non-empty list."""
    ordered = sorted(days)
    return ordered[math.ceil(0.9 * len(ordered)) - 1]


def figures_from_counts(counts: Iterable[tuple[str, int, int]]) -> list[TimeFigure]:
    """One figure per group from (group, days, how many documents took that many days), in the groups' order."""
    grouped: dict[str, dict[int, int]] = defaultdict(dict)
    for group, days, count in counts:
        grouped[group][days] = grouped[group].get(days, 0) + count
    return [_figure(key, histogram) for key, histogram in sorted(grouped.items())]


def _figure(group: str, histogram: dict[int, int]) -> TimeFigure:
    total = sum(histogram.values())
    ranks = (total + 1) // 2, total // 2 + 1  # the middle rank, or the two middle ones of an even count
    tenth = math.ceil(0.9 * total)
    at_rank: dict[int, int] = {}
    seen = 0
    for days in sorted(histogram):
        before, seen = seen, seen + histogram[days]
        for rank in (*ranks, tenth):
            if before < rank <= seen:
                at_rank[rank] = days
    return TimeFigure(group, total, (at_rank[ranks[0]] + at_rank[ranks[1]]) / 2, at_rank[tenth])


def time_figures(items: Iterable[T], group: Callable[[T], str], days: Callable[[T], int]) -> list[TimeFigure]:
    """One figure per group, in the groups' order (months and types sort as text)."""
    grouped: dict[str, list[int]] = defaultdict(list)
    for item in items:
        grouped[group(item)].append(days(item))
    return [TimeFigure(key, len(values), float(statistics.median(values)), p90(values))
            for key, values in sorted(grouped.items())]
