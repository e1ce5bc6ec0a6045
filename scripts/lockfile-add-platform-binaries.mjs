// The npm registry reachable from our machines serves only linux-x64 builds of packages that ship
// per-platform native binaries (@swc/core-*, @unrs/resolver-binding-*). `npm install` therefore leaves
// the other platforms' optional packages out of package-lock.json, and `npm ci` then refuses the lock
// file ("Missing: … from lock file"). This script records those optional packages with their os/cpu
// (read from the package name), so `npm ci` accepts the lock file and skips them on this platform.
// Run it after `npm install` whenever package-lock.json changes: node scripts/lockfile-add-platform-binaries.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = 'package-lock.json';
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const OS = ['android', 'darwin', 'freebsd', 'linux', 'openharmony', 'win32', 'wasm32'];
const CPU = {
  arm: 'arm',
  'arm-eabi': 'arm',
  arm64: 'arm64',
  x64: 'x64',
  ia32: 'ia32',
  ppc64: 'ppc64',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loong64',
  wasi: 'wasm32',
};

function platformOf(name) {
  const base = name.split('/').pop();
  const os = OS.find((candidate) => base.includes(`-${candidate}-`) || base.endsWith(`-${candidate}`));
  const after = os ? base.slice(base.indexOf(`-${os}`) + os.length + 2) : '';
  const cpuKey = Object.keys(CPU)
    .sort((a, b) => b.length - a.length)
    .find((key) => after === key || after.startsWith(`${key}-`));
  const libc = /-musl$/.test(base) ? ['musl'] : /-gnu(eabihf)?$/.test(base) && os === 'linux' ? ['glibc'] : undefined;
  return { os: os === 'wasm32' ? undefined : os, cpu: cpuKey ? CPU[cpuKey] : undefined, libc };
}

let added = 0;
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const { os, cpu, libc } = platformOf(name);
    if (!os && !cpu) continue;
    lock.packages[key] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(libc ? { libc } : {}),
      ...(os ? { os: [os] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(LOCK, JSON.stringify(lock, null, 2) + '\n');
console.log(`recorded ${added} optional platform packages`);
