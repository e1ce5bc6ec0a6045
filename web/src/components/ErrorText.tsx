import { ApiError } from '../api/client';
import { ERROR_TEXTS, FIELD_CODE_TEXTS } from '../i18n/error-texts';
import { type Language, useI18n } from '../i18n/i18n';

/** An API refusal in the console's language: by its `code` (and, for a form, which field and why). */
export function errorInWords(error: ApiError, language: Language, networkText: string): string {
  if (error.status === 0) return networkText;
  const [first] = error.fields;
  if (error.code === 'validation_failed' && first) {
    const why = FIELD_CODE_TEXTS[language][first.code] ?? FIELD_CODE_TEXTS[language].invalid;
    const sentence = why.replaceAll('{field}', first.field);
    return sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.';
  }
  const text = error.code ? ERROR_TEXTS[language][error.code] : undefined;
  return text ? text.replaceAll('{field}', first?.field ?? '') : error.message;
}

/** An API error in words, shown next to what caused it. */
export function ErrorText({ error }: { error: unknown }) {
  const { t, language } = useI18n();
  if (!error) return null;
  const text =
    error instanceof ApiError
      ? errorInWords(error, language, t('error.network'))
      : error instanceof Error
        ? error.message
        : String(error);
  return (
    <p className="error" role="alert">
      {text}
    </p>
  );
}
