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

interface FieldProblem {
  field: string;
  constraint: string;
  message: string;
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    // class-validator names only the leaf property; name the whole path so nested errors are clear.
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      constraint,
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
  const details = reported.map(({ field, message: reason }) => ({ field, reason }));
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
    validationError: { target: false, value: false },
    exceptionFactory: validationErrorToAppError,
  });
}
