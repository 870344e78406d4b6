"""An input indexed for fast matching: capacity after confirmed work, hard-rule candidate lists.

Everything national-scale goes through numpy masks per municipality and competence, so building
candidate lists for 10,000 requests x 3,000 members takes well under a second.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np

from flexpool.engines.matching.criteria import (
    EARTH_RADIUS_KM,
    OVERQUALIFICATION_STEP,
    PRIORITY_SCORE,
    MatchFacts,
)
from flexpool.engines.matching.domain import MatchingInput, PoolSettings, Request

EPS = 1e-6


class Prepared:
    def __init__(self, data: MatchingInput, settings: PoolSettings) -> None:
        self.data = data
        self.settings = settings
        self.weeks = data.weeks
        self.municipality = {m.code: m for m in data.municipalities}
        self.member_index = {m.id: i for i, m in enumerate(data.members)}
        self.request_index = {r.id: i for i, r in enumerate(data.requests)}
        self._muni_masks: dict[tuple[str, str], np.ndarray] = {}
        self._distances: dict[str, np.ndarray] = {}
        self._levels: dict[str, np.ndarray] = {}
        self._wishes: dict[str, np.ndarray] = {}
        n = len(data.members)
        self.capacity = np.zeros((n, data.weeks))
        for i, m in enumerate(data.members):
            self.capacity[i, : len(m.weekly_capacity)] = m.weekly_capacity[: data.weeks]
        self.max_municipalities = np.array([m.max_municipalities for m in data.members])
        # Confirmed work: hours and municipalities per member and week, subtracted up front.
        self.fixed_presence: dict[tuple[int, str], np.ndarray] = {}
        for f in data.fixed:
            i = self.member_index[f.member_id]
            self.capacity[i, f.start_week : f.end_week + 1] -= f.hours_per_week
            presence = self.fixed_presence.setdefault((i, f.municipality), np.zeros(data.weeks))
            presence[f.start_week : f.end_week + 1] += 1
        self.fixed_municipality_count = np.zeros((n, data.weeks), dtype=np.int32)
        for (i, _), presence in self.fixed_presence.items():
            self.fixed_municipality_count[i] += presence > 0

    # -- per-municipality and per-competence member masks ----------------------------------------
    def distances(self, municipality: str) -> np.ndarray:
        if municipality not in self._distances:
            g = self.municipality[municipality]
            lat, lon = np.radians(g.lat), np.radians(g.lon)
            mlat, mlon = np.radians(self._home_coords[:, 0]), np.radians(self._home_coords[:, 1])
            a = np.sin((mlat - lat) / 2) ** 2 + np.cos(lat) * np.cos(mlat) * np.sin((mlon - lon) / 2) ** 2
            d = 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(a)))
            self._distances[municipality] = d
        return self._distances[municipality]

    @cached_property
    def _home_coords(self) -> np.ndarray:
        homes = [self.municipality[m.home_municipality] for m in self.data.members]
        return np.array([(g.lat, g.lon) for g in homes]).reshape(-1, 2)

    @cached_property
    def _row(self) -> dict[str, int]:
        return {g: i for i, g in enumerate(self.municipality)}

    @cached_property
    def _membership(self) -> dict[str, np.ndarray]:
        """Municipality x member masks, filled from each member's own sets (one pass)."""
        codes = self._row
        shape = (len(codes), len(self.data.members))
        serves, local, past = np.zeros(shape, bool), np.zeros(shape, bool), np.zeros(shape, bool)
        for i, m in enumerate(self.data.members):
            if m.serves is None:
                serves[:, i] = True
            else:
                serves[[codes[g] for g in m.serves if g in codes], i] = True
            local[[codes[g] for g in (*m.local_ties, m.home_municipality) if g in codes], i] = True
            past[[codes[g] for g in m.past_municipalities if g in codes], i] = True
        return {"serves": serves, "local": local, "past": past}

    def _mask(self, kind: str, municipality: str) -> np.ndarray:
        key = (kind, municipality)
        if key not in self._muni_masks:
            row = self._row[municipality]
            if kind == "reach":
                mask = self._membership["serves"][row].copy()
                if self.settings.max_travel_km is not None:
                    mask &= self.distances(municipality) <= self.settings.max_travel_km + EPS
            else:
                mask = self._membership[kind][row]
            self._muni_masks[key] = mask
        return self._muni_masks[key]

    def reach(self, municipality: str) -> np.ndarray:
        """Members allowed to work for this municipality (pool membership, travel limit)."""
        return self._mask("reach", municipality)

    def local(self, municipality: str) -> np.ndarray:
        return self._mask("local", municipality)

    def past(self, municipality: str) -> np.ndarray:
        return self._mask("past", municipality)

    def levels(self, competence: str) -> np.ndarray:
        if competence not in self._levels:
            members = self.data.members
            self._levels[competence] = np.array([m.level(competence) for m in members], dtype=float)
        return self._levels[competence]

    def wishes(self, competence: str) -> np.ndarray:
        if competence not in self._wishes:
            members = self.data.members
            wished = [competence in m.development_wishes for m in members]
            self._wishes[competence] = np.array(wished, dtype=bool)
        return self._wishes[competence]

    # -- hard rules --------------------------------------------------------------------------
    def needs_local(self, request: Request) -> bool:
        return request.resident_facing and self.settings.local_ties_hard

    def qualified(self, request: Request) -> np.ndarray:
        mask = np.ones(len(self.data.members), dtype=bool)
        for code, level in request.required.items():
            mask &= self.levels(code) >= level
        return mask

    def min_free(self, request: Request, members: np.ndarray) -> np.ndarray:
        free: np.ndarray = self.capacity[members, request.start_week : request.end_week + 1].min(axis=1)
        return free

    def full_candidates(self, request: Request, check_room: bool = True) -> np.ndarray:
        """Members who can do the whole request alone under every hard rule (given confirmed
        work only; the plan's own assignments are checked later). Without `check_room`, also
        those who meet every rule but lack the hours (the intake screen shows them greyed)."""
        mask = self.reach(request.municipality) & self.qualified(request)
        if self.needs_local(request):
            mask &= self.local(request.place)
        idx = np.flatnonzero(mask)
        if not check_room:
            return idx
        return idx[self.min_free(request, idx) >= request.hours_per_week - EPS]

    def partial_candidates(self, request: Request) -> np.ndarray:
        """Members who could take one part of a split request: they bring at least one required
        competence or the local ties, and have room for the smallest share."""
        if not request.splittable:
            return np.zeros(0, dtype=np.int64)
        # With nothing to bring, anyone with room may share the work.
        bare = not request.required and not self.needs_local(request)
        mask = np.full(len(self.data.members), bare, dtype=bool)
        for code, level in request.required.items():
            mask |= self.levels(code) >= level
        if self.needs_local(request):
            mask |= self.local(request.place)
        mask &= self.reach(request.municipality)
        idx = np.flatnonzero(mask)
        share = self.settings.split_min_share * request.hours_per_week
        idx = idx[self.min_free(request, idx) >= share - EPS]
        # Shortlist by points; stable order on ties so runs repeat exactly.
        order = np.argsort(-self.coefficients(request, idx), kind="stable")
        return np.sort(idx[order[: self.settings.split_shortlist]])

    def covers(self, request: Request, members: np.ndarray) -> dict[str, np.ndarray]:
        """Per split requirement ("local" or a competence code): which of `members` meet it."""
        out = {c: self.levels(c)[members] >= lvl for c, lvl in request.required.items()}
        if self.needs_local(request):
            out["local"] = self.local(request.place)[members]
        return out

    # -- soft criteria, vectorised (criteria.py holds the readable per-pair version) -----------
    def coefficients(self, request: Request, members: np.ndarray) -> np.ndarray:
        """Points per hour for each member doing (their part of) the request."""
        w, s = self.settings.weights, self.settings
        g = request.municipality
        fit_sum, fit_n = np.zeros(len(members)), np.zeros(len(members))
        wished = np.zeros(len(members), dtype=bool)
        for code, level in request.required.items():
            lv = self.levels(code)[members]
            ok = lv >= level
            fit_sum += np.where(ok, np.maximum(0.0, 1.0 - OVERQUALIFICATION_STEP * (lv - level)), 0)
            fit_n += ok
            wished |= self.wishes(code)[members]
        fit = np.where(fit_n > 0, fit_sum / np.maximum(fit_n, 1), 1.0)
        travel = np.maximum(0.0, 1.0 - self.distances(g)[members] / s.travel_scale_km)
        coef: np.ndarray = 1.0 + w.competence_fit * fit + w.continuity * self.past(g)[members]
        coef += w.travel * travel + w.development * wished
        coef += w.priority * PRIORITY_SCORE.get(request.priority, 0.0)
        coef += w.start_date * (1.0 - request.start_week / max(1, self.weeks))
        if not s.local_ties_hard:
            local = self.local(request.place)[members] if request.resident_facing else True
            coef += w.local_ties * np.asarray(local, dtype=float)
        return coef

    def facts(self, request: Request, member_idx: int) -> MatchFacts:
        member = self.data.members[member_idx]
        distance = float(self.distances(request.municipality)[member_idx])
        return MatchFacts(request, member, distance, self.weeks, self.settings)
