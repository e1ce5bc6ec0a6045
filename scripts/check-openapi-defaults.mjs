// Request types generated with openapi-typescript's DEFAULT flags must leave every field the server defaults
// optional: its default `defaultNonNullable` types a property with a `default` as required (issues
// #1741, #2012). For every schema a request body reaches, each property not in `required` must come out as
// `name?:`. Run alone (`node scripts/check-openapi-defaults.mjs`) or from scripts/check-openapi.mjs (npm test).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const REF = '#/components/schemas/';

/** Names of the component schemas request bodies reach (through properties, items, allOf/oneOf/anyOf). */
export function requestSchemaNames(document) {
  const schemas = document.components?.schemas ?? {};
  const reached = new Set();
  const visit = (schema) => {
    if (!schema) return;
    if (schema.$ref?.startsWith(REF)) {
      const name = schema.$ref.slice(REF.length);
      if (!reached.has(name)) {
        reached.add(name);
        visit(schemas[name]);
      }
      return;
    }
    for (const property of Object.values(schema.properties ?? {})) visit(property);
    visit(schema.items);
    for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) visit(part);
  };
  for (const pathItem of Object.values(document.paths ?? {}))
    for (const operation of Object.values(pathItem))
      for (const media of Object.values(operation?.requestBody?.content ?? {})) visit(media.schema);
  return [...reached];
}

/** The `components.schemas` members of generated types: name → { property → optional }. */
export function generatedSchemaMembers(types) {
  const members = new Map();
  let current = null;
  for (const line of types.split('\n')) {
    const open = /^ {8}(\w+): \{$/.exec(line);
    if (open) {
      current = new Map();
      members.set(open[1], current);
      continue;
    }
    if (/^ {8}\};?$/.test(line)) current = null;
    const property = current && /^ {12}"?([\w$]+)"?(\?)?:/.exec(line);
    if (property) current.set(property[1], property[2] === '?');
  }
  return members;
}

/** Every problem found: `Schema.property` typed as required although the document does not require it. */
export async function requestDefaultProblems(document) {
  const types = astToString(await openapiTS(document));
  const members = generatedSchemaMembers(types);
  const problems = [];
  for (const name of requestSchemaNames(document)) {
    const schema = document.components.schemas[name];
    const required = new Set(schema.required ?? []);
    const generated = members.get(name);
    if (!generated) continue;
    for (const property of Object.keys(schema.properties ?? {}))
      if (!required.has(property) && generated.get(property) === false) problems.push(`${name}.${property}`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const problems = await requestDefaultProblems(JSON.parse(readFileSync(join(root, 'openapi.json'), 'utf8')));
  if (problems.length > 0) {
    process.stderr.write(`openapi-typescript (default flags) makes optional request fields required:\n`);
    for (const problem of problems) process.stderr.write(`  ${problem}\n`);
    process.exit(1);
  }
  process.stdout.write('openapi.json: every optional request field is optional with openapi-typescript defaults\n');
}
