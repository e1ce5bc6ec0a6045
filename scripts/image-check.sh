#!/usr/bin/env bash
# Runs the Dockerfile's runtime steps outside Docker (no daemon on CI machines) and checks the result:
# a copy with dist/ and production dependencies only (no TypeScript, no src/), where migrations, the CLI
# and the server must work without a rebuild.
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/zapnoty_image bash scripts/image-check.sh
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL to a PostgreSQL database the check may write to}"
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
node scripts/build-if-stale.mjs && node scripts/build-console.mjs --if-needed   # build stage (uses the dev dependencies here)
image=$(mktemp -d /tmp/zapnoty-image.XXXXXX)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$image"' EXIT
server=
# Runtime stage: COPY package.json package-lock.json, npm ci --omit=dev, COPY the script and dist/.
cp package.json package-lock.json "$image/"
mkdir -p "$image/scripts" && cp scripts/build-if-stale.mjs scripts/build-console.mjs "$image/scripts/"
cp -R dist "$image/dist"
cd "$image"
export NODE_ENV=production
npm ci --omit=dev --no-audit --no-fund --loglevel=error
touch "$image/.before-runs"
echo "node $(node --version), production dependencies: $(ls node_modules | wc -l) entries"

npm run --silent migration:run >/dev/null
echo "migration:run ok"
created=$(npm run --silent cli -- project create --name "Image check $$")
echo "cli: $created"
# Nothing was rebuilt: the pre-hooks found no sources and left the shipped dist/ alone.
[ -z "$(find dist -newer "$image/.before-runs" -print -quit)" ] || { echo "dist/ was rebuilt at run time"; exit 1; }
echo "$created" | grep -q '"api_key":"zn_live_' || { echo "cli did not print a project"; exit 1; }

port=$(node -e "const s=require('net').createServer().listen(0,()=>{console.log(s.address().port);s.close()})")
PORT=$port HOST=127.0.0.1 LOG_LEVEL=warn DEMO_PROJECT=false node dist/src/main.js &
server=$!
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
echo "ready: $(curl -fsS "http://127.0.0.1:$port/health/ready")"
echo "live: $(curl -fsS "http://127.0.0.1:$port/health/live")"
metrics=$(curl -fsS "http://127.0.0.1:$port/metrics")
grep -q '^zapnoty_outbox_pending_events{topic="webhook"}' <<<"$metrics" || { echo "metrics missing"; exit 1; }
echo "metrics ok"
kill -TERM "$server"
status=0
wait "$server" || status=$?
server=
[ "$status" -eq 0 ] || { echo "server exited with $status after SIGTERM"; exit 1; }
echo "image check passed"
