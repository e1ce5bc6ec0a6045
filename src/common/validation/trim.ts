import { Transform } from 'class-transformer';

/**
 * Trims a string field before validation, so " Bug " is stored as "Bug" and a blank value fails its
 * MinLength (422). Values of other types pass through untouched for `@IsString()` to reject (400).
 */
export function Trim(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
}
