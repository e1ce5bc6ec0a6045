import type { OpenAPIObject } from '@nestjs/swagger';

type SchemaLike = Record<string, unknown> & {
  $ref?: string;
  properties?: Record<string, SchemaLike>;
  items?: SchemaLike;
  allOf?: SchemaLike[];
  oneOf?: SchemaLike[];
  anyOf?: SchemaLike[];
  description?: string;
  default?: unknown;
};

const REF = '#/components/schemas/';

/**
 * Generators read `default` as "always present": openapi-typescript (its issues #1741, #2012) types such a
 * property as required, which is right for a response and wrong for a request, where the server fills the
 * default in. So in every schema a request body reaches, a property's default moves into its description
 * (`Default: 0.`), and the property stays optional in the generated request types. Response-only schemas keep
 * their defaults.
 */
export function optionalDefaultsInRequests(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, SchemaLike>;
  const reached = new Set<string>();
  const visit = (schema: SchemaLike | undefined): void => {
    if (!schema) return;
    if (schema.$ref?.startsWith(REF)) {
      const name = schema.$ref.slice(REF.length);
      if (reached.has(name)) return;
      reached.add(name);
      return visit(schemas[name]);
    }
    for (const property of Object.values(schema.properties ?? {})) visit(property);
    visit(schema.items);
    for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) visit(part);
  };
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of Object.values(pathItem) as Array<{ requestBody?: { content?: object } } | undefined>) {
      const content = operation?.requestBody?.content as Record<string, { schema?: SchemaLike }> | undefined;
      for (const media of Object.values(content ?? {})) visit(media.schema);
    }
  }
  for (const name of reached) {
    for (const property of Object.values(schemas[name]?.properties ?? {})) {
      if (!('default' in property)) continue;
      const note = `Default: ${JSON.stringify(property.default)}.`;
      property.description = property.description ? `${property.description}. ${note}` : note;
      delete property.default;
    }
  }
  return document;
}
