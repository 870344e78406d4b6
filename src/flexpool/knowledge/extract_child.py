"""Taking the text out of one uploaded file in a child process with a memory limit.

    python -m flexpool.knowledge.extract_child NAME MEMORY_BYTES CPU_SECONDS < file

Reads the file from standard input, limits its own address space (RLIMIT_AS) and CPU time
(RLIMIT_CPU) before it imports any reader, and writes one JSON object to standard output:
``{"text": ...}`` or ``{"refused": message}`` (the reader's own reason, Dutch), or
``{"memory": true}`` when the limit was reached. The parent (`knowledge.processing`) adds the
wall-clock limit and treats a child that dies in any other way as refused too.
This module imports no Django.
"""

from __future__ import annotations

import json
import resource
import sys

EXIT_MEMORY = 3


def main(argv: list[str]) -> int:
    name, memory, cpu = argv[0], int(argv[1]), int(argv[2])
    data = sys.stdin.buffer.read()
    if memory > 0:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    if cpu > 0:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    try:
        from flexpool.knowledge import extract

        try:
            result = {"text": extract.extract(name, data).text}
        except extract.ExtractionError as error:
            result = {"refused": str(error)}
        out = json.dumps(result)
    except MemoryError:
        sys.stdout.write('{"memory": true}')
        return EXIT_MEMORY
    sys.stdout.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
