import type { z } from 'zod';

/**
 * An update body after its shape was checked at the parse stage: the typed update, or why it cannot be
 * one. A messenger redelivers any update not answered 2xx, so a malformed one is acknowledged and ignored
 * (logged and counted), never a 5xx from a handler that met a number where it expected a string.
 */
export type UpdateShape<Update> =
  | { ok: true; update: Update }
  | {
      ok: false;
      /** The update's id (or type and time), when the body has one. */ ref: string | null;
      problem: string;
    };

/** Why a body is not an update: the paths and kinds of the first few complaints, never the values. */
export function describeProblem(error: z.ZodError, limit = 3): string {
  const issues = error.issues.slice(0, limit).map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
  const more = error.issues.length > limit ? `; and ${error.issues.length - limit} more` : '';
  return `${issues.join('; ')}${more}`.slice(0, 500);
}

/** A scalar of the body fit to name it in a log line (a short string or a safe integer), else null. */
export function loggable(value: unknown): string | null {
  if (Number.isSafeInteger(value)) return String(value);
  // eslint-disable-next-line no-control-regex -- a log line keeps no control characters from the outside
  return typeof value === 'string' && value.length <= 64 && !/[\u0000-\u001f\u007f]/.test(value) ? value : null;
}
