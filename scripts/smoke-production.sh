#!/usr/bin/env bash
# Start the production configuration with gunicorn on loopback against PostgreSQL and check it as
# a proxy and a browser would. Exits non-zero on the first failure. Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="$PWD/.venv/bin"
PORT="${SMOKE_PORT:-8731}"
DB="flexpool_smoke_$$"
WORK=$(mktemp -d)
export DJANGO_SETTINGS_MODULE=flexpool.conf.production
export SECRET_KEY="$("$BIN/python" -c 'import secrets; print(secrets.token_urlsafe(50))')"
export ALLOWED_HOSTS="127.0.0.1,localhost"
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/${DB}"
export LOG_FORMAT=json
export GUNICORN_BIND="127.0.0.1:${PORT}"
export WEB_CONCURRENCY=2
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  dropdb --if-exists -h 127.0.0.1 -U postgres "$DB" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== production settings refuse to start without SECRET_KEY =="
if env -u SECRET_KEY "$BIN/flexpool" check >/dev/null 2>"$WORK/nokey.txt"; then
  echo "FOUT: production started without SECRET_KEY" >&2; exit 1
fi
grep -q "SECRET_KEY is not set" "$WORK/nokey.txt"

echo "== check --deploy =="
createdb -h 127.0.0.1 -U postgres "$DB"
"$BIN/flexpool" check --deploy --fail-level WARNING
"$BIN/flexpool" migrate --noinput -v0
"$BIN/flexpool" collectstatic --noinput -v0
"$BIN/flexpool" import_reference_data >/dev/null
"$BIN/flexpool" shell -c "
from flexpool.accounts.roles import Role
from flexpool.accounts.services import create_user_with_role
create_user_with_role(username='rook', password='rook-test-wachtwoord-1', role=Role.CONTACT)
create_user_with_role(username='rook-slot', password='rook-test-wachtwoord-2', role=Role.CONTACT)
"

echo "== gunicorn on ${GUNICORN_BIND} =="
"$BIN/gunicorn" flexpool.wsgi -c python:flexpool.conf.gunicorn >"$WORK/gunicorn.log" 2>&1 &
server=$!
"$BIN/python" scripts/smoke_production.py "http://127.0.0.1:${PORT}" "$WORK/gunicorn.log"
