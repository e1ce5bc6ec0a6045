#!/usr/bin/env node
// After tsc: copies the `.sql` files under src/ (the credit functions, read by a migration at run time) to
// the same places under dist/src/, which tsc does not do. Run by `npm run build` and scripts/build-if-stale.mjs.
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

function copySqlFiles(from, to) {
  for (const entry of readdirSync(from)) {
    const source = join(from, entry);
    if (statSync(source).isDirectory()) copySqlFiles(source, join(to, entry));
    else if (entry.endsWith('.sql')) {
      mkdirSync(dirname(join(to, entry)), { recursive: true });
      copyFileSync(source, join(to, entry));
    }
  }
}

if (existsSync('src')) copySqlFiles('src', join('dist', 'src'));
