import { ERROR_CODES } from '../../src/common/errors/error-codes.js';
import { FIELD_PROBLEM_CODES } from '../../src/common/validation/validation.js';
import { ERROR_TEXTS, FIELD_CODE_TEXTS } from '../../web/src/i18n/error-texts.js';

describe("the console's words for the API's error codes", () => {
  it.each(['en', 'ru'] as const)('has a %s text for every error code, and none for a code that is gone', (language) => {
    expect(Object.keys(ERROR_TEXTS[language]).sort()).toEqual(Object.keys(ERROR_CODES).sort());
  });

  it.each(['en', 'ru'] as const)('has a %s text for every field problem code', (language) => {
    expect(Object.keys(FIELD_CODE_TEXTS[language]).sort()).toEqual([...FIELD_PROBLEM_CODES].sort());
  });
});
