#!/bin/sh
# Make sure the local PostgreSQL server offers the `vector` extension (pgvector), which the
# knowledge search uses for item embeddings. Debian 12 has no package for it: build it from the
# copy in third_party/pgvector with Debian's server headers, and install it into the server.
set -e
cd "$(dirname "$0")/.."
offered() {
  psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_available_extensions WHERE name = 'vector'" 2>/dev/null | grep -q 1
}
if offered; then exit 0; fi
if [ "$(id -u)" != "0" ]; then SUDO=sudo; else SUDO=; fi
version=$(ls /etc/postgresql | sort -n | tail -1)
# The server package brings pgxs.mk without the headers: look for both.
if [ ! -f "/usr/lib/postgresql/$version/lib/pgxs/src/makefiles/pgxs.mk" ] ||
  [ ! -f "/usr/include/postgresql/$version/server/postgres.h" ]; then
  echo "pgvector: postgresql-server-dev-$version installeren met apt-get..."
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "postgresql-server-dev-$version" make gcc >/dev/null
fi
build=$(mktemp -d)
cp -r third_party/pgvector/. "$build"
make -s -C "$build" OPTFLAGS="" PG_CONFIG="/usr/lib/postgresql/$version/bin/pg_config" with_llvm=no >/dev/null
$SUDO make -s -C "$build" OPTFLAGS="" PG_CONFIG="/usr/lib/postgresql/$version/bin/pg_config" with_llvm=no install >/dev/null
rm -rf "$build"
offered || { echo "pgvector is niet beschikbaar na installeren" >&2; exit 1; }
