"""The figures of a report, pure: median and 90th percentile of processing days, grouped.

Kept apart from the queries so the arithmetic can be checked by hand on a small set. The 90th percentile is the
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


def time_figures(items: Iterable[T], group: Callable[[T], str], days: Callable[[T], int]) -> list[TimeFigure]:
    """One figure per group, in the groups' order (months and types sort as text)."""
    grouped: dict[str, list[int]] = defaultdict(list)
    for item in items:
        grouped[group(item)].append(days(item))
    return [TimeFigure(key, len(values), float(statistics.median(values)), p90(values))
            for key, values in sorted(grouped.items())]
