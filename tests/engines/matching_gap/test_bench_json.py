import json
import subprocess
import sys
from pathlib import Path

from flexpool.engines.matching.gap import read_gap_file

from .helpers import DATA_DIR

REPO_ROOT = Path(__file__).resolve().parents[3]


def test_bench_json_mode_prints_one_clean_line_per_instance() -> None:
    files = [DATA_DIR / "gap1-0", DATA_DIR / "gap5-0"]
    completed = subprocess.run(
        [sys.executable, str(REPO_ROOT / "bench" / "gap.py"), "--seconds", "3", "--json"]
        + [str(f) for f in files],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    lines = completed.stdout.splitlines()
    assert len(lines) == len(files)
    for path, line in zip(files, lines, strict=True):
        record = json.loads(line)
        assert set(record) == {"instance", "objective", "assignment"}
        assert record["instance"] == path.name
        instance = read_gap_file(path)
        assert instance.is_feasible(record["assignment"])
        assert record["objective"] == instance.objective(record["assignment"])
    assert [json.loads(line)["objective"] for line in lines] == [261, 403]
