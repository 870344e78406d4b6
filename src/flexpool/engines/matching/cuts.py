"""Valid inequalities on capacity rows: a tighter relaxation, hence a tighter proven bound.

A member's capacity row in a week, restricted to requests that cannot be split, is a knapsack:
sum of hours x[r] <= free hours (the hours of split requests only use more room, so dropping
them keeps every inequality below valid). The LP relaxation fills a knapsack fractionally (a
member with 32 free hours takes 2.67 requests of 12 hours); a plan cannot. Two families cut
such points off:

- *cardinality*: of the requests with at least a given number of hours, at most k fit, where k
  is how many of the smallest of them fit together;
- *extended cover*: a set C that does not fit together (so at most |C| - 1 of it), extended by
  every request at least as large as the largest in C.

Both hold for every plan the ledger accepts (the same tolerance EPS), so adding them to the
relaxation keeps its optimum a proven upper bound. Separation is on the LP point: only rows that
are full and have fractional requests are looked at, and only violated cuts are added.
"""

from __future__ import annotations

import numpy as np

from flexpool.engines.matching.model import INF, ModelData
from flexpool.engines.matching.prepared import EPS

MIN_VIOLATION = 1e-3


class KnapsackCuts:
    def __init__(self, md: ModelData) -> None:
        self.md = md
        self.seen: set[tuple[tuple[int, ...], int]] = set()
        # The knapsack of a capacity row: its integer columns (x of whole requests, weighted by
        # hours per week); the continuous ones are the hours of split requests.
        rows = [md.rows[i] for i in md.capacity_rows]
        sizes = np.fromiter((len(idx) for idx, _, _, _ in rows), dtype=np.int64, count=len(rows))
        owner = np.repeat(np.arange(len(rows)), sizes)
        cols = np.fromiter((j for idx, _, _, _ in rows for j in idx), dtype=np.int64, count=int(sizes.sum()))
        hours = np.fromiter((v for _, val, _, _ in rows for v in val), dtype=np.float64, count=len(cols))
        keep = np.asarray(md.integer, dtype=bool)[cols]
        self.owner, self.cols, self.hours = owner[keep], cols[keep], hours[keep]
        self.cap = np.fromiter((hi for _, _, _, hi in rows), dtype=np.float64, count=len(rows))
        counts = np.bincount(self.owner, minlength=len(rows))
        self.starts = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)

    def separate(self, values: np.ndarray, limit: int = 5000) -> int:
        """Add violated cuts for the LP point `values` to the model; returns how many."""
        if not len(self.cap):
            return 0
        x = values[self.cols]
        n = len(self.cap)
        load = np.bincount(self.owner, self.hours * x, minlength=n)
        fractional = np.bincount(self.owner, (x > 1e-6) & (x < 1 - 1e-6), minlength=n)
        count = np.bincount(self.owner, x, minlength=n)
        todo = np.flatnonzero((load >= self.cap - 1e-6) & (fractional > 0) & (count > 1 + 1e-6))
        # (a row with one whole request, or whose whole requests fit together, has no cut)
        added = 0
        for k in todo.tolist():
            lo, hi = self.starts[k], self.starts[k + 1]
            added += self._separate_row(self.hours[lo:hi], self.cols[lo:hi], x[lo:hi], self.cap[k])
            if added >= limit:
                break
        return added

    def _separate_row(self, a: np.ndarray, cols: np.ndarray, x: np.ndarray, cap: float) -> int:
        added = 0
        room = cap + EPS
        order = np.argsort(a, kind="stable")
        sizes, xs = a[order], x[order]
        # Cardinality: requests of at least sizes[i] hours; how many of the smallest fit.
        tail_x = np.cumsum(xs[::-1])[::-1]
        for i in range(len(order)):
            fit = int(np.searchsorted(np.cumsum(sizes[i:]), room, side="right"))
            if fit < len(order) - i and tail_x[i] > fit + MIN_VIOLATION:
                added += self._add(cols[order[i:]], fit)
        # Extended cover from the most-chosen requests.
        by_x = np.argsort(-x, kind="stable")
        total = np.cumsum(a[by_x])
        size = int(np.searchsorted(total, room, side="right")) + 1
        if size <= len(by_x):
            cover = by_x[:size]
            extended = np.union1d(cover, np.flatnonzero(a >= a[cover].max()))
            if x[extended].sum() > size - 1 + MIN_VIOLATION:
                added += self._add(cols[extended], size - 1)
        return added

    def _add(self, cols: np.ndarray, rhs: int) -> int:
        key = (tuple(sorted(cols.tolist())), rhs)
        if key in self.seen:
            return 0
        self.seen.add(key)
        self.md.row(list(key[0]), [1.0] * len(key[0]), -INF, float(rhs))
        return 1
