// Builds the agent console (web/) into dist/console, which the server serves at `/`.
//   node scripts/build-console.mjs             generate the API types, then build
//   node scripts/build-console.mjs --if-needed  skip the build when dist/console is newer than its sources
//   node scripts/build-console.mjs --types      only regenerate web/src/api/schema.d.ts
//   node scripts/build-console.mjs --size       print the built files' raw and gzipped sizes: what a first
//                                               load fetches, then the lazily loaded chunks
// The API types come from the committed openapi.json (openapi-typescript), so the console cannot call
// an endpoint or read a field the server does not document.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const openapiPath = join(root, 'openapi.json');
const typesPath = join(root, 'web/src/api/schema.d.ts');
const builtIndex = join(root, 'dist/console/index.html');

export async function renderApiTypes() {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(JSON.parse(readFileSync(openapiPath, 'utf8')), {
    alphabetize: true,
    defaultNonNullable: false,
  });
  return (
    `// Generated from openapi.json by scripts/build-console.mjs (openapi-typescript). ` +
    `Do not edit.\n\n${astToString(ast)}`
  );
}

async function writeApiTypes() {
  const types = await renderApiTypes();
  if (!existsSync(typesPath) || readFileSync(typesPath, 'utf8') !== types) writeFileSync(typesPath, types);
}

function newestSourceTime() {
  let newest = Math.max(statSync(openapiPath).mtimeMs, statSync(fileURLToPath(import.meta.url)).mtimeMs);
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(root, 'web'));
  return newest;
}

function printSizes() {
  const dir = join(root, 'dist/console');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [
    'index.html',
    ...readdirSync(join(dir, 'assets'))
      .filter((name) => !name.endsWith('.gz'))
      .map((name) => `assets/${name}`),
  ];
  // What index.html names is the first load; other chunks (a lazily imported page) load when opened.
  const firstLoad = (file) => file === 'index.html' || html.includes(`/${file}"`);
  const totals = { first: [0, 0], lazy: [0, 0] };
  const kb = (bytes, width) => (bytes / 1024).toFixed(1).padStart(width);
  const line = (label, raw, gzipped) =>
    process.stdout.write(`${label.padEnd(40)} ${kb(raw, 8)} KB  gzip ${kb(gzipped, 7)} KB\n`);
  for (const file of [...files.filter(firstLoad), ...files.filter((file) => !firstLoad(file))]) {
    const bytes = readFileSync(join(dir, file));
    const packed = gzipSync(bytes, { level: 9 }).length;
    const total = totals[firstLoad(file) ? 'first' : 'lazy'];
    total[0] += bytes.length;
    total[1] += packed;
    line(firstLoad(file) ? file : `${file} (lazy)`, bytes.length, packed);
  }
  line('total (first load)', ...totals.first);
  if (totals.lazy[0] > 0) line('total (lazy chunks)', ...totals.lazy);
}

async function main() {
  const args = new Set(process.argv.slice(2));
  if (args.has('--size')) return printSizes();
  // The Docker image ships dist/ without web/ and without Vite: nothing to build there.
  if (!existsSync(join(root, 'web'))) return;
  if (args.has('--if-needed') && existsSync(builtIndex) && statSync(builtIndex).mtimeMs >= newestSourceTime()) return;
  await writeApiTypes();
  if (args.has('--types')) return;
  const { build } = await import('vite');
  await build({ configFile: join(root, 'web/vite.config.mjs'), logLevel: 'warn' });
  // Gzipped twins of the hashed assets, served as they are to browsers that accept gzip (src/console/).
  const assets = join(root, 'dist/console/assets');
  for (const name of readdirSync(assets)) {
    if (/\.(js|css|svg)$/.test(name))
      writeFileSync(join(assets, `${name}.gz`), gzipSync(readFileSync(join(assets, name)), { level: 9 }));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    process.stderr.write(`Console build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
