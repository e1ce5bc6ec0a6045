// The OpenAPI gate of `npm test`:
//   1. lints the committed openapi.json with Redocly's engine (@redocly/openapi-core, the core of Redocly
//      CLI) and its `recommended` ruleset: any error fails;
//   2. checks that openapi-typescript's default flags leave every defaulted request field optional
//      (scripts/check-openapi-defaults.mjs), then generates TypeScript types from it with openapi-typescript
//      into test/client/generated/ (ignored by git);
//   3. type-checks test/client/api-client.ts — an openapi-fetch client that calls every operation with every
//      optional field — under a strict tsconfig. A field typed wrongly in the document fails here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConfig, formatProblems, lint } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import { requestDefaultProblems } from './check-openapi-defaults.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const documentPath = join(root, 'openapi.json');

const config = await createConfig({ extends: ['recommended'] });
const problems = await lint({ ref: documentPath, config });
const errors = problems.filter((problem) => problem.severity === 'error');
const warnings = problems.length - errors.length;
if (problems.length > 0)
  formatProblems(problems, {
    format: 'codeframe',
    totals: { errors: errors.length, warnings, ignored: 0 },
    version: 'openapi-core',
  });
if (errors.length > 0) {
  process.stderr.write(`openapi.json: ${errors.length} lint error(s) (Redocly recommended ruleset)\n`);
  process.exit(1);
}
process.stdout.write(`openapi.json: Redocly recommended ruleset, 0 errors, ${warnings} warnings\n`);

// 2a. With the generator's default flags, every field the server defaults stays optional in request types.
const defaultProblems = await requestDefaultProblems(JSON.parse(readFileSync(documentPath, 'utf8')));
if (defaultProblems.length > 0) {
  process.stderr.write(`openapi.json: optional request fields typed as required: ${defaultProblems.join(', ')}\n`);
  process.exit(1);
}
process.stdout.write('openapi.json: every optional request field stays optional with openapi-typescript defaults\n');

const ast = await openapiTS(JSON.parse(readFileSync(documentPath, 'utf8')));
const typesPath = join(root, 'test/client/generated/api.d.ts');
mkdirSync(dirname(typesPath), { recursive: true });
writeFileSync(
  typesPath,
  `// Generated from openapi.json by scripts/check-openapi.mjs. Do not edit.\n\n${astToString(ast)}`,
);

execFileSync(join(root, 'node_modules/.bin/tsc'), ['--noEmit', '-p', join(root, 'test/client/tsconfig.json')], {
  stdio: 'inherit',
});
process.stdout.write('test/client/api-client.ts: the strict generated client compiles\n');
