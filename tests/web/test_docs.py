"""The architecture page describes the packages that exist, and names every one of them."""

import re
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARCHITECTURE = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
PACKAGE_ROWS = re.compile(r"^\| ((?:`[a-z_.]+`(?:, )?)+) \|", re.MULTILINE)


def named_packages() -> set[str]:
    names = set()
    for row in PACKAGE_ROWS.findall(ARCHITECTURE):
        names.update(re.findall(r"`([a-z_.]+)`", row))
    return names


def test_every_package_named_exists():
    named = named_packages()
    assert len(named) >= 10
    missing = [name for name in named if find_spec(f"flexpool.{name}") is None]
    assert missing == []


def test_every_app_and_engine_is_named():
    source = ROOT / "src" / "flexpool"
    packages = {p.parent.name for p in source.glob("*/__init__.py")} - {"conf", "locale", "engines"}
    engines = {f"engines.{p.parent.name}" for p in (source / "engines").glob("*/__init__.py")}
    assert packages | engines <= named_packages()


def test_module_paths_in_the_docs_exist():
    """Every `flexpool.x.y` written in the docs is a module or an attribute of one."""
    docs = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md"))
    dotted = set(re.findall(r"`(flexpool(?:\.[a-z_]+)+)", docs))
    assert dotted
    assert [name for name in sorted(dotted) if not resolves(name)] == []


def resolves(dotted: str) -> bool:
    parts = dotted.split(".")
    for n in range(len(parts), 1, -1):
        try:
            target = import_module(".".join(parts[:n]))
        except ModuleNotFoundError:
            continue
        for attribute in parts[n:]:
            if not hasattr(target, attribute):
                return False
            target = getattr(target, attribute)
        return True
    return False
