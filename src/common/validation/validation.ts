import { ValidationError, ValidationPipe } from '@nestjs/common';
import { BadRequest, Unprocessable } from '../errors/app-error.js';

/**
 * Constraints whose failure means the request is malformed (400): a missing field, a wrong JSON type, an
 * unknown enum value or field. Any other failed constraint (a length, a range, a URL) means the request is
 * well-formed but its value is not acceptable (422). Both answer with the `validation_failed` code.
 */
const MALFORMED_CONSTRAINTS = new Set([
  'isDefined',
  'isNotEmpty',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isObject',
  'isArray',
  'isEnum',
  'isIn',
  'isUuid',
  'isIso8601',
  'isDateString',
  'whitelistValidation',
  'nestedValidation',
  'unknownValue',
  'isNotNull',
  'isPresent',
  'isCalendarDate',
]);

/**
 * The machine code of each field problem (`details[].code`), so a form can say which field is wrong and why in
 * its own language, as GitHub's `errors[].code`. A field that is absent is `missing` whatever failed.
 */
export const FIELD_PROBLEM_CODES = [
  'missing',
  'wrong_type',
  'unknown_field',
  'invalid_choice',
  'invalid_format',
  'too_short',
  'too_long',
  'too_many',
  'out_of_range',
  'invalid',
] as const;
export type FieldProblemCode = (typeof FIELD_PROBLEM_CODES)[number];

const CODE_OF_CONSTRAINT: Record<string, FieldProblemCode> = {
  isDefined: 'missing',
  isNotEmpty: 'missing',
  isPresent: 'missing',
  isNotNull: 'wrong_type',
  isString: 'wrong_type',
  isInt: 'wrong_type',
  isNumber: 'wrong_type',
  isBoolean: 'wrong_type',
  isObject: 'wrong_type',
  isArray: 'wrong_type',
  nestedValidation: 'wrong_type',
  unknownValue: 'wrong_type',
  whitelistValidation: 'unknown_field',
  isEnum: 'invalid_choice',
  isIn: 'invalid_choice',
  isUuid: 'invalid_format',
  isIso8601: 'invalid_format',
  isDateString: 'invalid_format',
  matches: 'invalid_format',
  isUrl: 'invalid_format',
  isEmail: 'invalid_format',
  isTimeZone: 'invalid_format',
  minLength: 'too_short',
  arrayMinSize: 'too_short',
  maxLength: 'too_long',
  arrayMaxSize: 'too_many',
  min: 'out_of_range',
  max: 'out_of_range',
};

interface FieldProblem {
  field: string;
  constraint: string;
  message: string;
  code: FieldProblemCode;
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    // class-validator names only the leaf property; name the whole path so nested errors are clear.
    const absent = error.value === undefined && !('whitelistValidation' in (error.constraints ?? {}));
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      constraint,
      code: absent ? 'missing' : (CODE_OF_CONSTRAINT[constraint] ?? 'invalid'),
      message: message.startsWith(`${error.property} `)
        ? field + message.slice(error.property.length)
        : message.replace(`property ${error.property} `, `property ${field} `),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

export function validationErrorToAppError(errors: ValidationError[]): BadRequest | Unprocessable {
  const problems = flatten(errors);
  const malformed = problems.filter((problem) => MALFORMED_CONSTRAINTS.has(problem.constraint));
  const reported = malformed.length > 0 ? malformed : problems;
  const message = reported[0]?.message ?? 'invalid request';
  const details = reported.map(({ field, message: reason, code }) => ({ field, reason, code }));
  return malformed.length > 0
    ? new BadRequest(message, 'validation_failed', details)
    : new Unprocessable(message, 'validation_failed', details);
}

/** The one ValidationPipe of the app: unknown fields rejected, types converted only where declared. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    // The value is kept only to tell a missing field (undefined) from a wrong one; it never reaches the answer.
    validationError: { target: false, value: true },
    exceptionFactory: validationErrorToAppError,
  });
}
