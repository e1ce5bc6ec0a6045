import { validationErrorToAppError } from '../../src/common/validation/validation.js';
import { BadRequest, Unprocessable } from '../../src/common/errors/app-error.js';

describe('validation errors become 400 or 422', () => {
  it('treats a wrong type as malformed (400) even next to a range problem', () => {
    const error = validationErrorToAppError([
      { property: 'a', constraints: { max: 'a must not be greater than 5' }, children: [] },
      { property: 'b', constraints: { isString: 'b must be a string' }, children: [] },
    ]);
    expect(error).toBeInstanceOf(BadRequest);
    expect(error.message).toBe('b must be a string');
  });

  it('treats a well-formed but unacceptable value as 422', () => {
    const error = validationErrorToAppError([
      {
        property: 'text',
        constraints: { maxLength: 'text must be shorter than or equal to 4096 characters' },
        children: [],
      },
    ]);
    expect(error).toBeInstanceOf(Unprocessable);
  });

  it('names nested fields by their full path', () => {
    const error = validationErrorToAppError([
      {
        property: 'message',
        children: [{ property: 'ru', constraints: { isString: 'ru must be a string' }, children: [] }],
      },
    ]);
    expect(error.message).toBe('message.ru must be a string');
  });
});

describe('validation details carry a machine code per field', () => {
  it('says missing for an absent field, whatever constraint failed, and names each other kind', () => {
    const error = validationErrorToAppError([
      { property: 'name', value: undefined, constraints: { isString: 'name must be a string' }, children: [] },
      { property: 'age', value: 'x', constraints: { isInt: 'age must be an integer' }, children: [] },
      { property: 'extra', value: 1, constraints: { whitelistValidation: 'property extra should not exist' } },
      { property: 'status', value: 'gone', constraints: { isIn: 'status must be one of …' }, children: [] },
      { property: 'id', value: 'x', constraints: { isUuid: 'id must be a UUID' }, children: [] },
    ]);
    expect((error.details as Array<{ field: string; code: string }>).map(({ field, code }) => [field, code])).toEqual([
      ['name', 'missing'],
      ['age', 'wrong_type'],
      ['extra', 'unknown_field'],
      ['status', 'invalid_choice'],
      ['id', 'invalid_format'],
    ]);
  });

  it('tells a length from a range among the 422s', () => {
    const error = validationErrorToAppError([
      { property: 'text', value: 'x'.repeat(9), constraints: { maxLength: 'text is too long' }, children: [] },
      { property: 'title', value: '', constraints: { minLength: 'title is too short' }, children: [] },
      { property: 'limit', value: 500, constraints: { max: 'limit must not be greater than 100' }, children: [] },
    ]);
    expect(error).toBeInstanceOf(Unprocessable);
    expect((error.details as Array<{ code: string }>).map(({ code }) => code)).toEqual([
      'too_long',
      'too_short',
      'out_of_range',
    ]);
  });
});
