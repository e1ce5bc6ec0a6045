/**
 * Canned-response text: plain text with `{{variable}}` placeholders (spaces inside the braces allowed:
 * `{{ first_name }}`). Pure functions, so the REST render endpoint, the reply endpoint and the MCP tools
 * substitute exactly alike.
 */
export const CANNED_VARIABLES = [
  'first_name',
  'username',
  'ticket_number',
  'subject',
  'agent_name',
  'project_name',
] as const;
export type CannedVariable = (typeof CANNED_VARIABLES)[number];

/** Values for one rendering; a missing, null or undefined value renders as an empty string. */
export type CannedValues = Partial<Record<CannedVariable, string | number | null | undefined>>;

// Anything between double braces is a placeholder; the name is what is left after trimming the spaces.
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

function isKnownVariable(name: string): name is CannedVariable {
  return (CANNED_VARIABLES as readonly string[]).includes(name);
}

/** The placeholder names in `text` that are not variables, each once, in order of appearance. */
export function findUnknownVariables(text: string): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1].trim();
    if (!isKnownVariable(name)) unknown.add(name);
  }
  return [...unknown];
}

/**
 * Substitutes every placeholder in one pass: values are inserted literally (the text is plain, so nothing
 * is escaped or interpreted) and a value that itself contains `{{…}}` is not substituted again. A
 * placeholder without a value — or, in text saved before a variable was retired, an unknown one —
 * becomes an empty string, so the customer never sees raw braces.
 */
export function renderCannedText(text: string, values: CannedValues): string {
  return text.replace(PLACEHOLDER, (_placeholder, rawName: string) => {
    const name = rawName.trim();
    if (!isKnownVariable(name)) return '';
    const value = values[name];
    return value === null || value === undefined ? '' : String(value);
  });
}

/** The variables `text` uses, each once, in order of appearance. */
export function usedVariables(text: string): CannedVariable[] {
  const used = new Set<CannedVariable>();
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1].trim();
    if (isKnownVariable(name)) used.add(name);
  }
  return [...used];
}
