import { ValidateIf, ValidationOptions, registerDecorator } from 'class-validator';

/** The field may be left out, but when present it must not be null. */
export function IsOptionalNonNull(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}

/** The field may be left out or null (null clears it); any other value is validated. */
export function IsOptionalNullable(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined && value !== null);
}

/** A value that must be one of a fixed set of numbers: well-formed but not allowed → 422. */
export function IsOneOfNumbers(allowed: readonly number[], options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isOneOfNumbers',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be one of ${allowed.join(', ')}`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'number' && allowed.includes(value) },
    });
}

/** A JSON object (not an array, not null) with at least one key. */
export function IsNonEmptyObject(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isNonEmptyObject',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be a non-empty object`, ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0,
      },
    });
}
