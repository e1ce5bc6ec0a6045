// Summarises a `node --cpu-prof` profile: self time by function and by package, the idle share.
//   node bench/lib/cpu-profile-top.mjs <file.cpuprofile> [top=25]
import { readFileSync } from 'node:fs';

const profile = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const top = Number(process.argv[3] ?? 25);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
for (let i = 0; i < profile.samples.length; i++)
  self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const byFunction = new Map();
const byPackage = new Map();
for (const [id, time] of self) {
  const { callFrame } = byId.get(id);
  const url = callFrame.url || '(native)';
  const where = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, 'dist/');
  const name = `${callFrame.functionName || '(anonymous)'} ${where}:${callFrame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + time);
  const pkg = url.includes('node_modules/')
    ? url
        .replace(/^.*node_modules\//, '')
        .split('/')
        .slice(0, url.includes('node_modules/@') ? 2 : 1)
        .join('/')
    : url.includes('/dist/')
      ? 'app (dist)'
      : callFrame.functionName.startsWith('(')
        ? callFrame.functionName
        : 'node internals';
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + time);
}
const pct = (time) => `${((time / total) * 100).toFixed(1)}%`;
console.log(`total ${(total / 1e6).toFixed(1)} s sampled`);
console.log('\nby package:');
for (const [name, time] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`  ${pct(time).padStart(6)}  ${name}`);
console.log('\nby function (self):');
for (const [name, time] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`  ${pct(time).padStart(6)}  ${name}`);
