#!/usr/bin/env bash
# Generates a migration from the difference between the entities and the migrations applied so far:
#   npm run migration:generate -- AddTickets
# Uses a scratch database on the local PostgreSQL (PGHOST/PGUSER or 127.0.0.1/postgres).
set -euo pipefail
name=${1:?usage: npm run migration:generate -- Name}
scratch="zn_migration_scratch_$$"
admin="postgres://${PGUSER:-postgres}@${PGHOST:-127.0.0.1}:${PGPORT:-5432}"
psql "$admin/postgres" -qc "DROP DATABASE IF EXISTS $scratch" -c "CREATE DATABASE $scratch"
npx tsc -p tsconfig.build.json
export DATABASE_URL="$admin/$scratch"
npx typeorm migration:run -d dist/ormconfig.js >/dev/null
npx typeorm migration:generate -d dist/ormconfig.js "src/database/migrations/$name"
psql "$admin/postgres" -qc "DROP DATABASE IF EXISTS $scratch"
echo "Now add the new class to src/database/migrations.ts and read the file before committing."
