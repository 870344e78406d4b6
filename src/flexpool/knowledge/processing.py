"""Reading an uploaded file's text in a child process with a time and a memory limit.

The background task (`knowledge.tasks.process_item_files_task`) calls `read_text` for each new
file. The child (`knowledge.extract_child`) limits its own memory; this side kills it when it
runs longer than the wall-clock limit. Whatever happens to the child, the worker goes on: the
outcome is either the text or the reason the file is refused (Dutch, shown on the item page).
Limits: settings KNOWLEDGE_EXTRACT_SECONDS and KNOWLEDGE_EXTRACT_MEMORY_MB (docs/knowledge.md).
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    text: str = ""
    refused: str = ""  # empty: the text was read


def limits() -> tuple[float, int]:
    """(seconds, megabytes) from the settings."""
    return float(settings.KNOWLEDGE_EXTRACT_SECONDS), int(settings.KNOWLEDGE_EXTRACT_MEMORY_MB)


def _seconds_label(seconds: float) -> str:
    return f"{seconds:g}".replace(".", ",")


def read_text(name: str, data: bytes) -> Outcome:
    seconds, megabytes = limits()
    command = [
        sys.executable,
        "-m",
        "flexpool.knowledge.extract_child",
        name,
        str(megabytes * 1024 * 1024),
        str(max(int(seconds) + 1, 1)),
    ]
    try:
        child = subprocess.run(command, input=data, capture_output=True, timeout=seconds, check=False)
    except subprocess.TimeoutExpired:
        return Outcome(
            refused=_("Het bestand kon niet worden gelezen: het uitpakken duurde langer dan %(s)s seconden.")
            % {"s": _seconds_label(seconds)}
        )
    try:
        answer = json.loads(child.stdout or b"null")
    except ValueError:
        answer = None
    if isinstance(answer, dict) and isinstance(answer.get("text"), str) and child.returncode == 0:
        return Outcome(text=answer["text"])
    if isinstance(answer, dict) and isinstance(answer.get("refused"), str):
        return Outcome(refused=answer["refused"])
    if (isinstance(answer, dict) and answer.get("memory")) or b"MemoryError" in child.stderr:
        return Outcome(
            refused=_(
                "Het bestand kon niet worden gelezen: het uitpakken had meer dan %(mb)s MB geheugen nodig."
            )
            % {"mb": megabytes}
        )
    if child.returncode < 0 and -child.returncode in {24}:  # SIGXCPU: the CPU-time backstop
        return Outcome(
            refused=_("Het bestand kon niet worden gelezen: het uitpakken duurde langer dan %(s)s seconden.")
            % {"s": _seconds_label(seconds)}
        )
    logger.warning(
        "Extraction of %s stopped with exit code %s: %s", name, child.returncode, child.stderr[-2000:]
    )
    return Outcome(refused=_("Het bestand kon niet worden gelezen: het uitpakken stopte onverwacht."))
