from pathlib import Path

import numpy as np
import pytest

from flexpool.engines.matching.gap import GapInstance, parse_gap_text, read_gap_file

from .helpers import DATA_DIR

TINY = """2 3
 1 2 3
 4 5 6
 7 8 9
 10 11 12
 20 30
"""


def test_reader_parses_costs_weights_and_capacities() -> None:
    instance = parse_gap_text(TINY, name="tiny")
    assert instance.name == "tiny"
    assert (instance.num_agents, instance.num_jobs) == (2, 3)
    assert instance.cost.tolist() == [[1, 2, 3], [4, 5, 6]]
    assert instance.weight.tolist() == [[7, 8, 9], [10, 11, 12]]
    assert instance.capacity.tolist() == [20, 30]


def test_reader_names_instance_after_file(tmp_path: Path) -> None:
    path = tmp_path / "tiny1"
    path.write_text(TINY)
    assert read_gap_file(path).name == "tiny1"


@pytest.mark.parametrize("text", ["", "2", "2 3 1 2 3", "0 3", "2 3 " + "1 " * 15])
def test_reader_rejects_malformed_files(text: str) -> None:
    with pytest.raises(ValueError):
        parse_gap_text(text)


def test_objective_loads_and_feasibility() -> None:
    instance = parse_gap_text(TINY)
    assert instance.objective((0, 1, 0)) == 1 + 5 + 3
    assert instance.loads((0, 1, 0)).tolist() == [7 + 9, 11]
    assert instance.is_feasible((0, 1, 0))
    assert not instance.is_feasible((0, 0, 0))  # 24 > 20
    assert not instance.is_feasible((0, 1))  # a job left out
    assert not instance.is_feasible((0, 1, 2))  # no such agent


def test_instance_arrays_are_read_only() -> None:
    instance = parse_gap_text(TINY)
    with pytest.raises(ValueError):
        instance.cost[0, 0] = 99


def test_inconsistent_shapes_are_rejected() -> None:
    with pytest.raises(ValueError):
        GapInstance("bad", np.zeros((2, 3), int), np.zeros((3, 2), int), np.zeros(2, int))


def test_fixture_files_read() -> None:
    instance = read_gap_file(DATA_DIR / "gap5-0")
    assert (instance.num_agents, instance.num_jobs) == (8, 24)
