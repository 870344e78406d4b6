"""The English catalogue is complete, compiled, and used when the browser asks for English."""

import ast
import gettext
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

LOCALE_DIR = Path(settings.LOCALE_PATHS[0]) / "en" / "LC_MESSAGES"
PO_FILE = LOCALE_DIR / "django.po"
MO_FILE = LOCALE_DIR / "django.mo"

KEYWORD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*")$')


def parse_po(path):
    """A small .po reader: entries as dicts with flags, msgctxt, msgid, msgid_plural and msgstr(s)."""
    entries, current, key = [], None, None
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        line = line.strip()
        if not line:
            if current and "msgid" in current:
                entries.append(current)
            current, key = None, None
            continue
        if current is None:
            current = {"flags": set(), "msgstr": {}}
        if line.startswith("#,"):
            current["flags"].update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            value = ast.literal_eval(line)
            if key.startswith("msgstr"):
                current["msgstr"][key] += value
            else:
                current[key] += value
        else:
            match = KEYWORD.match(line)
            assert match, f"Unreadable line in {path.name}: {line}"
            key, value = match.group(1), ast.literal_eval(match.group(2))
            if key.startswith("msgstr"):
                current["msgstr"][key] = value
            else:
                current[key] = value
    return entries


def catalogue_key(entry):
    key = entry["msgid"]
    if entry.get("msgctxt") is not None:
        key = f"{entry['msgctxt']}\x04{key}"
    return key


@pytest.fixture(scope="module")
def po_entries():
    entries = parse_po(PO_FILE)
    assert entries[0]["msgid"] == "", "the header entry comes first"
    return entries[1:]


def test_every_entry_is_translated_and_not_fuzzy(po_entries):
    assert len(po_entries) > 100
    untranslated = [e["msgid"] for e in po_entries if not e["msgstr"] or not all(e["msgstr"].values())]
    fuzzy = [e["msgid"] for e in po_entries if "fuzzy" in e["flags"]]
    assert untranslated == []
    assert fuzzy == []
    for entry in po_entries:
        if "msgid_plural" in entry:
            assert set(entry["msgstr"]) == {"msgstr[0]", "msgstr[1]"}, entry["msgid"]
        else:
            assert set(entry["msgstr"]) == {"msgstr"}, entry["msgid"]


def test_header_is_not_fuzzy():
    header = parse_po(PO_FILE)[0]
    assert "fuzzy" not in header["flags"]
    assert "Language: en" in header["msgstr"]["msgstr"]


def test_compiled_catalogue_matches_po(po_entries):
    assert MO_FILE.exists(), "run `make messages` to compile the catalogue"
    with MO_FILE.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    # Plural entries appear once per form, keyed (msgid, n); count each msgid once.
    mo_ids = {key[0] if isinstance(key, tuple) else key for key in compiled._catalog} - {""}
    po_ids = {catalogue_key(e) for e in po_entries if e["msgstr"] and all(e["msgstr"].values())}
    assert len(mo_ids) == len(po_ids), "the .mo is out of date; run `make messages`"
    assert mo_ids == po_ids, "the .mo is out of date; run `make messages`"
    assert compiled.gettext("Inloggen bij Flexpool") == "Log in to Flexpool"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading", "other"),
    [
        ("en", "Log in to Flexpool", "Inloggen bij Flexpool"),
        ("nl", "Inloggen bij Flexpool", "Log in to Flexpool"),
    ],
)
def test_login_page_follows_accept_language(language, heading, other):
    response = Client().get("/inloggen/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    content = response.content.decode()
    assert heading in content
    assert other not in content
