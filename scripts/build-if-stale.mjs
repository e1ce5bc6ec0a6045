#!/usr/bin/env node
// The `prestart`/`precli`/`migration:run` build step: compiles only when a TypeScript source is newer than
// the last successful build. Where there are no sources (the Docker image ships dist/ and production
// dependencies only, no TypeScript compiler), it does nothing, so `npm start`, `npm run cli` and
// `npm run migration:run` work there without a rebuild.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = 'dist/.build-stamp';
const SOURCES = ['src', 'ormconfig.ts', 'tsconfig.json', 'tsconfig.build.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

if (!existsSync('src')) process.exit(0);
const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
const changed = Math.max(...SOURCES.map(newestMtime));
if (built >= changed && existsSync('dist/src/main.js')) process.exit(0);

const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});
if (tsc.error || tsc.status !== 0) {
  if (tsc.error) process.stderr.write(`build failed: ${tsc.error.message}\n`);
  process.exit(tsc.status ?? 1);
}
// tsc leaves non-TypeScript files behind: the `.sql` files a migration reads go to dist/ here.
const copy = spawnSync(process.execPath, ['scripts/copy-sql-files.mjs'], { stdio: 'inherit' });
if (copy.error || copy.status !== 0) process.exit(copy.status ?? 1);
writeFileSync(STAMP, `${new Date().toISOString()}\n`);
