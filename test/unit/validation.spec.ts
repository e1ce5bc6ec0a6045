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
