#!/usr/bin/env bash
# Backup and restore round trip, as docs/operations.md describes it, on PostgreSQL and on SQLite:
# load the demo (with settled periods), take a fingerprint (row count of every table and the
# settlement totals), back up, throw the database away, recreate it, restore, and compare.
# Exits non-zero when anything differs. Needs PostgreSQL on 127.0.0.1:5432 (scripts/ensure-postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="$PWD/.venv/bin"
WORK=$(mktemp -d)
PGDB="flexpool_backup_$$"
PGURL="postgres://postgres@127.0.0.1:5432/${PGDB}"
cleanup() { dropdb --if-exists -h 127.0.0.1 -U postgres "$PGDB" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
export DJANGO_SETTINGS_MODULE=flexpool.conf.dev

fill() {  # fill DATABASE_URL with the demo and write its fingerprint to $1
  "$BIN/flexpool" migrate --noinput -v0
  "$BIN/flexpool" load_demo_data >/dev/null
  "$BIN/flexpool" data_fingerprint > "$1"
}

compare() {  # $1 before, $2 after
  if ! diff -u "$1" "$2"; then
    echo "FOUT: de teruggezette database wijkt af van het origineel" >&2
    exit 1
  fi
  rows=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(d["rows"].values()))' "$1")
  balance=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["settlements"]["total_use"])' "$1")
  echo "gelijk: ${rows} rijen in alle tabellen, verrekend gebruik ${balance} euro"
}

echo "== PostgreSQL: pg_dump, database opnieuw aanmaken, pg_restore =="
createdb -h 127.0.0.1 -U postgres "$PGDB"
export DATABASE_URL="$PGURL"
fill "$WORK/pg-before.json"
pg_dump --format=custom --file="$WORK/flexpool.dump" "$PGURL"
dropdb -h 127.0.0.1 -U postgres "$PGDB"
createdb -h 127.0.0.1 -U postgres "$PGDB"
pg_restore --no-owner --exit-on-error --dbname="$PGURL" "$WORK/flexpool.dump"
"$BIN/flexpool" data_fingerprint > "$WORK/pg-after.json"
compare "$WORK/pg-before.json" "$WORK/pg-after.json"

echo "== SQLite: .backup, bestand weg, terugzetten =="
export DATABASE_URL="sqlite:///${WORK}/flexpool.sqlite3"
fill "$WORK/sqlite-before.json"
if command -v sqlite3 >/dev/null 2>&1; then
  sqlite3 "$WORK/flexpool.sqlite3" ".backup '$WORK/flexpool-backup.sqlite3'"
else  # the same online backup through Python's sqlite3 module
  python3 -c 'import sqlite3,sys; s=sqlite3.connect(sys.argv[1]); d=sqlite3.connect(sys.argv[2]); s.backup(d); d.close()' \
    "$WORK/flexpool.sqlite3" "$WORK/flexpool-backup.sqlite3"
fi
rm "$WORK/flexpool.sqlite3"
cp "$WORK/flexpool-backup.sqlite3" "$WORK/flexpool.sqlite3"
"$BIN/flexpool" data_fingerprint > "$WORK/sqlite-after.json"
compare "$WORK/sqlite-before.json" "$WORK/sqlite-after.json"
