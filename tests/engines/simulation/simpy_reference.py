"""SimPy reference model of the simple queueing case: M/M/c (or G/G/c) with FCFS service.

Written the textbook SimPy way (a Resource with c slots, one process per customer), so that it
is an independent check of the vectorised NumPy engine, and slow in the way event-driven
simulators are, which the speed benchmark measures.
"""

from __future__ import annotations

import numpy as np
import simpy


def simpy_waits(interarrival_times: np.ndarray, service_times: np.ndarray, servers: int) -> np.ndarray:
    """Waits for given inputs ``[replications, customers]``, one SimPy run per replication."""
    replications, customers = interarrival_times.shape
    waits = np.empty((replications, customers))
    for r in range(replications):
        env = simpy.Environment()
        desk = simpy.Resource(env, capacity=servers)
        row = waits[r]

        def customer(index: int, service: float, env=env, desk=desk, row=row):
            arrived = env.now
            with desk.request() as turn:
                yield turn
                row[index] = env.now - arrived
                yield env.timeout(service)

        def source(r=r, env=env):
            for n in range(customers):
                yield env.timeout(interarrival_times[r, n])
                env.process(customer(n, service_times[r, n]))

        env.process(source())
        env.run()
    return waits


def simpy_mmc_waits(
    arrival_rate: float, service_rate: float, servers: int, replications: int, customers: int, seed: int
) -> np.ndarray:
    """M/M/c waits drawn with SimPy's own (Python ``random``-style) sampling per customer."""
    rng = np.random.default_rng(seed)
    waits = np.empty((replications, customers))
    for r in range(replications):
        env = simpy.Environment()
        desk = simpy.Resource(env, capacity=servers)
        row = waits[r]

        def customer(index: int, env=env, desk=desk, row=row):
            arrived = env.now
            with desk.request() as turn:
                yield turn
                row[index] = env.now - arrived
                yield env.timeout(rng.exponential(1.0 / service_rate))

        def source(env=env):
            for n in range(customers):
                yield env.timeout(rng.exponential(1.0 / arrival_rate))
                env.process(customer(n))

        env.process(source())
        env.run()
    return waits
