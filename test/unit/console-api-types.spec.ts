import { readFileSync } from 'node:fs';
// @ts-expect-error plain ESM build script without type declarations
import { renderApiTypes } from '../../scripts/build-console.mjs';

describe('console API types', () => {
  it('are generated from the committed openapi.json (`npm run console:build` after `npm run openapi`)', async () => {
    const committed = readFileSync('web/src/api/schema.d.ts', 'utf8');
    expect(committed).toBe(await renderApiTypes());
  });
});
