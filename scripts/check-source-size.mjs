// The size gate of `npm run lint`. Prettier wraps code at 120 columns but leaves long strings and comments
// alone, so this lists every line over 120 characters in the git-tracked sources, and every file over 400
// lines (split it by topic), and fails on any. Generated files are skipped: the migrations, the console's
// API types and the test client's types.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_LENGTH = 120;
const MAX_LINES = 400;
const SOURCE = /\.(ts|tsx|mjs|cjs|js)$/;
const GENERATED = [/^src\/database\/migrations\//, /^web\/src\/api\/schema\.d\.ts$/, /^test\/client\/generated\//];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter((file) => SOURCE.test(file) && !GENERATED.some((pattern) => pattern.test(file)));

const long = [];
const large = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch (error) {
    // Deleted in the work tree but not yet from the index: nothing to check.
    if (error.code === 'ENOENT') continue;
    throw error;
  }
  const lines = text.split(/\r?\n/);
  // A final newline leaves one empty entry, which is not a line.
  const lineCount = lines.at(-1) === '' ? lines.length - 1 : lines.length;
  if (lineCount > MAX_LINES) large.push(`${file}: ${lineCount} lines`);
  lines.forEach((line, index) => {
    // Characters, not UTF-16 units: `→` or `’` counts as one, as an editor shows it.
    const length = [...line].length;
    if (length > MAX_LENGTH) long.push(`${file}:${index + 1}: ${length} characters`);
  });
}

if (long.length > 0) {
  console.error(`Lines over ${MAX_LENGTH} characters (wrap the comment, split the string or the SQL):`);
  for (const entry of long) console.error(`  ${entry}`);
}
if (large.length > 0) {
  console.error(`Files over ${MAX_LINES} lines (split them by topic):`);
  for (const entry of large) console.error(`  ${entry}`);
}
if (long.length > 0 || large.length > 0) process.exit(1);
