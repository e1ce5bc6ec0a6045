import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';

/** An API error in words, shown next to what caused it. */
export function ErrorText({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  let text: string;
  if (error instanceof ApiError) {
    if (error.status === 0) text = t('error.network');
    else if (error.status === 403) text = `${t('error.forbidden')} (${error.message})`;
    else if (error.status === 429) text = t('error.rateLimited');
    else text = error.message;
  } else text = error instanceof Error ? error.message : String(error);
  return (
    <p className="error" role="alert">
      {text}
    </p>
  );
}
