"""Write the vectors of the shipped thesaurus's phrases (`flexpool.knowledge.entry_vectors`).

The thesaurus as a fresh database holds it after its migrations is embedded phrase by phrase, as
queries are, and written to src/flexpool/knowledge/thesaurus_vectors.npz. Run it again when a
migration changes the shipped entries (a test fails until then).

    .venv/bin/python bench/knowledge/store_entry_vectors.py
"""

from __future__ import annotations

import time

import evaluate  # sets up Django on a scratch database

from flexpool.knowledge import entry_vectors


def main() -> None:
    evaluate.Site()  # migrates the scratch database: the shipped entries
    started = time.perf_counter()
    count = entry_vectors.store_shipped()
    seconds = time.perf_counter() - started
    where = entry_vectors.VECTORS_FILE.relative_to(evaluate.ROOT)
    print(f"{count} phrases embedded in {seconds:.1f} s, written to {where}")


if __name__ == "__main__":
    main()
